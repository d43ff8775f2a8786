package io.spendsense.assistant.lang;

/**
 * Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two neighbours), cut off
 * early once it exceeds a bound, because typo matching only ever asks "within 1 or 2?".
 */
public final class EditDistance {
    private EditDistance() {
    }

    /** The distance between a and b, or {@code max + 1} as soon as it is known to be larger than max. */
    public static int within(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] prevPrev = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prevPrev[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prevPrev;
            prevPrev = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], max + 1);
    }

    /** Typos allowed for a word of this length: none up to 3 letters, 1 for 4 to 7, 2 from 8. */
    public static int allowedFor(int length) {
        return length <= 3 ? 0 : length <= 7 ? 1 : 2;
    }
}
