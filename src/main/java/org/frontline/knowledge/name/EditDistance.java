package org.frontline.knowledge.name;

/**
 * The edit distance between two spellings: insertions, deletions and substitutions of one letter, and swaps of two
 * neighbouring letters (a common typing and transliteration slip), each one edit. Bounded, so that hopeless
 * comparisons stop early.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /** The edit distance between a and b, or {@code limit + 1} when it exceeds limit. */
    public static int bounded(CharSequence a, CharSequence b, int limit) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int[] beforePrevious = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        int previousMinimum = 0;
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMinimum = current[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                int distance = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    distance = Math.min(distance, beforePrevious[j - 2] + 1);
                }
                current[j] = distance;
                rowMinimum = Math.min(rowMinimum, distance);
            }
            // A swap reaches back two rows, so only two hopeless rows in a row end the search.
            if (rowMinimum > limit && previousMinimum > limit) {
                return limit + 1;
            }
            previousMinimum = rowMinimum;
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], limit + 1);
    }

    /** 1 for equal strings, 0 for strings with nothing in common: 1 - distance / longer length. */
    public static double similarity(CharSequence a, CharSequence b) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 1.0;
        }
        return 1.0 - (double) bounded(a, b, longer) / longer;
    }
}
