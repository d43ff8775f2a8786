package io.spendsense.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.domain.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The household server the desktop app uses on this computer (decision 0022): kept in {@value #FILE_NAME} in the
 * per-user configuration folder ({@link #configFolder}), a file only its owner may read (POSIX 600 where the file
 * system has permissions), written whole or not at all. It holds the server's address and TLS mode, whether the app
 * uses it or this computer's file, and the password only when the user asked for it to be remembered.
 */
public final class ServerSettings {
    public static final String FILE_NAME = "server.properties";
    /** The database name the desktop's dialog suggests (the README's "Household server" creates it so). */
    public static final String DEFAULT_DATABASE = "spendsense";
    private static final Logger LOG = LoggerFactory.getLogger(ServerSettings.class);
    private final Path file;

    public ServerSettings(Path file) {
        this.file = file;
    }

    /** The settings of this computer's user, in the platform's configuration folder. */
    public static ServerSettings forUser() {
        return new ServerSettings(configFolder(System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home")).resolve(FILE_NAME));
    }

    /**
     * The per-user configuration folder, chosen as the data folder is: Linux {@code $XDG_CONFIG_HOME/spendsense} or
     * {@code ~/.config/spendsense}; macOS {@code ~/Library/Application Support/SpendSense}; Windows
     * {@code %APPDATA%\SpendSense}.
     */
    public static Path configFolder(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming")).resolve("SpendSense");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "SpendSense");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".config")).resolve("spendsense");
    }

    /** A server as the desktop's dialog names one: its TLS mode by libpq's name ({@code sslmode}). */
    public static DatabaseLocation.Server server(String host, int port, String database, String user, String sslMode,
                                                 String password) {
        return new DatabaseLocation.Server(host, port, database, user, Map.of("sslmode", sslMode), password);
    }

    public Path file() {
        return file;
    }

    /** A kept server: its address (with the password when it was remembered) and whether the app uses it. */
    public record Saved(DatabaseLocation.Server server, boolean inUse, boolean passwordRemembered) {
    }

    /** The kept server, if there is one and the file can be read; a broken file is ignored (and logged). */
    public Optional<Saved> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        var p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            String sslMode = p.getProperty("sslmode", "prefer");
            String password = p.getProperty("password");
            var server = server(p.getProperty("host"),
                    Integer.parseInt(p.getProperty("port", String.valueOf(DatabaseLocation.Server.DEFAULT_PORT))),
                    p.getProperty("database"), p.getProperty("user"), sslMode, password);
            return Optional.of(new Saved(server, "server".equals(p.getProperty("use")), password != null));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the server settings in {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code server} as the one the app uses, with its password only if {@code rememberPassword}. Replaces the
     * file whole (a new owner-only file moved over the old one), so a crash leaves the old settings or the new ones.
     */
    public void keep(DatabaseLocation.Server server, boolean rememberPassword) {
        write(server, rememberPassword && server.password() != null, true);
    }

    /** The app goes back to this computer's file; the server stays kept (with its password, if remembered). */
    public void useFile() {
        load().ifPresent(saved -> write(saved.server(), saved.passwordRemembered(), false));
    }

    private void write(DatabaseLocation.Server server, boolean withPassword, boolean inUse) {
        var p = new Properties();
        p.setProperty("use", inUse ? "server" : "file");
        p.setProperty("host", server.host());
        p.setProperty("port", String.valueOf(server.port()));
        p.setProperty("database", server.database());
        p.setProperty("user", server.user());
        p.setProperty("sslmode", server.sslMode());
        if (withPassword) {
            p.setProperty("password", server.password());
        }
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = folder.resolve(FILE_NAME + ".new");
        try {
            if (!Files.isDirectory(folder)) {
                if (posix(folder.getParent())) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
            Files.deleteIfExists(temporary);
            FileAttribute<?>[] ownerOnly = posix(folder) ? new FileAttribute<?>[] {PosixFilePermissions
                    .asFileAttribute(PosixFilePermissions.fromString("rw-------"))} : new FileAttribute<?>[0];
            try (var channel = Files.newByteChannel(temporary, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), ownerOnly); OutputStream out = Channels.newOutputStream(channel)) {
                p.store(out, Texts.get("server.settingsComment"));
            }
            if (!posix(folder)) {
                restrictWithoutPosix(temporary);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ServiceException(Texts.format("server.settingsNotSaved", file, e.getMessage()), e);
        }
    }

    private static boolean posix(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return (existing == null ? Path.of("") : existing).getFileSystem().supportedFileAttributeViews()
                .contains("posix");
    }

    /** Windows and others: owner-only through the basic flags java.io offers. */
    private static void restrictWithoutPosix(Path path) {
        var f = path.toFile();
        boolean ok = f.setReadable(false, false) & f.setReadable(true, true) & f.setWritable(false, false)
                & f.setWritable(true, true);
        if (!ok) {
            LOG.warn("Could not make {} readable by its owner only", path);
        }
    }
}
