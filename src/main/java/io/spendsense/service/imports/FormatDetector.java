package io.spendsense.service.imports;

import java.util.Locale;

import io.spendsense.domain.Texts;

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
                throw new StatementException(Texts.get("format.notCamt053"));
            }
            if (upper.startsWith("<?XML")) {
                throw new StatementException(Texts.get("format.unknownXml"));
            }
        }
        if (upper.startsWith("!TYPE:") || upper.startsWith("!ACCOUNT") || upper.startsWith("!OPTION:")
                || upper.startsWith("!CLEAR:")) {
            return StatementFormat.QIF;
        }
        return StatementFormat.CSV;
    }
}
