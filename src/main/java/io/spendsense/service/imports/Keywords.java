package io.spendsense.service.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words statements use for what is not a purchase: card payments, refunds, money coming in, and the status of rows
 * that are not booked yet. Matched on upper-cased text without accents.
 */
final class Keywords {
    /** A payment made to a card account, as the card statement shows it. */
    private static final Pattern CARD_PAYMENT = Pattern.compile(
            "PAYMENT.{0,4}THANK YOU|THANK YOU FOR YOUR PAYMENT|PAYMENT RECEIVED|\\bAUTO ?PAY(MENT)? PAYMENT"
            + "|AUTOMATIC PAYMENT|\\b(ONLINE|INTERNET|MOBILE|ELECTRONIC|DIRECT DEBIT) PAYMENT\\b"
            + "|\\b(MOBILE|ONLINE|INTERNET|AUTO) ?PYMT\\b|PAYMENT BY DIRECT DEBIT|\\bEPAYMENT\\b"
            + "|ZAHLUNG(SEINGANG| ERHALTEN)|BETALING ONTVANGEN"
            + "|PAIEMENT RECU|MERCI POUR VOTRE PAIEMENT|PAGO RECIBIDO|^PAYMENT$");
    /** Paying off a credit card from a bank account: a transfer, not spending (the card statement has it). */
    private static final Pattern CARD_REPAYMENT = Pattern.compile(
            "CREDIT ?CA?RD (AUTO ?PAY|E?PAYMENT|PMT|BILL PAYMENT)|CRCARDPMT|\\bAMEX EPAYMENT|CARDMEMBER SERV"
            + "|KREDITKARTEN ?ABRECHNUNG|KREDITKARTE ABRECHNUNG|AFLOSSING CREDITCARD|CREDITCARD AFREKENING"
            + "|REMBOURSEMENT CARTE DE CREDIT|PAGO TARJETA( DE)? CREDITO");
    private static final Pattern REFUND = Pattern.compile(
            "\\bREFUND(ED)?\\b|\\bRETURN(ED)?\\b|\\bREVERSAL\\b|CREDIT VOUCHER|\\bCARD.REFUND\\b|RUCKERSTATTUNG"
            + "|RUECKERSTATTUNG|\\bERSTATTUNG\\b|TERUGBETALING|\\bRETOUR\\b|REMBOURSEMENT|REEMBOLSO|DEVOLUCION"
            + "|^REFUND$|^RETURN$");
    private static final Pattern MONEY_IN = Pattern.compile(
            "^TOP.?UP$|^DEPOSIT$|^DIRECTDEP$|^DEP$|^INT$|^DIV$|^INTEREST$|^SALARY$|^REWARD$|^CASHBACK$"
            + "|\\bPAYROLL\\b|\\bSALARY\\b|\\bGEHALT\\b|\\bLOHN\\b|\\bSALARIS\\b|\\bSALAIRE\\b|\\bNOMINA\\b");
    private static final Pattern PENDING = Pattern.compile(
            "PENDING|AUSSTEHEND|VORGEMERKT|IN BEHANDELING|EN ATTENTE|EN COURS|PENDIENTE|AUTHORI[SZ]ED|ON HOLD|^HOLD$");
    private static final Pattern DECLINED = Pattern.compile(
            "DECLINED|FAILED|REJECTED|REFUSED|REFUSE|ABGELEHNT|GEWEIGERD|RECHAZAD|DENEGAD|NON EXECUTE|NOT EXECUTED");
    private static final Pattern REVERTED = Pattern.compile(
            "REVERTED|REVERSED|CANCELL?ED|STORNIERT|STORNO|ANNULE|GEANNULEERD|ANULAD|^VOID(ED)?$");

    private Keywords() {
    }

    static String upper(String text) {
        String t = text;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) > 0x7f) {
                t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                break;
            }
        }
        return t.toUpperCase(Locale.ROOT).replace('_', ' ').strip();
    }

    static boolean cardPayment(String upper) {
        return CARD_PAYMENT.matcher(upper).find();
    }

    static boolean cardRepayment(String upper) {
        return CARD_REPAYMENT.matcher(upper).find();
    }

    static boolean refund(String upper) {
        return REFUND.matcher(upper).find();
    }

    static boolean moneyIn(String upper) {
        return MONEY_IN.matcher(upper).find();
    }

    /** The status a status cell (or a date cell such as "Pending") says; BOOKED for anything else. */
    static LineStatus status(String text) {
        if (text == null || text.isBlank()) {
            return LineStatus.BOOKED;
        }
        String u = upper(text);
        if (PENDING.matcher(u).find()) {
            return LineStatus.PENDING;
        }
        if (DECLINED.matcher(u).find()) {
            return LineStatus.DECLINED;
        }
        if (REVERTED.matcher(u).find()) {
            return LineStatus.REVERTED;
        }
        return LineStatus.BOOKED;
    }

    /** What a transaction-type cell says about a row. */
    static Hint typeHint(String text) {
        if (text == null || text.isBlank()) {
            return Hint.NONE;
        }
        String u = upper(text);
        if (refund(u)) {
            return Hint.REFUND;
        }
        if (u.equals("PAYMENT") || cardPayment(u)) {
            return Hint.CARD_PAYMENT;
        }
        if (moneyIn(u)) {
            return Hint.MONEY_IN;
        }
        return Hint.NONE;
    }
}
