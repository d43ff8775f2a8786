package io.spendsense.service.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.spendsense.domain.Money;
import io.spendsense.domain.Texts;
import io.spendsense.service.imports.StatementException.Problem;

/**
 * Reads OFX 1.x (SGML, where leaf elements have no end tag), OFX 2.x (XML) and QFX (OFX with Intuit's extra tags)
 * with one tokenizer: a start tag followed by text is a leaf, a start tag followed by another tag opens an aggregate.
 * Bank and credit-card statements are read (several in one file too); each STMTTRN gives a line with DTPOSTED,
 * TRNAMT, NAME or PAYEE, MEMO, FITID and TRNTYPE, in the statement's CURDEF currency. Dates are the first eight
 * digits of DTPOSTED as written: a time and zone after them are not converted, so a purchase at 23:00 EST stays on
 * its day.
 */
final class OfxReader {
    private static final Set<String> OUT_TYPES = Set.of("DEBIT", "POS", "ATM", "CHECK", "FEE", "SRVCHG", "PAYMENT",
            "CASH", "DIRECTDEBIT", "REPEATPMT");

    /** Elements that hold a value: never opened as aggregates, even when empty. */
    private static final Set<String> LEAVES = Set.of("TRNTYPE", "DTPOSTED", "DTUSER", "DTAVAIL", "TRNAMT", "FITID",
            "CORRECTFITID", "CORRECTACTION", "SRVRTID", "CHECKNUM", "REFNUM", "SIC", "PAYEEID", "NAME", "EXTDNAME",
            "MEMO", "CURDEF", "CURSYM", "CURRATE", "INV401KSOURCE", "BANKID", "BRANCHID", "ACCTID", "ACCTTYPE",
            "ACCTKEY", "DTSTART", "DTEND", "BALAMT", "DTASOF", "CODE", "SEVERITY", "MESSAGE", "DTSERVER", "LANGUAGE",
            "TRNUID", "ADDR1", "ADDR2", "ADDR3", "CITY", "STATE", "POSTALCODE", "COUNTRY", "PHONE");

    private final ReadOptions options;
    private final String encoding;
    private final Problems problems = new Problems();
    private BufferedReader in;
    private long line = 1;
    private int pushed = -2;

    OfxReader(ReadOptions options, String encoding) {
        this.options = options;
        this.encoding = encoding;
    }

    /** One STMTTRN as read, before the sign convention is applied. */
    private static final class Raw {
        long line;
        String type;
        String posted;
        String amount;
        String fitid;
        String name;
        String payee;
        String memo;
        String currency;
        boolean pending;
    }

