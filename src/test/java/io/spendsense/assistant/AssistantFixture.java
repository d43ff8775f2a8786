package io.spendsense.assistant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;

import io.spendsense.domain.ExpenseDraft;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.TestFiles;
import io.spendsense.service.TestUsers;

/** A fresh database with one user holding the development expenses, and an assistant over it. */
final class AssistantFixture implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    final Services services;
    final SignedInUser user;
    final Assistant assistant;

    AssistantFixture(Path dir) {
        this(dir, "dev-expenses.csv");
    }

    AssistantFixture(Path dir, String csvResource) {
        Clock clock = Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC);
        services = Services.openForTests(dir.resolve("assistant.db"), clock);
        user = TestUsers.signedUp(services, "dana");
        if (csvResource != null) {
            load(csvResource);
        }
        budgets();
        assistant = new Assistant(services.categories(), services.expenses(), services.summaries(),
                services.budgets(), services.recurring(), services.insights(), services.rules(), clock);
    }

    /**
     * Loads date,description,category,payee,amount rows; categories by name, created when missing. Every Shopping and
     * Travel expense from July 2025 on keeps a receipt (a small PNG), for the receipt questions of the corpus (whose
     * values are computed by the same rule).
     */
    private void load(String resource) {
        var drafts = new ArrayList<ExpenseDraft>();
        var categoryIds = new HashMap<String, Long>();
        try (var in = new BufferedReader(new InputStreamReader(
                AssistantFixture.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                long categoryId = categoryIds.computeIfAbsent(f[2],
                        name -> services.categories().findOrCreate(user, name).id());
                drafts.add(new ExpenseDraft(LocalDate.parse(f[0]), new BigDecimal(f[4]), categoryId, f[1], f[3], null));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        var saved = services.expenses().restore(user, drafts);
        var receipt = services.attachments().prepare("receipt.png", TestFiles.image("png", 8, 8, java.awt.Color.WHITE));
        var shopping = categoryIds.get("Shopping");
        var travel = categoryIds.get("Travel");
        for (var e : saved) {
            if ((Long.valueOf(e.categoryId()).equals(shopping) || Long.valueOf(e.categoryId()).equals(travel))
                    && !e.date().isBefore(RECEIPTS_FROM)) {
                services.attachments().attach(user, e.id(), receipt);
            }
        }
    }

    /** From this day on, the fixture's Shopping and Travel expenses have a receipt. */
    static final LocalDate RECEIPTS_FROM = LocalDate.of(2025, 7, 1);

    /**
     * Budgets for the budget_status corpus lines, from October 2025: Dining 400, Transport 400, Groceries 800 with
     * rollover, and 4,200 overall.
     */
    private void budgets() {
        var start = java.time.YearMonth.of(2025, 10);
        for (String[] b : new String[][] {{"Dining", "400", "false"}, {"Transport", "400", "false"},
                {"Groceries", "800", "true"}}) {
            var category = services.categories().findByName(user, b[0]);
            category.ifPresent(c -> services.budgets().set(user, c.id(), new BigDecimal(b[1]),
                    Boolean.parseBoolean(b[2]), start));
        }
        services.budgets().set(user, null, new BigDecimal("4200"), false, start);
        // recurring expenses for the recurring/upcoming_bills lines; all start after TODAY, so none is generated
        recurring("1475.00", "Housing", "Oakwood Apartments", "Rent", "monthly:1", "2026-04-01");
        recurring("15.49", "Subscriptions", "Netflix", "Netflix subscription", "monthly:14", "2026-04-14");
        recurring("25.00", "Utilities", "AquaPure", "Water delivery", "weekly:sat", "2026-03-21");
    }

    private void recurring(String amount, String category, String payee, String description, String schedule,
                           String start) {
        services.categories().findByName(user, category).ifPresent(c -> services.recurring().create(user,
                new io.spendsense.domain.RecurringDraft(new BigDecimal(amount), c.id(), payee, description,
                        io.spendsense.domain.Schedule.parse(schedule), LocalDate.parse(start), null)));
    }

    Answer ask(Conversation c, String question) {
        return assistant.ask(user, c, question, TODAY);
    }

    @Override
    public void close() {
        services.close();
    }
}
