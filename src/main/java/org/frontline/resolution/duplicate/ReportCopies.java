package org.frontline.resolution.duplicate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

/**
 * Tells whether two sources are copies of one report, including machine-reworded copies (synonyms swapped, names
 * garbled, paragraphs dropped), while two reports of the same event by different writers stay apart.
 *
 * <p><b>Method.</b> A copy keeps the report's sentences one by one, reworded; an independent report of the same
 * event shares names and places but not sentences. So the signature is a bottom-{@value SentenceSketch#SIZE}
 * MinHash sketch per sentence, over the sentence's content words (case folded, function words dropped, each word
 * cut to five letters; see {@link ContentWords}), with one fixed hash function (FNV-1a with seed 0x6A09E667,
 * finished by MurmurHash3's mixer). Two sentences match when their word sets have a Jaccard similarity of at least
 * {@value #SENTENCE_MATCH}. The similarity of two sources is the larger of the two shares of sentences (of at least
 * {@value #MIN_SENTENCE_WORDS} content words) that have a match in the other source; they are copies of one report
 * when it reaches {@value #SAME_REPORT} and at least {@value #MIN_MATCHED_SENTENCES} sentences match (all of them
 * when a source has fewer).
 *
 * <p><b>Why not whole-text shingles.</b> Measured on the five cleaned seed articles, where 001 and 003 are two
 * reworded copies of one Reuters report that each keep only part of it, and 000 and 002 are two different reports of
 * the same events (same towns, same officials). Whole-text Jaccard, 001~003 against the highest other pair: word
 * 5-shingles 0.012 / 0.004; word 3-shingles 0.040 / 0.016; content-word unigrams 0.225 / 0.168; content-word bigrams
 * 0.051 / 0.022; character 5-grams 0.227 / 0.174. None leaves a margin a threshold can live in, and a whole-text
 * MinHash adds its own noise on top (a 128-hash estimate of 0.05 has a standard error of 0.02). Per-sentence MinHash
 * with 32 hash functions instead of exact bottom-k sets was tried as well: over 20 seed choices its noise narrowed
 * the worst case to 0.148 against 0.078.
 *
 * <p><b>Measured</b> (see {@code ReportCopiesSeedTest}): 001~003 0.250, every other pair at most 0.048 (000~002,
 * one quotation reported in nearly the same words), so the threshold {@value #SAME_REPORT} sits a factor of two from
 * both. A copy of a hand-written report reworded with synonyms and garbled names scores 0.75, another writer's report
 * of the same event 0.11 (see {@code ReportCopiesTest}).
 *
 * <p><b>Signature layout</b> (stored as the source's {@code signature integer[]}): {@value #FORMAT}, then for each
 * sentence its number of hashes followed by the hashes in ascending order.
 */
public final class ReportCopies {

    public static final double SENTENCE_MATCH = 0.4;
    public static final double SAME_REPORT = 0.12;
    public static final int MIN_SENTENCE_WORDS = 4;
    /** Independent reports of one event often share a quotation or two, rarely three sentences. */
    public static final int MIN_MATCHED_SENTENCES = 3;
    static final int FORMAT = 1;
    static final int KEY_HASHES = 4;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…][\"”’'»)\\]]{0,2})\\s+|\\n");

    public int[] signature(String body) {
        List<Integer> signature = new ArrayList<>();
        signature.add(FORMAT);
        for (String sentence : SENTENCE_END.split(body)) {
            Set<String> words = new LinkedHashSet<>(ContentWords.of(sentence));
            if (words.size() < MIN_SENTENCE_WORDS) {
                continue;
            }
            int[] hashes = SentenceSketch.of(words).hashes();
            signature.add(hashes.length);
            Arrays.stream(hashes).forEach(signature::add);
        }
        return signature.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The larger share of either source's sentences that the other source repeats, reworded or not: 0 to 1. */
    public double similarity(int[] a, int[] b) {
        return Overlap.of(sentences(a), sentences(b)).similarity();
    }

    public boolean sameReport(int[] a, int[] b) {
        Overlap overlap = Overlap.of(sentences(a), sentences(b));
        return overlap.similarity() >= SAME_REPORT && overlap.enoughSentences();
    }

    /**
     * Keys under which a signature is indexed to find candidate copies without comparing every pair of sources:
     * for each sentence, every pair among its {@value #KEY_HASHES} smallest hashes. A reworded sentence that still
     * matches keeps most of its words, so it very likely shares one such pair with the original, while two
     * unrelated sentences rarely do; the candidates found are then compared in full with {@link #sameReport}.
     */
    public long[] lookupKeys(int[] signature) {
        return sentences(signature).stream()
                .flatMapToLong(sentence -> {
                    int[] smallest = Arrays.copyOf(sentence.hashes(), Math.min(KEY_HASHES, sentence.hashes().length));
                    LongStream.Builder keys = LongStream.builder();
                    for (int i = 0; i < smallest.length; i++) {
                        for (int j = i + 1; j < smallest.length; j++) {
                            keys.add(((long) smallest[i] << 32) | (smallest[j] & 0xFFFFFFFFL));
                        }
                    }
                    return keys.build();
                })
                .distinct()
                .toArray();
    }

    /** How many sentences of each source have a match in the other. */
    private record Overlap(int sentencesA, int matchedA, int sentencesB, int matchedB) {

        static Overlap of(List<SentenceSketch> a, List<SentenceSketch> b) {
            boolean[] matchedInA = new boolean[a.size()];
            boolean[] matchedInB = new boolean[b.size()];
            for (int i = 0; i < a.size(); i++) {
                for (int j = 0; j < b.size(); j++) {
                    if ((!matchedInA[i] || !matchedInB[j]) && a.get(i).matches(b.get(j), SENTENCE_MATCH)) {
                        matchedInA[i] = true;
                        matchedInB[j] = true;
                    }
                }
            }
            return new Overlap(a.size(), count(matchedInA), b.size(), count(matchedInB));
        }

        private static int count(boolean[] flags) {
            int count = 0;
            for (boolean flag : flags) {
                count += flag ? 1 : 0;
            }
            return count;
        }

        double similarity() {
            if (sentencesA == 0 || sentencesB == 0) {
                return 0;
            }
            return Math.max((double) matchedA / sentencesA, (double) matchedB / sentencesB);
        }

        boolean enoughSentences() {
            int needed = Math.min(MIN_MATCHED_SENTENCES, Math.min(sentencesA, sentencesB));
            return needed > 0 && Math.max(matchedA, matchedB) >= needed;
        }
    }

    private static List<SentenceSketch> sentences(int[] signature) {
        if (signature.length == 0) {
            return List.of();
        }
        if (signature[0] != FORMAT) {
            throw new IllegalArgumentException("not a signature of format " + FORMAT);
        }
        List<SentenceSketch> sentences = new ArrayList<>();
        int at = 1;
        while (at < signature.length) {
            int size = signature[at];
            sentences.add(new SentenceSketch(Arrays.copyOfRange(signature, at + 1, at + 1 + size)));
            at += 1 + size;
        }
        return sentences;
    }
}
