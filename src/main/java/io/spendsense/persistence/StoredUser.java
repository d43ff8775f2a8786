package io.spendsense.persistence;

import io.spendsense.domain.User;

/** A user with the password hash, for the authentication service only. */
public record StoredUser(User user, String passwordHash) {
}
