package io.spendsense.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.spendsense.domain.AttachmentFilter;
import io.spendsense.domain.Expense;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Which expenses over $100 have no receipt this year?" over the fixture's receipts (Shopping and Travel). */
class ReceiptAnswersTest {
    @TempDir
    static Path dir;
    static AssistantFixture fx;

    @BeforeAll
    static void load() {
        fx = new AssistantFixture(dir);
    }

    @AfterAll
    static void close() {
        fx.close();
    }

    @Test
    void theListLeavesOutTheExpensesWithAReceiptAndSaysSo() {
        var a = fx.ask(new Conversation(), "which expenses over $100 have no receipt this year?");

        assertThat(a.intent()).isEqualTo(Intent.LIST_EXPENSES);
        assertThat(a.frame().receipts()).isEqualTo(AttachmentFilter.WITHOUT);
        assertThat(a.value()).isEqualTo("15");
        assertThat(a.text()).contains("15 expenses over $100.00 without a receipt this year (2026)");
        assertThat(a.explain()).contains("receipts: only expenses without one from 'have no receipt'");
        assertThat(a.ignored()).isEmpty();
        assertThat(a.expenses()).extracting(Expense::categoryName).doesNotContain("Shopping", "Travel")
                .contains("Housing", "Groceries");
        assertThat(a.expenses()).allSatisfy(e -> assertThat(e.attachmentCount()).isZero());
    }

    @Test
    void aFollowUpKeepsTheReceiptFilterOrTurnsIt() {
        var c = new Conversation();
        fx.ask(c, "how many expenses this year have no receipt");
        var kept = fx.ask(c, "and last month?");
        assertThat(kept.frame().receipts()).isEqualTo(AttachmentFilter.WITHOUT);
        assertThat(kept.explain()).contains("follow-up: kept receipts: only expenses without one from the previous"
                + " question");
        var turned = fx.ask(c, "and with a receipt?");
        assertThat(turned.frame().receipts()).isEqualTo(AttachmentFilter.WITH);
        assertThat(turned.value()).isEqualTo("4");   // Shopping and Travel in February 2026
    }

    @Test
    void aBareReceiptsIsStillTheExpensesThemselves() {
        var a = fx.ask(new Conversation(), "show my receipts from last month");
        assertThat(a.intent()).isEqualTo(Intent.LIST_EXPENSES);
        assertThat(a.frame().receipts()).isEqualTo(AttachmentFilter.ANY);
    }
}
