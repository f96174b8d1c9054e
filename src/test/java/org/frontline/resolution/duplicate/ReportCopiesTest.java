package org.frontline.resolution.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportCopiesTest {

    /** A wire report of nine sentences. */
    static final String REPORT = """
            Ukrainian troops entered the village of Stepove on Tuesday after Russian forces withdrew across the river \
            overnight, regional governor Mykola Lysak said.

            Lysak said engineers were clearing mines from the main road and that electricity would be restored within \
            a week.

            A reporter who visited the village saw burnt-out trucks, abandoned trenches and boxes of artillery shells \
            stacked beside the school.

            "We found the cellar where they kept prisoners," said police chief Taras Hnatiuk, adding that \
            investigators had opened a war crimes case.

            Two bodies were found in a garden on the northern edge of the village, Hnatiuk said.

            About 300 residents stayed in Stepove throughout the occupation, living without gas or running water for \
            seven months.

            The Russian defence ministry said its units had regrouped to more advantageous positions on the eastern \
            bank.

            Military analysts said the withdrawal would make it harder for Moscow to supply its troops further south.

            The agency could not independently verify the accounts of either side.
            """;

    /** The same report machine-reworded: synonyms swapped, names garbled, one sentence dropped. */
    static final String REWORDED = """
            Ukrainian soldiers went into the village of Stepowe on Tuesday after Russian troops pulled back across \
            the river during the night, provincial governor Mikola Lisak stated.

            Lisak stated engineers were removing mines from the main road and that power would be restored within \
            one week.

            A journalist who visited the settlement saw burned-out trucks, deserted trenches and crates of artillery \
            shells piled next to the school.

            "We discovered the basement where they held prisoners," police chief Tara Gnatyuk said, adding that \
            investigators had launched a war crimes case.

            Two corpses were found in a garden at the northern edge of the village, Gnatyuk said.

            Around 300 residents remained in Stepowe during the occupation, living without gas or running water for \
            seven months.

            The Russian defense ministry said its units had regrouped to more favourable positions on the eastern bank.

            The agency could not independently confirm the accounts of either side.
            """;

    /** Another writer's report of the same day: same village, same officials, one fact told alike. */
    static final String SAME_EVENT = """
            For seven months the people of Stepove lived under Russian occupation. On Tuesday the blue and yellow \
            flag returned to the village council building.

            Governor Mykola Lysak posted a video from the central square, where dozens of residents gathered to \
            greet the soldiers.

            "People are crying, they hug everyone in uniform," Lysak wrote on Telegram.

            Police chief Taras Hnatiuk told our correspondent that a mobile team of investigators had arrived to \
            document crimes committed during the occupation.

            Two bodies were found in a garden on the northern edge of the village, Hnatiuk told reporters.

            Local teacher Halyna Moroz said the school had been used as a barracks and that soldiers had looted the \
            computers.

            Humanitarian convoys with food and medicine are expected in the coming days, the regional administration \
            said.

            Heavy fighting continues further east, where Russian troops are trying to hold a defensive line along the \
            river.
            """;

    private final ReportCopies copies = new ReportCopies();

    @Test
    void aRewordedCopyIsTheSameReport() {
        int[] report = copies.signature(REPORT);
        int[] reworded = copies.signature(REWORDED);

        // 6 of the copy's 8 sentences keep at least 40% of their content words; the two most reworded keep a third
        assertThat(copies.similarity(report, reworded)).isCloseTo(6.0 / 8, within(1e-9));
        assertThat(copies.sameReport(report, reworded)).isTrue();
        assertThat(copies.sameReport(reworded, report)).isTrue();
    }

    @Test
    void anotherReportOfTheSameEventIsNot() {
        int[] report = copies.signature(REPORT);
        int[] other = copies.signature(SAME_EVENT);

        // one of its 9 sentences tells the same fact in the same words: not enough to be a copy
        assertThat(copies.similarity(report, other)).isCloseTo(1.0 / 9, within(1e-9));
        assertThat(copies.sameReport(report, other)).isFalse();
        assertThat(copies.sameReport(copies.signature(REWORDED), other)).isFalse();
    }

    @Test
    void aRewordedCopySharesMoreLookupKeysThanAnotherReportOfTheSameEvent() {
        Set<Long> report = keys(REPORT);

        long sharedWithCopy = keys(REWORDED).stream().filter(report::contains).count();
        long sharedWithOther = keys(SAME_EVENT).stream().filter(report::contains).count();

        // the store compares in full only the sources sharing the most keys, so copies must rank first
        assertThat(sharedWithCopy).isGreaterThan(sharedWithOther);
        assertThat(sharedWithCopy).isGreaterThanOrEqualTo(3);
    }

    private Set<Long> keys(String text) {
        return Arrays.stream(copies.lookupKeys(copies.signature(text))).boxed().collect(Collectors.toSet());
    }

    @Test
    void anExactCopyWithOtherLineBreaksIsTheSameReport() {
        int[] report = copies.signature(REPORT);
        int[] copy = copies.signature(REPORT.replace("\n\n", "\n").replace("Hnatiuk said.", "Hnatiuk says."));

        assertThat(copies.similarity(report, copy)).isEqualTo(1.0);
        assertThat(copies.sameReport(report, copy)).isTrue();
    }

    @Test
    void anExcerptOfAFewParagraphsIsTheSameReport() {
        String excerpt = REPORT.substring(REPORT.indexOf("A reporter"), REPORT.indexOf("About 300"));

        int[] report = copies.signature(REPORT);
        int[] part = copies.signature(excerpt);

        assertThat(copies.similarity(report, part)).isEqualTo(1.0);
        assertThat(copies.sameReport(report, part)).isTrue();
    }

    @Test
    void signaturesAreDeterministicAndLaidOutBySentence() {
        int[] signature = copies.signature("Russian forces withdrew from the village overnight. Too short here.");

        assertThat(copies.signature("Russian forces withdrew from the village overnight. Too short here."))
                .isEqualTo(signature);
        assertThat(signature).hasSize(1 + 1 + 5);
        assertThat(signature[0]).isEqualTo(ReportCopies.FORMAT);
        assertThat(signature[1]).isEqualTo(5);
        assertThat(signature).contains(SentenceSketch.hash("russi"), SentenceSketch.hash("withd"),
                SentenceSketch.hash("overn"));
    }

    @Test
    void textWithoutSentencesMatchesNothing() {
        int[] empty = copies.signature("");

        assertThat(empty).containsExactly(ReportCopies.FORMAT);
        assertThat(copies.similarity(empty, empty)).isZero();
        assertThat(copies.sameReport(empty, copies.signature(REPORT))).isFalse();
        assertThat(copies.sameReport(new int[0], new int[0])).isFalse();
    }
}
