package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@BothDatabases
class CategoryServiceTest {
    @TempDir
    Path dir;
    TestDatabase database;
    Services services;
    SignedInUser alice;
    CategoryService categories;

    @BeforeEach
    void open(TestDatabase database) {
        this.database = database;
        services = Services.openForTests(database.location(), new MutableClock(Instant.parse("2026-03-20T10:00:00Z")));
        alice = TestUsers.signedUp(services, "alice");
        categories = services.categories();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void namesAreUniqueIgnoringCase() {
        assertThatThrownBy(() -> categories.create(alice, "dining", null, List.of()))
                .hasMessageContaining("already exists");
        var pets = categories.create(alice, "Pets", "#123456", List.of("Dog Food", "vet"));
        assertThat(pets.synonyms()).containsExactly("dog food", "vet");
        assertThatThrownBy(() -> categories.rename(alice, pets.id(), "GIFTS")).hasMessageContaining("already exists");
        assertThat(categories.rename(alice, pets.id(), "Pet care").name()).isEqualTo("Pet care");
    }

    @Test
    void mergeMovesExpensesAndKeepsTheOldNameAsSynonym() {
        var coffee = categories.create(alice, "Coffee", null, List.of("espresso"));
        var dining = categories.findByName(alice, "Dining").orElseThrow();
        services.expenses().create(alice, new ExpenseDraft(LocalDate.of(2026, 1, 2), new BigDecimal("3.50"),
                coffee.id(), "Latte", "Cafe", null));
        var merged = categories.merge(alice, coffee.id(), dining.id());
        assertThat(merged.synonyms()).contains("coffee", "espresso");
        assertThat(categories.findByName(alice, "Coffee")).isEmpty();
        assertThat(services.summaries().count(alice, ExpenseFilter.ALL.withCategories(Set.of(dining.id()))))
                .isEqualTo(1);
    }

    @Test
    void archivedCategoriesAreHiddenFromTheDefaultList() {
        var other = categories.findByName(alice, "Other").orElseThrow();
        categories.setArchived(alice, other.id(), true);
        assertThat(categories.list(alice)).extracting(c -> c.name()).doesNotContain("Other");
        assertThat(categories.listIncludingArchived(alice)).extracting(c -> c.name()).contains("Other");
    }

    @Test
    void colorsMustBeHex() {
        var other = categories.findByName(alice, "Other").orElseThrow();
        assertThatThrownBy(() -> categories.recolor(alice, other.id(), "red")).hasMessageContaining("hex value");
        assertThat(categories.recolor(alice, other.id(), "#AABBCC").color()).isEqualTo("#aabbcc");
    }
}
