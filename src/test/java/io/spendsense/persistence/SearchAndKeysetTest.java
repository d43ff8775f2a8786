package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The search index and keyset paging (decision 0015) against their plain meaning: what {@code LIKE} over every row
 * finds, and what {@code OFFSET} paging over one {@code ORDER BY} shows. On both databases: PostgreSQL's pg_trgm index
 * and "C" collation give what SQLite's FTS5 index and binary order give.
 */
@BothDatabases
class SearchAndKeysetTest {
    /** Letters with ties in case, accents, the LIKE wildcards, quotes, a backslash and spaces. */
    private static final String ALPHABET = "aAbBcCéÉüÜ%_\"'\\ 1";
    private static final Instant NOW = Instant.parse("2026-03-20T10:00:00Z");

    TestDatabase database;
    Database db;
    Transactions tx;
    ExpenseRepository expenses;
    long alice;
    long bob;
    final List<Long> aliceCategories = new ArrayList<>();

    @BeforeEach
    void open(TestDatabase database) {
        this.database = database;
        db = Database.open(database.location());
        tx = db.transactions();
        expenses = new ExpenseRepository(tx);
        var users = new UserRepository(tx);
        var categories = new CategoryRepository(tx);
        var random = new Random(15);
        tx.run(() -> {
            alice = users.create("alice", "Alice", null, "h", "USD", NOW).id();
            bob = users.create("bob", "Bob", null, "h", "USD", NOW).id();
            // names in mixed case and one beyond ASCII, ordered as SQLite's lower() orders them
            for (String name : List.of("Food", "Éclairs", "bills", "Zoo")) {
                aliceCategories.add(categories.create(alice, name, "#ff0000", List.of()).id());
            }
            long bobs = categories.create(bob, "Food", "#ff0000", List.of()).id();
            var drafts = new ArrayList<ExpenseDraft>();
            for (int k = 0; k < 400; k++) {
                drafts.add(new ExpenseDraft(LocalDate.of(2026, 1, 1).plusDays(random.nextInt(20)),
                        BigDecimal.valueOf(1 + random.nextInt(30) * 25L, 2),
                        aliceCategories.get(random.nextInt(aliceCategories.size())),
                        word(random, 4), random.nextInt(5) == 0 ? "" : word(random, 3),
                        random.nextInt(3) == 0 ? word(random, 5) : null));
            }
            expenses.insertAll(alice, drafts, NOW);
            expenses.insert(bob, new ExpenseDraft(LocalDate.of(2026, 1, 5), new BigDecimal("9.99"), bobs,
                    "Zebra crossing", "Zebra Ltd", "zebra notes"), NOW);
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String word(Random random, int maxLength) {
        var sb = new StringBuilder();
        int length = 1 + random.nextInt(maxLength);
        for (int k = 0; k < length; k++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    @Test
    void theIndexFindsEveryRowAScanFindsAndOnlyRowsThatContainTheNeedle() {
        var random = new Random(16);
        var needles = new LinkedHashSet<String>();
        while (needles.size() < 300) {
            needles.add(word(random, 4));
        }
        List<Expense> all = everything(alice, ExpenseFilter.ALL);
        int found = 0;
        for (String typed : needles) {
            var filter = ExpenseFilter.ALL.withText(typed);
            String needle = filter.text();
            if (needle == null) {
                continue;
            }
            Set<Long> indexed = ids(everything(alice, filter));
            Set<Long> scanned = tx.inTransaction(() -> ids(scan(alice, filter)));
            assertThat(indexed).as("the index loses nothing the scan found for %s", needle).containsAll(scanned);
            String folded = needle.toLowerCase(Locale.ROOT);
            for (Expense e : all) {
                boolean contains = Stream.of(e.payee(), e.description(), e.notes())
                        .anyMatch(t -> t != null && t.toLowerCase(Locale.ROOT).contains(folded));
                if (indexed.contains(e.id())) {
                    assertThat(contains).as("%s found by %s", e, needle).isTrue();
                } else if (contains) {
                    // only letters outside ASCII differ in case from what LIKE folds; a short needle is compared as
                    // LIKE compares
                    assertThat(needle.codePointCount(0, needle.length()) < 3
                            && !needle.equals(needle.toLowerCase(Locale.ROOT))
                            || !e.toString().chars().allMatch(c -> c < 128)).as("%s missed by %s", e, needle).isTrue();
                }
            }
            found += indexed.size();
        }
        assertThat(found).as("the needles find something").isGreaterThan(300);
    }

    @Test
    void theAccentedCaseIsFoldedToo() {
        tx.run(() -> expenses.insert(alice, new ExpenseDraft(LocalDate.of(2026, 2, 1), BigDecimal.ONE,
                aliceCategories.get(0), "CAFÉ CRÈME", "", null), NOW));
        assertThat(everything(alice, ExpenseFilter.ALL.withText("café crème"))).extracting(Expense::description)
                .containsExactly("CAFÉ CRÈME");
    }

    @Test
    void payeeWordsAndExclusionsThroughTheIndexMatchTheScan() {
        for (List<String> words : List.of(List.of("ab"), List.of("aé", "%"), List.of("zzz"), List.of("b\\", "c_c"))) {
            for (var filter : List.of(ExpenseFilter.ALL.withPayees(words), ExpenseFilter.ALL.withoutPayees(words))) {
                Set<Long> indexed = ids(everything(alice, filter));
                Set<Long> scanned = tx.inTransaction(() -> ids(scan(alice, filter)));
                assertThat(indexed).as("%s", filter).isEqualTo(scanned);
            }
        }
    }

    @Test
    void anotherUsersTextsAreNeverFound() {
        assertThat(everything(alice, ExpenseFilter.ALL.withText("zebra"))).isEmpty();
        assertThat(tx.inTransaction(() -> SearchTexts.containing(tx, alice, "zebra"))).contains(List.of());
        assertThat(tx.inTransaction(() -> SearchTexts.containing(tx, bob, "zebra")))
                .hasValueSatisfying(t -> assertThat(t).containsExactlyInAnyOrder("zebra crossing", "zebra ltd",
                        "zebra notes"));
        assertThat(everything(bob, ExpenseFilter.ALL.withText("ZEB"))).hasSize(1);
        assertThat(everything(bob, ExpenseFilter.ALL.withText("ze"))).hasSize(1);
    }

    @Test
    void anEditedTextIsFoundByItsNewWordsAndADeletedProfileTakesItsTexts() throws Exception {
        var first = everything(alice, ExpenseFilter.ALL).get(0);
        tx.run(() -> expenses.update(alice, first.id(), new ExpenseDraft(first.date(), first.amount(),
                first.categoryId(), "Quokka café", "Marsupial", "a note on it"), NOW));
        assertThat(everything(alice, ExpenseFilter.ALL.withText("okka CA"))).extracting(Expense::id)
                .containsExactly(first.id());
        assertThat(everything(alice, ExpenseFilter.ALL.withText("note on"))).extracting(Expense::id)
                .containsExactly(first.id());
        assertThat(everything(alice, ExpenseFilter.ALL.withPayee("marsup"))).extracting(Expense::id)
                .containsExactly(first.id());

        tx.run(() -> new UserRepository(tx).delete(alice));
        String indexed = database.postgres()
                ? "select count(*) from search_texts where spendsense_fold(text) like '%quokka%'"
                : "select count(*) from search_texts_fts where search_texts_fts match 'quokka'";
        try (var c = database.connect();
             var rs = c.createStatement().executeQuery("select count(*), (" + indexed + ") from search_texts"
                     + " where user_id = " + alice)) {
            rs.next();
            assertThat(rs.getInt(1)).as("alice's texts").isZero();
            assertThat(rs.getInt(2)).as("alice's texts in the index").isZero();
        }
    }

    @Test
    void aNeedleInTooManyTextsIsSearchedByScanning() {
        var drafts = new ArrayList<ExpenseDraft>();
        for (int k = 0; k <= SearchTexts.MAX_TEXTS; k++) {
            drafts.add(new ExpenseDraft(LocalDate.of(2026, 3, 1), BigDecimal.ONE, aliceCategories.get(1),
                    "Transfer qx" + k, "", null));
        }
        tx.run(() -> expenses.insertAll(alice, drafts, NOW));
        assertThat(tx.inTransaction(() -> SearchTexts.containing(tx, alice, "qx"))).isEmpty();
        assertThat(tx.inTransaction(() -> SearchTexts.containing(tx, alice, "nsfer qx"))).isEmpty();
        assertThat(everything(alice, ExpenseFilter.ALL.withText("nsfer qx"))).hasSize(SearchTexts.MAX_TEXTS + 1);
        assertThat(everything(alice, ExpenseFilter.ALL.withText("qx2000"))).hasSize(1);
    }

    /**
     * A needle in more rows than {@link ExpenseRepository#SCAN_FROM_MATCHES} is paged along the order's index, each
     * row's texts tested: the pages hold what the text indexes find, in the same order, for every sort.
     */
    @ParameterizedTest
    @MethodSource("sorts")
    void aSearchOfManyRowsPagesAlongTheOrderAndFindsWhatTheTextIndexesFind(ExpenseSort.Field field,
                                                                           boolean ascending) {
        var random = new Random(7);
        var drafts = new ArrayList<ExpenseDraft>();
        for (int k = 0; k < 2 * ExpenseRepository.SCAN_FROM_MATCHES; k++) {
            drafts.add(new ExpenseDraft(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(400)),
                    BigDecimal.valueOf(1 + random.nextInt(500), 2), aliceCategories.get(random.nextInt(4)),
                    random.nextBoolean() ? "Brew " + word(random, 1) : word(random, 4),
                    random.nextBoolean() ? "Brewery" : word(random, 3), null));
        }
        tx.run(() -> expenses.insertAll(alice, drafts, NOW));
        var sort = new ExpenseSort(field, ascending);
        var filter = ExpenseFilter.ALL.withText("brew");
        List<Long> indexed = tx.inTransaction(() -> expenses.page(alice, filter, sort, 0, 100_000)).items().stream()
                .map(Expense::id).toList();
        assertThat(indexed).hasSizeGreaterThan(ExpenseRepository.SCAN_FROM_MATCHES);
        var paged = new ArrayList<Long>();
        Expense after = null;
        while (true) {
            Expense key = after;
            var slice = tx.inTransaction(() -> expenses.pageAfter(alice, filter, sort, key, 700));
            slice.items().forEach(e -> paged.add(e.id()));
            if (!slice.more()) {
                break;
            }
            after = slice.items().get(slice.items().size() - 1);
        }
        assertThat(paged).isEqualTo(indexed);
    }

    static Stream<Arguments> sorts() {
        return Stream.of(ExpenseSort.Field.values())
                .flatMap(f -> Stream.of(Arguments.of(f, true), Arguments.of(f, false)));
    }

    @ParameterizedTest
    @MethodSource("sorts")
    void keysetPagesShowWhatOffsetPagesShowInTheSameOrder(ExpenseSort.Field field, boolean ascending) {
        var sort = new ExpenseSort(field, ascending);
        var filters = List.of(ExpenseFilter.ALL, ExpenseFilter.ALL.withText("a"),
                ExpenseFilter.ALL.withCategories(Set.of(aliceCategories.get(0), aliceCategories.get(3))),
                ExpenseFilter.ALL.withoutCategories(Set.of(aliceCategories.get(1))));
        for (var filter : filters) {
            List<Long> offset = tx.inTransaction(() -> expenses.page(alice, filter, sort, 0, 10_000)).items().stream()
                    .map(Expense::id).toList();
            for (int limit : List.of(3, 50)) {
                var keyset = new ArrayList<Long>();
                Expense after = null;
                int pages = 0;
                while (true) {
                    Expense key = after;
                    var slice = tx.inTransaction(() -> expenses.pageAfter(alice, filter, sort, key, limit));
                    slice.items().forEach(e -> keyset.add(e.id()));
                    assertThat(slice.items().size()).isLessThanOrEqualTo(limit);
                    pages++;
                    if (!slice.more()) {
                        break;
                    }
                    assertThat(slice.items()).hasSize(limit);
                    after = slice.items().get(limit - 1);
                }
                assertThat(keyset).as("%s, %s, pages of %d", sort, filter, limit).isEqualTo(offset);
                assertThat(pages).isEqualTo(Math.max(1, (offset.size() + limit - 1) / limit));
            }
            assertThat(offset).as("%s shows rows", filter).isNotEmpty();
        }
        assertOrdered(sort, tx.inTransaction(() -> expenses.page(alice, ExpenseFilter.ALL, sort, 0, 10_000)).items());
    }

    /** The order is the column's, then the date's and the id's in the same direction. */
    private void assertOrdered(ExpenseSort sort, List<Expense> rows) {
        java.util.Comparator<Expense> column = switch (sort.field()) {
            case DATE -> (a, b) -> 0;
            case AMOUNT -> java.util.Comparator.comparing(Expense::amount);
            case DESCRIPTION -> java.util.Comparator.comparing(e -> sqliteLower(e.description()));
            case PAYEE -> java.util.Comparator.comparing(e -> sqliteLower(e.payee()));
            case CATEGORY -> java.util.Comparator.<Expense, String>comparing(e -> sqliteLower(e.categoryName()))
                    .thenComparing(Expense::categoryId);
        };
        var order = column.thenComparing(Expense::date).thenComparing(Expense::id);
        assertThat(rows).isSortedAccordingTo(sort.ascending() ? order : order.reversed());
    }

    /** SQLite's lower(): ASCII letters only, compared by UTF-8 bytes (the same order as code points). */
    private static String sqliteLower(String s) {
        var sb = new StringBuilder();
        s.codePoints().forEach(c -> sb.appendCodePoint(c >= 'A' && c <= 'Z' ? c + 32 : c));
        return sb.toString();
    }

    private List<Expense> everything(long user, ExpenseFilter filter) {
        return tx.inTransaction(() -> expenses.page(user, filter, ExpenseSort.NEWEST_FIRST, 0, 100_000)).items();
    }

    /** The filter's plain meaning: every row compared with LIKE. */
    private List<Expense> scan(long user, ExpenseFilter filter) {
        var clause = new FilterClause(user, filter);
        return clause.bind(tx.session().createSelectionQuery("select e from ExpenseEntity e join fetch e.category c"
                + " where " + clause.where(), io.spendsense.persistence.ExpenseEntity.class)).getResultList().stream()
                .map(e -> e.toDomain(2)).toList();
    }

    private static Set<Long> ids(List<Expense> rows) {
        var ids = new LinkedHashSet<Long>();
        rows.forEach(e -> ids.add(e.id()));
        return ids;
    }
}
