package io.spendsense.domain;

import java.util.Locale;

/** Where an exchange rate came from: typed by the user, read from a rates file, or downloaded (opt-in). */
public enum RateSource {
    ENTERED, FILE, DOWNLOAD;

    /** The stored and shown name: "entered", "file", "download". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RateSource parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
