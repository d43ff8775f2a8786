package io.spendsense.assistant;

import java.math.BigDecimal;
import java.util.List;

import io.spendsense.assistant.lang.AmountMatch;
import io.spendsense.assistant.lang.CurrencyMatch;
import io.spendsense.assistant.lang.DayMatch;
import io.spendsense.assistant.lang.NoSuchDate;
import io.spendsense.assistant.lang.NormalizedQuestion;
import io.spendsense.assistant.lang.PeriodMatch;
import io.spendsense.assistant.lang.ReceiptMatch;

/**
 * Everything recognized in one question before any data is read: the normalized words, the periods, filters and
 * subjects in sentence order, the intent scores, and whether the question is elliptical (a follow-up that leaves
 * parts out). {@code shifted} is a period moved from the previous question ("the month before"); {@code limit} is a
 * count asked for ("my 3 biggest", "top 5"), else 1. What the question leaves out ("excluding rent") is apart from
 * the categories and payees it names; {@code outOfScope} is a topic SpendSense does not track ("how much did I earn"),
 * {@code ignored} the words nothing used, and {@code noSuchDates} the words that name a date that does not exist
 * ("the 31st of April"). {@code receipts} is a "with / without a receipt" restriction, or null.
 * ("the 31st of April"). {@code currency} is a filter on the currency paid in ("in euros"), or null.
 * {@code foreignAmount} is an amount said in a currency that is not the profile's ("over 100 euros" in a dollar
 * profile), which no answer may silently read as the profile's, or null. {@code typos} are the words read as the
 * intent word they misspell ("expence"); {@code ambiguous} a word that could be several categories, or null.
 */
record Reading(NormalizedQuestion question, String[] words, List<PeriodMatch> periods, PeriodMatch shifted,
               AmountMatch amount, DayMatch days, List<CategoryMatcher.Match> categories, List<PayeeRef> payees,
               BigDecimal plainAmount, String[] view, IntentClassifier.Result intent, Per per, String perWords,
               boolean elliptical, String ellipticalWhy, int limit, List<CategoryMatcher.Match> excludedCategories,
               List<PayeeRef> excludedPayees, OutOfScope.Topic outOfScope, List<String> ignored,
               List<NoSuchDate> noSuchDates, ReceiptMatch receipts,
               CurrencyMatch currency, ForeignAmount foreignAmount, List<IntentTypos.Fix> typos,
               Ambiguous ambiguous) {

    /**
     * A word that is only part of the synonyms of several categories ("food": Groceries, Dining), at token
     * {@code start}: it names none of them for sure.
     */
    record Ambiguous(String word, int start, List<String> categories) {
    }

    /**
     * An amount in another currency than the profile's: the words as typed ("100 euros"), the currency's code, and
     * whether it is the plain amount of a sentence (an expense to add) rather than an amount filter.
     */
    record ForeignAmount(String words, String code, boolean plain) {
    }

    /**
     * A payee named in the question: a known payee, or the words after "at"/"from"/"on" ({@code usualCategoryId} -1).
     */
    record PayeeRef(String name, int start, int end, String words, long usualCategoryId, String how) {
    }

    int subjects() {
        return categories.size() + payees.size();
    }

    boolean hasAnyEntity() {
        return !periods.isEmpty() || shifted != null || subjects() > 0 || amount != null || days != null
                || !excludedCategories.isEmpty() || !excludedPayees.isEmpty() || receipts != null
                || currency != null;
    }
}
