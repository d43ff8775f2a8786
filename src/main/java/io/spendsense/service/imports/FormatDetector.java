package io.spendsense.service.imports;

import java.util.Locale;

/** Tells the format of a statement from its first characters; anything that is not a known format is CSV. */
final class FormatDetector {
    private FormatDetector() {
    }

    static StatementFormat detect(String start) {
        String text = start.replace("\uFEFF", "").stripLeading();
        String upper = text.toUpperCase(Locale.ROOT);
        boolean qfx = upper.contains("<INTU.BID>") || upper.contains("<INTU.USERID>");
        if (upper.startsWith("OFXHEADER") || upper.startsWith("<OFX>")) {
            return qfx ? StatementFormat.QFX : StatementFormat.OFX_SGML;
        }
        if (upper.startsWith("<")) {
            if (upper.contains("<?OFX") || upper.contains("<OFX>") || upper.contains("<OFX ")) {
                return qfx ? StatementFormat.QFX : StatementFormat.OFX_XML;
            }
            if (upper.contains("CAMT.053") || upper.contains("BKTOCSTMRSTMT")) {
                return StatementFormat.CAMT053;
            }
            if (upper.contains("CAMT.05")) {
                throw new StatementException("this ISO 20022 file is not a CAMT.053 statement (camt.052 reports and"
                        + " camt.054 notifications hold entries that are not booked yet); export a CAMT.053"
                        + " statement instead");
            }
            if (upper.startsWith("<?XML")) {
                throw new StatementException("this XML file is neither OFX nor a CAMT.053 statement");
            }
        }
        if (upper.startsWith("!TYPE:") || upper.startsWith("!ACCOUNT") || upper.startsWith("!OPTION:")
                || upper.startsWith("!CLEAR:")) {
            return StatementFormat.QIF;
        }
        return StatementFormat.CSV;
    }
}
