package org.frontline.resolution.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.frontline.ingest.TextCleaner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Copies of one report among the five seeds: 001 and 003 are two machine-reworded copies of one Reuters report;
 * 000 and 002 are different reports of the same events (same towns, same officials, one quotation in common).
 *
 * <p>Similarity of the cleaned seeds, {@link ReportCopies} (share of sentences with a match in the other):
 * <pre>
 *         000    001    002    003    004
 *  000  1.000  0.000  0.048  0.000  0.000
 *  001  0.000  1.000  0.000  0.250  0.000
 *  002  0.048  0.000  1.000  0.000  0.000
 *  003  0.000  0.250  0.000  1.000  0.000
 *  004  0.000  0.000  0.000  0.000  1.000
 * </pre>
 * Whole-text Jaccard of other shingles, same bodies (001~003 against the highest other pair):
 * word 5-shingles 0.012 / 0.004; word 3-shingles 0.040 / 0.016; content-word unigrams 0.225 / 0.168 (002~003);
 * content-word bigrams 0.051 / 0.022; character 5-grams 0.227 / 0.174 (002~004).
 */
class ReportCopiesSeedTest {

    private static final List<String> FILES = List.of("000_4d64a87ecafb19cd.txt", "001_1848e0611e54fac2.txt",
            "002_e1de64e4ded32e85.txt", "003_f9312d0882957ca9.txt", "004_c8946f768a65c94f.txt");

    private static List<String> bodies;
    private final ReportCopies copies = new ReportCopies();

    @BeforeAll
    static void cleanSeeds() throws IOException {
        TextCleaner cleaner = new TextCleaner();
        bodies = FILES.stream().map(file -> {
            try {
                return cleaner.clean(Files.readString(Path.of("seeds", file))).body();
            } catch (IOException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toList();
    }

    private int[] signature(int seed) {
        return copies.signature(bodies.get(seed));
    }

    @Test
    void onlyTheTwoRewordedCopiesOfTheReutersReportAreOneReport() {
        double[][] expected = {
                {1, 0, 1.0 / 21, 0, 0},
                {0, 1, 0, 5.0 / 20, 0},
                {1.0 / 21, 0, 1, 0, 0},
                {0, 5.0 / 20, 0, 1, 0},
                {0, 0, 0, 0, 1}};
        for (int a = 0; a < FILES.size(); a++) {
            for (int b = 0; b < FILES.size(); b++) {
                assertThat(copies.similarity(signature(a), signature(b)))
                        .as("similarity of %s and %s", FILES.get(a), FILES.get(b))
                        .isCloseTo(expected[a][b], within(1e-9));
                assertThat(copies.sameReport(signature(a), signature(b)))
                        .as("%s and %s one report", FILES.get(a), FILES.get(b))
                        .isEqualTo(a == b || a + b == 4 && a * b == 3);
            }
        }
    }

    @Test
    void theThresholdLeavesAMarginOnBothSides() {
        double copiesOfOneReport = copies.similarity(signature(1), signature(3));
        double closestIndependentPair = copies.similarity(signature(0), signature(2));

        assertThat(copiesOfOneReport / ReportCopies.SAME_REPORT).isGreaterThan(2);
        assertThat(ReportCopies.SAME_REPORT / closestIndependentPair).isGreaterThan(2);
    }

    @Test
    void aLightlyEditedCopyWithOtherFurnitureIsTheSameReport() {
        String edited = "Share this article\n\n" + bodies.get(2).replace("Saturday", "Sunday")
                .replace("blitzkrieg", "lightning offensive").replace("\n", "\n\n") + "\n\nLeave a comment\n";
        int[] copy = copies.signature(new TextCleaner().clean(edited).body());

        assertThat(copies.similarity(copy, signature(2))).isEqualTo(1.0);
        assertThat(copies.sameReport(copy, signature(2))).isTrue();
        assertThat(copies.sameReport(copy, signature(0))).isFalse();
    }

    @Test
    void theFirstHalfOfAnArticleIsTheSameReport() {
        String half = bodies.get(4).substring(0, bodies.get(4).length() / 2);

        assertThat(copies.sameReport(copies.signature(half), signature(4))).isTrue();
        assertThat(copies.sameReport(copies.signature(half), signature(1))).isFalse();
    }

    @Test
    void wholeTextShinglesCannotTellTheRewordedCopiesFromReportsOfTheSameEvents() {
        List<Function<String, Set<String>>> shingles = List.of(text -> wordShingles(text, 5, false),
                text -> wordShingles(text, 3, false), text -> wordShingles(text, 1, true),
                text -> wordShingles(text, 2, true), text -> characterShingles(text, 5));
        for (Function<String, Set<String>> shingle : shingles) {
            List<Set<String>> sets = bodies.stream().map(shingle).toList();
            double copiesOfOneReport = jaccard(sets.get(1), sets.get(3));
            double highestOther = 0;
            for (int a = 0; a < sets.size(); a++) {
                for (int b = a + 1; b < sets.size(); b++) {
                    if (!(a == 1 && b == 3)) {
                        highestOther = Math.max(highestOther, jaccard(sets.get(a), sets.get(b)));
                    }
                }
            }
            assertThat(copiesOfOneReport / highestOther).isLessThan(3.1);
        }
    }

    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    private static Set<String> wordShingles(String text, int size, boolean contentWordsOnly) {
        List<String> words = contentWordsOnly ? ContentWords.of(text).stream().toList()
                : LETTERS.matcher(text.toLowerCase(Locale.ROOT)).results().map(match -> match.group()).toList();
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + size <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + size)));
        }
        return shingles;
    }

    private static Set<String> characterShingles(String text, int size) {
        String letters = String.join(" ", text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).strip();
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + size <= letters.length(); i++) {
            shingles.add(letters.substring(i, i + size));
        }
        return shingles;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return (double) shared.size() / (a.size() + b.size() - shared.size());
    }
}
