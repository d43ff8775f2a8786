package io.spendsense.ui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import io.spendsense.domain.AmountParser;
import io.spendsense.domain.Category;
import io.spendsense.domain.CategoryRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleEditorViewModelTest {
    private static final AmountParser US_AMOUNTS = new AmountParser(Locale.US);
    static final Category TRANSPORT = new Category(3, "Transport", "#00aa88", List.of(), false);

    RuleEditorViewModel form() {
        return new RuleEditorViewModel(List.of(TRANSPORT), null, US_AMOUNTS);
    }

    @Test
    void aNewFormShowsNoErrorsUntilTouchedButCannotBeSaved() {
        var f = form();
        assertThat(f.validProperty().get()).isFalse();
        assertThat(f.patternErrorProperty().get()).isEmpty();
        assertThat(f.categoryErrorProperty().get()).isEmpty();
        f.patternProperty().set("uber");
        assertThat(f.categoryErrorProperty().get()).isEqualTo("Choose the category to set");
        f.categoryProperty().set(TRANSPORT);
        assertThat(f.validProperty().get()).isTrue();
        assertThat(f.sentenceProperty().get())
                .isEqualTo("When the payee contains “uber”, set the category to Transport.");
    }

    @Test
    void aBadRegexIsReportedAsItIsTyped() {
        var f = form();
        f.categoryProperty().set(TRANSPORT);
        f.kindProperty().set(RuleEditorViewModel.KindChoice.REGEX);
        f.patternProperty().set("^(uber");
        assertThat(f.patternErrorProperty().get()).startsWith("Pattern is not a valid regular expression");
        assertThat(f.validProperty().get()).isFalse();
        f.patternProperty().set("^uber( eats)?$");
        assertThat(f.patternErrorProperty().get()).isEmpty();
        f.fieldProperty().set(RuleEditorViewModel.FieldChoice.EITHER);
        f.setPayeeProperty().set("Uber");
        assertThat(f.sentenceProperty().get()).isEqualTo("When the payee or description matches /^uber( eats)?$/,"
                + " set the category to Transport and the payee to “Uber”.");
        CategoryRule rule = f.rule();
        assertThat(rule.field()).isEqualTo(CategoryRule.Field.EITHER);
        assertThat(rule.kind()).isEqualTo(CategoryRule.Kind.REGEX);
        assertThat(rule.setPayee()).isEqualTo("Uber");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            '',    '',    ''
            5,     '',    ''
            '',    50,    ''
            5,     50,    ''
            50,    5,     The range ends below its start
            abc,   '',    Not an amount: abc
            -1,    '',    'Amounts are 0 or more, with at most 2 decimals'
            1234.567, '', 'Amounts are 0 or more, with at most 2 decimals'
            1.234, '',    'Did you mean 1234 or 1.234? Type 1234 without the dot, or give 2 decimals'
            """)
    void amountRangeRules(String min, String max, String error) {
        var f = form();
        f.patternProperty().set("uber");
        f.categoryProperty().set(TRANSPORT);
        f.minTextProperty().set(min == null ? "" : min);
        f.maxTextProperty().set(max == null ? "" : max);
        String expected = error == null ? "" : error;
        assertThat(f.amountErrorProperty().get()).isEqualTo(expected);
        assertThat(f.validProperty().get()).isEqualTo(expected.isEmpty());
    }

    @Test
    void aDinarRuleTakesFilsAndNoMore() {
        var f = new RuleEditorViewModel(List.of(TRANSPORT), null, new AmountParser(Locale.US, "BHD"));
        f.patternProperty().set("uber");
        f.categoryProperty().set(TRANSPORT);
        f.minTextProperty().set("1.125");
        assertThat(f.amountErrorProperty().get()).isEmpty();
        f.minTextProperty().set("1.1255");
        assertThat(f.amountErrorProperty().get()).isEqualTo("Amounts are 0 or more, with at most 3 decimals in BHD");
    }

    @Test
    void theSentenceReadsTheAmountRange() {
        var f = form();
        f.patternProperty().set("ride");
        f.fieldProperty().set(RuleEditorViewModel.FieldChoice.DESCRIPTION);
        f.kindProperty().set(RuleEditorViewModel.KindChoice.EQUALS);
        f.categoryProperty().set(TRANSPORT);
        f.minTextProperty().set("10");
        f.maxTextProperty().set("20");
        assertThat(f.sentenceProperty().get()).isEqualTo("When the description is exactly “ride” and the amount is"
                + " 10.00 to 20.00, set the category to Transport.");
    }
}
