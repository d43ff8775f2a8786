package io.spendsense.assistant;

import java.time.YearMonth;

import io.spendsense.domain.CategoryTotal;
import io.spendsense.domain.Expense;
import io.spendsense.domain.MonthTotal;
import io.spendsense.domain.Period;

/**
 * The contract's JSON answer: one object on one line with exactly its fields, in its order. Filters that the
 * question does not set are null; money is a decimal string ("1525.00"), as in the contract.
 */
public final class AnswerJson {
    private AnswerJson() {
    }

    public static String toJson(Answer a) {
        Frame f = a.frame();
        Period p = f.period();
        Period p2 = f.period2();
        var json = new Json().beginObject()
                .field("query", a.query())
                .field("intent", a.intent().wireName())
                .field("from", p.from() == null ? null : p.from().toString())
                .field("to", p.to() == null ? null : p.to().toString())
                .name("category").value(oneOrList(f.categories()))
                .name("payee").value(oneOrList(f.payees()))
                .name("exclude_category").value(listOrNull(f.excludeCategories()))
                .name("exclude_payee").value(listOrNull(f.excludePayees()))
                .field("days", f.days() == null ? null : f.days().name().toLowerCase(java.util.Locale.ROOT))
                .name("amount_gt").value(f.amountGt())
                .name("amount_lt").value(f.amountLt())
                .field("per", f.per() == null ? null : f.per().wireName())
                .field("from2", p2 == null || p2.from() == null ? null : p2.from().toString())
                .field("to2", p2 == null || p2.to() == null ? null : p2.to().toString())
                .field("category2", f.category2())
                .field("payee2", f.payee2());
        if (f.currency() != null) {
            // the currency paid in ("in euros"): beyond the contract's fields, so written only when the question
            // sets it (the contract lets a filter the question does not set be absent)
            json.field("currency", f.currency());
        }
        json
                .field("value", a.value())
                .field("answer_category", a.answerCategory())
                .field("answer_month", a.answerMonth() == null ? null : month(a.answerMonth()))
                .field("answer_payee", a.answerPayee())
                .name("ignored").value(listOrNull(a.ignored()))
                .field("answer", a.text());
        json.name("expenses").beginArray();
        for (Expense e : a.expenses()) {
            json.beginObject().name("id").value(e.id()).field("date", e.date().toString())
                    .field("description", e.description()).field("category", e.categoryName())
                    .field("payee", e.payee()).name("amount").value(two(e.amount())).endObject();
        }
        json.endArray().name("breakdown").beginArray();
        for (CategoryTotal c : a.breakdown()) {
            json.beginObject().field("category", c.category()).name("total").value(two(c.total())).endObject();
        }
        json.endArray().name("series").beginArray();
        for (MonthTotal m : a.series()) {
            json.beginObject().field("month", month(m.month())).name("total").value(two(m.total())).endObject();
        }
        json.endArray().name("explain").beginArray();
        a.explain().forEach(json::value);
        json.endArray().name("elapsed_ms").value(a.elapsedMs());
        return json.endObject().toString();
    }

    /** A filter naming one thing is a string, several a list (the contract's shape), none null. */
    private static Object oneOrList(java.util.List<String> names) {
        return names.isEmpty() ? null : names.size() == 1 ? names.get(0) : names;
    }

    private static Object listOrNull(java.util.List<String> names) {
        return names.isEmpty() ? null : names;
    }

    private static String month(YearMonth m) {
        return m.toString();
    }

    /** Money in the JSON has two places (CONTRACT.md), a three-decimal profile's amounts rounded half-even. */
    private static java.math.BigDecimal two(java.math.BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }
}
