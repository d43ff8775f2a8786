package io.spendsense.domain;

import java.time.Instant;

/**
 * A local profile ({@code demo}: the generated demo profile). The password hash never leaves the persistence and
 * service layers.
 */
public record User(long id, String username, String displayName, String email, String currency,
                   Instant createdAt, Instant updatedAt, int failedLogins, Instant lockedUntil, boolean demo) {
    /** A real (not demo) profile. */
    public User(long id, String username, String displayName, String email, String currency, Instant createdAt,
                Instant updatedAt, int failedLogins, Instant lockedUntil) {
        this(id, username, displayName, email, currency, createdAt, updatedAt, failedLogins, lockedUntil, false);
    }
}
