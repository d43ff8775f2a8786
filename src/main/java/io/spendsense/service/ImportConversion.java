package io.spendsense.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;

import io.spendsense.domain.CurrencyMath;
import io.spendsense.domain.ForeignAmount;
import io.spendsense.domain.Money;
import io.spendsense.domain.RateQuote;
import io.spendsense.domain.Texts;
import io.spendsense.persistence.RateRepository;
import io.spendsense.service.imports.ImportRow;

/**
 * The currency of each row of a statement, and the rows in another currency than the profile's converted with the
 * user's rates (decision 0018): a row's own currency (OFX CURDEF or CURRENCY, CAMT Ccy, a currency column), else the
 * one chosen for the file, else the profile's. Each foreign row is converted at the rate known for its date, else at
 * the nearest earlier one (estimated); a row the file gives a rate of (a SpendSense export) keeps it. When a
 * currency has no rate on or before some of its rows' dates, the whole file is refused, naming the currency and the
 * dates: a row is never stored as if it were in the profile's currency.
 */
final class ImportConversion {
    /**
     * Per row (parallel to the rows): its amount in the profile's currency and, for a foreign row, what was paid; the
     * currencies converted from.
     */
    record Converted(List<BigDecimal> amounts, List<ForeignAmount> foreign, List<String> currencies) {
    }

    /** "12 converted from EUR to USD, 3 of them at an estimated rate ...", or null when none was. */
    static String inWords(List<String> currencies, String profileCurrency, int converted, int estimated) {
        if (converted == 0) {
            return null;
        }
        return estimated == 0
                ? Texts.format("currency.converted", converted, Texts.and(currencies), profileCurrency)
                : Texts.format("currency.convertedEstimated", converted, Texts.and(currencies), profileCurrency,
                estimated);
    }

    private ImportConversion() {
    }

    /** The currency a row is in: its own, else the file's chosen one, else the profile's. */
    static String currencyOf(ImportRow row, String chosen, String profileCurrency) {
        return row.currency() != null ? row.currency() : chosen != null ? chosen : profileCurrency;
    }

    /**
     * Converts the rows; throws an {@link ImportException} naming the lines whose currency or amount cannot be kept,
     * or a refusal of the file when rates are missing. Reads the rates in the caller's transaction.
     */
    static Converted convert(SignedInUser who, String source, List<ImportRow> rows, String chosen,
                             RateRepository rates) {
        return convert(who, source, rows, chosen, rates, false);
    }

