package org.frontline.knowledge.name;

/** Levenshtein distance with an upper bound, so that hopeless comparisons stop early. */
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
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMinimum = current[0];
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMinimum = Math.min(rowMinimum, current[j]);
            }
            if (rowMinimum > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
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
