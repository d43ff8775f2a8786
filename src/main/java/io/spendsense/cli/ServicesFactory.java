package io.spendsense.cli;

import java.time.Clock;

import io.spendsense.domain.DatabaseLocation;
import io.spendsense.service.Services;

/** Opens the services over a database (file or server); tests pass {@code Services::openForTests} for cheap bcrypt. */
@FunctionalInterface
public interface ServicesFactory {
    ServicesFactory PRODUCTION = Services::open;

    Services open(DatabaseLocation location, Clock clock);
}
