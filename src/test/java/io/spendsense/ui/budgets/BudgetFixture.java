package io.spendsense.ui.budgets;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import io.spendsense.domain.ExpenseDraft;
import io.spendsense.service.MutableClock;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.TestUsers;

/** A user on 2026-03-20 with the default categories, and helpers to add expenses and budgets. */
final class BudgetFixture implements AutoCloseable {
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"));
    final Services services;
    final SignedInUser user;

    BudgetFixture(Path dir) {
        services = Services.openForTests(dir.resolve("x.db"), clock);
        user = TestUsers.signedUp(services, "alex");
    }

    long category(String name) {
        return services.categories().findByName(user, name).orElseThrow().id();
    }

    io.spendsense.domain.Expense spend(String category, String amount, LocalDate date) {
        return services.expenses().create(user, new ExpenseDraft(date, new BigDecimal(amount), category(category),
                "test", "Shop", null));
    }

    void budget(String category, String limit) {
        services.budgets().set(user, category == null ? null : category(category), new BigDecimal(limit), false,
                java.time.YearMonth.of(2025, 1));
    }

    @Override
    public void close() {
        services.close();
    }
}
