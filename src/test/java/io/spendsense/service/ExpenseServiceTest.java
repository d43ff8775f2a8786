package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@BothDatabases
class ExpenseServiceTest {
    @TempDir
    Path dir;
    TestDatabase database;
    Services services;
    SignedInUser alice;
    SignedInUser bob;
    long dining;

    @BeforeEach
    void open(TestDatabase database) {
        this.database = database;
        services = Services.openForTests(database.location(), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        bob = TestUsers.signedUp(services, "bob");
        dining = services.categories().findByName(alice, "Dining").orElseThrow().id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    ExpenseDraft draft(String amount) {
        return new ExpenseDraft(LocalDate.of(2026, 3, 1), amount == null ? null : new BigDecimal(amount), dining,
                "Lunch", "Chipotle", null);
    }

    @Test
    void createdExpenseIsFoundWithItsCategory() {
        var e = services.expenses().create(alice, draft("12.50"));
        var found = services.expenses().find(alice, e.id()).orElseThrow();
        assertThat(found.amount()).isEqualByComparingTo("12.50");
        assertThat(found.categoryName()).isEqualTo("Dining");
        assertThat(found.payee()).isEqualTo("Chipotle");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,             amount must be greater than 0
            -5,            amount must be greater than 0
            1.005,         amount must have at most 2 decimals
            1000000000.01, amount must be at most 1,000,000,000.00
            """)
    void amountRulesAreEnforced(String amount, String message) {
        assertThatThrownBy(() -> services.expenses().create(alice, draft(amount)))
                .isInstanceOf(ValidationException.class).hasMessageContaining(message);
        assertThat(services.summaries().count(alice, ExpenseFilter.ALL)).isZero();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        var bad = new ExpenseDraft(null, null, 0, "x".repeat(501), "p".repeat(201), null);
        assertThatThrownBy(() -> services.expenses().create(alice, bad))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field)
                        .containsExactly("date", "amount", "category", "description", "payee"));
    }

    @Test
    void maximumAmountIsAccepted() {
        assertThat(services.expenses().create(alice, draft("1000000000.00")).amount())
                .isEqualByComparingTo("1000000000.00");
    }

    @Test
    void userCannotFileAnExpenseUnderAnotherUsersCategory() {
        long bobsDining = services.categories().findByName(bob, "Dining").orElseThrow().id();
        var d = new ExpenseDraft(LocalDate.of(2026, 3, 1), BigDecimal.TEN, bobsDining, "x", "y", null);
        assertThatThrownBy(() -> services.expenses().create(alice, d)).hasMessageContaining("not one of yours");
    }

    @Test
    void userCannotReadChangeOrDeleteAnotherUsersExpenseById() {
        var bobs = services.expenses().create(bob, new ExpenseDraft(LocalDate.of(2026, 3, 2), BigDecimal.ONE,
                services.categories().findByName(bob, "Dining").orElseThrow().id(), "Bob's", "Cafe", null));
        assertThat(services.expenses().find(alice, bobs.id())).isEmpty();
        assertThatThrownBy(() -> services.expenses().update(alice, bobs.id(), draft("5.00")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> services.expenses().delete(alice, bobs.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> services.expenses().deleteAll(alice, List.of(bobs.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(services.expenses().page(alice, ExpenseFilter.ALL, ExpenseSort.NEWEST_FIRST, 0, 10)
                .items()).isEmpty();
        assertThat(services.expenses().find(bob, bobs.id())).isPresent();
        assertThat(services.summaries().totals(alice, ExpenseFilter.ALL).count()).isZero();
        assertThatThrownBy(() -> services.categories().rename(alice, bobs.categoryId(), "Mine"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> services.categories().merge(alice, bobs.categoryId(), dining))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleteAllIsAllOrNothing() {
        var a = services.expenses().create(alice, draft("1.00"));
        assertThatThrownBy(() -> services.expenses().deleteAll(alice, List.of(a.id(), 999_999L)))
                .isInstanceOf(NotFoundException.class);
        assertThat(services.expenses().find(alice, a.id())).isPresent();
    }

    @Test
    void updateChangesFieldsAndKeepsId() {
        var e = services.expenses().create(alice, draft("1.00"));
        var updated = services.expenses().update(alice, e.id(), new ExpenseDraft(LocalDate.of(2026, 2, 1),
                new BigDecimal("2.00"), dining, "Dinner", "Cafe", "note"));
        assertThat(updated.id()).isEqualTo(e.id());
        assertThat(updated.description()).isEqualTo("Dinner");
        assertThat(updated.notes()).isEqualTo("note");
    }
}
