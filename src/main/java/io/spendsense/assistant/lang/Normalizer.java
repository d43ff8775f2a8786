package io.spendsense.assistant.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a raw question into lower-case, accent-free tokens that the grammars can match word by word, keeping for each
 * token where it came from in the original text.
 *
 * <p>Only the first {@value #MAX_CHARS} chars are read: a question is a sentence, and the cap keeps the cost bounded
 * (and linear) whatever is pasted into the chat box. {@code original} is still the whole input.
 */
public final class Normalizer {
    static final int MAX_CHARS = 2_000;

    private static final Pattern KEEP_WHOLE = Pattern.compile(
            "\\d{4}-\\d{1,2}(-\\d{1,2})?"           // 2026-03-02, 2025-12
            + "|\\d{4}/\\d{1,2}(/\\d{1,2})?"          // 2026/03/02, 2025/12
            + "|\\d{1,2}/\\d{1,2}(/\\d{2,4})?"      // 03/14/2026, 3/14
            + "|\\d{1,2}/\\d{4}"                    // 12/2025
            + "|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}"     // 14.03.2026
            + "|\\d+(\\.\\d+)?");                   // 12.50
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern ORDINAL = Pattern.compile("(\\d+)(st|nd|rd|th)");
    private static final Pattern NUMBER_THEN_WORD = Pattern.compile("(\\d+(?:\\.\\d+)?)([a-z]+)");
    private static final Map<String, String[]> WHOLE_CONTRACTIONS = Map.of(
            "can't", new String[] {"can", "not"}, "won't", new String[] {"will", "not"},
            "shan't", new String[] {"shall", "not"}, "ain't", new String[] {"is", "not"},
            "let's", new String[] {"let", "us"});
    private static final Set<String> IS_BEFORE_S = Set.of("what", "that", "it", "how", "where", "who", "there", "here",
            "when", "why", "he", "she", "which", "everything", "nothing", "something", "this");
    /** Time words whose possessive is just the word: "last year's total" means "last year total". */
    private static final Set<String> TIME_WORDS = Set.of("year", "month", "week", "quarter", "today", "yesterday",
            "weekend", "day", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
    private static final Pattern NUMBER_RANGE = Pattern.compile("(\\d+(?:\\.\\d+)?)-(\\d+(?:\\.\\d+)?)");
    private static final Map<String, String> SUFFIXES = Map.of("'ve", "have", "'m", "am", "'re", "are", "'ll", "will",
            "'d", "would");

    private Normalizer() {
    }

    public static NormalizedQuestion normalize(String raw) {
        String original = raw == null ? "" : raw;
        var buffer = Folded.of(original, MAX_CHARS);
        var tokens = new ArrayList<Token>();
        scan(buffer, tokens);
        List<Token> words = Currencies.apply(NumberWords.apply(tokens));
        var text = new StringBuilder();
        for (Token t : words) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(t.text());
        }
        return new NormalizedQuestion(original, text.toString(), words);
    }

    /**
     * Splits the folded text into raw words (letters and digits with inner connectors) and currency signs; a year
     * written with an apostrophe stays one word ("'25"), and a dash standing between two dates or numbers says "to"
     * ("Aug 8 - 12", "Jan – March").
     */
    private static void scan(Folded buffer, List<Token> out) {
        String s = buffer.text();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\'' && i + 2 < n && Character.isDigit(s.charAt(i + 1)) && Character.isDigit(s.charAt(i + 2))
                    && (i + 3 >= n || !Character.isLetterOrDigit(s.charAt(i + 3)))
                    && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
                out.add(buffer.token(s.substring(i, i + 3), i, i + 3));
                i += 3;
                continue;
            }
            if (c == '-' && (i == 0 || s.charAt(i - 1) == ' ') && i + 1 < n && s.charAt(i + 1) == ' '
                    && !out.isEmpty() && isRangeSide(out.get(out.size() - 1).text())
                    && isRangeSide(nextWord(s, i + 1))) {
                out.add(buffer.token("to", i, i + 1));
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j))
                        || isConnector(s.charAt(j)) && j + 1 < n && Character.isLetterOrDigit(s.charAt(j + 1)))) {
                    j++;
                }
                word(buffer, i, j, out);
                i = j;
            } else {
                if (c == '$' || c == '€' || c == '£' || c == '¥' || c == '+') {
                    out.add(buffer.token(String.valueOf(c), i, i + 1));
                }
                i++;
            }
        }
    }

    /** A word on either side of a dash that makes it "to": a number of at most 4 digits or a month name. */
    private static boolean isRangeSide(String word) {
        return !word.isEmpty() && word.length() <= 4 && Numbers.intValue(word) >= 0 || DateWords.month(word) > 0;
    }

    /** The word (letters and digits) after position i, past spaces and a currency sign ("- $50" gives "50"). */
    private static String nextWord(String s, int i) {
        int a = i;
        while (a < s.length() && s.charAt(a) == ' ') {
            a++;
        }
        if (a < s.length() && "$€£¥".indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        int b = a;
        while (b < s.length() && Character.isLetterOrDigit(s.charAt(b))) {
            b++;
        }
        return s.substring(a, b);
    }

    private static boolean isConnector(char c) {
        return c == '.' || c == '/' || c == '-' || c == ',' || c == '\'' || c == ':';
    }

    /** One raw word: kept whole when it is a number or a date, otherwise split at its connectors. */
    private static void word(Folded buffer, int from, int to, List<Token> out) {
        String w = buffer.text().substring(from, to);
        if (KEEP_WHOLE.matcher(w).matches()) {
            out.add(buffer.token(w, from, to));
            return;
        }
        var range = NUMBER_RANGE.matcher(w);
        if (range.matches()) {
            // "march 1-15", "10-50 dollars": the hyphen says "to"
            int cut = from + range.group(1).length();
            out.add(buffer.token(range.group(1), from, cut));
            out.add(buffer.token("to", cut, cut + 1));
            out.add(buffer.token(range.group(2), cut + 1, to));
            return;
        }
        if (THOUSANDS.matcher(w).matches()) {
            out.add(buffer.token(w.replace(",", ""), from, to));
            return;
        }
        var shorthand = NUMBER_THEN_WORD.matcher(w);
        if (shorthand.matches() && shorthand.group(1).indexOf('.') >= 0) {
            // "1.5k", "12.50usd": the decimal number stays whole, the unit after it is its own word
            int cut = from + shorthand.group(1).length();
            out.add(buffer.token(shorthand.group(1), from, cut));
            out.add(buffer.token(shorthand.group(2), cut, to));
            return;
        }
        int partStart = from;
        for (int k = from; k <= to; k++) {
            char c = k < to ? buffer.text().charAt(k) : ' ';
            if (k == to || c != '\'' && isConnector(c)) {
                if (k > partStart) {
                    part(buffer, partStart, k, out);
                }
                partStart = k + 1;
            }
        }
    }

    /** A word without connectors other than apostrophes: ordinals, contractions, "100usd". */
    private static void part(Folded buffer, int from, int to, List<Token> out) {
        String p = buffer.text().substring(from, to);
        var ordinal = ORDINAL.matcher(p);
        if (ordinal.matches()) {
            out.add(buffer.token(ordinal.group(1), from, to));
            return;
        }
        var mixed = NUMBER_THEN_WORD.matcher(p);
        if (mixed.matches()) {
            int cut = from + mixed.group(1).length();
            out.add(buffer.token(mixed.group(1), from, cut));
            out.add(buffer.token(mixed.group(2), cut, to));
            return;
        }
        int apostrophe = p.indexOf('\'');
        if (apostrophe < 0) {
            out.add(buffer.token(p, from, to));
            return;
        }
        contraction(buffer, p, from, to, apostrophe, out);
    }

    private static void contraction(Folded buffer, String p, int from, int to, int apostrophe, List<Token> out) {
        String[] whole = WHOLE_CONTRACTIONS.get(p);
        if (whole != null) {
            out.add(buffer.token(whole[0], from, to));
            out.add(buffer.token(whole[1], from, to));
            return;
        }
        if (p.endsWith("n't") && p.length() > 3) {
            int cut = from + p.length() - 3;
            out.add(buffer.token(p.substring(0, p.length() - 3), from, cut));
            out.add(buffer.token("not", cut, to));
            return;
        }
        String stem = p.substring(0, apostrophe);
        String suffix = p.substring(apostrophe);
        int cut = from + apostrophe;
        if (suffix.equals("'s") && TIME_WORDS.contains(stem)) {
            out.add(buffer.token(stem, from, to));
        } else if (suffix.equals("'s") && IS_BEFORE_S.contains(stem)) {
            out.add(buffer.token(stem, from, cut));
            out.add(buffer.token("is", cut, to));
        } else if (SUFFIXES.containsKey(suffix) && !stem.isEmpty()) {
            out.add(buffer.token(stem, from, cut));
            out.add(buffer.token(SUFFIXES.get(suffix), cut, to));
        } else {
            // a possessive ("joe's") or a name ("o'brien") stays one word, so payees keep their spelling
            out.add(buffer.token(p, from, to));
        }
    }

    /**
     * The input folded to lower case without accents, compatibility forms, emoji or control characters, with the
     * original offsets of every folded char.
     */
    private record Folded(String text, int[] origStart, int[] origEnd) {
        static Folded of(String original, int maxChars) {
            int limit = Math.min(original.length(), maxChars);
            var sb = new StringBuilder(limit);
            int[] starts = new int[limit * 2 + 8];
            int[] ends = new int[limit * 2 + 8];
            int k = 0;
            while (k < limit) {
                int cp = original.codePointAt(k);
                int next = Math.min(original.length(), k + Character.charCount(cp));
                String folded = fold(cp);
                if (folded.isEmpty() && !sb.isEmpty() && ends[sb.length() - 1] == k) {
                    // a combining accent belongs to the letter before it, also in the original offsets
                    ends[sb.length() - 1] = next;
                }
                for (int m = 0; m < folded.length(); m++) {
                    if (sb.length() >= starts.length) {
                        starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                        ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                    }
                    starts[sb.length()] = k;
                    ends[sb.length()] = next;
                    sb.append(folded.charAt(m));
                }
                k = next;
            }
            return new Folded(sb.toString(), starts, ends);
        }

        Token token(String text, int from, int to) {
            return new Token(text, origStart[from], origEnd[Math.max(from, to - 1)]);
        }

        private static String fold(int cp) {
            if (cp < 128) {
                char c = (char) cp;
                if (c >= 'A' && c <= 'Z') {
                    return String.valueOf((char) (c + 32));
                }
                return c < 32 || c == 127 ? " " : String.valueOf(c);
            }
            switch (cp) {
                case 0x2018, 0x2019, 0x201A, 0x201B, 0x02BC, 0x2032, 0xFF07, 0x00B4, 0x0060:
                    return "'";
                case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB:
                    return "\"";
                case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212:
                    return "-";
                case 0x20AC:
                    return "€";
                case 0x00A3:
                    return "£";
                case 0x00A5:
                    return "¥";
                default:
                    break;
            }
            String s = java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFKC)
                    .toLowerCase(Locale.ROOT);
            s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
            var out = new StringBuilder(s.length());
            for (int m = 0; m < s.length(); m++) {
                char c = s.charAt(m);
                if (Character.isLetterOrDigit(c) && !Character.isSurrogate(c)) {
                    out.append(c);
                } else if (c < 128 || c == '€' || c == '£' || c == '¥') {
                    out.append(c < 32 ? ' ' : c);
                } else if (Character.getType(c) != Character.NON_SPACING_MARK
                        && Character.getType(c) != Character.ENCLOSING_MARK
                        && Character.getType(c) != Character.COMBINING_SPACING_MARK) {
                    // emoji, symbols, spaces of other scripts: a word break, so "coffee☕today" stays two words
                    out.append(' ');
                }
            }
            return out.toString();
        }
    }
}
