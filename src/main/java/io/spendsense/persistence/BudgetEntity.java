package io.spendsense.persistence;

import java.time.YearMonth;
import java.util.List;

import io.spendsense.domain.Budget;
import io.spendsense.domain.BudgetLimit;
import io.spendsense.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "budgets")
class BudgetEntity {
    @Id
    @JdbcTypeCode(SqlTypes.INTEGER)
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "user_id", nullable = false)
    @JdbcTypeCode(SqlTypes.INTEGER)
    long userId;
    @Column(name = "category_id")
    @JdbcTypeCode(SqlTypes.INTEGER)
    Long categoryId;
    /** The latest limit; the history is in budget_limits. */
    @Column(name = "limit_cents", nullable = false)
    long limitCents;
    @Column(nullable = false)
    boolean rollover;
    @Column(name = "start_month", nullable = false)
    String startMonth;
    @Column(name = "created_at", nullable = false)
    long createdAt;
    @Column(name = "updated_at", nullable = false)
    long updatedAt;

    /**
     * The budget with its limit history ({@code limits} null or empty: one limit since the start month), its limit
     * read at the profile's {@code scale}.
     */
    Budget toDomain(String categoryName, List<BudgetLimit> limits, int scale) {
        return new Budget(id, categoryId, categoryName, Money.fromMinor(limitCents, scale), rollover,
                YearMonth.parse(startMonth), limits);
    }
}
