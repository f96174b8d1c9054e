package org.frontline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.frontline.vocabulary.TextSpan;

/**
 * Completes an article's metadata from its text: a headline for the title, a byline for the author, a trailer, a
 * dateline or a byline's outlet for the publisher, and the publication date by the rule of
 * {@link PublicationDates}. What was given (the manifest) always wins; language is left to the language stage.
 */
public final class MetadataInference {

    private static final int TITLE_MIN_WORDS = 3;
    private static final int TITLE_MAX_WORDS = 25;
    private static final int DATELINE_PARAGRAPHS = 3;

    public InferredMetadata infer(CleanedText text, ArticleMetadata given) {
        ArticleMetadata manifest = given == null ? ArticleMetadata.NONE : given;
        List<TextLine> lines = TextLine.split(text.original());
        List<TextLine> kept = lines.stream().filter(line -> !bodyOf(text, line).isBlank()).toList();
        int headline = kept.isEmpty() ? -1 : kept.get(0).index();
        List<TextLine> prose = kept.stream().filter(TextCleaner::isProse).toList();
        int firstProse = prose.isEmpty() ? lines.size() : prose.get(0).index();
        int lastProse = prose.isEmpty() ? -1 : prose.get(prose.size() - 1).index();

        Optional<Bylines.Byline> byline = byline(lines, headline, firstProse, lastProse);
        ArticleMetadata found = new ArticleMetadata(null,
                title(text).orElse(null),
                publisher(text, lines, byline).orElse(null),
                byline.map(Bylines.Byline::author).orElse(null),
                PublicationDates.find(text, lines, headline).orElse(null),
                null);

        List<String> inferred = new ArrayList<>();
        if (manifest.title() == null && found.title() != null) {
            inferred.add("title");
        }
        if (manifest.publisher() == null && found.publisher() != null) {
            inferred.add("publisher");
        }
        if (manifest.author() == null && found.author() != null) {
            inferred.add("author");
        }
        if (manifest.publishedOn() == null && found.publishedOn() != null) {
            inferred.add("publishedOn");
        }
        return new InferredMetadata(manifest.orElse(found), inferred);
    }

    /** The first paragraph, when it is one short line that does not end like a sentence and text follows it. */
    private static Optional<String> title(CleanedText text) {
        if (text.paragraphs().size() < 2) {
            return Optional.empty();
        }
        String first = text.paragraph(0);
        if (first.contains("\n")) {
            return Optional.empty();
        }
        String title = first.split("\\s+[|]\\s+")[0].strip().replaceAll("\\s+", " ");
        int words = title.split(" ").length;
        char last = title.charAt(title.length() - 1);
        boolean endsLikeProse = ".,;:".indexOf(last) >= 0;
        return words >= TITLE_MIN_WORDS && words <= TITLE_MAX_WORDS && !endsLikeProse
                ? Optional.of(title) : Optional.empty();
    }

    /**
     * "By ..." anywhere; else a name (with or without its outlet) between the headline and the first sentence;
     * else the first line after the last sentence, if it is a name (sites print the author under the article).
     */
    private static Optional<Bylines.Byline> byline(List<TextLine> lines, int headline, int firstProse,
            int lastProse) {
        for (TextLine line : lines) {
            Optional<Bylines.Byline> introduced = Bylines.introduced(line.text());
            if (introduced.isPresent()) {
                return introduced;
            }
        }
        for (TextLine line : lines.subList(0, Math.min(firstProse, lines.size()))) {
            if (line.index() == headline || line.isBlank()) {
                continue;
            }
            Optional<Bylines.Byline> named = nameLine(line);
            if (named.isPresent()) {
                return named;
            }
        }
        if (lastProse >= 0) {
            for (TextLine line : lines.subList(lastProse + 1, lines.size())) {
                if (line.isBlank() || FurnitureLines.classify(line.text()).isPresent()) {
                    continue;
                }
                return nameLine(line);
            }
        }
        return Optional.empty();
    }

    private static Optional<Bylines.Byline> nameLine(TextLine line) {
        Optional<Bylines.Byline> withOutlet = Bylines.nameWithAffiliation(line.text());
        if (withOutlet.isPresent()) {
            return withOutlet;
        }
        return Bylines.bareName(line.text()).map(name -> new Bylines.Byline(name, null));
    }

    /** A trailer naming the outlet (the last one wins), else a wire dateline's agency, else the byline's outlet. */
    private static Optional<String> publisher(CleanedText text, List<TextLine> lines,
            Optional<Bylines.Byline> byline) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            Optional<String> trailer = PublisherTrailers.publisher(lines.get(i).text());
            if (trailer.isPresent()) {
                return trailer;
            }
        }
        List<TextSpan> paragraphs = text.paragraphs();
        for (int i = 0; i < Math.min(DATELINE_PARAGRAPHS, paragraphs.size()); i++) {
            Optional<Datelines.Dateline> dateline = Datelines.at(paragraphs.get(i).of(text.body()));
            if (dateline.isPresent() && dateline.get().agency() != null) {
                return Optional.of(dateline.get().agency());
            }
        }
        return byline.map(Bylines.Byline::affiliation);
    }

    private static String bodyOf(CleanedText text, TextLine line) {
        return text.body().substring(line.start(), line.end());
    }
}
