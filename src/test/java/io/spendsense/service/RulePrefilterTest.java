package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.ExpenseSort;
import io.spendsense.domain.RuleChange;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL narrowing of a rule's scan never changes what the rule matches: for tricky texts (case, letters outside
 * ASCII that fold onto ASCII ones, LIKE wildcards, spaces) preview and apply give exactly what testing the rule
 * against every expense in Java gives.
 */
@BothDatabases
class RulePrefilterTest {
    private static final List<String> TEXTS = List.of("UBER *TRIP", "uber eats", "Über Taxi", "SKY PARK", "Sky Park",
            "\u212Aiosk", "KIOSK", "Kiosk 24", "\u0130stanbul Cafe", "\u0131stanbul", "ISTANBUL",
            "Bu\u017Ftop", "BUSTOP",
            "50% off", "50x off", "a_b", "axb", "back\\slash", "  padded  ", "Caf\u00E9 Noir", "CAFÉ NOIR", "cafe noir",
            "", "Target", "TARGET.COM");
    @TempDir
    Path dir;
    TestDatabase database;
    Services services;
    SignedInUser alice;
    SignedInUser bob;
    long other;
    long shopping;

    @BeforeEach
    void open(TestDatabase database) {
        this.database = database;
        services = Services.openForTests(database.location(),
        new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        bob = TestUsers.signedUp(services, "bob");
        other = services.categories().findByName(alice, "Other").orElseThrow().id();
        shopping = services.categories().findByName(alice, "Shopping").orElseThrow().id();
        long bobOther = services.categories().findByName(bob, "Other").orElseThrow().id();
        int day = 1;
        for (String payee : TEXTS) {
            for (String description : List.of("", payee, "misc")) {
                var date = LocalDate.of(2026, 1, 1).plusDays(day++);
                services.expenses().create(alice, new ExpenseDraft(date, new BigDecimal("12.34"), other, description,
                        payee, null));
                services.expenses().create(bob, new ExpenseDraft(date, new BigDecimal("12.34"), bobOther, description,
                        payee, null));
            }
        }
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void previewAndApplyFindExactlyWhatTheRuleMatches() {
        var patterns = List.of("uber", "UBER", "über", "kiosk", "k", "istanbul", "bustop", "50% off", "50%", "a_b", "_",
                "back\\slash", "padded", " padded ", "café", "cafe", "target", "s", "^uber", "[ck]afe");
        for (var field : CategoryRule.Field.values()) {
            for (var kind : CategoryRule.Kind.values()) {
                for (String pattern : patterns) {
                    if (kind == CategoryRule.Kind.REGEX && CategoryRule.checkPattern(kind, pattern) != null) {
                        continue;
                    }
                    var rule = new CategoryRule(0, 0, field, kind, pattern, null, null, shopping, null, null);
                    var expected = new ArrayList<Long>();
                    for (Expense e : all()) {
                        if (e.categoryId() != shopping && rule.matches(e.payee(), e.description(), e.amount())) {
                            expected.add(e.id());
                        }
                    }
                    var previewed = services.rules().preview(alice, rule).stream().map(RuleChange::expense)
                            .map(Expense::id).sorted().toList();
                    assertThat(previewed).as("%s %s '%s'", field, kind, pattern).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void applyChangesExactlyTheMatchedExpensesOfTheUserOnly() {
        var rule = services.rules().add(alice, new CategoryRule(0, 0, CategoryRule.Field.EITHER,
                CategoryRule.Kind.CONTAINS, "kiosk", null, null, shopping, null, null));
        var expected = all().stream().filter(e -> rule.matches(e.payee(), e.description(), e.amount()))
                .map(Expense::id).sorted().toList();
        int changed = services.rules().apply(alice, rule.id());
        assertThat(changed).isEqualTo(expected.size()).isEqualTo(9);
        assertThat(all().stream().filter(e -> e.categoryId() == shopping).map(Expense::id).sorted().toList())
                .isEqualTo(expected);
        assertThat(services.expenses().page(bob, ExpenseFilter.ALL, ExpenseSort.NEWEST_FIRST, 0, 1000).items())
                .allSatisfy(e -> assertThat(e.categoryName()).isEqualTo("Other"));
    }

    private List<Expense> all() {
        return services.expenses().page(alice, ExpenseFilter.ALL, ExpenseSort.NEWEST_FIRST, 0, 1000).items().stream()
                .sorted(java.util.Comparator.comparingLong(Expense::id)).toList();
    }
}
