package io.spendsense.service.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.spendsense.domain.Texts;

/**
 * The header names banks use, in English, German, Dutch, French and Spanish, per column role; the first name of a
 * role's list that a header has wins (so a booking date beats a value date). Names are compared without accents,
 * case, dots and a unit in parentheses ("Betrag (EUR)" is "betrag", and says EUR).
 */
final class HeaderNames {
    enum Role { DATE, AMOUNT, DEBIT, CREDIT, DIRECTION, DESCRIPTION, PAYEE, CATEGORY, CURRENCY, STATUS, TYPE }

    /** The languages (and the one variant of English) whose header names tell day-first dates. */
    enum Language {
        GERMAN, DUTCH, FRENCH, SPANISH, UK;

        /** In words, as the date order's reason names it ("German headers"). */
        String words() {
            return switch (this) {
                case GERMAN -> Texts.get("headers.german");
                case DUTCH -> Texts.get("headers.dutch");
                case FRENCH -> Texts.get("headers.french");
                case SPANISH -> Texts.get("headers.spanish");
                case UK -> Texts.get("headers.uk");
            };
        }
    }

    /** A known header name, and the language it is only used in (null when shared or US English). */
    record Name(String text, Language language) {
    }

    private static final Pattern UNIT = Pattern.compile("^(.*?)\\s*[(\\[]\\s*([^)\\]]*)\\s*[)\\]]\\s*$");
    private static final Map<Role, List<Name>> NAMES = new EnumMap<>(Role.class);

    static {
        add(Role.DATE, null, "date", "transaction date", "trans date", "posted date", "posting date", "post date",
                "booking date", "date posted", "completed date", "posted transactions date", "started date");
        add(Role.DATE, Language.GERMAN, "buchungstag", "buchungsdatum", "datum", "wertstellung", "valutadatum");
        add(Role.DATE, Language.DUTCH, "transactiedatum", "boekdatum", "boekingsdatum", "uitvoeringsdatum",
                "rentedatum", "valutadatum");
        add(Role.DATE, Language.FRENCH, "date operation", "date de l'operation", "date de comptabilisation",
                "date d'execution", "date comptable", "date valeur");
        add(Role.DATE, Language.SPANISH, "fecha", "fecha operacion", "f operacion", "fecha de operacion", "fecha valor",
                "f valor");
        add(Role.DATE, null, "value date", "trans date", "transaction posted date");
        add(Role.AMOUNT, null, "amount", "transaction amount", "amount (usd)", "value");
        add(Role.AMOUNT, Language.GERMAN, "betrag", "umsatz", "betrag in eur");
        add(Role.AMOUNT, Language.DUTCH, "bedrag", "transactiebedrag");
        add(Role.AMOUNT, Language.FRENCH, "montant", "montant de l'operation");
        add(Role.AMOUNT, Language.SPANISH, "importe", "cantidad");
        add(Role.DEBIT, null, "debit", "debit amount", "debits", "withdrawal", "withdrawals", "withdrawal amount");
        add(Role.DEBIT, Language.UK, "paid out", "money out");
        add(Role.DEBIT, Language.GERMAN, "soll", "ausgang", "belastung");
        add(Role.DEBIT, Language.DUTCH, "af", "afschrijving", "debet");
        add(Role.DEBIT, Language.FRENCH, "debit euros", "debits euros");
        add(Role.DEBIT, Language.SPANISH, "cargo", "cargos", "debe");
        add(Role.CREDIT, null, "credit", "credit amount", "credits", "deposit", "deposits", "deposit amount");
        add(Role.CREDIT, Language.UK, "paid in", "money in");
        add(Role.CREDIT, Language.GERMAN, "haben", "eingang", "gutschrift");
        add(Role.CREDIT, Language.DUTCH, "bij", "bijschrijving");
        add(Role.CREDIT, Language.FRENCH, "credit euros", "credits euros");
        add(Role.CREDIT, Language.SPANISH, "abono", "abonos", "haber");
        add(Role.DIRECTION, null, "debit/credit", "credit/debit", "dr/cr", "cr/dr", "credit debit indicator",
                "debit credit");
        add(Role.DIRECTION, Language.GERMAN, "soll/haben", "s/h");
        add(Role.DIRECTION, Language.DUTCH, "af bij", "af/bij", "bij/af");
        add(Role.DIRECTION, Language.FRENCH, "debit/credit", "sens");
        add(Role.DESCRIPTION, null, "description", "transaction description", "memo", "details", "narrative",
                "reference", "payment reference", "description1", "description 1", "notes");
        add(Role.DESCRIPTION, Language.GERMAN, "verwendungszweck", "beschreibung", "buchungsdetails");
        add(Role.DESCRIPTION, Language.DUTCH, "omschrijving", "omschrijving-1", "mededelingen", "mededeling");
        add(Role.DESCRIPTION, Language.FRENCH, "libelle", "libelle operation", "libelle de l'operation",
                "communication",
                "detail", "details de l'operation");
        add(Role.DESCRIPTION, Language.SPANISH, "concepto", "descripcion", "concepto comun", "observaciones");
        add(Role.PAYEE, null, "payee", "merchant", "merchant name", "name", "counterparty", "counterparty name",
                "beneficiary");
        add(Role.PAYEE, Language.GERMAN, "auftraggeber/empfanger", "auftraggeber / empfanger", "empfanger",
                "zahlungsempfanger", "zahlungsempfanger*in", "beguenstigter/zahlungspflichtiger",
                "begunstigter/zahlungspflichtiger", "name zahlungsbeteiligter", "empfanger/auftraggeber");
        add(Role.PAYEE, Language.DUTCH, "naam / omschrijving", "naam/omschrijving", "naam tegenpartij",
                "naam van de tegenpartij", "tegenpartij", "naam");
        add(Role.PAYEE, Language.FRENCH, "beneficiaire", "nom de la contrepartie", "contrepartie", "nom du tiers",
                "tiers");
        add(Role.PAYEE, Language.SPANISH, "beneficiario", "comercio", "ordenante/beneficiario");
        add(Role.CATEGORY, null, "category");
        add(Role.CATEGORY, Language.GERMAN, "kategorie");
        add(Role.CATEGORY, Language.DUTCH, "categorie");
        add(Role.CATEGORY, Language.SPANISH, "categoria");
        add(Role.CURRENCY, null, "currency", "currency code", "ccy", "posted currency");
        add(Role.CURRENCY, Language.GERMAN, "wahrung", "waehrung");
        add(Role.CURRENCY, Language.DUTCH, "munt", "valuta", "valuta rekening", "munteenheid");
        add(Role.CURRENCY, Language.FRENCH, "devise", "devise du compte");
        add(Role.CURRENCY, Language.SPANISH, "moneda", "divisa");
        add(Role.STATUS, null, "status", "state", "transaction status");
        add(Role.STATUS, Language.FRENCH, "statut", "etat");
        add(Role.STATUS, Language.SPANISH, "estado");
        add(Role.STATUS, Language.GERMAN, "info", "buchungsstatus");
        add(Role.TYPE, null, "type", "transaction type", "trans type");
        add(Role.TYPE, Language.GERMAN, "buchungstext", "umsatztyp", "vorgang", "umsatzart");
        add(Role.TYPE, Language.DUTCH, "mutatiesoort", "type verrichting", "transactietype");
        add(Role.TYPE, Language.FRENCH, "type de transaction", "type d'operation", "nature de l'operation");
        add(Role.TYPE, Language.SPANISH, "tipo", "tipo de operacion");
    }

