package io.spendsense.service;

import io.spendsense.domain.User;

/**
 * Proof that a user signed in. Only {@link AuthService} creates one, so code outside this package cannot act for a
 * user it has not authenticated; every user-scoped service method takes it.
 */
public final class SignedInUser {
    private final User user;

    SignedInUser(User user) {
        this.user = user;
    }

    public User user() {
        return user;
    }

    public long id() {
        return user.id();
    }

    public String username() {
        return user.username();
    }

    public String currency() {
        return user.currency();
    }

    /** The same identity with refreshed profile fields (after a profile change). */
    SignedInUser with(User refreshed) {
        return new SignedInUser(refreshed);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + user.username() + "]";
    }
}
