package io.spendsense.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.domain.Texts;
import io.spendsense.persistence.Database;
import io.spendsense.persistence.DatabaseException;
import io.spendsense.persistence.SqliteBackup;
import io.spendsense.persistence.TableCopy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backup and restore of a whole database file, for the command line and the app. Works on the file, not on open
 * services: a backup must not migrate the database it copies, and a restore must not open the file it replaces.
 */
public final class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter NAME_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    /** How many of the databases that restores replaced are kept (in the backups folder). */
    public static final int KEPT_GENERATIONS = 5;
    /** The name prefix of a database a restore replaced, in the backups folder. */
    public static final String BEFORE_RESTORE = "before-restore-";
    private static final Pattern GENERATION = Pattern.compile(BEFORE_RESTORE + "(\\d{8}-\\d{6})(?:-(\\d+))?\\.db");
    private final Clock clock;

    public BackupService(Clock clock) {
        this.clock = clock;
    }

    /** What a restore did: {@code previous} is where the database it replaced went (null when there was none). */
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
     * Replaces {@code database} with {@code backup} once a copy of it opened through the real start-up path
     * ({@link #check}); refuses, and changes nothing, otherwise. The database it replaces is kept in the backups
     * folder as {@code before-restore-<timestamp>.db}; the {@value #KEPT_GENERATIONS} newest of those are kept.
     */
    public Restored restore(Path database, Path backup) {
        quickCheck(database, backup);
        Path staged = stage(database, backup);
        try {
            String version = verify(backup, staged);
            Path previous = Files.isRegularFile(database)
                    ? Database.backupFile(database, BEFORE_RESTORE, LocalDateTime.now(clock)) : null;
            SqliteBackup.swapIn(staged, database, previous);
            prune(backupsFolder(database));
            return new Restored(database, backup, previous, version);
        } catch (DatabaseException e) {
            throw new ServiceException(e.getMessage(), e);
        } finally {
            SqliteBackup.discard(staged);
        }
    }

    /** A backup that {@link #check} accepted: its schema version and when the file was last written. */
    public record Checked(Path file, String schemaVersion, Instant written) {
    }

    /**
     * Checks, without changing anything, that {@code backup} can replace {@code database}: not the database itself,
     * a sound SQLite file with SpendSense's schema history and no migration newer than this version's, and a copy of
     * it opens as SpendSense starts (migrated if older, every table and column this version needs present, a row of
     * each table readable). Throws with the reason otherwise.
     */
    public Checked check(Path database, Path backup) {
        quickCheck(database, backup);
        Path staged = stage(database, backup);
        try {
            String version = verify(backup, staged);
            return new Checked(backup, version, Files.getLastModifiedTime(backup).toInstant());
        } catch (java.io.IOException e) {
            throw new ServiceException(Texts.format("import.cannotRead", backup, e.getMessage()), e);
        } finally {
            SqliteBackup.discard(staged);
        }
    }

    /** What a restore into a server did: {@code previous} is the backup of the data it replaced. */
    public record ServerRestored(DatabaseLocation.Server server, Path from, Path previous, String schemaVersion,
                                 List<MigrationService.CopiedProfile> profiles) {
    }

    /**
     * A backup of a server: every profile copied into a new SQLite file at {@code target} (which must not exist), the
     * same format as a file's backup ({@code restore}, {@code db-check} and the app take it), checked per profile
     * before it is written ({@link MigrationService}). Written under a temporary name and renamed, so a half-written
     * backup never carries the name. {@code target} null: a new timestamped file in {@code folder}.
     */
    public MigrationService.Migrated backup(DatabaseLocation.Server server, Path target, Path folder,
                                            MigrationService.Progress progress) {
        Path file = target != null ? target : newFile(folder, "spendsense-");
        if (Files.exists(file)) {
            throw new ServiceException(Texts.format("backup.exists", file));
        }
        Path parent = file.toAbsolutePath().getParent();
        Path work;
        try {
            Files.createDirectories(parent);
            // a hidden work folder beside the backup: the copy is written there and only its finished snapshot named
            work = Files.createTempDirectory(parent, "." + file.getFileName() + "-");
        } catch (java.io.IOException e) {
            throw new ServiceException(Texts.format("backup.cannotWrite", parent, e.getMessage()), e);
        }
        try {
            Path copy = work.resolve("backup.db");
            var migrated = new MigrationService(progress).copy(server, DatabaseLocation.file(copy),
                    TableCopy.Into.EMPTY, null);
            SqliteBackup.backup(copy, file);
            return new MigrationService.Migrated(server, DatabaseLocation.file(file), migrated.profiles(),
                    migrated.rows());
        } catch (DatabaseException e) {
            throw new ServiceException(e.getMessage(), e);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Replaces every profile on {@code server} with the backup's, in one transaction on the server (other computers
     * see the old data until it commits, then the restored data), once a copy of the backup has opened as SpendSense
     * starts. What it replaces is first copied, in the same transaction, into {@code keepIn} as
     * {@code before-restore-<timestamp>.db} (an SQLite database file, which {@code restore} takes back), of which the
     * {@value #KEPT_GENERATIONS} newest are kept. Refuses, and changes nothing, otherwise.
     */
    public ServerRestored restore(DatabaseLocation.Server server, Path backup, Path keepIn,
                                  MigrationService.Progress progress) {
        var check = SqliteBackup.check(backup);
        if (!check.ok()) {
            throw refused(backup, check.problem());
        }
        Path work;
        try {
            work = Files.createTempDirectory("spendsense-restore-");
        } catch (java.io.IOException e) {
            throw new ServiceException(Texts.format("backup.cannotWrite", backup, e.getMessage()), e);
        }
        try {
            Path staged = stage(work.resolve("restore.db"), backup);
            String version = verify(backup, staged);
            // what the server holds goes into this file inside the restore's own transaction, under its write lock:
            // exactly what the restore replaces, nothing another computer writes in between lost
            Path previous = newFile(keepIn, BEFORE_RESTORE);
            var restored = new MigrationService(progress).copy(DatabaseLocation.file(staged), server,
                    TableCopy.Into.REPLACE, previous);
            prune(keepIn);
            return new ServerRestored(server, backup, previous, version, restored.profiles());
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Where a server's backups go by default on this computer: a folder per server ({@code host_port_database}) in the
     * {@code backups/} folder of the data folder {@code dataFolder}, so that its generations never mix with a file's.
     */
    public static Path serverBackupsFolder(Path dataFolder, DatabaseLocation.Server server) {
        String name = (server.host() + "_" + server.port() + "_" + server.database()).replaceAll("[^A-Za-z0-9._-]",
                "_");
        return dataFolder.resolve(Database.BACKUPS).resolve(name);
    }

    /** A new file in {@code dir}: {@code prefix + timestamp + ".db"}, never an existing one. */
    private Path newFile(Path dir, String prefix) {
        try {
            createPrivately(dir.toAbsolutePath());
        } catch (java.io.IOException e) {
            throw new ServiceException(Texts.format("backup.cannotWrite", dir, e.getMessage()), e);
        }
        String base = prefix + NAME_STAMP.format(LocalDateTime.now(clock));
        Path candidate = dir.resolve(base + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = dir.resolve(base + "-" + n + ".db");
        }
        return candidate;
    }

    /** Creates {@code dir} and any missing parent readable by the owner only (a backup holds password hashes). */
    private static void createPrivately(Path dir) throws java.io.IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (dir.getParent() != null) {
            createPrivately(dir.getParent());
        }
        Files.createDirectory(dir);
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (java.io.IOException e) {
            LOG.warn("Could not remove {}", dir, e);
        }
    }

    /** The generations a restore kept of the databases it replaced, newest first. */
    public static List<Path> generations(Path database) {
        return generationsIn(backupsFolder(database));
    }

    /** The generations a restore into a server kept in {@code dir}, newest first. */
    public static List<Path> generationsIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.filter(f -> GENERATION.matcher(f.getFileName().toString()).matches())
                    .sorted(NEWEST_FIRST).toList();
        } catch (java.io.IOException e) {
            throw new ServiceException(Texts.format("backup.cannotList", dir, e.getMessage()), e);
        }
    }

    private void quickCheck(Path database, Path backup) {
        if (Files.exists(database) && Files.exists(backup) && sameFile(database, backup)) {
            throw new ServiceException(Texts.format("backup.isTheDatabase", backup));
        }
        var check = SqliteBackup.check(backup);
        if (!check.ok()) {
            throw refused(backup, check.problem());
        }
    }

    /** A copy of {@code backup} next to {@code database} (or where it would be). */
    private static Path stage(Path database, Path backup) {
        try {
            return SqliteBackup.stage(backup, database);
        } catch (DatabaseException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    private static String verify(Path backup, Path staged) {
        try {
            return SqliteBackup.verify(staged);
        } catch (DatabaseException e) {
            throw refused(backup, e.getMessage());
        }
    }

    private static ServiceException refused(Path backup, String problem) {
        return new ServiceException(Texts.format("backup.refused", backup, problem));
    }

    /** Deletes all but the {@link #KEPT_GENERATIONS} newest generations. */
    private static void prune(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var files = Files.list(dir)) {
            var all = files.filter(f -> GENERATION.matcher(f.getFileName().toString()).matches())
                    .sorted(NEWEST_FIRST).toList();
            for (Path old : all.subList(Math.min(KEPT_GENERATIONS, all.size()), all.size())) {
                Files.deleteIfExists(old);
            }
        } catch (java.io.IOException e) {
            LOG.warn("Could not remove old generations in {}", dir, e);
        }
    }

    /** {@code before-restore-20260320-100000.db}, {@code ...-100000-2.db}: by time, then by the collision number. */
    private static final Comparator<Path> NEWEST_FIRST = Comparator.<Path, String>comparing(p -> {
        Matcher m = GENERATION.matcher(p.getFileName().toString());
        m.matches();
        return m.group(1) + String.format(Locale.ROOT, "-%09d", m.group(2) == null ? 1 : Integer.parseInt(m.group(2)));
    }).reversed();

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
