package io.spendsense.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;

import io.spendsense.persistence.Database;
import io.spendsense.persistence.DatabaseException;
import io.spendsense.persistence.SqliteBackup;

/**
 * Backup and restore of a whole database file, for the command line and the app. Works on the file, not on open
 * services: a backup must not migrate the database it copies, and a restore must not open the file it replaces.
 */
public final class BackupService {
    private final Clock clock;

    public BackupService(Clock clock) {
        this.clock = clock;
    }

    /** What a restore did. */
    public record Restored(Path database, Path from, Path previous, String schemaVersion) {
    }

    /**
     * Copies {@code database} to {@code target}, or when it is null to a new timestamped file in the
     * {@code backups/} folder next to the database. Safe while the app uses the database. Returns the backup file.
     */
    public Path backup(Path database, Path target) {
        Path file = target != null ? target
                : Database.backupFile(database, "spendsense-", LocalDateTime.now(clock));
        try {
            SqliteBackup.backup(database, file);
        } catch (DatabaseException e) {
            throw new ServiceException(e.getMessage(), e);
        }
        return file;
    }

    /**
     * Replaces {@code database} with {@code backup} after checking that it is a sound SpendSense database this
     * version can open; refuses (and changes nothing) otherwise. The previous database is kept beside it.
     */
    public Restored restore(Path database, Path backup) {
        if (Files.exists(database) && Files.exists(backup) && sameFile(database, backup)) {
            throw new ServiceException("The backup " + backup + " is the database itself; choose a backup file.");
        }
        var check = SqliteBackup.check(backup);
        if (!check.ok()) {
            throw new ServiceException("Refused to restore " + backup + ": " + check.problem()
                    + ". The current database is unchanged.");
        }
        try {
            Path previous = SqliteBackup.restore(backup, database);
            return new Restored(database, backup, previous, check.schemaVersion());
        } catch (DatabaseException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
