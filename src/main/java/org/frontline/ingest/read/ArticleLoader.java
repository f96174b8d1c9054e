package org.frontline.ingest.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.frontline.ingest.ArticleMetadata;
import org.frontline.ingest.RawArticle;

/**
 * Reads one planned article: its bytes, checked to be UTF-8 text within the size limit, its text (an HTML page's
 * main text, a JSON record's {@code text}), its metadata (what the manifest says wins over what the file declares),
 * and refuses what is not English.
 */
public final class ArticleLoader {

    private final ReadLimits limits;

    public ArticleLoader(ReadLimits limits) {
        this.limits = limits;
    }

    public ReadResult load(PlannedArticle planned) {
        ArticleLocation location = planned.location();
        try {
            Content content = location instanceof ArticleLocation.WholeFile whole
                    ? wholeFile(whole)
                    : jsonRecord((ArticleLocation.JsonRecord) location);
            ArticleMetadata metadata = planned.metadata().orElse(content.metadata());
            RawArticle article = new RawArticle(planned.fileName(), planned.collection(), content.text(), metadata);
            String refusal = refusal(article);
            if (refusal != null) {
                return new Rejection(location.file(), location.line(), refusal);
            }
            return new ReadArticle(location.file(), location.line(), article);
        } catch (UnreadableArticleException e) {
            return new Rejection(location.file(), location.line(), e.reason());
        } catch (IOException e) {
            return new Rejection(location.file(), location.line(), FileProblems.cannotRead(e));
        }
    }

    /**
     * The checks every article passes, also one that arrives without a file (sent inline through the API).
     *
     * @return why the article is refused, or null
     */
    public String refusal(RawArticle article) {
        if (article.text() == null || article.text().isBlank()) {
            return "empty text";
        }
        String tooLarge = limits.tooLarge(article.text().getBytes(StandardCharsets.UTF_8).length);
        if (tooLarge != null) {
            return tooLarge;
        }
        return EnglishText.whyNotEnglish(article.text(), article.metadata().language());
    }

    /** An article's text and the metadata its file declares. */
    private record Content(String text, ArticleMetadata metadata) {
    }

    private Content wholeFile(ArticleLocation.WholeFile whole) throws IOException, UnreadableArticleException {
        Path file = whole.file();
        refuseIfTooLarge(Files.size(file));
        String text = TextBytes.decode(Files.readAllBytes(file), "file");
        return switch (whole.format()) {
            case TEXT -> new Content(text, ArticleMetadata.NONE);
            case HTML -> {
                HtmlArticle page = HtmlArticle.parse(text);
                if (page.text().isBlank()) {
                    throw new UnreadableArticleException("no article text in the HTML page");
                }
                yield new Content(page.text(), page.metadata());
            }
            case JSON -> json(text, 1);
            case JSON_LINES -> throw new IllegalArgumentException("a JSON Lines file is read one record at a time");
        };
    }

    private Content jsonRecord(ArticleLocation.JsonRecord record) throws IOException, UnreadableArticleException {
        refuseIfTooLarge(record.byteLength());
        byte[] bytes = new byte[(int) record.byteLength()];
        try (FileChannel channel = FileChannel.open(record.file(), StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, record.byteOffset() + buffer.position()) < 0) {
                    throw new UnreadableArticleException("the file is shorter than when the import began");
                }
            }
        }
        return json(TextBytes.decode(bytes, "record"), record.line());
    }

    private static Content json(String text, int firstLine) throws UnreadableArticleException {
        ArticleJson.Article article = ArticleJson.article(ArticleJson.parse(text, firstLine));
        return new Content(article.text(), article.metadata());
    }

    private void refuseIfTooLarge(long bytes) throws UnreadableArticleException {
        String tooLarge = limits.tooLarge(bytes);
        if (tooLarge != null) {
            throw new UnreadableArticleException(tooLarge);
        }
    }
}
