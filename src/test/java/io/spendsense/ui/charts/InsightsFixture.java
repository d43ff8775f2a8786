package io.spendsense.ui.charts;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.spendsense.domain.ExpenseDraft;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.TestUsers;

/** A temp database with one signed-in user and helpers to add expenses, for the insights tests and previews. */
public final class InsightsFixture implements AutoCloseable {
    public static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

    public final Services services;
    public final SignedInUser user;
    public final Clock clock;

    public InsightsFixture(Path dir) {
        this(dir, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    public InsightsFixture(Path dir, Clock clock) {
        this.clock = clock;
        this.services = Services.openForTests(dir.resolve("insights.db"), clock);
        this.user = TestUsers.signedUp(services, "alice");
    }

    public long category(String name) {
        return services.categories().findOrCreate(user, name).id();
    }

    public void add(String date, String amount, String category, String description, String payee) {
        services.expenses().create(user, new ExpenseDraft(LocalDate.parse(date), new BigDecimal(amount),
                category(category), description, payee, null));
    }

    /** Loads a {@code date,description,category,payee,amount} CSV such as /work/shared/nlq/dev-expenses.csv. */
    public void load(Path csv) throws IOException {
        for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            String[] f = line.split(",");
            if (f.length == 5) {
                add(f[0], f[4], f[2], f[1], f[3]);
            }
        }
    }

    /** A few expenses in February and March 2026 (today is 2026-03-20). */
    public InsightsFixture sample() {
        add("2026-02-01", "1475.00", "Housing", "Monthly rent", "Oakwood Apartments");
        add("2026-02-10", "100.00", "Groceries", "Weekly shop", "Trader Joe's");
        add("2026-03-01", "1475.00", "Housing", "Monthly rent", "Oakwood Apartments");
        add("2026-03-05", "120.50", "Groceries", "Weekly shop", "Trader Joe's");
        add("2026-03-07", "45.25", "Dining", "Dinner", "Chipotle");
        add("2026-03-12", "30.00", "Dining", "Lunch", "Sweetgreen");
        add("2025-06-15", "60.00", "Dining", "Brunch", "Cafe");
        return this;
    }

    @Override
    public void close() {
        services.close();
    }
}
