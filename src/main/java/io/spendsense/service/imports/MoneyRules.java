package io.spendsense.service.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which statement lines are expenses. Only money going out is spending: lines not booked yet (pending, declined,
 * reverted), zero amounts, money coming in and card payments are skipped and counted. A refund is taken off its
 * purchase when the purchase is in the same file (same payee, on or before the refund, at least as large; money
 * coming in from a payee you paid in the file counts as a refund even without the word): the
 * purchase is imported for what it cost after the refund, with a note, or not at all when refunded in full. A refund
 * whose purchase is not in the file is left out and named in the report's notes, so that nothing is silent.
 */
public final class MoneyRules {
    private static final Set<String> NOISE = Set.of("REFUND", "REFUNDED", "RETURN", "RETURNED", "REVERSAL", "CREDIT",
            "CARD", "PURCHASE", "POS", "ERSTATTUNG", "RUCKERSTATTUNG", "GUTSCHRIFT", "TERUGBETALING", "RETOUR",
            "REMBOURSEMENT", "REEMBOLSO", "DEVOLUCION", "DE", "THE", "OF", "FROM", "TO", "VAN", "VON", "COMPRA", "ACHAT",
            "CARTE", "CB", "PAGO", "KAART", "AANKOOP", "VISA", "KARTENZAHLUNG", "SALE");

    private MoneyRules() {
    }

    private static final class Purchase {
        final StatementLine line;
        BigDecimal left;
        final List<String> refunds = new ArrayList<>();

        Purchase(StatementLine line) {
            this.line = line;
            this.left = line.amount();
        }
    }

    public static Sorted sort(List<StatementLine> lines) {
        var skipped = new EnumMap<SkipReason, Integer>(SkipReason.class);
        var notes = new ArrayList<String>();
        var purchases = new ArrayList<Purchase>(lines.size());
        var credits = new ArrayList<StatementLine>();
        var repayment = new HashMap<String, Boolean>();
        for (StatementLine l : lines) {
            if (l.status() != LineStatus.BOOKED) {
                count(skipped, switch (l.status()) {
                    case PENDING -> SkipReason.PENDING;
                    case DECLINED -> SkipReason.DECLINED;
                    default -> SkipReason.REVERTED;
                });
            } else if (l.amount().signum() == 0) {
                count(skipped, SkipReason.ZERO);
            } else if (l.hint() == Hint.TRANSFER) {
                count(skipped, SkipReason.TRANSFER);
            } else if (l.moneyIn()) {
                credits.add(l);
            } else if (repayment.computeIfAbsent(l.description(), t -> Keywords.cardRepayment(Keywords.upper(t)))
                    || repayment.computeIfAbsent(l.payee(), t -> Keywords.cardRepayment(Keywords.upper(t)))) {
                count(skipped, SkipReason.CARD_PAYMENT);
            } else {
                purchases.add(new Purchase(l));
            }
        }
        if (!credits.isEmpty()) {
            credits(credits, purchases, skipped, notes);
        }
        var expenses = new ArrayList<ImportRow>(purchases.size());
        LocalDate first = null;
        LocalDate last = null;
        for (Purchase p : purchases) {
            if (p.left.signum() == 0) {
                count(skipped, SkipReason.REFUNDED_IN_FULL);
                continue;
            }
            var l = p.line;
            String note = p.refunds.isEmpty() ? null : String.join("; ", p.refunds) + " (charged "
                    + l.amount().toPlainString() + ")";
            expenses.add(new ImportRow(l.line(), l.date(), p.left, l.description(), l.payee(), l.category(), l.currency(), note));
            first = first == null || l.date().isBefore(first) ? l.date() : first;
            last = last == null || l.date().isAfter(last) ? l.date() : last;
        }
        return new Sorted(expenses, skipped, notes, first, last);
    }

    private static void credits(List<StatementLine> credits, List<Purchase> purchases,
                                Map<SkipReason, Integer> skipped, List<String> notes) {
        var byKey = new HashMap<String, List<Purchase>>();
        for (Purchase p : purchases) {
            String key = key(p.line);
            if (!key.isEmpty()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        var ordered = new ArrayList<>(credits);
        ordered.sort(Comparator.comparing(StatementLine::date).thenComparingLong(StatementLine::line));
        for (StatementLine c : ordered) {
            String text = Keywords.upper(c.description() + " " + c.payee());
            if (c.hint() == Hint.CARD_PAYMENT || Keywords.cardPayment(text)) {
                count(skipped, SkipReason.CARD_PAYMENT);
                continue;
            }
            boolean refund = c.hint() == Hint.REFUND || Keywords.refund(text);
            boolean income = !refund && (c.hint() == Hint.MONEY_IN || Keywords.moneyIn(text));
            Purchase match = income ? null : match(byKey.get(key(c)), c);
            if (match != null) {
                match.left = match.left.subtract(c.amount());
                match.refunds.add("refund of " + c.amount().toPlainString() + " on " + c.date() + " taken off");
                count(skipped, SkipReason.REFUND_NETTED);
            } else if (refund) {
                count(skipped, SkipReason.REFUND_UNMATCHED);
                notes.add("line " + c.line() + ": a refund of " + c.amount().toPlainString() + " on " + c.date()
                        + (c.payee().isEmpty() && c.description().isEmpty() ? "" : " from "
                        + (c.payee().isEmpty() ? c.description() : c.payee()))
                        + " is not an expense and its purchase is not in this file; if you imported the purchase"
                        + " before, lower it by hand");
            } else {
                count(skipped, SkipReason.MONEY_IN);
            }
        }
    }

    /**
     * The purchase a credit gives money back for: same payee, on or before it, at least as large; an exact amount
     * first, then the latest. Money from a payee you paid is a refund (income was ruled out before).
     */
    private static Purchase match(List<Purchase> candidates, StatementLine credit) {
        if (candidates == null) {
            return null;
        }
        Purchase best = null;
        for (Purchase p : candidates) {
            if (p.line.date().isAfter(credit.date()) || p.left.compareTo(credit.amount()) < 0) {
                continue;
            }
            boolean exact = p.left.compareTo(credit.amount()) == 0;
            if (best == null) {
                best = p;
                continue;
            }
            boolean bestExact = best.left.compareTo(credit.amount()) == 0;
            if (exact && !bestExact || exact == bestExact && !p.line.date().isBefore(best.line.date())) {
                best = p;
            }
        }
        return best;
    }

    /** The first two words of the payee (else the description), without refund words, digits and signs. */
    static String key(StatementLine l) {
        String text = Keywords.upper(l.payee().isEmpty() ? l.description() : l.payee());
        var words = new ArrayList<String>(2);
        for (String w : text.split("[^A-Z]+")) {
            if (w.length() >= 2 && !NOISE.contains(w)) {
                words.add(w);
                if (words.size() == 2) {
                    break;
                }
            }
        }
        return String.join(" ", words);
    }

    private static void count(Map<SkipReason, Integer> skipped, SkipReason reason) {
        skipped.merge(reason, 1, Integer::sum);
    }
}
