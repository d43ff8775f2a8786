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

import io.spendsense.domain.Texts;

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
            "REMBOURSEMENT", "REEMBOLSO", "DEVOLUCION", "DE", "THE", "OF", "FROM", "TO", "VAN", "VON", "COMPRA",
            "ACHAT",
            "CARTE", "CB", "PAGO", "KAART", "AANKOOP", "VISA", "KARTENZAHLUNG", "SALE");

    private MoneyRules() {
    }

    /** A purchase that a refund in the file gives money back for: what is left of it, and the refunds. */
    private static final class Refunded {
        BigDecimal left;
        final List<String> refunds = new ArrayList<>();

        Refunded(BigDecimal amount) {
            this.left = amount;
        }
    }

    public static Sorted sort(List<StatementLine> lines) {
        var skipped = new EnumMap<SkipReason, Integer>(SkipReason.class);
        var notes = new ArrayList<String>();
        var purchases = new ArrayList<StatementLine>(lines.size());
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
                purchases.add(l);
            }
        }
        // only files with money coming in pay for matching refunds to purchases
        Map<StatementLine, Refunded> refunded = credits.isEmpty() ? Map.of()
                : credits(credits, purchases, skipped, notes);
        var expenses = new ArrayList<ImportRow>(purchases.size());
        LocalDate first = null;
        LocalDate last = null;
        for (StatementLine l : purchases) {
            Refunded r = refunded.isEmpty() ? null : refunded.get(l);
            BigDecimal amount = r == null ? l.amount() : r.left;
            if (amount.signum() == 0) {
                count(skipped, SkipReason.REFUNDED_IN_FULL);
                continue;
            }
            String note = r == null ? null : Texts.format("refund.note", String.join("; ", r.refunds),
                    l.amount().toPlainString());
            expenses.add(new ImportRow(l.line(), l.date(), amount, l.description(), l.payee(), l.category(),
                    l.currency(), note, l.reference(), l.rate(), l.rateEstimated()));
            first = first == null || l.date().isBefore(first) ? l.date() : first;
            last = last == null || l.date().isAfter(last) ? l.date() : last;
        }
        return new Sorted(expenses, skipped, notes, first, last);
    }

    private static Map<StatementLine, Refunded> credits(List<StatementLine> credits, List<StatementLine> purchases,
                                                       Map<SkipReason, Integer> skipped, List<String> notes) {
        var byKey = new HashMap<String, List<StatementLine>>();
        var keys = new HashMap<String, String>();
        for (StatementLine p : purchases) {
            String text = p.payee().isEmpty() ? p.description() : p.payee();
            String key = keys.computeIfAbsent(text, MoneyRules::key);
            if (!key.isEmpty()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        var refunded = new java.util.IdentityHashMap<StatementLine, Refunded>();
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
            StatementLine match = income ? null
                    : match(byKey.get(key(c.payee().isEmpty() ? c.description() : c.payee())), c, refunded);
            if (match != null) {
                var r = refunded.computeIfAbsent(match, m -> new Refunded(m.amount()));
                r.left = r.left.subtract(c.amount());
                r.refunds.add(Texts.format("refund.takenOff", c.amount().toPlainString(), c.date()));
                count(skipped, SkipReason.REFUND_NETTED);
            } else if (refund) {
                count(skipped, SkipReason.REFUND_UNMATCHED);
                notes.add(c.payee().isEmpty() && c.description().isEmpty()
                        ? Texts.format("refund.unmatched", c.line(), c.amount().toPlainString(), c.date())
                        : Texts.format("refund.unmatchedFrom", c.line(), c.amount().toPlainString(), c.date(),
                        c.payee().isEmpty() ? c.description() : c.payee()));
            } else {
                count(skipped, SkipReason.MONEY_IN);
            }
        }
        return refunded;
    }

    /**
     * The purchase a credit gives money back for: same payee, on or before it, at least as large (what is left of
     * it); an exact amount first, then the latest. Money from a payee you paid is a refund (income was ruled out).
     */
    private static StatementLine match(List<StatementLine> candidates, StatementLine credit,
                                       Map<StatementLine, Refunded> refunded) {
        if (candidates == null) {
            return null;
        }
        StatementLine best = null;
        BigDecimal bestLeft = null;
        for (StatementLine p : candidates) {
            Refunded r = refunded.get(p);
            BigDecimal left = r == null ? p.amount() : r.left;
            if (p.date().isAfter(credit.date()) || left.compareTo(credit.amount()) < 0) {
                continue;
            }
            boolean exact = left.compareTo(credit.amount()) == 0;
            if (best == null) {
                best = p;
                bestLeft = left;
                continue;
            }
            boolean bestExact = bestLeft.compareTo(credit.amount()) == 0;
            if (exact && !bestExact || exact == bestExact && !p.date().isBefore(best.date())) {
                best = p;
                bestLeft = left;
            }
        }
        return best;
    }

    /** The first two words of a payee (else description), without refund words, digits and signs. */
    static String key(String raw) {
        String text = Keywords.upper(raw);
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
