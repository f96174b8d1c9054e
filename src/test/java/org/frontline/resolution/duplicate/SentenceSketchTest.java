package org.frontline.resolution.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SentenceSketchTest {

    @Test
    void contentWordsAreFoldedStemmedAndFreeOfFunctionWords() {
        assertThat(ContentWords.of("The Russian forces had withdrawn from Stepove’s eastern bank."))
                .containsExactly("russi", "force", "withd", "stepo", "easte", "bank");
    }

    @Test
    void similarityIsExactForShortSentences() {
        SentenceSketch a = SentenceSketch.of(List.of("three", "bodie", "lay", "white", "bags", "yard"));
        SentenceSketch b = SentenceSketch.of(List.of("three", "bodie", "lay", "white", "corps", "bags", "garde"));

        assertThat(a.similarity(b)).isCloseTo(5.0 / 8, within(1e-9));
        assertThat(a.similarity(a)).isEqualTo(1.0);
    }

    @Test
    void longSentencesAreEstimatedFromTheirSmallestHashes() {
        List<String> words = IntStream.range(0, 60).mapToObj(i -> "w" + i).toList();
        SentenceSketch whole = SentenceSketch.of(words);
        SentenceSketch half = SentenceSketch.of(words.subList(0, 30));

        assertThat(whole.hashes()).hasSize(SentenceSketch.SIZE);
        assertThat(whole.similarity(whole)).isEqualTo(1.0);
        assertThat(whole.similarity(half)).isBetween(0.25, 0.75);
    }
}
