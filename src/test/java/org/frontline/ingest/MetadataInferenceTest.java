package org.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MetadataInferenceTest {

    private static final String STORY =
            "Ukrainian forces shelled a pontoon bridge near Kreminna on Tuesday, the governor said.";
    private static final String SECOND = "Residents of Lyman reported heavy artillery fire through the night.";

    private InferredMetadata infer(String text) {
        return infer(text, ArticleMetadata.NONE);
    }

    private InferredMetadata infer(String text, ArticleMetadata given) {
        return new MetadataInference().infer(new TextCleaner().clean(text), given);
    }

    @Nested
    class Author {

        @Test
        void fromABylineIntroducedByBy() {
            InferredMetadata inferred = infer("By Petro Kovalenko\n\n" + STORY + "\n" + SECOND);

            assertThat(inferred.metadata().author()).isEqualTo("Petro Kovalenko");
            assertThat(inferred.inferredFields()).containsExactly("author");
        }

        @Test
        void severalAuthorsWithTheirAgencyWrittenInCapitals() {
            InferredMetadata inferred = infer("BY IRYNA MARCHENKO and Olena Shevchuk, AP\n\n" + STORY + "\n" + SECOND);

            assertThat(inferred.metadata().author()).isEqualTo("Iryna Marchenko and Olena Shevchuk");
            assertThat(inferred.metadata().publisher()).isEqualTo("AP");
            assertThat(inferred.inferredFields()).containsExactly("publisher", "author");
        }

        @Test
        void fromANameWithItsAgencyUnderTheHeadline() {
            InferredMetadata inferred = infer("Bridge near Kreminna destroyed\nAndrii Bondar, Reuters\n\n" + STORY
                    + "\n\n" + SECOND);

            assertThat(inferred.metadata()).isEqualTo(new ArticleMetadata(null, "Bridge near Kreminna destroyed",
                    "Reuters", "Andrii Bondar", null, null));
            assertThat(inferred.inferredFields()).containsExactly("title", "publisher", "author");
        }

        @Test
        void fromANameStandingAloneAfterTheArticle() {
            InferredMetadata inferred = infer(STORY + "\n\n" + SECOND + "\n\nIryna Marchenko\n\nAll News ›\n");

            assertThat(inferred.metadata().author()).isEqualTo("Iryna Marchenko");
        }

        @Test
        void notFromWidgetTitlesAfterTheArticle() {
            InferredMetadata inferred = infer(STORY + "\n\n" + SECOND + "\n\nStay Connected\n\nLatest Posts\n");

            assertThat(inferred.metadata().author()).isNull();
            assertThat(inferred.inferredFields()).isEmpty();
        }
    }

    @Nested
    class Publisher {

        @Test
        void fromAReadMoreTrailer() {
            InferredMetadata inferred = infer(STORY + "\n\n" + SECOND
                    + "\n\n↯↯↯Read More On The Topic On Foo Herald↯↯↯");

            assertThat(inferred.metadata().publisher()).isEqualTo("Foo Herald");
            assertThat(inferred.inferredFields()).containsExactly("publisher");
        }

        @Test
        void fromACopyrightLine() {
            InferredMetadata inferred = infer(STORY + "\n\n" + SECOND
                    + "\n\n© 2023 Steppe Daily. All rights reserved.");

            assertThat(inferred.metadata().publisher()).isEqualTo("Steppe Daily");
        }

        @Test
        void fromAWireDateline() {
            InferredMetadata inferred = infer("ODESA, Ukraine (AFP) - " + STORY + "\n\n" + SECOND);

            assertThat(inferred.metadata().publisher()).isEqualTo("AFP");
            assertThat(inferred.metadata().publishedOn()).isNull();
        }
    }

    @Nested
    class Title {

        @Test
        void fromAHeadlineLineAtTheTop() {
            InferredMetadata inferred = infer("Bridge near Kreminna destroyed\n\n" + STORY + "\n\n" + SECOND);

            assertThat(inferred.metadata().title()).isEqualTo("Bridge near Kreminna destroyed");
            assertThat(inferred.inferredFields()).containsExactly("title");
        }

        @Test
        void withoutTheSiteNameAfterABar() {
            InferredMetadata inferred = infer("Bridge near Kreminna destroyed | Steppe Daily\n\n" + STORY);

            assertThat(inferred.metadata().title()).isEqualTo("Bridge near Kreminna destroyed");
        }

        @Test
        void notWhenTheTextStartsWithASentence() {
            InferredMetadata inferred = infer(STORY + "\n\n" + SECOND);

            assertThat(inferred.metadata().title()).isNull();
        }
    }

    @Nested
    class PublicationDate {

        @Test
        void aPageDateAboveTheHeadlineIsTheRenderDateNotThePublicationDate() {
            InferredMetadata inferred = infer("Sunday, April 9, 2023\n\nBridge near Kreminna destroyed\n\n" + STORY
                    + "\n\n" + SECOND);

            assertThat(inferred.metadata().publishedOn()).isNull();
            assertThat(inferred.inferredFields()).containsExactly("title");
        }

        @Test
        void aDateBelowTheHeadlineIsThePublicationDate() {
            InferredMetadata inferred = infer("Bridge near Kreminna destroyed\nApril 4, 2023\n\n" + STORY + "\n\n"
                    + SECOND);

            assertThat(inferred.metadata().publishedOn()).isEqualTo(LocalDate.of(2023, 4, 4));
            assertThat(inferred.inferredFields()).containsExactly("title", "publishedOn");
        }

        @Test
        void aDateInTheBylineIsThePublicationDate() {
            InferredMetadata inferred = infer("By Petro Kovalenko | 4 April 2023\n\n" + STORY + "\n\n" + SECOND);

            assertThat(inferred.metadata().author()).isEqualTo("Petro Kovalenko");
            assertThat(inferred.metadata().publishedOn()).isEqualTo(LocalDate.of(2023, 4, 4));
        }

        @Test
        void aPublishedLabelBeatsAnUpdatedOne() {
            InferredMetadata inferred = infer("Updated: 6 April 2023\nPublished: 4 April 2023\n\n" + STORY);

            assertThat(inferred.metadata().publishedOn()).isEqualTo(LocalDate.of(2023, 4, 4));
        }

        @Test
        void aDatelineWithoutYearTakesTheYearOfThePageDate() {
            InferredMetadata inferred = infer("Sunday, April 9, 2023\n\nLVIV, March 3 (Reuters) - " + STORY + "\n\n"
                    + SECOND);

            assertThat(inferred.metadata().publishedOn()).isEqualTo(LocalDate.of(2023, 3, 3));
            assertThat(inferred.metadata().publisher()).isEqualTo("Reuters");
        }

        @Test
        void aDatelineInDecemberOnAJanuaryPageIsFromTheYearBefore() {
            InferredMetadata inferred = infer("January 5, 2024\n\nODESA, Dec 30 (AFP) - " + STORY + "\n\n" + SECOND);

            assertThat(inferred.metadata().publishedOn()).isEqualTo(LocalDate.of(2023, 12, 30));
        }

        @Test
        void aDatelineBeatsAPageDateThatContradictsIt() {
            InferredMetadata inferred = infer("Bridge near Kreminna destroyed\nMarch 25, 2023\n\n"
                    + "KYIV, Sept 10, 2022 (Reuters) - " + STORY + "\n\n" + SECOND);

            assertThat(inferred.metadata().publishedOn()).isEqualTo(LocalDate.of(2022, 9, 10));
        }

        @Test
        void aDateIsContradictedByALaterDateTheTextStatesAsFact() {
            InferredMetadata inferred = infer("Bridge near Kreminna destroyed\nApril 4, 2023\n\n" + STORY
                    + "\n\nOn 12 May 2023, the second bridge collapsed as well.");

            assertThat(inferred.metadata().publishedOn()).isNull();
        }

        @Test
        void aLaterDateInAPlanDoesNotContradict() {
            InferredMetadata inferred = infer("Bridge near Kreminna destroyed\nApril 4, 2023\n\n" + STORY
                    + "\n\nThe talks on repairs will resume on 12 May 2023, officials said.");

            assertThat(inferred.metadata().publishedOn()).isEqualTo(LocalDate.of(2023, 4, 4));
        }

        @Test
        void earlierDatesTheTextLooksBackToDoNotContradict() {
            InferredMetadata inferred = infer("Bridge near Kreminna destroyed\nApril 4, 2023\n\n" + STORY
                    + "\n\nThe town has been shelled since February 24, 2022.");

            assertThat(inferred.metadata().publishedOn()).isEqualTo(LocalDate.of(2023, 4, 4));
        }
    }

    @Nested
    class Manifest {

        @Test
        void givenFieldsWinAndAreNotInferred() {
            ArticleMetadata given = new ArticleMetadata("https://example.org/a", "Given title", null, "Given Author",
                    LocalDate.of(2023, 4, 1), "en");

            InferredMetadata inferred = infer("Bridge near Kreminna destroyed\nBy Petro Kovalenko\n\n" + STORY
                    + "\n\n↯↯Read More On The Topic On Foo Herald↯↯", given);

            assertThat(inferred.metadata()).isEqualTo(new ArticleMetadata("https://example.org/a", "Given title",
                    "Foo Herald", "Given Author", LocalDate.of(2023, 4, 1), "en"));
            assertThat(inferred.inferredFields()).containsExactly("publisher");
        }

        @Test
        void languageIsNeverInferred() {
            InferredMetadata inferred = infer(STORY, null);

            assertThat(inferred.metadata()).isEqualTo(ArticleMetadata.NONE);
            assertThat(inferred.inferredFields()).isEmpty();
        }
    }
}
