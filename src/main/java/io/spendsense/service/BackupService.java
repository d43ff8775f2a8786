package io.spendsense.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.spendsense.persistence.Database;
import io.spendsense.persistence.DatabaseException;
import io.spendsense.persistence.SqliteBackup;

/**
 * Backup and restore of a whole database file, for the command line and the app. Works on the file, not on open
 * services: a backup must not migrate the database it copies, and a restore must not open the file it replaces.
 */
public final class BackupService {
    private static final DateTimeFormatter NAME_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
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
        var checked = check(database, backup);
        try {
            Path previous = SqliteBackup.restore(backup, database);
            return new Restored(database, backup, previous, checked.schemaVersion());
        } catch (DatabaseException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /** A backup that {@link #check} accepted: its schema version and when the file was last written. */
    public record Checked(Path file, String schemaVersion, Instant written) {
    }

    /**
     * Checks, without changing anything, that {@code backup} can replace {@code database}: a sound SpendSense
     * database this version can open, and not the database itself. Throws with the reason otherwise.
     */
    public Checked check(Path database, Path backup) {
        if (Files.exists(database) && Files.exists(backup) && sameFile(database, backup)) {
            throw new ServiceException("The backup " + backup + " is the database itself; choose a backup file.");
        }
        var check = SqliteBackup.check(backup);
        if (!check.ok()) {
            throw new ServiceException("Refused to restore " + backup + ": " + check.problem()
                    + ". The current database is unchanged.");
        }
        try {
            return new Checked(backup, check.schemaVersion(), Files.getLastModifiedTime(backup).toInstant());
        } catch (java.io.IOException e) {
            throw new ServiceException("Cannot read " + backup + ": " + e.getMessage(), e);
        }
    }

    /** The folder where backups go by default: {@code backups/} next to the database (it may not exist yet). */
    public static Path backupsFolder(Path database) {
        return database.toAbsolutePath().getParent().resolve(Database.BACKUPS);
    }

    /** A file name for a backup made now, as the command line names them: {@code spendsense-20260320-100000.db}. */
    public String suggestedName() {
        return "spendsense-" + NAME_STAMP.format(LocalDateTime.now(clock)) + ".db";
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
