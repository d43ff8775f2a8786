package io.spendsense.persistence;

import java.time.LocalDate;

import io.spendsense.domain.Money;
import io.spendsense.domain.RecurringTemplate;
import io.spendsense.domain.Schedule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "recurring_templates")
class RecurringTemplateEntity {
    @Id
    @JdbcTypeCode(SqlTypes.INTEGER)
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "user_id", nullable = false)
    @JdbcTypeCode(SqlTypes.INTEGER)
    long userId;
    @Column(name = "category_id", nullable = false)
    @JdbcTypeCode(SqlTypes.INTEGER)
    long categoryId;
    @Column(name = "amount_cents", nullable = false)
    long amountCents;
    @Column(nullable = false)
    String payee;
    @Column(nullable = false)
    String description;
    @Column(name = "schedule_kind", nullable = false)
    String scheduleKind;
    @Column(name = "schedule_every", nullable = false)
    @JdbcTypeCode(SqlTypes.INTEGER)
    int scheduleEvery;
    @Column(name = "schedule_day", nullable = false)
    @JdbcTypeCode(SqlTypes.INTEGER)
    int scheduleDay;
    @Column(name = "start_date", nullable = false)
    LocalDate startDate;
    @Column(name = "end_date")
    LocalDate endDate;
    @Column(name = "generated_through")
    LocalDate generatedThrough;
    @Column(name = "created_at", nullable = false)
    long createdAt;
    @Column(name = "updated_at", nullable = false)
    long updatedAt;

    Schedule schedule() {
        return new Schedule(Schedule.Kind.valueOf(scheduleKind), scheduleEvery, scheduleDay);
    }

    RecurringTemplate toDomain(String categoryName, int scale) {
        return new RecurringTemplate(id, Money.fromMinor(amountCents, scale), categoryId, categoryName, payee,
                description, schedule(), startDate, endDate, generatedThrough);
    }
}
