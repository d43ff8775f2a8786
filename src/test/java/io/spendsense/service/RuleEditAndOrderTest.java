package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RuleService#update} and {@link RuleService#move}: what the desktop Rules screen edits and reorders. */
@BothDatabases
class RuleEditAndOrderTest {
    @TempDir
    Path dir;
    TestDatabase database;
    Services services;
    SignedInUser alice;
    long dining;
    long transport;
    long other;

    @BeforeEach
    void open(TestDatabase database) {
        this.database = database;
        services = Services.openForTests(database.location(),
        new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        dining = services.categories().findByName(alice, "Dining").orElseThrow().id();
        transport = services.categories().findByName(alice, "Transport").orElseThrow().id();
        other = services.categories().findByName(alice, "Other").orElseThrow().id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private CategoryRule rule(String pattern, long category) {
        return new CategoryRule(0, 0, CategoryRule.Field.PAYEE, CategoryRule.Kind.CONTAINS, pattern, null, null,
                category, null, null);
    }

    /** The pattern of the rule that decides an expense at {@code payee} (the first that matches, in order). */
    private String winner(String payee) {
        var draft = new ExpenseDraft(LocalDate.of(2026, 3, 1), new BigDecimal("12"), other, "x", payee, null);
        return CategoryRule.first(services.rules().list(alice), draft).map(CategoryRule::pattern).orElse("");
    }

    private java.util.List<String> patterns() {
        return services.rules().list(alice).stream().map(CategoryRule::pattern).toList();
    }

    @Test
    void updateChangesTheRuleButKeepsItsPlace() {
        services.rules().add(alice, rule("uber", transport));
        var second = services.rules().add(alice, rule("cafe", other));
        services.rules().add(alice, rule("lyft", transport));

        var changed = services.rules().update(alice, second.id(), new CategoryRule(0, 0, CategoryRule.Field.EITHER,
                CategoryRule.Kind.EQUALS, "Cafe Roma", new BigDecimal("1"), new BigDecimal("30"), dining,
                null, "Roma"));

        assertThat(changed.position()).isEqualTo(2);
        assertThat(changed.describe()).isEqualTo("either equals 'Cafe Roma' and 1.00..30.00 -> Dining (payee 'Roma')");
        assertThat(patterns()).containsExactly("uber", "Cafe Roma", "lyft");
        assertThat(winner("cafe roma")).isEqualTo("Cafe Roma");
    }

    @Test
    void updateIsValidatedAndScopedToTheUser() {
        var mine = services.rules().add(alice, rule("uber", transport));
        var bob = TestUsers.signedUp(services, "bob");
        assertThatThrownBy(() -> services.rules().update(bob, mine.id(), rule("x",
                services.categories().findByName(bob, "Dining").orElseThrow().id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> services.rules().update(bob, mine.id(), rule("x", dining)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> services.rules().update(alice, mine.id(), new CategoryRule(0, 0,
                CategoryRule.Field.PAYEE, CategoryRule.Kind.REGEX, "(", null, null, dining, null, null)))
                .isInstanceOf(ValidationException.class);
        assertThat(patterns()).containsExactly("uber");
    }

    @Test
    void moveUpAndDownChangesWhichRuleWins() {
        services.rules().add(alice, rule("uber", transport));
        var eats = services.rules().add(alice, rule("uber eats", dining));
        var lyft = services.rules().add(alice, rule("lyft", transport));

        assertThat(services.rules().move(alice, eats.id(), -1)).extracting(CategoryRule::pattern)
                .containsExactly("uber eats", "uber", "lyft");
        assertThat(services.rules().list(alice)).extracting(CategoryRule::position).containsExactly(1, 2, 3);
        assertThat(winner("UBER EATS 1")).isEqualTo("uber eats");

        services.rules().move(alice, eats.id(), -1); // already first: stays
        services.rules().move(alice, lyft.id(), 5);  // already last: stays
        assertThat(patterns()).containsExactly("uber eats", "uber", "lyft");
        services.rules().move(alice, eats.id(), 1);
        assertThat(patterns()).containsExactly("uber", "uber eats", "lyft");
        var bob = TestUsers.signedUp(services, "bob");
        assertThatThrownBy(() -> services.rules().move(bob, eats.id(), 1)).isInstanceOf(NotFoundException.class);
    }
}
