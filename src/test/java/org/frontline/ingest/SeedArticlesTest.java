package org.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The five real scrapes in seeds/: the furniture that must go, the paragraphs that must stay, the metadata. */
class SeedArticlesTest {

    private static final Path SEEDS = Path.of("seeds");

    private final TextCleaner cleaner = new TextCleaner();

    private static String read(String file) throws IOException {
        return Files.readString(SEEDS.resolve(file));
    }

    /** The non-blank lines of the original that the body blanks out. */
    private static List<String> removedLines(CleanedText cleaned) {
        String[] original = cleaned.original().split("\n", -1);
        String[] body = cleaned.body().split("\n", -1);
        List<String> removed = new ArrayList<>();
        for (int i = 0; i < original.length; i++) {
            if (!original[i].isBlank() && body[i].isBlank()) {
                removed.add(original[i]);
            }
        }
        return removed;
    }

    /**
     * Every line of the original that reads as the article's prose (six words or more, ending a sentence) is in the
     * body, unchanged but for odd spaces, unless it is one of the furniture lines listed.
     */
    private static void assertKeepsEverySentenceLine(CleanedText cleaned, List<String> furniture) {
        String[] original = cleaned.original().split("\n", -1);
        String[] body = cleaned.body().split("\n", -1);
        List<String> lost = new ArrayList<>();
        for (int i = 0; i < original.length; i++) {
            boolean prose = original[i].split("\\s+").length >= 6 && original[i].strip().matches(".*[.!?…][\"”’']*");
            boolean kept = body[i].replaceAll("[\\s\\p{Zs}]", "").equals(original[i].replaceAll("[\\s\\p{Zs}]", ""));
            if (prose && !kept && !furniture.contains(original[i])) {
                lost.add(original[i]);
            }
        }
        assertThat(lost).isEmpty();
        assertThat(cleaned.body()).hasSameSizeAs(cleaned.original());
    }

    private InferredMetadata metadata(CleanedText cleaned) {
        return new MetadataInference().infer(cleaned, ArticleMetadata.NONE);
    }

    @Test
    void ukrainianReportLosesItsTrailingBylineAndMenu() throws IOException {
        CleanedText cleaned = cleaner.clean(read("000_4d64a87ecafb19cd.txt"));

        assertThat(removedLines(cleaned)).containsExactly("Bohdan Marusyak", "All News ›");
        assertThat(cleaned.paragraphs()).hasSize(13);
        assertKeepsEverySentenceLine(cleaned, removedLines(cleaned));
        assertThat(metadata(cleaned)).isEqualTo(new InferredMetadata(
                new ArticleMetadata(null, null, null, "Bohdan Marusyak", null, null), List.of("author")));
    }

    @Test
    void firstRewordedCopyLosesPageDateBreadcrumbAdvertsAndCommentForm() throws IOException {
        CleanedText cleaned = cleaner.clean(read("001_1848e0611e54fac2.txt"));

        assertThat(removedLines(cleaned)).containsExactly("Saturday, March 25, 2023",
                "HomeWorldUkraine: Our Army Pushed Miles Deep In South - Thousands Of Russians...",
                "- Advertisement -", "- Advertisement -", "- Advertisement -", "- Advertisement -",
                "Related articles", "Please enter your comment!", "Please enter your name here", "Stay Connected",
                "Latest posts");
        assertThat(cleaned.paragraphs()).hasSize(15);
        assertKeepsEverySentenceLine(cleaned, removedLines(cleaned));
    }

    @Test
    void firstRewordedCopysPageDateIsNotItsPublicationDate() throws IOException {
        InferredMetadata inferred = metadata(cleaner.clean(read("001_1848e0611e54fac2.txt")));

        assertThat(inferred.metadata().publishedOn()).isNull();
        assertThat(inferred.metadata().title()).isEqualTo(
                "Ukraine: Our Army Pushed Miles Deep In South – Thousands Of Russians Exposed Since Taking Kupyansk");
        assertThat(inferred.inferredFields()).containsExactly("title");
    }

    @Test
    void radioStationCopyLosesCookieBannerAndWidgetTitle() throws IOException {
        CleanedText cleaned = cleaner.clean(read("002_e1de64e4ded32e85.txt"));

        assertThat(removedLines(cleaned)).hasSize(2);
        assertThat(removedLines(cleaned).get(0)).startsWith("This website uses cookies");
        assertThat(removedLines(cleaned).get(1)).isEqualTo("You may like");
        assertThat(cleaned.paragraphs()).hasSize(19);
        assertThat(cleaned.paragraph(3)).isEqualTo("According to Major General Igor Konashenkov,\n"
                + cleaned.original().lines().filter(line -> line.startsWith("Russian soldiers “located"))
                .findFirst().orElseThrow());
        assertKeepsEverySentenceLine(cleaned, removedLines(cleaned));
        assertThat(metadata(cleaned).inferredFields()).isEmpty();
    }

    @Test
    void secondRewordedCopyLosesSkipLinkScrollPromptAndRelatedLinks() throws IOException {
        CleanedText cleaned = cleaner.clean(read("003_f9312d0882957ca9.txt"));

        assertThat(removedLines(cleaned)).containsExactly("Skip to main content", "Scroll to Continue",
                "Related Articles");
        assertThat(cleaned.paragraphs()).hasSize(21);
        assertThat(cleaned.paragraph(0)).isEqualTo("Major Turning Point in War As Russia Losses Kyiv");
        assertKeepsEverySentenceLine(cleaned, removedLines(cleaned));
        assertThat(metadata(cleaned).metadata().title()).isEqualTo("Major Turning Point in War As Russia Losses Kyiv");
    }

    @Test
    void tabloidCopyLosesRepeatedHeadlineCaptionsAndTrailer() throws IOException {
        CleanedText cleaned = cleaner.clean(read("004_c8946f768a65c94f.txt"));

        assertThat(removedLines(cleaned)).containsExactly("As Ukraine advances, Russian troops ‘panic’",
                "Ukrainian troops in Bilohorivka", "Ukrainian troops in Bilohorivka",
                "Ukrainian troops in Bilohorivka", "Ukrainian troops in Bilohorivka",
                "Ukrainian troops in Bilohorivka", "Ukrainian troops in Bilohorivka",
                "Ukrainian troops ride on top of an armoured personnel carrier through the newly-liberated city of "
                        + "Izyum, in the east of Ukraine",
                "↯↯↯Read More On The Topic On TDPel Media ↯↯↯");
        assertThat(cleaned.paragraphs()).hasSize(50);
        assertThat(cleaned.paragraph(0)).isEqualTo("As Ukraine advances, Russian troops ‘panic’");
        assertKeepsEverySentenceLine(cleaned, removedLines(cleaned));
        assertThat(metadata(cleaned)).isEqualTo(new InferredMetadata(new ArticleMetadata(null,
                "As Ukraine advances, Russian troops ‘panic’", "TDPel Media", null, null, null),
                List.of("title", "publisher")));
    }

    @Test
    void theManifestsDateWinsOverWhatTheTextSuggests() throws IOException {
        ArticleMetadata manifest = new ArticleMetadata(null, null, null, null, LocalDate.of(2022, 9, 20), "en");

        InferredMetadata inferred = new MetadataInference().infer(cleaner.clean(read("004_c8946f768a65c94f.txt")),
                manifest);

        assertThat(inferred.metadata().publishedOn()).isEqualTo(LocalDate.of(2022, 9, 20));
        assertThat(inferred.metadata().language()).isEqualTo("en");
        assertThat(inferred.inferredFields()).containsExactly("title", "publisher");
    }
}
