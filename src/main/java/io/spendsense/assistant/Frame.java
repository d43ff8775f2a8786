package io.spendsense.assistant;

import java.math.BigDecimal;
import java.util.List;

import io.spendsense.domain.AttachmentFilter;
import io.spendsense.domain.DayKind;
import io.spendsense.domain.Period;

/**
 * What a question means once read: the intent and every filter. A follow-up question fills what it leaves out
 * from the previous frame of the conversation. The second side ({@code period2}, {@code category2},
 * {@code payee2}) is used by {@link Intent#COMPARE} only.
 *
 * @param categories        canonical category names; several mean any of them ("groceries and dining")
 * @param payees            payees as the user said them, each matched as a substring of payee or description;
 *                          several mean any of them ("Amazon or Target")
 * @param excludeCategories categories left out ("excluding rent")
 * @param excludePayees     payees left out ("except Amazon")
 * @param receipts          only expenses with a receipt, only those without, or both (never null)
 * @param currency          only expenses paid in this currency (ISO code; "in euros"), or null
 */
public record Frame(Intent intent, Period period, List<String> categories, List<String> payees, DayKind days,
                    BigDecimal amountGt, BigDecimal amountLt, Per per,
                    Period period2, String category2, String payee2,
                    List<String> excludeCategories, List<String> excludePayees, AttachmentFilter receipts,
                    String currency) {
    public Frame {
        receipts = receipts == null ? AttachmentFilter.ANY : receipts;
        period = period == null ? Period.ALL_TIME : period;
        categories = categories == null ? List.of() : List.copyOf(categories);
        payees = payees == null ? List.of() : List.copyOf(payees);
        excludeCategories = excludeCategories == null ? List.of() : List.copyOf(excludeCategories);
        excludePayees = excludePayees == null ? List.of() : List.copyOf(excludePayees);
    }

    /** A frame without a receipt restriction or a currency filter. */
    public Frame(Intent intent, Period period, List<String> categories, List<String> payees, DayKind days,
                 BigDecimal amountGt, BigDecimal amountLt, Per per, Period period2, String category2, String payee2,
                 List<String> excludeCategories, List<String> excludePayees) {
        this(intent, period, categories, payees, days, amountGt, amountLt, per, period2, category2, payee2,
                excludeCategories, excludePayees, AttachmentFilter.ANY, null);
    }

    public static Frame of(Intent intent) {
        return new Frame(intent, Period.ALL_TIME, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A frame with only a period and categories: budgets, bills, a proposed expense. */
    static Frame of(Intent intent, Period period, List<String> categories) {
        return new Frame(intent, period, categories, null, null, null, null, null, null, null, null, null, null);
    }

    /** The one category named, or null (the first when several were). */
    public String category() {
        return categories.isEmpty() ? null : categories.get(0);
    }

    /** The one payee named, or null (the first when several were). */
    public String payee() {
        return payees.isEmpty() ? null : payees.get(0);
    }

    Frame withIntent(Intent newIntent) {
        return new Frame(newIntent, period, categories, payees, days, amountGt, amountLt, per, period2, category2,
                payee2, excludeCategories, excludePayees, receipts, currency);
    }
}
