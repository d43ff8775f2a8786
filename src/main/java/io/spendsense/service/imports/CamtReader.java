package io.spendsense.service.imports;

import java.io.BufferedReader;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.spendsense.domain.Money;
import io.spendsense.domain.Texts;
import io.spendsense.service.imports.StatementException.Problem;

/**
 * Reads ISO 20022 CAMT.053 bank statements with StAX (any version of the namespace): every Ntry with its amount and
 * currency (Amt Ccy), CdtDbtInd (DBIT is money out), status (Sts BOOK, or Sts/Cd BOOK from version 8 on; PDNG and
 * INFO entries are not booked yet), booking date (BookgDt/Dt or DtTm), the counterparty (Cdtr for a debit, Dbtr for a
 * credit, Nm directly or in Pty), the remittance information (RmtInf/Ustrd, else AddtlTxInf or AddtlNtryInf) and the
 * bank's reference (AcctSvcrRef). An entry with several TxDtls that have their own amounts is a batch: each is a line.
 * A reversal (RvslInd true) is money back for an earlier entry, treated like a refund.
 */
final class CamtReader {
    private final String encoding;
    private final Problems problems = new Problems();

    CamtReader(ReadOptions options, String encoding) {
        this.encoding = encoding;
    }

    private static final class Tx {
        String amount;
        String currency;
        String indicator;
        String creditor;
        String debtor;
        final List<String> remittance = new ArrayList<>();
        String info;
    }

    private static final class Entry {
        long line;
        String amount;
        String currency;
        String indicator;
        boolean reversal;
        String status;
        String booked;
        String valued;
        String reference;
        String info;
        final List<Tx> txs = new ArrayList<>();
    }

