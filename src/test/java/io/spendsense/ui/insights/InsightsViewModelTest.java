package io.spendsense.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.RecurringDraft;
import io.spendsense.domain.Schedule;
import io.spendsense.service.MutableClock;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.TestUsers;
import io.spendsense.ui.common.FakeDialogService;
import io.spendsense.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsightsViewModelTest {
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"));
    Services services;
    SignedInUser user;
    FakeDialogService dialogs = new FakeDialogService();
    InsightsViewModel vm;

    @BeforeEach
    void open() {
        services = Services.openForTests(dir.resolve("x.db"), clock);
        user = TestUsers.signedUp(services, "alex");
        vm = new InsightsViewModel(services, user, new ImmediateTaskRunner(), dialogs);
    }

    @AfterEach
    void close() {
        services.close();
    }

    void spend(String amount, LocalDate date, String payee) {
        long dining = services.categories().findByName(user, "Dining").orElseThrow().id();
        services.expenses().create(user, new ExpenseDraft(date, new BigDecimal(amount), dining, "lunch", payee, null));
    }

    void plantDuplicate() {
        for (int m = 1; m <= 6; m++) {
            spend("18.00", LocalDate.of(2025, 8, 5).plusMonths(m), "Taqueria");
        }
        spend("23.45", LocalDate.of(2026, 3, 10), "Taqueria");
        spend("23.45", LocalDate.of(2026, 3, 11), "Taqueria");
    }

    @Test
    void showsAPlantedDuplicateWithItsReasonAndDismissRemovesItForGood() {
        plantDuplicate();
        vm.refresh();

        var duplicate = vm.flagged().stream().filter(r -> r.kind().equals("Possible duplicate")).findFirst()
                .orElseThrow();
        assertThat(duplicate.reason()).contains("Taqueria").contains("duplicate");
        assertThat(duplicate.expenseText()).isEqualTo("Mar 11, 2026 · Taqueria · Dining · $23.45");
        assertThat(duplicate.key()).startsWith("duplicate:");
        int before = vm.flagged().size();

        vm.dismiss(duplicate);
        assertThat(vm.flagged()).hasSize(before - 1).doesNotContain(duplicate);
        assertThat(dialogs.notifications).hasSize(1);

        vm.refresh();
        assertThat(vm.flagged()).extracting(InsightRow::key).doesNotContain(duplicate.key());
    }

    @Test
    void anUnusuallyHighExpenseSaysHowManyTimesTheUsualItIs() {
        for (int i = 0; i < 24; i++) {
            spend(String.valueOf(20 + i % 5), LocalDate.of(2025, 10, 1).plusDays(i * 6L), "Cafe " + (i % 3));
        }
        spend("150.00", LocalDate.of(2026, 3, 15), "Cafe 1");
        vm.refresh();

        assertThat(vm.flagged()).anySatisfy(r -> {
            assertThat(r.kind()).isEqualTo("Unusual");
            assertThat(r.reason()).contains("×").contains("Dining");
            assertThat(r.expenseText()).endsWith("$150.00");
        });
    }

    @Test
    void sensitivityDecidesWhetherAModestlyHighExpenseIsFlagged() {
        for (int i = 0; i < 24; i++) {
            spend(i % 2 == 0 ? "10.00" : "10.40", LocalDate.of(2025, 10, 1).plusDays(i * 6L), "Cafe");
        }
        spend("13.00", LocalDate.of(2026, 3, 15), "Cafe");
        vm.refresh();
        assertThat(vm.flagged()).noneMatch(r -> r.kind().equals("Unusual"));

        vm.sensitivityProperty().set(Sensitivity.MORE);
        assertThat(vm.flagged()).anyMatch(r -> r.kind().equals("Unusual") && r.expenseText().endsWith("$13.00"));

        vm.sensitivityProperty().set(Sensitivity.FEWER);
        assertThat(vm.flagged()).noneMatch(r -> r.kind().equals("Unusual"));
    }

    @Test
    void monthNavigationChangesTheFlaggedMonth() {
        plantDuplicate();
        vm.refresh();
        assertThat(vm.monthTitleProperty().get()).isEqualTo("March 2026");
        assertThat(vm.flagged()).isNotEmpty();
        vm.previousMonth();
        assertThat(vm.monthTitleProperty().get()).isEqualTo("February 2026");
        assertThat(vm.flagged()).extracting(InsightRow::kind).doesNotContain("Possible duplicate");
    }

    @Test
    void listsRecurringExpensesDueInTheNext30Days() {
        long housing = services.categories().findByName(user, "Housing").orElseThrow().id();
        services.recurring().create(user, new RecurringDraft(new BigDecimal("1200.00"), housing, "Oakwood", "Rent",
                Schedule.monthly(1), LocalDate.of(2026, 1, 1), null));
        vm.refresh();

        assertThat(vm.upcoming()).hasSize(1);
        var rent = vm.upcoming().get(0);
        assertThat(rent.date()).isEqualTo("Wed, Apr 1");
        assertThat(rent.title()).isEqualTo("Oakwood · Housing");
        assertThat(rent.amount()).isEqualTo("$1,200.00");
    }
}
