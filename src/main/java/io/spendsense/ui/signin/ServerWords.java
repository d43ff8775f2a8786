package io.spendsense.ui.signin;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.service.ServerProblem;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.UserMessages;

/** The desktop's words for where the data is and for why a household server could not be used (decision 0022). */
public final class ServerWords {
    private ServerWords() {
    }

    /** "This computer: /path/to/file.db" or "Household server: alice@nas.local:5432/spendsense · TLS required". */
    public static String where(DatabaseLocation location) {
        if (location instanceof DatabaseLocation.Server s) {
            return Messages.format("server.where", s.user(), s.host(), String.valueOf(s.port()), s.database(),
                    TlsMode.of(s.sslMode()).shortLabel());
        }
        return Messages.format("signin.whereFile", location.describe());
    }

    /** Why {@code server} could not be used: the kind of problem in plain words, else the failure's own message. */
    public static String problem(Throwable failure, DatabaseLocation.Server server) {
        return ServerProblem.of(failure, server).map(p -> problem(p, server)).orElseGet(() -> UserMessages.of(failure));
    }

    /** The sentence for one kind of problem. */
    public static String problem(ServerProblem problem, DatabaseLocation.Server s) {
        String where = s.host() + ":" + s.port();
        return switch (problem) {
            case NO_PASSWORD -> Messages.format("server.problem.noPassword", where, s.user());
            case WRONG_PASSWORD -> Messages.format("server.problem.wrongPassword", where, s.user());
            case NOT_ALLOWED -> Messages.format("server.problem.notAllowed", where, s.user());
            case UNKNOWN_HOST -> Messages.format("server.problem.unknownHost", s.host());
            case REFUSED -> Messages.format("server.problem.refused", where);
            case NO_ANSWER -> Messages.format("server.problem.noAnswer", where);
            case NO_DATABASE -> Messages.format("server.problem.noDatabase", where, s.database());
            case NO_TLS -> Messages.format("server.problem.noTls", where);
            case LOST -> Messages.format("server.problem.lost", where);
        };
    }
}
