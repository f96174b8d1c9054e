package org.frontline.resolution.duplicate;

import java.util.Arrays;
import java.util.Collection;

/**
 * A bottom-k MinHash sketch of one sentence's content words: the {@value #SIZE} smallest hashes of its distinct
 * words under one fixed hash function. Sentences of up to {@value #SIZE} distinct words (nearly all) are kept
 * whole, so their similarity is exact; longer ones are estimated the bottom-k way.
 */
record SentenceSketch(int[] hashes) {

    static final int SIZE = 24;
    private static final int SEED = 0x6A09E667;

    static SentenceSketch of(Collection<String> words) {
        int[] all = words.stream().mapToInt(SentenceSketch::hash).distinct().sorted().toArray();
        return new SentenceSketch(Arrays.copyOf(all, Math.min(all.length, SIZE)));
    }

    /** Whether the two sentences' similarity reaches the threshold; sets of very different sizes cannot. */
    boolean matches(SentenceSketch other, double threshold) {
        boolean complete = hashes.length < SIZE && other.hashes.length < SIZE;
        int smaller = Math.min(hashes.length, other.hashes.length);
        int larger = Math.max(hashes.length, other.hashes.length);
        if (complete && smaller < threshold * larger) {
            return false;
        }
        return similarity(other) >= threshold;
    }

    /** Jaccard similarity of the two sentences' word sets (exact when both are complete, else estimated). */
    double similarity(SentenceSketch other) {
        int[] a = hashes;
        int[] b = other.hashes;
        boolean complete = a.length < SIZE && b.length < SIZE;
        int limit = complete ? Integer.MAX_VALUE : SIZE;
        int i = 0;
        int j = 0;
        int union = 0;
        int shared = 0;
        while ((i < a.length || j < b.length) && union < limit) {
            if (j >= b.length || i < a.length && a[i] < b[j]) {
                i++;
            } else if (i >= a.length || b[j] < a[i]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
            union++;
        }
        return union == 0 ? 0 : (double) shared / union;
    }

    /** FNV-1a over the word's characters, then MurmurHash3's finaliser to spread the bits. */
    static int hash(String word) {
        int h = 0x811C9DC5 ^ SEED;
        for (int k = 0; k < word.length(); k++) {
            h = (h ^ word.charAt(k)) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