    private static Converted convert(SignedInUser who, String source, List<ImportRow> rows, String chosen,
                                     RateRepository rates, boolean preview) {
        String profile = who.currency();
        var foreignCurrencies = new TreeSet<String>();
        LocalDate last = null;
        var errors = new ArrayList<ImportException.LineError>();
        int badLines = 0;
        for (ImportRow row : rows) {
            String c = currencyOf(row, chosen, profile);
            if (c.equals(profile)) {
                var problem = Money.checkExpenseAmount(row.amount(), profile);
                if (problem != null) {
                    badLines++;
                    add(errors, new ImportException.LineError(row.line(), "amount",
                            Money.describe(problem, Texts.get("field.amount"), profile)));
                }
                continue;
            }
            if (CurrencyMath.code(c) == null) {
                badLines++;
                add(errors, new ImportException.LineError(row.line(), "currency",
                        Texts.format("currency.noMinorUnits", c)));
                continue;
            }
            foreignCurrencies.add(c);
            last = last == null || row.date().isAfter(last) ? row.date() : last;
        }
        if (!errors.isEmpty()) {
            throw new ImportException(source, errors, badLines);
        }
        if (foreignCurrencies.isEmpty()) {
            var amounts = new ArrayList<BigDecimal>(rows.size());
            rows.forEach(r -> amounts.add(r.amount()));
            return new Converted(amounts, java.util.Collections.nCopies(rows.size(), null), List.of());
        }
        Map<String, NavigableMap<LocalDate, BigDecimal>> known = rates.history(who.id(), profile, foreignCurrencies,
                last);
        var missing = new TreeMap<String, List<LocalDate>>();
        var amounts = new ArrayList<BigDecimal>(rows.size());
        var foreign = new ArrayList<ForeignAmount>(rows.size());
        for (ImportRow row : rows) {
            String c = currencyOf(row, chosen, profile);
            if (c.equals(profile)) {
                amounts.add(row.amount());
                foreign.add(null);
                continue;
            }
            var amountProblem = CurrencyMath.checkAmount(row.amount(), c);
            var rateProblem = row.rate() == null ? null : CurrencyMath.checkRate(row.rate());
            if (rateProblem != null) {
                badLines++;
                add(errors, new ImportException.LineError(row.line(), "rate", CurrencyMath.describeRate(rateProblem)));
                amounts.add(null);
                foreign.add(null);
                continue;
            }
            // a SpendSense export says the rate each expense was converted at: it is kept, as the expense had it
            var quote = row.rate() != null
                    ? java.util.Optional.of(new RateQuote(row.rate(), row.rateEstimated() ? row.date().minusDays(1)
                    : row.date(), row.date()))
                    : RateQuote.from(known.get(c), row.date());
            if (amountProblem != null) {
                badLines++;
                add(errors, new ImportException.LineError(row.line(), "amount",
                        CurrencyMath.describeAmount(amountProblem, Texts.get("field.amount"), c)));
                amounts.add(null);
                foreign.add(null);
                continue;
            }
            if (quote.isEmpty()) {
                missing.computeIfAbsent(c, k -> new ArrayList<>()).add(row.date());
                amounts.add(null);
                foreign.add(null);
                continue;
            }
            BigDecimal amount = CurrencyMath.convert(row.amount(), c, quote.get().rate(), profile);
            var problem = Money.checkExpenseAmount(amount, profile);
            if (problem != null) {
                badLines++;
                add(errors, new ImportException.LineError(row.line(), "amount", Conversions.convertedProblem(problem,
                        row.amount(), c, quote.get().rate(), amount, profile)));
            }
            amounts.add(amount);
            foreign.add(new ForeignAmount(c, row.amount(), quote.get().rate(), quote.get().estimated()));
        }
        if (!missing.isEmpty()) {
            throw new ImportException(source, missingRates(profile, missing, known, preview),
                    io.spendsense.service.imports.ImportHint.NONE);
        }
        if (!errors.isEmpty()) {
            throw new ImportException(source, errors, badLines);
        }
        return new Converted(amounts, foreign, List.copyOf(foreignCurrencies));
    }

    /**
     * Why a file is refused for want of rates, or null when it would not be: for the import preview. Reads the rates
     * in the caller's transaction.
     */
    static String problem(SignedInUser who, List<ImportRow> rows, String chosen, RateRepository rates) {
        try {
            convert(who, "", rows, chosen, rates, true);
            return null;
        } catch (ImportException e) {
            // a refusal of the whole file reads "<source>: <why>", and the source here is empty
            return e.errors().isEmpty() ? e.getMessage().substring(2) : e.errors().get(0).toString();
        }
    }

    /**
     * "3 lines in EUR dated 2024-05-02 to 2024-05-20, and no rate of EUR to USD on or before 2024-05-02 (you have no
     * rates of EUR up to then), so nothing was imported: import or download rates of EUR, or enter one for the first
     * date".
     */
    private static String missingRates(String profile, Map<String, List<LocalDate>> missing,
                                       Map<String, NavigableMap<LocalDate, BigDecimal>> known, boolean preview) {
        var parts = new ArrayList<String>();
        for (var e : missing.entrySet()) {
            String c = e.getKey();
            var dates = new TreeSet<>(e.getValue());
            int lines = e.getValue().size();
            var have = known.get(c);
            String rates = have == null || have.isEmpty() ? Texts.format("currency.haveNone", c)
                    : Texts.format("currency.haveFirst", c, have.firstKey().toString());
            parts.add(dates.first().equals(dates.last())
                    ? Texts.format("currency.missingOneDay", lines, c, dates.first().toString(), null, profile, rates)
                    : Texts.format("currency.missingDays", lines, c, dates.first().toString(),
                    dates.last().toString(), profile, rates));
        }
        String which = Texts.and(missing.keySet());
        return preview ? Texts.format("currency.missingPreview", String.join("; ", parts), which)
                : Texts.format("currency.missingRefused", String.join("; ", parts), which);
    }

    private static void add(List<ImportException.LineError> errors, ImportException.LineError e) {
        if (errors.size() < ImportException.MAX_REPORTED) {
            errors.add(e);
        }
    }
}
