package io.spendsense.persistence;

import java.time.Instant;

import io.spendsense.domain.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "users")
class UserEntity {
    // SQLite only aliases the rowid for a column declared exactly INTEGER PRIMARY KEY (64-bit anyway).
    @Id
    @JdbcTypeCode(SqlTypes.INTEGER)
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(nullable = false)
    String username;
    @Column(name = "username_key", nullable = false)
    String usernameKey;
    @Column(name = "display_name", nullable = false)
    String displayName;
    String email;
    @Column(name = "password_hash", nullable = false)
    String passwordHash;
    @Column(nullable = false)
    String currency;
    @Column(name = "created_at", nullable = false)
    long createdAt;
    @Column(name = "updated_at", nullable = false)
    long updatedAt;
    @Column(name = "failed_logins", nullable = false)
    int failedLogins;
    @Column(name = "locked_until")
    Long lockedUntil;
    @Column(name = "is_demo", nullable = false)
    boolean demo;

    User toDomain() {
        return toDomain(id, username, displayName, email, currency, createdAt, updatedAt, failedLogins, lockedUntil,
                demo);
    }

    /** The domain user from this table's column values: for the entity and for the plain-JDBC profile list alike. */
    static User toDomain(long id, String username, String displayName, String email, String currency, long createdAt,
                         long updatedAt, int failedLogins, Long lockedUntil, boolean demo) {
        return new User(id, username, displayName, email, currency, Instant.ofEpochMilli(createdAt),
                Instant.ofEpochMilli(updatedAt), failedLogins,
                lockedUntil == null ? null : Instant.ofEpochMilli(lockedUntil), demo);
    }
}
