package io.spendsense.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.spendsense.domain.User;

/** Local profiles. Lookups by name ignore case; changes address one user by id. */
public final class UserRepository {
    private final Transactions tx;

    public UserRepository(Transactions tx) {
        this.tx = tx;
    }

    public static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public User create(String username, String displayName, String email, String passwordHash, String currency,
                       Instant now) {
        var e = new UserEntity();
        e.username = username;
        e.usernameKey = key(username);
        e.displayName = displayName;
        e.email = email;
        e.passwordHash = passwordHash;
        e.currency = currency;
        e.createdAt = now.toEpochMilli();
        e.updatedAt = e.createdAt;
        tx.session().persist(e);
        tx.session().flush();
        return e.toDomain();
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    public Optional<StoredUser> find(String username) {
        return tx.session().createSelectionQuery("from UserEntity u where u.usernameKey = :key", UserEntity.class)
                .setParameter("key", key(username))
                .uniqueResultOptional()
                .map(e -> new StoredUser(e.toDomain(), e.passwordHash));
    }

    public Optional<User> findById(long id) {
        return Optional.ofNullable(tx.session().find(UserEntity.class, id)).map(UserEntity::toDomain);
    }

    public List<User> list() {
        return tx.session().createSelectionQuery("from UserEntity u order by u.usernameKey", UserEntity.class)
                .getResultStream().map(UserEntity::toDomain).toList();
    }

    public void recordSignInAttempt(long id, int failedLogins, Instant lockedUntil) {
        var e = require(id);
        e.failedLogins = failedLogins;
        e.lockedUntil = lockedUntil == null ? null : lockedUntil.toEpochMilli();
    }

    public void updatePassword(long id, String passwordHash, Instant now) {
        var e = require(id);
        e.passwordHash = passwordHash;
        e.updatedAt = now.toEpochMilli();
    }

    public User updateProfile(long id, String displayName, String email, String currency, Instant now) {
        var e = require(id);
        e.displayName = displayName;
        e.email = email;
        e.currency = currency;
        e.updatedAt = now.toEpochMilli();
        return e.toDomain();
    }

    /** Marks the user as the generated demo profile. */
    public User markDemo(long id) {
        var e = require(id);
        e.demo = true;
        return e.toDomain();
    }

    /** Deletes the user and everything that belongs to them. */
    public void delete(long id) {
        var s = tx.session();
        s.createMutationQuery("delete from ExpenseEntity e where e.userId = :id").setParameter("id", id)
                .executeUpdate();
        s.createMutationQuery("delete from CategoryEntity c where c.userId = :id").setParameter("id", id)
                .executeUpdate();
        s.createMutationQuery("delete from UserEntity u where u.id = :id").setParameter("id", id).executeUpdate();
    }

    private UserEntity require(long id) {
        var e = tx.session().find(UserEntity.class, id);
        if (e == null) {
            throw new IllegalArgumentException("no user with id " + id);
        }
        return e;
    }
}
