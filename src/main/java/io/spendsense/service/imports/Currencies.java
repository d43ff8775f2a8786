package io.spendsense.service.imports;

import java.util.Currency;
import java.util.Locale;

/** Currency codes and the symbols statements write instead of them. */
final class Currencies {
    private Currencies() {
    }

    /** The ISO code for "EUR", "eur", "€", "£", "Euro"; null when the text is no currency it knows. */
    static String code(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        switch (t.toLowerCase(Locale.ROOT)) {
            case "€", "euro", "euros", "eur":
                return "EUR";
            case "£", "gbp":
                return "GBP";
            case "usd", "us$":
                return "USD";
            case "chf", "fr":
                return "CHF";
            default:
                break;
        }
        if (t.length() == 3 && t.chars().allMatch(Character::isLetter)) {
            try {
                return Currency.getInstance(t.toUpperCase(Locale.ROOT)).getCurrencyCode();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    /** The day/month order a currency's country writes dates in: month first only for USD. */
    static DateOrder dateOrder(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "USD" -> DateOrder.MONTH_FIRST;
            case "CAD" -> null;
            default -> DateOrder.DAY_FIRST;
        };
    }
}