    Statement read(BufferedReader reader) throws IOException {
        this.in = reader;
        boolean xml = false;
        boolean qfx = false;
        var stack = new ArrayDeque<String>();
        var raws = new ArrayList<Raw>();
        var currencies = new LinkedHashSet<String>();
        var accounts = new LinkedHashSet<String>();
        Raw tx = null;
        String curdef = null;
        boolean sawOfx = false;
        int c;
        while ((c = next()) >= 0) {
            if (c != '<') {
                continue;
            }
            long tagLine = line;
            String tag = tag();
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.startsWith("?") || tag.startsWith("!")) {
                String upper = tag.toUpperCase(Locale.ROOT);
                xml |= upper.startsWith("?XML") || upper.startsWith("?OFX");
                continue;
            }
            if (tag.startsWith("/")) {
                String name = upper(tag.substring(1));
                if (stack.contains(name)) {
                    while (!stack.isEmpty() && !stack.pop().equals(name)) {
                        // SGML: aggregates closed by an outer end tag
                    }
                    if (name.equals("STMTTRN") && tx != null) {
                        tx.currency = tx.currency != null ? tx.currency : curdef;
                        raws.add(tx);
                        tx = null;
                    }
                }
                continue;
            }
            boolean selfClosing = tag.endsWith("/");
            String name = upper(selfClosing ? tag.substring(0, tag.length() - 1) : tag);
            int space = name.indexOf(' ');
            if (space > 0) {
                name = name.substring(0, space);
            }
            sawOfx |= name.equals("OFX");
            qfx |= name.startsWith("INTU.");
            String value = selfClosing ? "" : text();
            if (value.isEmpty()) {
                if (selfClosing || LEAVES.contains(name)) {
                    continue;
                }
                stack.push(name);
                switch (name) {
                    case "STMTTRN" -> {
                        tx = new Raw();
                        tx.line = tagLine;
                        tx.pending = stack.stream().anyMatch(a -> a.contains("PENDING") || a.endsWith("TRANLISTP"));
                    }
                    case "BANKMSGSRSV1" -> accounts.add(Texts.get("account.bank"));
                    case "CREDITCARDMSGSRSV1" -> accounts.add(Texts.get("account.card"));
                    case "INVSTMTMSGSRSV1" -> throw new StatementException(Texts.get("ofx.investment"));
                    case "STMTRS", "CCSTMTRS" -> curdef = null;
                    default -> { }
                }
                continue;
            }
            if (name.equals("CURDEF")) {
                curdef = Currencies.code(value);
                if (curdef != null) {
                    currencies.add(curdef);
                }
                continue;
            }
            if (tx == null) {
                continue;
            }
            String parent = stack.isEmpty() ? "" : stack.peek();
            switch (parent) {
                case "PAYEE" -> {
                    if (name.equals("NAME")) {
                        tx.payee = value;
                    }
                }
                case "CURRENCY" -> {
                    if (name.equals("CURSYM")) {
                        tx.currency = Currencies.code(value);
                    }
                }
                case "STMTTRN" -> {
                    switch (name) {
                        case "TRNTYPE" -> tx.type = upper(value);
                        case "DTPOSTED" -> tx.posted = value;
                        case "DTUSER" -> tx.posted = tx.posted == null ? value : tx.posted;
                        case "TRNAMT" -> tx.amount = value;
                        case "FITID" -> tx.fitid = value;
                        case "NAME" -> tx.name = value;
                        case "MEMO" -> tx.memo = value;
                        default -> { }
                    }
                }
                default -> { }
            }
        }
        if (!sawOfx) {
            throw new StatementException(Texts.get("ofx.noOfx"));
        }
        if (tx != null) {
            raws.add(tx); // SGML without </STMTTRN> at the very end
        }
        return finish(raws, xml, qfx, currencies, accounts);
    }

    private Statement finish(List<Raw> raws, boolean xml, boolean qfx, Set<String> currencies, Set<String> accounts) {
        var lines = new ArrayList<StatementLine>(raws.size());
        var amounts = new ArrayList<BigDecimal>(raws.size());
        boolean anyNegative = false;
        for (Raw r : raws) {
            BigDecimal amount = null;
            if (r.amount == null) {
                problems.add(1, new Problem(r.line, "TRNAMT", Texts.format("ofx.missing", "TRNAMT")));
            } else {
                amount = amount(r.amount);
                if (amount == null) {
                    problems.add(1, new Problem(r.line, "TRNAMT", Texts.format("import.notANumber", r.amount)));
                }
            }
            if (r.posted == null) {
                problems.add(1, new Problem(r.line, "DTPOSTED", Texts.format("ofx.missing", "DTPOSTED")));
            } else if (date(r.posted) == null) {
                problems.add(1, new Problem(r.line, "DTPOSTED", Texts.format("ofx.notADate", r.posted)));
            }
            amounts.add(amount);
            anyNegative |= amount != null && amount.signum() < 0;
        }
        if (problems.count() > 0) {
            throw problems.exception();
        }
        SignConvention sign;
        String reason;
        if (options.sign() != null) {
            sign = options.sign();
            reason = Texts.get("import.given");
        } else if (!anyNegative && raws.stream().anyMatch(r -> r.type != null && OUT_TYPES.contains(r.type))) {
            sign = SignConvention.TRANSACTION_TYPE;
            reason = Texts.get("signs.noneNegative");
        } else {
            sign = SignConvention.CHARGES_NEGATIVE;
            reason = Texts.get("ofx.signs");
        }
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            BigDecimal amount = amounts.get(i);
            boolean in = switch (sign) {
                case CHARGES_POSITIVE -> amount.signum() < 0;
                case TRANSACTION_TYPE -> r.type == null || !OUT_TYPES.contains(r.type);
                default -> amount.signum() > 0;
            };
            String payee = r.payee != null ? r.payee : r.name != null ? r.name : "";
            String description = r.memo != null && !r.memo.isBlank() ? r.memo : payee;
            lines.add(new StatementLine(r.line, date(r.posted), amount.abs(), in, clip(payee, 200),
                    clip(description, 500), "", r.currency, r.fitid,
                    r.pending ? LineStatus.PENDING : LineStatus.BOOKED, hint(r.type)));
        }
        String account = accounts.isEmpty() ? null : Texts.and(accounts);
        var format = qfx ? StatementFormat.QFX : xml ? StatementFormat.OFX_XML : StatementFormat.OFX_SGML;
        var detected = new Detected(format, encoding, null, null, null, null, "yyyyMMdd (DTPOSTED)", null, null,
                null, sign, reason, ImportHint.NONE, currencies.isEmpty() ? null : String.join(", ", currencies),
                account);
        return new Statement(detected, lines);
    }

    private static Hint hint(String type) {
        if (type == null) {
            return Hint.NONE;
        }
        return switch (type) {
            case "PAYMENT" -> Hint.CARD_PAYMENT;
            case "INT", "DIV", "DEP", "DIRECTDEP" -> Hint.MONEY_IN;
            default -> Hint.NONE;
        };
    }

    static LocalDate date(String text) {
        String t = text.strip();
        if (t.length() < 8) {
            return null;
        }
        for (int i = 0; i < 8; i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return null;
            }
        }
        try {
            var d = LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)),
                    Integer.parseInt(t.substring(6, 8)));
            return d.getYear() < 1900 || d.getYear() > 2999 ? null : d;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "-42.17", "+42.17", "42,17" (some European banks); at most two decimals. */
    private static BigDecimal amount(String text) {
        String t = text.strip().replace("+", "");
        if (t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        try {
            var a = new BigDecimal(t);
            return a.stripTrailingZeros().scale() > Money.MAX_SCALE || a.abs().compareTo(Money.MAX_AMOUNT) > 0
                    ? null : a;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String upper(String s) {
        return s.strip().toUpperCase(Locale.ROOT);
    }

    private int next() throws IOException {
        int c;
        if (pushed != -2) {
            c = pushed;
            pushed = -2;
        } else {
            c = in.read();
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private void unread(int c) {
        pushed = c;
        if (c == '\n') {
            line--;
        }
    }

    /** The inside of a tag, after its '<'; comments and processing instructions whole. */
    private String tag() throws IOException {
        var sb = new StringBuilder();
        int c;
        while ((c = next()) >= 0 && c != '>') {
            sb.append((char) c);
            if (sb.length() == 3 && sb.toString().equals("!--")) {
                // a comment: up to -->
                int dashes = 0;
                while ((c = next()) >= 0) {
                    if (c == '>' && dashes >= 2) {
                        return "!--";
                    }
                    dashes = c == '-' ? dashes + 1 : 0;
                }
                return "!--";
            }
        }
        return sb.toString().strip();
    }

    /** The text up to the next tag, entities decoded, trimmed. */
    private String text() throws IOException {
        var sb = new StringBuilder();
        int c;
        while ((c = next()) >= 0 && c != '<') {
            sb.append((char) c);
        }
        if (c == '<') {
            unread(c);
        }
        String t = sb.toString().strip();
        return t.indexOf('&') >= 0 ? entities(t) : t;
    }

    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile(
            "&(amp|lt|gt|quot|apos|nbsp|#\\d{1,6}|#x[0-9a-fA-F]{1,6});");

    /** XML's entities and numeric references; an '&' that starts none stays (SGML files write AT&T). */
    private static String entities(String t) {
        var m = ENTITY.matcher(t);
        var sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> new String(Character.toChars(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }

}
