package io.spendsense.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

import io.spendsense.domain.Category;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code expense-ops --user NAME --op add|edit|delete} (hidden, for the crash-safety suite): the desktop's changes to
 * expenses through the same service calls, one transaction each, over and over — {@code add} creates one expense
 * ({@code --batch 1}) or re-creates a batch as the undo of a delete does, {@code edit} changes the amount, date and
 * category of a random one, {@code delete} deletes a batch of random ones together.
 */
@Command(name = "expense-ops", hidden = true, mixinStandardHelpOptions = true,
        description = "Add, edit or delete expenses through the service layer, one transaction per step.")
final class ExpenseOpsCommand implements Callable<Integer> {
    enum Op { ADD, EDIT, DELETE }

    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Option(names = "--op", required = true, description = "add, edit or delete.")
    Op op;
    @Option(names = "--count", defaultValue = "100", description = "How many transactions (default 100).")
    int count;
    @Option(names = "--batch", defaultValue = "10", description = "Expenses per transaction (add, delete; default 10).")
    int batch;
    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random choices.")
    long seed;

    @Override
    public Integer call() {
        var env = database.env();
        return user.runSignedInWithoutGeneratingDue(database, (services, who) -> {
            var random = new Random(seed);
            var categories = services.categories().list(who);
            for (int i = 0; i < count; i++) {
                switch (op) {
                    case ADD -> add(services, who, categories, random);
                    case EDIT -> edit(services, who, categories, random);
                    case DELETE -> delete(services, who, random);
                }
            }
            env.out().println("Done: " + count + " " + op.name().toLowerCase(java.util.Locale.ROOT) + " transactions.");
            return Cli.OK;
        });
    }

    private void add(Services services, SignedInUser who, List<Category> categories, Random random) {
        var drafts = new ArrayList<ExpenseDraft>();
        for (int j = 0; j < batch; j++) {
            drafts.add(draft(categories, random));
        }
        if (batch == 1) {
            services.expenses().create(who, drafts.get(0));
        } else {
            services.expenses().restore(who, drafts);
        }
    }

    private static void edit(Services services, SignedInUser who, List<Category> categories, Random random) {
        var some = sample(services, who, random, 1);
        if (!some.isEmpty()) {
            var e = some.get(0);
            var d = draft(categories, random);
            services.expenses().update(who, e.id(), new ExpenseDraft(d.date(), d.amount(), d.categoryId(),
                    e.description(), e.payee(), e.notes()));
        }
    }

    private void delete(Services services, SignedInUser who, Random random) {
        var some = sample(services, who, random, batch);
        if (!some.isEmpty()) {
            services.expenses().deleteAll(who, some.stream().map(Expense::id).toList());
        }
    }

    private static List<Expense> sample(Services services, SignedInUser who, Random random, int n) {
        long total = services.summaries().count(who, ExpenseFilter.ALL);
        if (total == 0) {
            return List.of();
        }
        int offset = (int) Math.max(0, random.nextLong(total) - n);
        return services.expenses().page(who, ExpenseFilter.ALL, ExpenseSort.NEWEST_FIRST, offset, n).items();
    }

    private static ExpenseDraft draft(List<Category> categories, Random random) {
        var category = categories.get(random.nextInt(categories.size()));
        var amount = BigDecimal.valueOf(100 + random.nextInt(20_000), 2);
        var date = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
        return new ExpenseDraft(date, amount, category.id(), "crash test", "Payee " + random.nextInt(50), null);
    }
}
