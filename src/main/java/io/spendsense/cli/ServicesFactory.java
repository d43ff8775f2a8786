package io.spendsense.cli;

import java.nio.file.Path;
import java.time.Clock;

import io.spendsense.service.Services;

/** Opens the services over a database file; tests pass {@code Services::openForTests} to keep bcrypt cheap. */
@FunctionalInterface
public interface ServicesFactory {
    ServicesFactory PRODUCTION = Services::open;

    Services open(Path databaseFile, Clock clock);
}
