package io.spendsense.service.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import io.spendsense.domain.Money;
import io.spendsense.domain.Texts;
import io.spendsense.service.imports.StatementException.Problem;

/**
 * Reads QIF (Quicken Interchange Format): the transactions of !Type:Bank, !Type:CCard, !Type:Cash and !Type:Oth
 * sections, one per record ended by '^', with D (date), T or U (amount), P (payee), M (memo) and L (category;
 * "[Account]" is a transfer between your own accounts). Account lists, categories, classes and memorized
 * transactions are passed over; an investment section is refused. Dates come in many forms (1/5/24, 01/05'2024,
 * 05.01.2024, 2024-01-05): the form and the day/month order are decided over the whole file, and Quicken's
 * apostrophe form (MM/DD'YY) is month first.
 */
final class QifReader {
    private final ReadOptions options;
    private final String encoding;
    private final Problems problems = new Problems();

    QifReader(ReadOptions options, String encoding) {
        this.options = options;
        this.encoding = encoding;
    }

    private static final class Raw {
        long line;
        String date;
        String amount;
        String payee = "";
        String memo = "";
        String category = "";
        boolean transfer;
        boolean card;
    }

    Statement read(BufferedReader in) throws IOException {
        var raws = new ArrayList<Raw>();
        var sections = new LinkedHashSet<String>();
        String section = null;
        boolean transactions = false;
        boolean apostrophe = false;
        Raw current = null;
        long lineNo = 0;
        for (String text; (text = in.readLine()) != null; ) {
            lineNo++;
            String l = text.replace("\uFEFF", "").stripTrailing();
            if (l.isBlank()) {
                continue;
            }
            if (l.startsWith("!")) {
                String header = l.strip().toLowerCase(Locale.ROOT);
                if (header.startsWith("!type:")) {
                    section = header.substring(6).strip();
                    transactions = section.equals("bank") || section.equals("ccard") || section.equals("cash")
                            || section.startsWith("oth");
                    if (section.startsWith("invst") || section.equals("port")) {
                        throw new StatementException(Texts.format("qif.investment", lineNo));
                    }
                    if (transactions) {
                        sections.add(section.equals("ccard") ? Texts.get("account.card") : section.equals("bank")
                                ? Texts.get("account.bank") : section);
                    }
                } else if (header.startsWith("!account")) {
                    transactions = false; // the account block that follows describes an account
                }
                continue;
            }
            if (!transactions) {
                continue;
            }
            if (current == null) {
                current = new Raw();
                current.line = lineNo;
                current.card = "ccard".equals(section);
            }
            char code = l.charAt(0);
            String value = l.substring(1).strip();
            switch (code) {
                case 'D' -> {
                    apostrophe |= value.indexOf('\'') >= 0;
                    current.date = value.replace("' ", "/").replace('\'', '/').replace(" ", "");
                }
                case 'T', 'U' -> {
                    if (current.amount == null || code == 'T') {
                        current.amount = value;
                    }
                }
                case 'P' -> current.payee = clip(value, 200);
                case 'M' -> current.memo = clip(value, 500);
                case 'L' -> {
                    if (value.startsWith("[")) {
                        current.transfer = true;
                    } else {
                        String c = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
                        c = c.contains(":") ? c.substring(c.lastIndexOf(':') + 1) : c;
                        current.category = clip(c.strip().replace("|", "/"), 60);
                    }
                }
                case '^' -> {
                    if (current.date != null || current.amount != null) {
                        raws.add(current);
                    }
                    current = null;
                }
                default -> { }
            }
        }
        if (current != null && (current.date != null || current.amount != null)) {
            raws.add(current);
        }
        if (sections.isEmpty()) {
            throw new StatementException(Texts.get("qif.noTransactions"));
        }
        return finish(raws, sections, apostrophe);
    }

    private Statement finish(List<Raw> raws, LinkedHashSet<String> sections, boolean apostrophe) {
        var dateTexts = new LinkedHashSet<String>();
        var amountTexts = new ArrayList<String>();
        for (Raw r : raws) {
            if (r.date == null) {
                problems.add(1, new Problem(r.line, "D", Texts.get("qif.noDate")));
            } else {
                dateTexts.add(r.date);
            }
            if (r.amount == null) {
                problems.add(1, new Problem(r.line, "T", Texts.get("qif.noAmount")));
            } else if (amountTexts.size() < 400) {
                amountTexts.add(r.amount);
            }
        }
        Boolean comma = options.decimalComma() != null ? options.decimalComma() : Amounts.decimalComma(amountTexts);
        var amounts = new Amounts(comma != null && comma);
        Dates dates;
        try {
            dates = options.dateFormat() != null ? Dates.ofPattern(options.dateFormat())
                    : Dates.detect(dateTexts, options.dateOrder(), apostrophe
                    ? new Dates.Hint(DateOrder.MONTH_FIRST, Texts.get("dates.hint.quicken")) : comma != null && comma
                    ? new Dates.Hint(DateOrder.DAY_FIRST, Texts.get("dates.hint.decimalComma")) : null);
        } catch (StatementException e) {
            if (problems.count() > 0) {
                throw problems.exception();
            }
            throw e;
        }
        var values = new ArrayList<BigDecimal>(raws.size());
        var guess = new SignGuess();
        for (Raw r : raws) {
            BigDecimal a = r.amount == null ? null : amounts.parse(r.amount);
            if (r.amount != null && a == null) {
                problems.add(1, new Problem(r.line, "T", Texts.format("import.notANumber", r.amount)));
            } else if (a != null && (a.stripTrailingZeros().scale() > Money.MAX_SCALE
                    || a.abs().compareTo(Money.MAX_AMOUNT) > 0)) {
                problems.add(1, new Problem(r.line, "T", Texts.format("qif.amountRule", r.amount)));
            }
            if (r.date != null) {
                LocalDate d = dates.parse(r.date);
                if (d == null || d.getYear() < 1900 || d.getYear() > 2999) {
                    problems.add(3, dates.problem(r.line, "D", r.date));
                }
            }
            values.add(a);
            if (a != null && !r.transfer) {
                guess.add(a, r.payee + " " + r.memo);
            }
        }
        if (problems.count() > 0) {
            throw problems.exception();
        }
        SignConvention sign;
        String reason;
        ImportHint signHint = ImportHint.NONE;
        if (options.sign() != null) {
            sign = options.sign();
            reason = Texts.get("import.given");
        } else {
            var g = guess.guess();
            sign = g.convention();
            reason = g.reason();
            signHint = g.hint();
        }
        var lines = new ArrayList<StatementLine>(raws.size());
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            BigDecimal a = values.get(i);
            boolean in = sign == SignConvention.CHARGES_POSITIVE ? a.signum() < 0 : a.signum() > 0;
            String description = r.memo.isEmpty() ? r.payee : r.memo;
            lines.add(new StatementLine(r.line, dates.parse(r.date), a.abs(), in, r.payee, description, r.category,
                    null, null, LineStatus.BOOKED, r.transfer ? Hint.TRANSFER : Hint.NONE));
        }
        var detected = new Detected(StatementFormat.QIF, encoding, null, null, null, null, dates.pattern(),
                dates.order(), dates.reason(), comma, sign, reason, signHint, null, Texts.and(sections));
        return new Statement(detected, lines);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
