package io.spendsense.service;

import io.spendsense.domain.User;

/** Creates signed-in users for tests without going through bcrypt twice. */
public final class TestUsers {
    public static final String PASSWORD = "correct horse";

    private TestUsers() {
    }

    public static SignedInUser signedUp(Services services, String username) {
        services.auth().register(username, null, null, PASSWORD, "USD");
        return services.auth().signIn(username, PASSWORD);
    }

    /** Wraps an existing user as signed in, as code in this package may (for other packages' tests). */
    public static SignedInUser as(User user) {
        return new SignedInUser(user);
    }
}
