package io.spendsense.service;

import java.util.List;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.domain.Texts;
import io.spendsense.persistence.DatabaseException;
import io.spendsense.persistence.TableCopy;

/**
 * {@code migrate}: every profile and everything it owns, from one database into another (an SQLite file or a
 * PostgreSQL server, either way), in one transaction on the target, verified per profile before it commits (decision
 * 0023). The target must be empty: nothing is ever merged.
 */
public final class MigrationService {
    /** Told as the rows go: {@code done} of {@code total} rows of {@code table} copied. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (table, done, total) -> { };

        void rows(String table, long done, long total);
    }

    /** A profile that was copied: its expenses, its attachments, and its rows in all the tables. */
    public record CopiedProfile(String username, long expenses, long attachments, long rows) {
    }

    /** What a copy did. */
    public record Migrated(DatabaseLocation from, DatabaseLocation to, List<CopiedProfile> profiles, long rows) {
    }

    private final Progress progress;

    public MigrationService(Progress progress) {
        this.progress = progress;
    }

    /** Copies every profile of {@code from} into {@code to}, which must hold none; both are brought to this schema. */
    public Migrated migrate(DatabaseLocation from, DatabaseLocation to) {
        return copy(from, to, TableCopy.Into.EMPTY, null);
    }

    /**
     * {@link TableCopy} with the user's words for what went wrong; {@code keepPrevious} (replacing only): a new file
     * that first gets what the target held.
     */
    Migrated copy(DatabaseLocation from, DatabaseLocation to, TableCopy.Into into, java.nio.file.Path keepPrevious) {
        try {
            var result = new TableCopy(progress::rows).copy(from, to, into, keepPrevious);
            return new Migrated(from, to, result.profiles().stream()
                    .map(p -> new CopiedProfile(p.username(), p.expenses(), p.attachments(), p.rows())).toList(),
                    result.rows());
        } catch (TableCopy.NotEmptyException e) {
            throw new ServiceException(e.profiles().isEmpty()
                    ? Texts.format("migrate.notEmptyTable", to.describe(), e.getMessage())
                    : Texts.format("migrate.notEmpty", to.describe(), String.join(", ", e.profiles())), e);
        } catch (TableCopy.MismatchException e) {
            var first = e.differences().get(0);
            String what = first.profile() == null
                    ? Texts.format("migrate.differenceAll", first.what(), first.source(), first.target())
                    : Texts.format("migrate.difference", first.profile(), first.what(), first.source(),
                    first.target());
            throw new ServiceException(Texts.format("migrate.mismatch", from.describe(), to.describe(), what,
                    e.differences().size()), e);
        } catch (DatabaseException e) {
            if (Failures.isBusy(e)) {
                throw e;
            }
            throw new ServiceException(Texts.format("migrate.failed", from.describe(), to.describe(),
                    e.getMessage()), e);
        }
    }
}