    Statement read(BufferedReader in) {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        var entries = new ArrayList<Entry>();
        var currencies = new LinkedHashSet<String>();
        var path = new ArrayDeque<String>();
        Entry entry = null;
        Tx tx = null;
        boolean statement = false;
        try {
            XMLStreamReader x = factory.createXMLStreamReader(in);
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = x.getLocalName();
                    path.push(name);
                    switch (name) {
                        case "Stmt" -> statement = true;
                        case "Ntry" -> {
                            entry = new Entry();
                            entry.line = x.getLocation().getLineNumber();
                        }
                        case "TxDtls" -> {
                            if (entry != null) {
                                tx = new Tx();
                            }
                        }
                        case "Amt" -> {
                            String ccy = x.getAttributeValue(null, "Ccy");
                            String text = x.getElementText().strip();
                            path.pop();
                            if (tx != null && (parent(path, "TxDtls") || parent(path, "TxAmt"))) {
                                tx.amount = text;
                                tx.currency = ccy;
                            } else if (entry != null && tx == null && parent(path, "Ntry")) {
                                entry.amount = text;
                                entry.currency = ccy;
                            } else if (!statement || entry == null) {
                                // balances: not transactions
                            }
                            continue;
                        }
                        default -> { }
                    }
                    if (entry == null) {
                        if (name.equals("Ccy") && parent(path, "Acct", 1)) {
                            String c = Currencies.code(x.getElementText());
                            path.pop();
                            if (c != null) {
                                currencies.add(c);
                            }
                        }
                        continue;
                    }
                    if (isLeaf(name)) {
                        String text = x.getElementText().strip();
                        path.pop();
                        leaf(entry, tx, path, name, text);
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && entry != null && parent(path, "Sts")
                        && !x.isWhiteSpace()) {
                    entry.status = (entry.status == null ? "" : entry.status) + x.getText().strip();
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = path.isEmpty() ? "" : path.pop();
                    if (name.equals("TxDtls") && entry != null && tx != null) {
                        entry.txs.add(tx);
                        tx = null;
                    } else if (name.equals("Ntry") && entry != null) {
                        entries.add(entry);
                        entry = null;
                    }
                }
            }
        } catch (XMLStreamException e) {
            long at = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new StatementException(List.of(new Problem(Math.max(at, 1), null, Texts.format("camt.notXml",
                    e.getMessage().replaceAll("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "")))), 1);
        }
        if (!statement) {
            throw new StatementException(Texts.get("camt.noStatement"));
        }
        return finish(entries, currencies);
    }

    private static final Set<String> LEAVES = Set.of("CdtDbtInd", "RvslInd", "Cd", "Dt", "DtTm",
            "AcctSvcrRef", "AddtlNtryInf", "AddtlTxInf", "Nm", "Ustrd");

    private static boolean isLeaf(String name) {
        return LEAVES.contains(name);
    }

    private static void leaf(Entry entry, Tx tx, ArrayDeque<String> path, String name, String text) {
        String parent = path.isEmpty() ? "" : path.peek();
        switch (name) {
            case "CdtDbtInd" -> {
                if (tx != null) {
                    tx.indicator = text;
                } else if (parent.equals("Ntry")) {
                    entry.indicator = text;
                }
            }
            case "RvslInd" -> entry.reversal |= text.equalsIgnoreCase("true");
            case "Cd" -> {
                if (parent.equals("Sts")) {
                    entry.status = text;
                }
            }
            case "Dt", "DtTm" -> {
                if (parent.equals("BookgDt") && tx == null) {
                    entry.booked = text;
                } else if (parent.equals("ValDt") && tx == null) {
                    entry.valued = text;
                }
            }
            case "AcctSvcrRef" -> {
                if (tx == null && parent.equals("Ntry")) {
                    entry.reference = text;
                }
            }
            case "AddtlNtryInf" -> entry.info = text;
            case "AddtlTxInf" -> {
                if (tx != null) {
                    tx.info = text;
                }
            }
            case "Nm" -> {
                if (tx != null && within(path, "RltdPties")) {
                    if (within(path, "Cdtr") && !within(path, "UltmtCdtr") && tx.creditor == null) {
                        tx.creditor = text;
                    } else if (within(path, "Dbtr") && !within(path, "UltmtDbtr") && tx.debtor == null) {
                        tx.debtor = text;
                    }
                }
            }
            case "Ustrd" -> {
                if (tx != null && !text.isEmpty()) {
                    tx.remittance.add(text);
                }
            }
            default -> { }
        }
    }

    private static boolean parent(ArrayDeque<String> path, String name) {
        return !path.isEmpty() && path.peek().equals(name);
    }

    /** Whether the element {@code up} levels above the current one is {@code name}. */
    private static boolean parent(ArrayDeque<String> path, String name, int up) {
        var it = path.iterator();
        for (int i = 0; i <= up && it.hasNext(); i++) {
            String n = it.next();
            if (i == up) {
                return n.equals(name);
            }
        }
        return false;
    }

    private static boolean within(ArrayDeque<String> path, String name) {
        return path.contains(name);
    }

    private Statement finish(List<Entry> entries, Set<String> accountCurrencies) {
        var lines = new ArrayList<StatementLine>();
        var currencies = new LinkedHashSet<>(accountCurrencies);
        for (Entry e : entries) {
            String status = e.status == null ? "BOOK" : e.status.strip().toUpperCase(java.util.Locale.ROOT);
            if (!status.equals("BOOK")) {
                lines.add(StatementLine.notBooked(e.line, LineStatus.PENDING));
                continue;
            }
            LocalDate date = date(e.booked != null ? e.booked : e.valued);
            if (date == null) {
                problems.add(1, new Problem(e.line, "BookgDt", e.booked == null && e.valued == null
                        ? Texts.get("camt.noDate") : Texts.format("camt.notADate", e.booked)));
            }
            boolean batch = e.txs.size() > 1 && e.txs.stream().allMatch(t -> t.amount != null);
            var parts = batch ? e.txs : List.of(e.txs.isEmpty() ? new Tx() : e.txs.get(0));
            for (Tx t : parts) {
                String amountText = batch ? t.amount : e.amount;
                String ccy = batch && t.currency != null ? t.currency : e.currency;
                String indicator = batch && t.indicator != null ? t.indicator : e.indicator;
                BigDecimal amount = amount(amountText);
                if (amount == null) {
                    problems.add(1, new Problem(e.line, "Amt", amountText == null ? Texts.get("camt.noAmount")
                            : Texts.format("camt.notAnAmount", amountText)));
                    continue;
                }
                if (!"DBIT".equals(indicator) && !"CRDT".equals(indicator)) {
                    problems.add(1, new Problem(e.line, "CdtDbtInd", Texts.format("camt.badIndicator", indicator)));
                    continue;
                }
                if (date == null) {
                    continue;
                }
                boolean in = indicator.equals("CRDT");
                String counterparty = in ? first(t.debtor, t.creditor) : first(t.creditor, t.debtor);
                String description = !t.remittance.isEmpty() ? String.join(" ", t.remittance)
                        : first(t.info, e.info);
                String code = Currencies.code(ccy);
                if (code != null) {
                    currencies.add(code);
                }
                lines.add(new StatementLine(e.line, date, amount, in, clip(counterparty, 200),
                        clip(description, 500), "", code, e.reference, LineStatus.BOOKED,
                        e.reversal ? Hint.REFUND : Hint.NONE));
            }
        }
        if (problems.count() > 0) {
            throw problems.exception();
        }
        var detected = new Detected(StatementFormat.CAMT053, encoding, null, null, null, null,
                "yyyy-MM-dd (BookgDt)", null, null, null, SignConvention.CREDIT_DEBIT_INDICATOR, null, ImportHint.NONE,
                currencies.isEmpty() ? null : String.join(", ", currencies), Texts.get("account.bank"));
        return new Statement(detected, lines);
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b == null ? "" : b;
    }

    private static LocalDate date(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            var d = LocalDate.parse(text.substring(0, 10));
            return d.getYear() < 1900 || d.getYear() > 2999 ? null : d;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static BigDecimal amount(String text) {
        if (text == null) {
            return null;
        }
        try {
            var a = new BigDecimal(text.strip());
            return a.signum() < 0 || a.stripTrailingZeros().scale() > Money.MAX_SCALE
                    || a.compareTo(Money.MAX_AMOUNT) > 0 ? null : a;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
