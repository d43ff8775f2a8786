package io.spendsense.assistant.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.spendsense.domain.AttachmentFilter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReceiptFiltersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            which expenses over $100 have no receipt this year? | WITHOUT | have no receipt
            purchases without a receipt                         | WITHOUT | without a receipt
            expenses with no receipts in March                  | WITHOUT | with no receipts
            which ones are missing a receipt                    | WITHOUT | are missing a receipt
            expenses lacking receipts                           | WITHOUT | lacking receipts
            which purchases don't have a receipt?               | WITHOUT | do not have a receipt
            the receipt missing for dinner                      | WITHOUT | the receipt missing
            expenses with no receipt attached                   | WITHOUT | with no receipt attached
            purchases with a receipt last month                 | WITH    | with a receipt
            which expenses have receipts                        | WITH    | have receipts
            spending with attachments                           | WITH    | with attachments
            expenses that have a receipt on file                | WITH    | have a receipt on file
            """)
    void readsTheReceiptFilter(String question, AttachmentFilter kind, String words) {
        Optional<ReceiptMatch> found = find(question);
        assertThat(found).as(question).isPresent();
        assertThat(found.get().receipts()).isEqualTo(kind);
        assertThat(found.get().words()).isEqualTo(words);
    }

    @ParameterizedTest(name = "no receipt filter in: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            show my receipts from March
            list receipts over $50
            how much did I spend without amazon
            what did I spend on groceries
            """)
    void aBareReceiptNamesTheExpensesAndIsNoFilter(String question) {
        assertThat(find(question)).as(question).isEmpty();
    }

    private static Optional<ReceiptMatch> find(String question) {
        List<Token> tokens = Normalizer.normalize(question).tokens();
        var periods = new PeriodGrammar(LocalDate.parse("2026-03-20")).findAll(tokens);
        return new ReceiptFilters().find(tokens, periods);
    }
}