    private HeaderNames() {
    }

    private static void add(Role role, Language language, String... names) {
        var list = NAMES.computeIfAbsent(role, r -> new ArrayList<>());
        for (String n : names) {
            list.add(new Name(n, language));
        }
    }

    static List<Name> names(Role role) {
        return NAMES.get(role);
    }

    /** The column of the first name of {@code role} that the normalized header has, or -1. */
    static int find(List<String> normalized, Role role, List<Integer> taken) {
        for (Name n : NAMES.get(role)) {
            int i = normalized.indexOf(n.text());
            if (i >= 0 && !taken.contains(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The language of the name at {@code column} when only one language uses it, else null. */
    static Language language(String normalized) {
        Language found = null;
        for (var list : NAMES.values()) {
            for (Name n : list) {
                if (n.text().equals(normalized)) {
                    if (n.language() == null) {
                        return null;
                    }
                    found = n.language();
                }
            }
        }
        return found;
    }

    /** Whether any role knows this name. */
    static boolean known(String normalized) {
        for (var list : NAMES.values()) {
            for (Name n : list) {
                if (n.text().equals(normalized)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Betrag (EUR)" → "betrag"; "Libellé" → "libelle"; "Trans. Date" → "trans date". */
    static String normalize(String header) {
        String h = withoutUnit(header);
        h = Normalizer.normalize(h, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return h.replace("\uFEFF", "").replace(".", "").replace('_', ' ').replace('\u00a0', ' ').strip()
                .replaceAll("\\s+", " ").replaceAll(":$", "").toLowerCase(Locale.ROOT);
    }

    /** The unit a header names in parentheses ("Amount (GBP)" → "GBP", "Betrag (€)" → "€"), or null. */
    static String unit(String header) {
        Matcher m = UNIT.matcher(header.strip());
        return m.matches() && !m.group(2).isBlank() ? m.group(2).strip() : null;
    }

    private static String withoutUnit(String header) {
        String h = header.replace("\uFEFF", "").strip();
        Matcher m = UNIT.matcher(h);
        if (m.matches() && !m.group(1).isBlank()) {
            String unit = m.group(2).strip();
            // only currencies are units: "Amount (Foreign Currency)" keeps its words
            if (Currencies.code(unit) != null) {
                return m.group(1);
            }
        }
        return h;
    }
}
