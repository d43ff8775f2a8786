package io.spendsense.assistant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.spendsense.domain.Category;
import io.spendsense.domain.CategoryChoice;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.Money;
import io.spendsense.domain.Period;

/**
 * Reads "I spent 12.50 on lunch at Chipotle today" into a {@link ProposedExpense}: the amount, the day (today when
 * none is named), the payee, a description from the words after "on"/"for", and a category guessed from the payee's
 * usual category, else from a category word, else from a few everyday words ("lunch" is Dining), else Other.
 */
final class AddExpenseReader {
    /** Everyday words that say which default category an expense belongs to, used only to propose a category. */
    private static final Map<String, String> HINTS = Map.ofEntries(Map.entry("lunch", "Dining"),
            Map.entry("dinner", "Dining"), Map.entry("breakfast", "Dining"), Map.entry("brunch", "Dining"),
            Map.entry("coffee", "Dining"), Map.entry("latte", "Dining"), Map.entry("pizza", "Dining"),
            Map.entry("snack", "Dining"), Map.entry("meal", "Dining"), Map.entry("beer", "Dining"),
            Map.entry("ride", "Transport"), Map.entry("uber", "Transport"), Map.entry("lyft", "Transport"),
            Map.entry("fare", "Transport"), Map.entry("food", "Groceries"), Map.entry("milk", "Groceries"),
            Map.entry("bread", "Groceries"), Map.entry("book", "Education"), Map.entry("ticket", "Entertainment"),
            Map.entry("tickets", "Entertainment"), Map.entry("haircut", "Other"), Map.entry("medicine", "Health"));
    private static final Set<String> LEADS = Set.of("on", "for");

    private AddExpenseReader() {
    }

    /**
     * The proposal, or empty with the reason when the sentence has no usable amount (at most the profile currency's
     * decimals: none in JPY, three in BHD).
     */
    static Optional<ProposedExpense> read(Reading r, UserLexicon lexicon, LocalDate today, String currency,
                                          StringBuilder why) {
        BigDecimal amount = r.plainAmount();
        if (amount == null || Money.checkExpenseAmount(amount, currency) != null) {
            int digits = Money.digitsOf(currency);
            why.append(digits == 0 ? "no valid amount (a positive whole number in " + currency + ")"
                    : "no valid amount (a positive number with at most " + digits + " decimals)");
            return Optional.empty();
        }
        if (r.foreignAmount() != null) {
            why.append("the amount \"").append(r.foreignAmount().words()).append("\" is in ")
                    .append(r.foreignAmount().code()).append(", not in the profile's currency (")
                    .append(lexicon.currency()).append("), and saving it as ").append(lexicon.currency())
                    .append(" would record another amount; add it in the expense form, which converts it");
            return Optional.empty();
        }
        amount = amount.setScale(Money.scaleOf(currency), java.math.RoundingMode.UNNECESSARY);
        LocalDate date = today;
        for (var p : r.periods()) {
            Period period = p.period();
            if (period.from() != null && period.from().equals(period.to())) {
                date = period.from();
                break;
            }
        }
        String payee = null;
        long usual = -1;
        String description = description(r);
        for (Reading.PayeeRef p : r.payees()) {
            if (p.usualCategoryId() >= 0 || !p.how().contains("'on'")) {
                payee = p.name();
                usual = p.usualCategoryId();
                break;
            }
            if (description == null) {
                description = capitalize(p.name());
            }
        }
        Category category = null;
        String reason = null;
        var choice = CategoryChoice.OPEN;
        if (usual >= 0) {
            category = lexicon.category(usual).orElse(null);
            reason = category == null ? null : payee + " is usually filed under " + category.name();
        }
        if (category == null && !r.categories().isEmpty()) {
            var m = r.categories().get(0);
            category = m.category();
            reason = "from the words '" + m.words() + "' (" + m.how() + ")";
            choice = CategoryChoice.CHOSEN;
        }
        if (category == null) {
            for (String w : r.words()) {
                String hint = HINTS.get(w);
                if (hint != null && lexicon.category(hint).isPresent()) {
                    category = lexicon.category(hint).get();
                    reason = "'" + w + "' is usually " + hint;
                    break;
                }
            }
        }
        if (category == null) {
            category = lexicon.category("Other").orElse(lexicon.categories().categories().isEmpty() ? null
                    : lexicon.categories().categories().get(0));
            reason = "nothing in the sentence says which category: change it if needed";
        }
        if (category == null) {
            why.append("you have no categories to file it under");
            return Optional.empty();
        }
        if (description == null) {
            description = payee != null ? payee : category.name();
        }
        var draft = new ExpenseDraft(date, amount, category.id(), description, payee, null);
        return Optional.of(new ProposedExpense(draft, category.name(), reason, choice));
    }

    /**
     * "lunch" in "on lunch at Chipotle", "gas" in "for gas at Shell": the words after on/for up to a payee, a date,
     * an amount or a preposition. Category words count ("gas"); articles do not.
     */
    private static String description(Reading r) {
        String[] w = r.words();
        var blocked = new java.util.BitSet(w.length);
        r.periods().forEach(p -> blocked.set(Math.max(0, p.startToken()), Math.min(w.length, p.endToken())));
        r.payees().stream().filter(p -> p.usualCategoryId() >= 0 || !p.how().contains("'on'"))
                .forEach(p -> blocked.set(p.start(), p.end()));
        if (r.amount() != null) {
            blocked.set(r.amount().startToken(), Math.min(w.length, r.amount().endToken()));
        }
        for (int i = 0; i < w.length - 1; i++) {
            if (!LEADS.contains(w[i]) || blocked.get(i)) {
                continue;
            }
            var words = new ArrayList<String>();
            for (int k = i + 1; k < w.length && !blocked.get(k) && !STOP.contains(w[k]) && words.size() < 6; k++) {
                if (!Set.of("a", "an", "the", "my", "some").contains(w[k]) && !io.spendsense.assistant.lang.Numbers
                        .isNumber(w[k])) {
                    words.add(w[k]);
                }
            }
            if (!words.isEmpty()) {
                return capitalize(String.join(" ", words));
            }
        }
        return null;
    }

    private static final Set<String> STOP = Set.of("at", "from", "on", "in", "for", "today", "yesterday", "with",
            "dollars", "euros", "pounds");

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
