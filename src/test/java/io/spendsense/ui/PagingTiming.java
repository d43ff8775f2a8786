package io.spendsense.ui;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.service.ExpenseGenerator;
import io.spendsense.service.ImportOptions;
import io.spendsense.service.Services;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times the queries the expense table makes on a big profile: {@code PagingTiming DB ROWS}. Creates the profile
 * "big" (password "demo-password") with ROWS generated expenses when it does not exist. Not a test.
 */
public final class PagingTiming {
    private static final Logger LOG = LoggerFactory.getLogger(PagingTiming.class);

    private PagingTiming() {
    }

    public static void main(String[] args) throws Exception {
        try (var services = Services.open(Path.of(args[0]), Clock.systemDefaultZone())) {
            if (services.auth().listUsers().stream().noneMatch(u -> u.username().equals("big"))) {
                services.auth().register("big", "Big Spender", null, DemoData.PASSWORD, "USD");
                var who = services.auth().signIn("big", DemoData.PASSWORD);
                var csv = new StringBuilder("date,description,category,payee,amount\n");
                for (var g : new ExpenseGenerator(7).generate(LocalDate.of(2016, 1, 1), LocalDate.of(2026, 3, 20),
                        Integer.parseInt(args[1]))) {
                    csv.append(g.date()).append(',').append(g.description().replace(",", " ")).append(',')
                            .append(g.category()).append(',').append(g.payee().replace(",", " ")).append(',')
                            .append(g.amount().toPlainString()).append('\n');
                }
                services.importer().importCsv(who, "generated", new StringReader(csv.toString()),
                        ImportOptions.DEFAULT.withAllowDuplicates(true));
            }
            var who = services.auth().signIn("big", DemoData.PASSWORD);
            long dining = services.categories().findByName(who, "Dining").orElseThrow().id();
            var filters = new ExpenseFilter[] {ExpenseFilter.ALL, ExpenseFilter.ALL.withText("coffee"),
                ExpenseFilter.ALL.withCategories(Set.of(dining))};
            for (int round = 0; round < 2; round++) {
                for (var f : filters) {
                    for (var sort : new ExpenseSort[] {ExpenseSort.NEWEST_FIRST,
                        new ExpenseSort(ExpenseSort.Field.AMOUNT, true),
                        new ExpenseSort(ExpenseSort.Field.PAYEE, true)}) {
                        long t0 = System.nanoTime();
                        var page = services.expenses().page(who, f, sort, 0, 200);
                        var totals = services.summaries().totals(who, f);
                        long t1 = System.nanoTime();
                        services.expenses().page(who, f, sort, 20_000, 200);
                        long t2 = System.nanoTime();
                        LOG.warn("{} {} first page + totals {} ms, page at 20,000 {} ms ({} rows, {} match)",
                                f.text() != null ? "text" : f.categoryIds().isEmpty() ? "all" : "category",
                                sort.field(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, page.items().size(),
                                totals.count());
                    }
                }
            }
        }
    }
}
