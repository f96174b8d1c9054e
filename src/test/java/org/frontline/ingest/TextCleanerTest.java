package org.frontline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.frontline.vocabulary.TextSpan;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    private List<String> paragraphs(String original) {
        CleanedText cleaned = cleaner.clean(original);
        return cleaned.paragraphs().stream().map(span -> span.of(cleaned.body())).toList();
    }

    private static final String STORY =
            "Ukrainian forces shelled a pontoon bridge near Kreminna on Tuesday, the governor said.";
    private static final String SECOND = "Residents of Lyman reported heavy artillery fire through the night.";

    @Nested
    class Offsets {

        @Test
        void bodyHasTheOriginalsLengthAndKeepsLineBreaks() {
            String original = "Skip to main content\r\n\r\n" + STORY + "\r\n- Advertisement -\r\n" + SECOND + "\r\n";

            CleanedText cleaned = cleaner.clean(original);

            assertThat(cleaned.body()).hasSameSizeAs(original);
            assertThat(cleaned.body()).isEqualTo(" ".repeat(20) + "\r\n\r\n" + STORY + "\r\n" + " ".repeat(17)
                    + "\r\n" + SECOND + "\r\n");
        }

        @Test
        void paragraphSpansPointIntoTheOriginal() {
            String original = "Menu\nWorld\nPolitics\nSport\n\n" + STORY + "\n\nAdvertisement\n\n" + SECOND;

            CleanedText cleaned = cleaner.clean(original);

            assertThat(cleaned.paragraphs()).hasSize(2);
            for (TextSpan span : cleaned.paragraphs()) {
                assertThat(span.of(original)).isEqualTo(span.of(cleaned.body()));
            }
            assertThat(cleaned.paragraphs().get(0).of(original)).isEqualTo(STORY);
            assertThat(cleaned.paragraphs().get(1).of(original)).isEqualTo(SECOND);
        }

        @Test
        void aSentenceBrokenOverTwoLinesIsOneParagraph() {
            String original = "According to Colonel Andrii Bondar,\nthe brigade crossed the river at dawn.\n" + SECOND;

            assertThat(paragraphs(original)).containsExactly(
                    "According to Colonel Andrii Bondar,\nthe brigade crossed the river at dawn.", SECOND);
        }

        @Test
        void anEmptyTextHasNoParagraphs() {
            CleanedText cleaned = cleaner.clean("");

            assertThat(cleaned.body()).isEmpty();
            assertThat(cleaned.paragraphs()).isEmpty();
        }
    }

    @Nested
    class LineFurniture {

        @Test
        void cookieBannersGo() {
            String original = """
                    We use cookies to give you the best experience on our website. By continuing you accept our policy.
                    Accept all
                    Manage preferences
                    %s
                    """.formatted(STORY);

            assertThat(paragraphs(original)).containsExactly(STORY);
        }

        @Test
        void advertisementsGo() {
            String original = """
                    - Advertisement -
                    %s
                    ADVERTISEMENT
                    Sponsored content
                    Story continues below advertisement
                    %s
                    Scroll to Continue
                    """.formatted(STORY, SECOND);

            assertThat(paragraphs(original)).containsExactly(STORY, SECOND);
        }

        @Test
        void advertisementsInsideALineAreBlankedInPlace() {
            String original = "The mayor of Orikhiv said ADVERTISEMENT the water supply was restored.";

            CleanedText cleaned = cleaner.clean(original);

            assertThat(cleaned.body()).isEqualTo("The mayor of Orikhiv said " + " ".repeat(13)
                    + " the water supply was restored.");
        }

        @Test
        void relatedLinksGo() {
            String original = """
                    %s
                    Related articles
                    Related: Kyiv says grain corridor will reopen next week
                    Read also: Why the front near Vuhledar has stalled
                    READ MORE: Drone attack on Odesa port
                    You may like
                    You might also like
                    More stories
                    %s
                    """.formatted(STORY, SECOND);

            assertThat(paragraphs(original)).containsExactly(STORY, SECOND);
        }

        @Test
        void commentFormsGo() {
            String original = """
                    %s
                    Leave a comment
                    Your email address will not be published. Required fields are marked *
                    Comment*
                    Name*
                    Email*
                    Website
                    Save my name, email, and website in this browser for the next time I comment.
                    Post Comment
                    Please enter your comment!
                    %s
                    """.formatted(STORY, SECOND);

            assertThat(paragraphs(original)).containsExactly(STORY, SECOND);
        }

        @Test
        void navigationGoes() {
            String original = """
                    Skip to main content
                    Home › World › Europe
                    HomeNewsWorld: Bridge near Kreminna hit
                    %s
                    Back to top
                    All News ›
                    Tags: war, shelling, bridges
                    %s
                    """.formatted(STORY, SECOND);

            assertThat(paragraphs(original)).containsExactly(STORY, SECOND);
        }

        @Test
        void shareAndNewsletterPromptsGo() {
            String original = """
                    Share this article
                    Share on Facebook
                    %s
                    Subscribe to our newsletter
                    Follow us on Telegram
                    Sign up for our daily briefing
                    Subscribe
                    %s
                    """.formatted(STORY, SECOND);

            assertThat(paragraphs(original)).containsExactly(STORY, SECOND);
        }

        @Test
        void pictureCreditsGo() {
            String original = """
                    Photo: Olena Shevchuk/AFP
                    (Photo by Olena Shevchuk/AFP via Getty Images)
                    Getty Images
                    Image caption, Firefighters at the scene in Zaporizhzhia
                    %s
                    """.formatted(STORY);

            assertThat(paragraphs(original)).containsExactly(STORY);
        }

        @Test
        void timeStampsGo() {
            String original = """
                    Tuesday, April 4, 2023
                    Updated 14:05 GMT
                    3 hours ago
                    04.04.2023 10:15
                    5 min read
                    %s
                    """.formatted(STORY);

            assertThat(paragraphs(original)).containsExactly(STORY);
        }

        @Test
        void bylinesAndPublisherTrailersGo() {
            String original = """
                    By Petro Kovalenko
                    %s
                    Read more on Foo Herald
                    ↯↯↯Read More On The Topic On Foo Herald↯↯↯
                    © 2023 Foo Herald. All rights reserved.
                    %s
                    """.formatted(STORY, SECOND);

            assertThat(paragraphs(original)).containsExactly(STORY, SECOND);
        }
    }

    @Nested
    class FurnitureInContext {

        @Test
        void aCaptionPrintedSeveralTimesGoesEveryTime() {
            String original = """
                    %s

                    Rescuers in Orikhiv

                    Rescuers in Orikhiv

                    %s

                    Rescuers in Orikhiv
                    """.formatted(STORY, SECOND);

            assertThat(paragraphs(original)).containsExactly(STORY, SECOND);
        }

        @Test
        void aHeadlinePrintedTwiceKeepsItsFirstCopy() {
            String original = """
                    Bridge near Kreminna destroyed

                    Bridge near Kreminna destroyed

                    %s
                    """.formatted(STORY);

            assertThat(paragraphs(original)).containsExactly("Bridge near Kreminna destroyed", STORY);
        }

        @Test
        void aSentencePrintedTwiceKeepsItsFirstCopy() {
            String original = STORY + "\n\n" + SECOND + "\n\n" + STORY + "\n";

            assertThat(paragraphs(original)).containsExactly(STORY, SECOND);
        }

        @Test
        void aLongUnpunctuatedLineStandingAloneIsACaption() {
            String caption = "Rescuers carry a wounded man out of a damaged apartment block in the centre of Orikhiv";
            String original = STORY + "\n\n" + caption + "\n\n" + SECOND + "\n";

            assertThat(paragraphs(original)).containsExactly(STORY, SECOND);
        }

        @Test
        void aParagraphThatLostItsFullStopIsNoCaptionWhenItReportsSomeonesWords() {
            String unfinished = "The military said heavy fighting continued around Vuhledar, where attacks came from "
                    + "three directions";
            String original = STORY + "\n\n" + unfinished + "\n\n" + SECOND + "\n";

            assertThat(paragraphs(original)).containsExactly(STORY, unfinished, SECOND);
        }

        @Test
        void aShortSubheadingStays() {
            String original = STORY + "\n\nNight of shelling\n\n" + SECOND + "\n";

            assertThat(paragraphs(original)).containsExactly(STORY, "Night of shelling", SECOND);
        }

        @Test
        void aRunOfShortUnpunctuatedLinesIsAMenu() {
            String original = """
                    World
                    Politics
                    Business

                    Sport
                    %s
                    """.formatted(STORY);

            assertThat(paragraphs(original)).containsExactly(STORY);
        }

        @Test
        void aBulletedListIsNoMenu() {
            String original = """
                    %s
                    Villages retaken this week:
                    - Vesele
                    - Novoselivka
                    - Stepove
                    %s
                    """.formatted(STORY, SECOND);

            assertThat(paragraphs(original)).containsExactly(STORY, "Villages retaken this week:", "- Vesele",
                    "- Novoselivka", "- Stepove", SECOND);
        }

        @Test
        void shortLinesAfterTheLastSentenceGo() {
            String original = """
                    %s

                    %s

                    Iryna Marchenko

                    Stay Connected
                    Latest posts
                    """.formatted(STORY, SECOND);

            assertThat(paragraphs(original)).containsExactly(STORY, SECOND);
        }

        @Test
        void aNameUnderTheHeadlineIsAByline() {
            String original = """
                    Bridge near Kreminna destroyed
                    Andrii Bondar, Reuters
                    %s
                    """.formatted(STORY);

            assertThat(paragraphs(original)).containsExactly("Bridge near Kreminna destroyed", STORY);
        }

        @Test
        void furnitureWordsInsideSentencesStay() {
            String original = """
                    Officials said they would share the intelligence with allies and subscribe to the new agreement.
                    The comment section of the ministry's website was closed after a flood of threats.
                    Home owners in Vovchansk received compensation for the damage, the mayor said.
                    """;

            assertThat(paragraphs(original)).containsExactly(
                    "Officials said they would share the intelligence with allies and subscribe to the new agreement.",
                    "The comment section of the ministry's website was closed after a flood of threats.",
                    "Home owners in Vovchansk received compensation for the damage, the mayor said.");
        }
    }

    @Nested
    class Characters {

        @Test
        void htmlEntitiesBecomeTheirCharacterFollowedBySpaces() {
            String original = "&quot;We will rebuild,&quot; the mayor said &amp; left.";

            assertThat(cleaner.clean(original).body())
                    .isEqualTo("\"     We will rebuild,\"      the mayor said &     left.");
        }

        @Test
        void leftoverTagsAndOddSpacesBecomeSpaces() {
            String original = "<p>The\u00a0mayor of Izmail spoke.</p>";

            assertThat(cleaner.clean(original).body()).isEqualTo("   The mayor of Izmail spoke.    ");
        }
    }
}
