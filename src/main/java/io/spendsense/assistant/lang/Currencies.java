package io.spendsense.assistant.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts every money amount in one shape, a number followed by its currency word ("$100", "100$", "usd 100", "100
 * bucks" all become "100 dollars"), so that amount filters need one rule. A "+" after a number becomes "or more";
 * the shorthand for thousands is written out ("1k", "$1.5k", "2 grand", "a grand" become 1000, 1500, 2000, 1000).
 */
final class Currencies {
    private static final Map<String, String> SIGNS = Map.of("$", "dollars", "€", "euros", "£", "pounds",
            "¥", "yen");
    private static final Map<String, String> CODES_BEFORE = Map.of("usd", "dollars", "eur", "euros", "gbp", "pounds");
    private static final Map<String, String> WORDS_AFTER = Map.of("usd", "dollars", "dollar", "dollars", "bucks",
            "dollars", "buck", "dollars", "eur", "euros", "euro", "euros", "gbp", "pounds");

    private Currencies() {
    }

    /** "1k", "1.5 k", "2 grand", "a grand": the number times 1000, one token over the words it replaces. */
    private static List<Token> thousands(List<Token> in) {
        List<Token> out = null;
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            Token next = i + 1 < in.size() ? in.get(i + 1) : null;
            String unit = next == null ? "" : next.text();
            boolean shorthand = unit.equals("k") || unit.equals("grand");
            java.math.BigDecimal n = Numbers.parse(t.text()).orElse(null);
            if (n == null && t.text().equals("a") && unit.equals("grand")) {
                n = java.math.BigDecimal.ONE;
                // "half a grand"
                if (out == null && i > 0 && in.get(i - 1).text().equals("half")) {
                    out = new ArrayList<>(in.subList(0, i - 1));
                    n = new java.math.BigDecimal("0.5");
                } else if (out != null && !out.isEmpty() && out.get(out.size() - 1).text().equals("half")) {
                    out.remove(out.size() - 1);
                    n = new java.math.BigDecimal("0.5");
                }
            }
            if (n != null && shorthand && n.precision() - n.scale() <= 9) {
                if (out == null) {
                    out = new ArrayList<>(in.subList(0, i));
                }
                out.add(new Token(n.movePointRight(3).stripTrailingZeros().toPlainString(), t.start(), next.end()));
                i++;
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? in : out;
    }

    static List<Token> apply(List<Token> raw) {
        List<Token> in = thousands(raw);
        var out = new ArrayList<Token>(in.size() + 4);
        int i = 0;
        while (i < in.size()) {
            Token t = in.get(i);
            String w = t.text();
            Token next = i + 1 < in.size() ? in.get(i + 1) : null;
            boolean numberNext = next != null && Numbers.isNumber(next.text());
            boolean numberBefore = !out.isEmpty() && Numbers.isNumber(out.get(out.size() - 1).text());
            if ((SIGNS.containsKey(w) || CODES_BEFORE.containsKey(w)) && numberNext && !numberBefore) {
                String currency = SIGNS.getOrDefault(w, CODES_BEFORE.get(w));
                out.add(next);
                out.add(new Token(currency, t.start(), t.end()));
                i += 2;
                continue;
            }
            if (SIGNS.containsKey(w)) {
                if (numberBefore) {
                    out.add(new Token(SIGNS.get(w), t.start(), t.end()));
                }
            } else if (w.equals("+")) {
                if (numberBefore || !out.isEmpty() && SIGNS.containsValue(out.get(out.size() - 1).text())) {
                    out.add(new Token("or", t.start(), t.end()));
                    out.add(new Token("more", t.start(), t.end()));
                }
            } else if (numberBefore && WORDS_AFTER.containsKey(w)) {
                out.add(new Token(WORDS_AFTER.get(w), t.start(), t.end()));
            } else {
                out.add(t);
            }
            i++;
        }
        return out;
    }
}
