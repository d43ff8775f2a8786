package io.spendsense.persistence;

import java.time.Instant;
import java.time.LocalDate;

import io.spendsense.domain.Expense;
import io.spendsense.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "expenses")
class ExpenseEntity {
    // SQLite only aliases the rowid for a column declared exactly INTEGER PRIMARY KEY (64-bit anyway).
    @Id
    @JdbcTypeCode(SqlTypes.INTEGER)
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "user_id", nullable = false)
    @JdbcTypeCode(SqlTypes.INTEGER)
    long userId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    CategoryEntity category;
    @Column(name = "amount_cents", nullable = false)
    long amountCents;
    @Column(name = "expense_date", nullable = false)
    LocalDate date;
    @Column(nullable = false)
    String description;
    @Column(nullable = false)
    String payee;
    String notes;
    @Column(name = "created_at", nullable = false)
    long createdAt;
    @Column(name = "updated_at", nullable = false)
    long updatedAt;
    /** Counts the expense's changes (V17): Hibernate checks and raises it with every update of the entity. */
    @Version
    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.INTEGER)
    int version;

    Expense toDomain() {
        return new Expense(id, date, Money.fromCents(amountCents), category.id, category.name, category.color,
                description, payee, notes, Instant.ofEpochMilli(createdAt), Instant.ofEpochMilli(updatedAt), version);
    }
}
