package io.spendsense.service.imports;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import io.spendsense.domain.Texts;

/**
 * Guesses how a statement with one signed amount per row signs its charges. Rows that say what they are (a card
 * payment, a refund, a salary) decide: when they are positive, charges are negative (a bank account); when they are
 * negative, charges are positive (American Express and other card exports). Without such rows the majority decides,
 * and the report says so with {@link ImportHint#GUESSED_SIGN}, which each front end words as the way to give the
 * signs instead.
 */
final class SignGuess {
    record Signs(SignConvention convention, String reason, ImportHint hint) {
        Signs(SignConvention convention, String reason) {
            this(convention, reason, ImportHint.NONE);
        }
    }

    private long negative;
    private long positive;
    private int creditNegative;
    private int creditPositive;
    private final Map<String, Boolean> seen = new HashMap<>();

    void add(BigDecimal amount, String text) {
        if (amount.signum() == 0) {
            return;
        }
        if (amount.signum() < 0) {
            negative++;
        } else {
            positive++;
        }
        boolean credit = seen.computeIfAbsent(text, t -> {
            String u = Keywords.upper(t);
            return Keywords.cardPayment(u) || Keywords.refund(u) || Keywords.moneyIn(u);
        });
        if (credit) {
            if (amount.signum() < 0) {
                creditNegative++;
            } else {
                creditPositive++;
            }
        }
    }

    Signs guess() {
        if (negative == 0) {
            return new Signs(SignConvention.CHARGES_POSITIVE, Texts.get("signs.noneNegative"));
        }
        if (positive == 0) {
            return new Signs(SignConvention.CHARGES_NEGATIVE, Texts.get("signs.allNegative"));
        }
        if (creditPositive > creditNegative) {
            return new Signs(SignConvention.CHARGES_NEGATIVE, Texts.get("signs.creditsPositive"));
        }
        if (creditNegative > creditPositive) {
            return new Signs(SignConvention.CHARGES_POSITIVE, Texts.get("signs.creditsNegative"));
        }
        return negative * 2 > negative + positive
                ? new Signs(SignConvention.CHARGES_NEGATIVE, Texts.get("signs.mostNegative"), ImportHint.GUESSED_SIGN)
                : new Signs(SignConvention.CHARGES_POSITIVE, Texts.get("signs.mostPositive"), ImportHint.GUESSED_SIGN);
    }
}
