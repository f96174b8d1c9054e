package org.frontline.ingest.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.frontline.ingest.ArticleMetadata;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * An HTML page's article: the text of its main content, one paragraph per line with a blank line between
 * paragraphs, and the metadata the page declares in its head (never guessed from the text).
 */
record HtmlArticle(String text, ArticleMetadata metadata) {

    /** Parts of a page that are never the article. */
    private static final String FURNITURE = "script, style, noscript, template, svg, iframe, form, button, nav, "
            + "header, footer, aside, [hidden], [aria-hidden=true], [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary]";

    /** Elements whose text is a paragraph of the article. */
    private static final String PARAGRAPHS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd";

    static HtmlArticle parse(String html) {
        Document page = Jsoup.parse(html);
        ArticleMetadata metadata = metadata(page);
        page.select(FURNITURE).remove();
        Element main = mainContent(page);
        return new HtmlArticle(String.join("\n\n", paragraphs(main)), metadata);
    }

    private static Element mainContent(Document page) {
        Elements articles = page.select("article");
        if (!articles.isEmpty()) {
            return articles.stream().max(Comparator.comparingInt(article -> article.text().length())).orElseThrow();
        }
        Element main = page.selectFirst("main, [role=main]");
        return main != null ? main : page.body();
    }

    private static List<String> paragraphs(Element content) {
        List<String> paragraphs = new ArrayList<>();
        for (Element block : content.select(PARAGRAPHS)) {
            // the innermost block holds the paragraph; an outer one would repeat it
            if (block.select(PARAGRAPHS).size() > 1) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            String text = content.text().strip();
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }

    private static ArticleMetadata metadata(Document page) {
        return new ArticleMetadata(
                first(attribute(page, "link[rel=canonical]", "abs:href"), meta(page, "og:url")),
                first(meta(page, "og:title"), page.title().strip()),
                meta(page, "og:site_name"),
                first(meta(page, "author"), meta(page, "article:author")),
                date(first(meta(page, "article:published_time"), meta(page, "date"),
                        attribute(page, "time[datetime]", "datetime"))),
                language(attribute(page, "html[lang]", "lang")));
    }

    private static String meta(Document page, String name) {
        return first(attribute(page, "meta[property=" + name + "]", "content"),
                attribute(page, "meta[name=" + name + "]", "content"));
    }

    private static String attribute(Document page, String query, String attribute) {
        Element element = page.selectFirst(query);
        return element == null ? null : blankToNull(element.attr(attribute));
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return PublishedDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String language(String lang) {
        return lang == null ? null : lang.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
