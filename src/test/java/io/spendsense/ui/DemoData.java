package io.spendsense.ui;

import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;

import io.spendsense.domain.ExpenseDraft;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import org.apache.commons.csv.CSVFormat;

/**
 * Fills a database for looking at the app (screenshots): {@code DemoData DB CSV}. Creates the profiles "alex"
 * (with the CSV's expenses) and "sam" (empty), both with the password "demo-password". Not a test.
 */
public final class DemoData {
    public static final String PASSWORD = "demo-password";

    private DemoData() {
    }

    public static void main(String[] args) throws Exception {
        try (var services = Services.open(Path.of(args[0]), Clock.systemDefaultZone())) {
            services.auth().register("alex", "Alex Morgan", null, PASSWORD, "USD");
            services.auth().register("sam", "Sam Rivera", null, PASSWORD, "EUR");
            SignedInUser alex = services.auth().signIn("alex", PASSWORD);
            var drafts = new ArrayList<ExpenseDraft>();
            try (Reader in = Files.newBufferedReader(Path.of(args[1]))) {
                for (var r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    long category = services.categories().findOrCreate(alex, r.get("category")).id();
                    drafts.add(new ExpenseDraft(LocalDate.parse(r.get("date")),
                            new BigDecimal(r.get("amount")), category,
                            r.get("description"), r.get("payee"), null));
                }
            }
            services.expenses().restore(alex, drafts);
        }
    }
}
