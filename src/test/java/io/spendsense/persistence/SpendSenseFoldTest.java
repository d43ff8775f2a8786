package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's {@code spendsense_fold} (V14) folds the case of every letter as Java does, and a search for letters
 * beyond ASCII in another case finds the same rows on both databases (SQLite's FTS5 folds them too).
 */
@BothDatabases
class SpendSenseFoldTest {
    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");
    TestDatabase database;
    Database db;

    @BeforeEach
    void open(TestDatabase database) {
        this.database = database;
        db = Database.open(database.location());
    }

    @AfterEach
    void close() {
        db.close();
    }

    /**
     * The literals of the three {@code translate()} tiers in the migration, each as {upper-case letters, their lower
     * case}: Latin-1, Latin up to U+024F, everything.
     */
    static List<String[]> tiers() throws IOException {
        String sql;
        try (InputStream in = SpendSenseFoldTest.class.getResourceAsStream(
                "/db/postgresql/V14__search_and_sort_indexes.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        var tier = Pattern.compile("translate\\(t,\\n(.*?),\\n(.*?)\\)\\n", Pattern.DOTALL).matcher(sql);
        var tiers = new java.util.ArrayList<String[]>();
        while (tier.find()) {
            tiers.add(new String[] {joined(tier.group(1)), joined(tier.group(2))});
        }
        assertThat(tiers).as("translate(t, UPPER, LOWER) three times in V14").hasSize(3);
        return tiers;
    }

    /** Adjacent SQL literals, one per line, as PostgreSQL joins them. */
    private static String joined(String lines) {
        var sb = new StringBuilder();
        for (String line : lines.strip().split("\\n")) {
            String l = line.strip();
            assertThat(l).startsWith("'").endsWith("'");
            sb.append(l, 1, l.length() - 1);
        }
        return sb.toString().replace("''", "'");
    }

    @Test
    void everyTierIsJavasLowerCaseOfEveryUpperCaseLetterOfItsRange() throws IOException {
        int[] limits = {0xFF, 0x24F, 0x058F};
        var tiers = tiers();
        for (int t = 0; t < 3; t++) {
            int[] upper = tiers.get(t)[0].codePoints().toArray();
            int[] lower = tiers.get(t)[1].codePoints().toArray();
            assertThat(upper).as("tier %d", t + 1).hasSameSizeAs(lower);
            var mapped = new java.util.HashSet<Integer>();
            for (int i = 0; i < upper.length; i++) {
                assertThat(Character.toLowerCase(upper[i])).as("U+%04X", upper[i]).isEqualTo(lower[i]);
                mapped.add(upper[i]);
            }
            // complete for its range (the last tier: Latin, Greek, Cyrillic, Armenian, and fullwidth Latin)
            for (int cp = 0x80; cp <= limits[t]; cp++) {
                if (Character.toLowerCase(cp) != cp) {
                    assertThat(mapped).as("U+%04X in tier %d", cp, t + 1).contains(cp);
                }
            }
        }
        assertThat(tiers.get(2)[0].codePoints().count()).isGreaterThan(1300);
        for (int cp = 0xFF21; cp <= 0xFF3A; cp++) {
            assertThat(tiers.get(2)[0].codePoints().boxed().toList()).as("U+%04X", cp).contains(cp);
        }
    }

    @Test
    void onPostgresqlTheFoldOfEveryUpperCaseLetterIsItsLowerCaseAndAsciiIsLowered() throws Exception {
        if (!database.postgres()) {
            // SQLite has no spendsense_fold: its FTS5 index folds, as the search test below shows on both
            assertThat(database.kind()).isEqualTo(TestDatabase.Kind.SQLITE);
            return;
        }
        var tiers = tiers();
        try (var c = database.connect(); var ps = c.prepareStatement("select spendsense_fold(?)")) {
            for (String[] tier : tiers) {
                assertThat(fold(ps, tier[0])).isEqualTo(tier[1]);
                assertThat(fold(ps, "Mixed " + tier[0] + " TEXT")).isEqualTo("mixed " + tier[1] + " text");
            }
            assertThat(fold(ps, "ABC xyz 123")).isEqualTo("abc xyz 123");
            assertThat(fold(ps, "ÀÉ Ł Ω Ж")).isEqualTo("àé ł ω ж");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static String fold(java.sql.PreparedStatement ps, String text) throws SQLException {
        ps.setString(1, text);
        try (var rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void lettersBeyondAsciiAreFoundInTheOtherCaseOnBothDatabases() {
        var tx = db.transactions();
        var expenses = new ExpenseRepository(tx);
        long[] ids = new long[2];
        tx.run(() -> {
            ids[0] = new UserRepository(tx).create("alice", "Alice", null, "h", "USD", NOW).id();
            ids[1] = new CategoryRepository(tx).create(ids[0], "Food", "#ff0000", List.of()).id();
            for (String text : List.of("ÀÉÎÕÜ ÇÑ", "ΣΩΔ ЖЯБ", "Ærøskøbing Ōsaka", "plain ascii")) {
                expenses.insert(ids[0], new ExpenseDraft(LocalDate.of(2026, 3, 1), BigDecimal.TEN, ids[1], text, "",
                        null), NOW);
            }
        });
        for (String needle : List.of("àéîõü çñ", "σωδ жяб", "ærøskøbing", "ōsaka", "ÉÎÕ", "PLAIN")) {
            List<Expense> found = tx.inTransaction(() -> expenses.page(ids[0], ExpenseFilter.ALL.withText(needle),
                    ExpenseSort.NEWEST_FIRST, 0, 10).items());
            assertThat(found).as("%s on %s", needle, database).hasSize(1);
        }
    }
}
