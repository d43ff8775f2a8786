package io.spendsense.ui.recurring;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import io.spendsense.domain.Category;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.service.MutableClock;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.TestUsers;

/** A user on Friday 2026-03-20 with the default categories, and a helper to add expenses. */
final class RecurringFixture implements AutoCloseable {
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-20T10:00:00Z"));
    final Services services;
    final SignedInUser user;

    RecurringFixture(Path dir) {
        services = Services.openForTests(dir.resolve("r.db"), clock);
        user = TestUsers.signedUp(services, "alex");
    }

    Category category(String name) {
        return services.categories().findByName(user, name).orElseThrow();
    }

    Expense spend(String payee, String amount, String category, LocalDate date) {
        return services.expenses().create(user, new ExpenseDraft(date, new BigDecimal(amount), category(category).id(),
                "", payee, null));
    }

    @Override
    public void close() {
        services.close();
    }
}
