package io.spendsense.persistence;

import java.time.YearMonth;

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

/** One entry of a budget's limit history: the limit from a month on (V11). */
@Entity
@Table(name = "budget_limits")
class BudgetLimitEntity {
    @Id
    @JdbcTypeCode(SqlTypes.INTEGER)
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "budget_id", nullable = false)
    @JdbcTypeCode(SqlTypes.INTEGER)
    long budgetId;
    @Column(name = "from_month", nullable = false)
    String fromMonth;
    @Column(name = "limit_cents", nullable = false)
    long limitCents;

    BudgetLimit toDomain(int scale) {
        return new BudgetLimit(YearMonth.parse(fromMonth), Money.fromMinor(limitCents, scale));
    }
}
