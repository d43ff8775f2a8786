package io.spendsense.domain;

import java.time.Instant;

/** A local profile. The password hash never leaves the persistence and service layers. */
public record User(long id, String username, String displayName, String email, String currency,
                   Instant createdAt, Instant updatedAt, int failedLogins, Instant lockedUntil) {
}
