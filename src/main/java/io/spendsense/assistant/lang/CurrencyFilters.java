package io.spendsense.assistant.lang;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a filter on the currency an expense was paid in: "in euros", "in EUR", "paid in yen", "in Swiss francs",
 * "my euro expenses", "EUR purchases". A currency word right after a number is the unit of an amount ("over 100
 * euros"), not this filter: call it after the amount filters and pass the words they used.
 *
 * <p>Codes: the common ones in any case ("in eur", "in GBP"); any other ISO 4217 code only as typed in capitals ("in
 * BHD"), since many codes are English words ("in all" is not Albanian lek, "in top" not Tongan pa'anga). "Dollars" are
 * the profile's dollars when its currency is one (CAD, AUD, ...), else US dollars.
 */
public final class CurrencyFilters {
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"),
            Map.entry("sterling", "GBP"), Map.entry("quid", "GBP"), Map.entry("yen", "JPY"),
            Map.entry("franc", "CHF"), Map.entry("francs", "CHF"), Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"), Map.entry("rmb", "CNY"), Map.entry("rupee", "INR"),
            Map.entry("rupees", "INR"), Map.entry("kronor", "SEK"), Map.entry("krona", "SEK"),
            Map.entry("zloty", "PLN"), Map.entry("zlotys", "PLN"), Map.entry("zlotych", "PLN"),
            Map.entry("baht", "THB"), Map.entry("forint", "HUF"), Map.entry("forints", "HUF"),
            Map.entry("lira", "TRY"), Map.entry("liras", "TRY"), Map.entry("rand", "ZAR"),
            Map.entry("reais", "BRL"), Map.entry("shekel", "ILS"), Map.entry("shekels", "ILS"),
            Map.entry("dollar", "$"), Map.entry("dollars", "$"), Map.entry("bucks", "$"));
    /** "us dollars", "swiss francs": a country word before a currency name. */
    private static final Map<String, String> QUALIFIED = Map.ofEntries(Map.entry("us dollars", "USD"),
            Map.entry("us dollar", "USD"), Map.entry("american dollars", "USD"),
            Map.entry("canadian dollars", "CAD"), Map.entry("canadian dollar", "CAD"),
            Map.entry("australian dollars", "AUD"), Map.entry("australian dollar", "AUD"),
            Map.entry("new zealand dollars", "NZD"), Map.entry("singapore dollars", "SGD"),
            Map.entry("hong kong dollars", "HKD"), Map.entry("swiss francs", "CHF"), Map.entry("swiss franc", "CHF"),
            Map.entry("japanese yen", "JPY"), Map.entry("british pounds", "GBP"), Map.entry("indian rupees", "INR"),
            Map.entry("swedish kronor", "SEK"), Map.entry("swedish krona", "SEK"),
            Map.entry("norwegian kroner", "NOK"), Map.entry("norwegian krone", "NOK"),
            Map.entry("danish kroner", "DKK"), Map.entry("danish krone", "DKK"),
            Map.entry("mexican pesos", "MXN"), Map.entry("chinese yuan", "CNY"), Map.entry("turkish lira", "TRY"),
            Map.entry("brazilian reais", "BRL"), Map.entry("south african rand", "ZAR"),
            Map.entry("polish zloty", "PLN"), Map.entry("czech koruna", "CZK"), Map.entry("korean won", "KRW"));
    /** Codes that are no English word, read in any case. */
    private static final Set<String> COMMON_CODES = Set.of("eur", "usd", "gbp", "jpy", "chf", "cad", "aud", "nzd",
            "sek", "nok", "dkk", "pln", "czk", "huf", "inr", "cny", "mxn", "brl", "zar", "sgd", "hkd", "krw", "thb",
            "ils", "bhd", "kwd", "jod", "omr", "aed", "sar", "ron", "bgn", "isk", "idr", "myr", "php", "vnd");
    private static final Set<String> DOLLAR_CURRENCIES = Set.of("USD", "CAD", "AUD", "NZD", "SGD", "HKD");
    private static final Set<String> LEADS = Set.of("in", "using");
    private static final Set<String> NOUNS = Set.of("expense", "expenses", "purchase", "purchases", "spending",
            "payment", "payments", "transaction", "transactions", "charges", "costs");

    /**
     * The first currency filter among the tokens not in {@code used}; {@code original} is the question as typed (for
     * the case of codes), {@code profileCurrency} says which dollars "dollars" are.
     */
    public Optional<CurrencyMatch> find(List<Token> tokens, String original, BitSet used, String profileCurrency) {
        String[] w = PeriodGrammar.words(tokens);
        for (int i = 0; i < w.length; i++) {
            if (used.get(i)) {
                continue;
            }
            boolean lead = LEADS.contains(w[i]) && !(i > 0 && Numbers.isNumber(w[i - 1]) && used.get(i - 1));
            if (lead) {
                var named = currencyAt(tokens, original, w, i + 1, used, profileCurrency);
                if (named != null) {
                    return Optional.of(new CurrencyMatch(named[0], i, Integer.parseInt(named[1]),
                            PeriodGrammar.join(w, i, Integer.parseInt(named[1]))));
                }
            }
            // "euro expenses", "my EUR purchases": a currency before a noun of spending, no number before it
            if (i == 0 || !Numbers.isNumber(w[i - 1])) {
                var named = currencyAt(tokens, original, w, i, used, profileCurrency);
                if (named != null && NOUNS.contains(DateWords.at(w, Integer.parseInt(named[1])))) {
                    return Optional.of(new CurrencyMatch(named[0], i, Integer.parseInt(named[1]),
                            PeriodGrammar.join(w, i, Integer.parseInt(named[1]))));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * How many words of a currency unit stand at word {@code i} ("euros", "quid", "chf", "swiss francs": 1 to 3), 0
     * when none: the unit of an amount right after its number ("over 100 euros").
     */
    public static int unitLength(String[] w, int i) {
        if (i < 0 || i >= w.length) {
            return 0;
        }
        for (int n = 3; n >= 2; n--) {
            if (i + n <= w.length && QUALIFIED.containsKey(PeriodGrammar.join(w, i, i + n))) {
                return n;
            }
        }
        return NAMES.containsKey(w[i]) || COMMON_CODES.contains(w[i]) ? 1 : 0;
    }

    /**
     * The ISO code of the currency unit at token {@code i} of an amount ("100 euros" is EUR, "20 quid" GBP; "$100",
     * "100 dollars" and "100 bucks" are the profile's dollars when its currency is one, else US dollars; "100 USD",
     * "CAD 100" the code typed), or null when none stands there.
     */
    public static String unitCode(List<Token> tokens, String original, int i, String profileCurrency) {
        String[] w = PeriodGrammar.words(tokens);
        if (unitLength(w, i) == 0) {
            return null;
        }
        Token t = tokens.get(i);
        String typed = t.end() <= original.length() ? original.substring(t.start(), t.end()) : w[i];
        // "100 usd", "cad 50": the normalizer wrote the code as "dollars", the typed code says which dollars
        if (typed.length() == 3 && typed.chars().allMatch(Character::isLetter)
                && COMMON_CODES.contains(typed.toLowerCase(Locale.ROOT))) {
            String code = isoCode(typed);
            if (code != null) {
                return code;
            }
        }
        String[] named = currencyAt(tokens, original, w, i, new BitSet(w.length), profileCurrency);
        return named == null ? null : named[0];
    }

    /** The code named from word {@code i} on and the index after its words, or null. */
    private static String[] currencyAt(List<Token> tokens, String original, String[] w, int i, BitSet used,
                                       String profileCurrency) {
        if (i >= w.length || used.get(i)) {
            return null;
        }
        for (int n = 3; n >= 2; n--) {
            if (i + n <= w.length && used.get(i, i + n).isEmpty()) {
                String code = QUALIFIED.get(PeriodGrammar.join(w, i, i + n));
                if (code != null) {
                    return new String[] {code, String.valueOf(i + n)};
                }
            }
        }
        String word = w[i];
        String code = NAMES.get(word);
        if ("$".equals(code)) {
            code = profileCurrency != null && DOLLAR_CURRENCIES.contains(profileCurrency) ? profileCurrency : "USD";
        }
        if (code == null && word.length() == 3 && word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            Token t = tokens.get(i);
            String typed = t.end() <= original.length() ? original.substring(t.start(), t.end()) : word;
            boolean capitals = typed.equals(word.toUpperCase(Locale.ROOT));
            if (COMMON_CODES.contains(word) || capitals) {
                code = isoCode(word);
            }
        }
        return code == null ? null : new String[] {code, String.valueOf(i + 1)};
    }

    private static String isoCode(String word) {
        try {
            var c = java.util.Currency.getInstance(word.toUpperCase(Locale.ROOT));
            return c.getDefaultFractionDigits() < 0 ? null : c.getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
