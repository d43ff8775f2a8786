package io.spendsense.service.imports;

import java.util.Locale;

import io.spendsense.domain.Texts;

/** The file formats the importer reads, detected from the content (never from the file name). */
public enum StatementFormat {
    CSV("CSV"),
    OFX_SGML("OFX 1 (SGML)"),
    OFX_XML("OFX 2 (XML)"),
    QFX("QFX"),
    QIF("QIF"),
    CAMT053("CAMT.053");

    private final String label;

    StatementFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a --format value: csv, ofx, qfx, qif, camt, camt053, camt.053 (ignoring case). */
    public static StatementFormat parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT).replace(".", "").replace("-", "")) {
            case "csv" -> CSV;
            case "ofx", "ofx1", "ofxsgml" -> OFX_SGML;
            case "ofx2", "ofxxml" -> OFX_XML;
            case "qfx" -> QFX;
            case "qif" -> QIF;
            case "camt", "camt053" -> CAMT053;
            default -> throw new IllegalArgumentException(Texts.format("format.unknown", text));
        };
    }

    boolean isOfx() {
        return this == OFX_SGML || this == OFX_XML || this == QFX;
    }
}
