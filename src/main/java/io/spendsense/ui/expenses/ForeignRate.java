package io.spendsense.ui.expenses;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.spendsense.domain.CurrencyMath;
import io.spendsense.domain.ForeignAmount;
import io.spendsense.domain.Money;
import io.spendsense.domain.RateQuote;
import io.spendsense.ui.common.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The editor's rate of an expense in another currency (decision 0018), toolkit-free: the rate field, where its value
 * came from, and what the service will be asked to do with it. The field is prefilled with the rate known for the
 * expense's date (else the nearest earlier one, shown as estimated); an expense being edited shows the rate it has
 * and keeps it while its currency and date stay; a rate the user types is theirs.
 */
final class ForeignRate {
    private final String profileCurrency;
    private final ForeignAmount stored;
    private final LocalDate storedDate;
    private final StringProperty rate = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper estimated = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper foreign = new ReadOnlyBooleanWrapper(false);
    /** The rate looked up for (currency, date), or null when none is known or none was looked up. */
    private RateQuote suggestion;
    private String suggestedFor;
    private boolean typedByUser;
    private boolean setting;

    ForeignRate(String profileCurrency, ForeignAmount stored, LocalDate storedDate) {
        this.profileCurrency = profileCurrency;
        this.stored = stored;
        this.storedDate = storedDate;
        if (stored != null) {
            set(CurrencyMath.rateText(stored.rate()));
        }
    }

    /** The codes to choose from ({@link CurrencyMath#offered}). */
    static List<String> choices(String profileCurrency, List<String> known, String chosen) {
        return CurrencyMath.offered(profileCurrency, known, chosen);
    }

    /** Whether the field should be filled from the rates known for this currency and day. */
    boolean needsLookUp(String currency, LocalDate day) {
        boolean isForeign = currency != null && !currency.isEmpty() && !currency.equals(profileCurrency);
        foreign.set(isForeign);
        if (isForeign && !typedByUser && keepsStored(currency, day)) {
            set(CurrencyMath.rateText(stored.rate()));
            return false;
        }
        if (!isForeign || day == null || typedByUser) {
            return false;
        }
        return !key(currency, day).equals(suggestedFor);
    }

    /** The rate known for (currency, day), or null when none is: fills the field unless the user typed one. */
    void suggest(String currency, LocalDate day, RateQuote quote) {
        suggestion = quote;
        suggestedFor = key(currency, day);
        if (!typedByUser) {
            set(quote == null ? "" : CurrencyMath.rateText(quote.rate()));
        }
    }

    /** Another currency was chosen: a rate typed for the one before is not its rate. */
    void currencyChanged(String currency, LocalDate day) {
        typedByUser = false;
        suggestion = null;
        suggestedFor = null;
        set(keepsStored(currency, day) ? CurrencyMath.rateText(stored.rate()) : "");
    }

    /** The field changed: by the user unless this class set it. */
    void typed(String text) {
        if (!setting) {
            typedByUser = true;
        }
    }

    /** Why the rate cannot be used, or "" when it can. */
    String problem(String currency) {
        String text = rate.get() == null ? "" : rate.get().strip();
        String why;
        if (text.isEmpty()) {
            why = suggestedFor == null && !typedByUser ? Messages.get("editor.rateLooking")
                    : Messages.format("editor.noRate", currency);
        } else {
            BigDecimal r = parse(text);
            why = r == null ? Messages.get("editor.rateNotANumber")
                    : Objects.requireNonNullElse(CurrencyMath.checkRate(r, Messages.get("editor.rate")), "");
        }
        // an empty field while the rate is still being looked up is no error to show yet
        error.set(text.isEmpty() && suggestedFor == null && !typedByUser ? "" : why);
        return why;
    }

    /** Sets the line under the field: the converted amount and where the rate comes from. */
    void describe(boolean isForeign, BigDecimal amount, String currency, LocalDate day) {
        foreign.set(isForeign);
        BigDecimal r = parse(rate.get());
        if (!isForeign || r == null || CurrencyMath.checkRate(r, Messages.get("editor.rate")) != null) {
            info.set("");
            estimated.set(false);
            return;
        }
        String converted = amount == null ? "" : Messages.format("editor.rateConverted",
                Money.format(CurrencyMath.convert(amount, currency, r, profileCurrency), profileCurrency));
        boolean isEstimate;
        String source;
        if (typedByUser) {
            isEstimate = false;
            source = Messages.get("editor.rateTyped");
        } else if (keepsStored(currency, day)) {
            isEstimate = stored.estimated();
            source = isEstimate ? Messages.get("editor.rateKeptEstimated") : Messages.get("editor.rateKept");
        } else if (suggestion != null) {
            isEstimate = suggestion.estimated();
            source = isEstimate ? Messages.format("editor.rateEstimated", suggestion.rateDate().toString(),
                    String.valueOf(day)) : Messages.format("editor.rateKnown", suggestion.rateDate().toString());
        } else {
            isEstimate = false;
            source = "";
        }
        estimated.set(isEstimate);
        info.set(converted.isEmpty() ? source : source.isEmpty() ? converted : converted + " · " + source);
    }

    /**
     * What was paid, with the rate the service should use: the typed one, the one the expense keeps, or none (the
     * service looks it up for the date, which is what the field shows).
     */
    ForeignAmount foreign(String currency, BigDecimal amount, LocalDate day) {
        if (typedByUser) {
            return new ForeignAmount(currency, amount, parse(rate.get()), false);
        }
        if (keepsStored(currency, day)) {
            return new ForeignAmount(currency, amount, stored.rate(), stored.estimated());
        }
        return ForeignAmount.unrated(currency, amount);
    }

    private boolean keepsStored(String currency, LocalDate day) {
        return stored != null && stored.currency().equals(currency) && Objects.equals(storedDate, day);
    }

    /** A rate as typed: a dot or a comma before the decimals, no grouping ("1.0842", "1,0842"). */
    static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void set(String text) {
        setting = true;
        rate.set(text);
        setting = false;
    }

    private static String key(String currency, LocalDate day) {
        return currency + " " + day;
    }

    StringProperty rateProperty() {
        return rate;
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty estimatedProperty() {
        return estimated.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty foreignProperty() {
        return foreign.getReadOnlyProperty();
    }
}
