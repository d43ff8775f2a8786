package io.spendsense.persistence;

import io.spendsense.domain.CategoryRule;
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
@Table(name = "category_rules")
class RuleEntity {
    @Id
    @JdbcTypeCode(SqlTypes.INTEGER)
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "user_id", nullable = false)
    @JdbcTypeCode(SqlTypes.INTEGER)
    long userId;
    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.INTEGER)
    int position;
    @Column(nullable = false)
    String field;
    @Column(name = "match_kind", nullable = false)
    String matchKind;
    @Column(nullable = false)
    String pattern;
    @Column(name = "min_cents")
    Long minCents;
    @Column(name = "max_cents")
    Long maxCents;
    @Column(name = "category_id", nullable = false)
    @JdbcTypeCode(SqlTypes.INTEGER)
    long categoryId;
    @Column(name = "set_payee")
    String setPayee;
    @Column(name = "created_at", nullable = false)
    long createdAt;

    CategoryRule toDomain(String categoryName, int scale) {
        return new CategoryRule(id, position, CategoryRule.Field.valueOf(field), CategoryRule.Kind.valueOf(matchKind),
                pattern, minCents == null ? null : Money.fromMinor(minCents, scale),
                maxCents == null ? null : Money.fromMinor(maxCents, scale), categoryId, categoryName, setPayee);
    }
}
