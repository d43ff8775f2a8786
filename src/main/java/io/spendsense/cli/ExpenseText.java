package io.spendsense.cli;

import io.spendsense.domain.CurrencyMath;
import io.spendsense.domain.Expense;
import io.spendsense.domain.Money;

/**
 * How the commands write one expense's amount: "$13.55", or "12.50 EUR = $13.55 at 1.0842 (estimated)" (what was paid
 * in another currency as plain digits and its code, which scripts read back unambiguously).
 */
final class ExpenseText {
    private ExpenseText() {
    }

    static String amount(Expense e, String profileCurrency) {
        var f = e.foreign();
        String converted = Money.format(e.amount(), profileCurrency);
        if (f == null) {
            return converted;
        }
        return CurrencyMath.plain(f.amount(), f.currency()) + " " + f.currency() + " = " + converted + " at "
                + CurrencyMath.rateText(f.rate())
                + (f.estimated() ? " (estimated)" : "");
    }

    /** What was paid ("12.50 EUR", "12.50 EUR*" at an estimated rate), or "" for the profile's currency. */
    static String original(Expense e) {
        var f = e.foreign();
        return f == null ? "" : CurrencyMath.plain(f.amount(), f.currency()) + " " + f.currency()
                + (f.estimated() ? "*" : "");
    }

    /** "expense 42: 12.50 EUR = $13.55 at 1.0842 on 2026-03-20, Dining, Café Luna". */
    static String line(Expense e, String profileCurrency) {
        return "expense " + e.id() + ": " + amount(e, profileCurrency) + " on " + e.date() + ", " + e.categoryName()
                + (e.payee() == null || e.payee().isBlank() ? "" : ", " + e.payee());
    }
}
