package io.spendsense.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.spendsense.domain.CurrencyMath;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ForeignAmount;
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
import org.hibernate.annotations.Formula;
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
    /** The table's paperclip: read with the row, through the attachments' index on the expense (V16). */
    @Formula("(select count(*) from attachments a where a.expense_id = id)")
    int attachmentCount;
    /** The currency paid in, when not the profile's (decision 0018); then the three below are set too. */
    @Column(name = "original_currency", length = 3)
    String originalCurrency;
    @Column(name = "original_minor")
    Long originalMinor;
    /** Decimal text: one unit of the original currency in the profile's. */
    @Column(name = "rate", length = 40)
    String rate;
    @Column(name = "rate_estimated", nullable = false)
    boolean rateEstimated;

    /** Counts the expense's changes (V17): Hibernate checks and raises it with every update of the entity. */
    @Version
    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.INTEGER)
    int version;

    /** The expense, its amount read at the profile's {@code scale} ({@link ProfileScale}). */
    Expense toDomain(int scale) {
        return new Expense(id, date, Money.fromMinor(amountCents, scale), category.id, category.name, category.color,
                description, payee, notes, Instant.ofEpochMilli(createdAt), Instant.ofEpochMilli(updatedAt),
                foreign(originalCurrency, originalMinor, rate, rateEstimated), attachmentCount, version);
    }

    /** What was paid in another currency, from the four stored columns; null for an expense in the profile's. */
    static ForeignAmount foreign(String currency, Long minor, String rate, boolean estimated) {
        if (currency == null || minor == null || rate == null) {
            return null;
        }
        return new ForeignAmount(currency, CurrencyMath.fromMinor(minor, currency), new BigDecimal(rate), estimated);
    }

    /** Sets the four columns from a draft's foreign amount (all cleared when it has none). */
    void setForeign(ForeignAmount f) {
        originalCurrency = f == null ? null : f.currency();
        originalMinor = f == null ? null : f.minor();
        rate = f == null ? null : CurrencyMath.rateText(f.rate());
        rateEstimated = f != null && f.estimated();
    }
}
