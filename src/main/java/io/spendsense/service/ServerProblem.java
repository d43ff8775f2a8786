package io.spendsense.service;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.domain.Texts;
import io.spendsense.persistence.ServerProbe;

/**
 * Why a PostgreSQL server could not be used, read from the failure's chain (the driver's SQLState, or the network
 * exception under it), so that the desktop app and the command line say which: a wrong password, an unknown host, a
 * server that refuses or does not answer, a missing database, TLS that the server does not offer, or a connection
 * lost mid-session. Each front end words the kind itself (decision 0022).
 */
public enum ServerProblem {
    /** The server wants a password and none was given. */
    NO_PASSWORD,
    /** The server refused the password (28P01). */
    WRONG_PASSWORD,
    /** The server's rules (pg_hba.conf) do not let this user in from here (28000). */
    NOT_ALLOWED,
    /** The host name is not known to the name service. */
    UNKNOWN_HOST,
    /** The host refused the connection: nothing listens on that port. */
    REFUSED,
    /** The host did not answer in time (a firewall, a sleeping machine, a wrong address). */
    NO_ANSWER,
    /** The server has no database of that name (3D000). */
    NO_DATABASE,
    /** TLS was required but the server does not offer it. */
    NO_TLS,
    /** An open connection broke: the server went away, restarted or ended the session (08xxx, 57P0x). */
    LOST;

    /** The TLS modes that refuse a connection without TLS. */
    private static final Set<String> TLS_REQUIRED = Set.of("require", "verify-ca", "verify-full");

    /**
     * What kind of problem {@code failure} is on {@code server} (whose password and TLS mode tell apart the driver's
     * "connection rejected"); empty when it is none of these (a bug, a schema problem).
     */
    public static Optional<ServerProblem> of(Throwable failure, DatabaseLocation.Server server) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof UnknownHostException) {
                return Optional.of(UNKNOWN_HOST);
            }
            if (c instanceof SocketTimeoutException || c instanceof NoRouteToHostException) {
                return Optional.of(NO_ANSWER);
            }
            if (c instanceof ConnectException connect) {
                String message = String.valueOf(connect.getMessage()).toLowerCase(Locale.ROOT);
                return Optional.of(message.contains("timed out") ? NO_ANSWER : REFUSED);
            }
        }
        var sql = ServerProbe.sqlFailure(failure);
        if (sql.isEmpty()) {
            return Optional.empty();
        }
        String state = sql.get().state();
        String message = sql.get().message();
        return switch (state) {
            case "28P01" -> Optional.of(server.password() == null ? NO_PASSWORD : WRONG_PASSWORD);
            // pgjdbc's "connection rejected": no password given for a password method, or no TLS on offer
            case "08004" -> Optional.of(message.contains("SSL") || server.password() != null
                    && TLS_REQUIRED.contains(server.sslMode()) ? NO_TLS : NO_PASSWORD);
            case "28000" -> Optional.of(NOT_ALLOWED);
            case "3D000" -> Optional.of(NO_DATABASE);
            case "08001" -> Optional.of(NO_ANSWER);
            default -> state.startsWith("08") || state.startsWith("57P0") ? Optional.of(LOST) : Optional.empty();
        };
    }

    /**
     * Whether {@code failure}, met while the app was using the server, means the server cannot be reached now
     * (the connection broke, or a new one cannot be made): worth a Retry, and nothing was written.
     */
    public static boolean isConnectionLost(Throwable failure, DatabaseLocation location) {
        if (!(location instanceof DatabaseLocation.Server server)) {
            return false;
        }
        return of(failure, server).filter(p -> switch (p) {
            case LOST, REFUSED, NO_ANSWER, UNKNOWN_HOST -> true;
            default -> false;
        }).isPresent();
    }

    /** The command line's sentence (and the services'), from {@code domain/messages.properties}. */
    public String describe(DatabaseLocation.Server server) {
        String where = server.host() + ":" + server.port();
        return switch (this) {
            case NO_PASSWORD -> Texts.format("server.noPassword", where, server.user());
            case WRONG_PASSWORD -> Texts.format("server.wrongPassword", where, server.user());
            case NOT_ALLOWED -> Texts.format("server.notAllowed", where, server.user());
            case UNKNOWN_HOST -> Texts.format("server.unknownHost", server.host());
            case REFUSED -> Texts.format("server.refused", where);
            case NO_ANSWER -> Texts.format("server.noAnswer", where);
            case NO_DATABASE -> Texts.format("server.noDatabase", where, server.database());
            case NO_TLS -> Texts.format("server.noTls", where, server.sslMode());
            case LOST -> Texts.format("server.lost", where);
        };
    }
}
