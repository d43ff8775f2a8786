package io.spendsense.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.spendsense.domain.User;

/** Local profiles. Lookups by name ignore case; changes address one user by id. */
public final class UserRepository {
    private static final String LIST = "select id, username, display_name, email, currency, created_at, updated_at,"
            + " failed_logins, locked_until, is_demo from users order by username_key";

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

    /** Every profile, by name (ignoring case). */
    public List<User> list() {
        var session = tx.session();
        session.flush();   // what this transaction changed is in the answer, as a query in HQL would flush it
        return session.doReturningWork(UserRepository::listOn);
    }

    /**
     * The one query behind {@link #list()}, on any connection: the transaction's, or a plain one before Hibernate is
     * up ({@link Database.Prepared#listUsers()}), so that the sign-in screen lists the profiles without waiting for
     * the SessionFactory.
     */
    static List<User> listOn(Connection connection) throws SQLException {
        var users = new ArrayList<User>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(LIST)) {
            while (rs.next()) {
                long locked = rs.getLong("locked_until");
                Long lockedUntil = rs.wasNull() ? null : locked;
                users.add(UserEntity.toDomain(rs.getLong("id"), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("email"), rs.getString("currency"),
                        rs.getLong("created_at"), rs.getLong("updated_at"), rs.getInt("failed_logins"),
                        lockedUntil, rs.getBoolean("is_demo")));
            }
        }
        return users;
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
        tx.changed(id);
        var e = require(id);
        e.displayName = displayName;
        e.email = email;
        e.currency = currency;
        e.updatedAt = now.toEpochMilli();
        return e.toDomain();
    }

    /** Marks the user as the generated demo profile. */
    public User markDemo(long id) {
        tx.changed(id);
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
