package io.spendsense.persistence;

import io.spendsense.domain.Money;

/**
 * The scale a user's own amounts are stored at ({@link Money#scaleOf} of the profile's currency), read from the user
 * row in the transaction under way: the session keeps the row, so a repository asks for it on every call at the cost
 * of one lookup per transaction.
 */
final class ProfileScale {
    private ProfileScale() {
    }

    static int of(Transactions tx, long userId) {
        var user = tx.session().find(UserEntity.class, userId);
        return Money.scaleOf(user == null ? null : user.currency);
    }
}
