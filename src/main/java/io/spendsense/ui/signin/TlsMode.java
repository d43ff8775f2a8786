package io.spendsense.ui.signin;

import io.spendsense.ui.common.Messages;

/** The TLS modes the server dialog offers, by libpq's and pgjdbc's names ({@code sslmode}). */
public enum TlsMode {
    DISABLE("disable"), PREFER("prefer"), REQUIRE("require"), VERIFY_FULL("verify-full");

    private final String sslMode;

    TlsMode(String sslMode) {
        this.sslMode = sslMode;
    }

    /** The driver's {@code sslmode}. */
    public String sslMode() {
        return sslMode;
    }

    /** The mode of {@code sslMode}; one the dialog does not offer (allow, verify-ca) is the nearest it does. */
    public static TlsMode of(String sslMode) {
        return switch (sslMode == null ? "" : sslMode) {
            case "disable" -> DISABLE;
            case "require" -> REQUIRE;
            case "verify-ca", "verify-full" -> VERIFY_FULL;
            default -> PREFER;
        };
    }

    /** The choice's words in the dialog. */
    public String label() {
        return switch (this) {
            case DISABLE -> Messages.get("server.tls.disable");
            case PREFER -> Messages.get("server.tls.prefer");
            case REQUIRE -> Messages.get("server.tls.require");
            case VERIFY_FULL -> Messages.get("server.tls.verifyFull");
        };
    }

    /** What the sign-in window says of a connection in this mode. */
    public String shortLabel() {
        return switch (this) {
            case DISABLE -> Messages.get("server.tlsShort.disable");
            case PREFER -> Messages.get("server.tlsShort.prefer");
            case REQUIRE -> Messages.get("server.tlsShort.require");
            case VERIFY_FULL -> Messages.get("server.tlsShort.verifyFull");
        };
    }
}
