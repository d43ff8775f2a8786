package io.spendsense.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import io.spendsense.domain.CurrencyMath;
import io.spendsense.domain.ExchangeRate;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ForeignAmount;
import io.spendsense.domain.Money;
import io.spendsense.domain.RateQuote;
import io.spendsense.domain.RateSource;
import io.spendsense.domain.Texts;
import io.spendsense.persistence.RateRepository;

/**
 * Gives a draft paid in another currency its amount in the profile's currency (decision 0018): at the draft's own
 * rate when it has one (typed in the editor or on the command line, or the rate the expense already had), else at the
 * rate known for its date, else at the nearest earlier one (then marked estimated). No rate at all is refused. Runs
 * inside the caller's transaction.
 */
final class Conversions {
    private final RateRepository rates;
    private final Clock clock;

    Conversions(RateRepository rates, Clock clock) {
        this.rates = rates;
        this.clock = clock;
    }

    /**
     * The draft as it is stored: in the profile's currency as it was, or converted. A rate typed for a day that has no
     * known rate becomes the known rate of that day (source entered), so the next expense of that day is prefilled.
     */
    ExpenseDraft resolve(SignedInUser who, ExpenseDraft d) {
        ForeignAmount f = d.foreign();
        if (f == null) {
            return d;
        }
        var errors = ExpenseService.foreignErrors(f);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (f.currency().equals(who.currency())) {
            var problem = Money.checkExpenseAmount(f.amount(), who.currency());
            if (problem != null) {
                throw new ValidationException("amount", Money.describe(problem, Texts.get("field.amount"),
                        who.currency()));
            }
            return d.withForeign(null).withAmount(f.amount());
        }
        BigDecimal rate = f.rate();
        boolean estimated = f.estimated();
        if (rate == null) {
            RateQuote quote = quote(who, f.currency(), d.date());
            rate = quote.rate();
            estimated = quote.estimated();
        } else if (!estimated) {
            rates.addIfAbsent(who.id(), new ExchangeRate(d.date(), f.currency(), who.currency(), rate,
                    RateSource.ENTERED), clock.instant());
        }
        BigDecimal converted = CurrencyMath.convert(f.amount(), f.currency(), rate, who.currency());
        var problem = Money.checkExpenseAmount(converted, who.currency());
        if (problem != null) {
            throw new ValidationException("amount", convertedProblem(problem, f.amount(), f.currency(), rate,
                    converted, who.currency()));
        }
        return d.withAmount(converted).withForeign(f.withRate(rate, estimated));
    }

    /**
     * Why an amount converted to the profile's currency cannot be an expense's: it rounds to nothing, or it is too
     * large (the two problems a conversion can make).
     */
    static String convertedProblem(Money.AmountProblem problem, BigDecimal paid, String currency, BigDecimal rate,
                                   BigDecimal converted, String profileCurrency) {
        String amount = CurrencyMath.plain(paid, currency);
        String at = CurrencyMath.rateText(rate);
        String is = Money.plain(converted, profileCurrency);
        return problem == Money.AmountProblem.TOO_LARGE
                ? Texts.format("currency.convertsTooLarge", amount, currency, at, is, profileCurrency)
                : Texts.format("currency.convertsToNothing", amount, currency, at, is, profileCurrency);
    }

    /** The rate for a day, or a refusal naming the currency and the day. */
    RateQuote quote(SignedInUser who, String currency, LocalDate day) {
        return rates.onOrBefore(who.id(), who.currency(), currency, day)
                .map(r -> new RateQuote(r.rate(), r.date(), day))
                .orElseThrow(() -> new ValidationException("rate", Texts.format("currency.noRate", currency,
                        who.currency(), day.toString())));
    }
}
