package io.spendsense.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoryRuleTest {
    static CategoryRule rule(CategoryRule.Field field, CategoryRule.Kind kind, String pattern, String min, String max,
                             long category, String setPayee) {
        return new CategoryRule(category, 0, field, kind, pattern, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max), category, "C" + category, setPayee);
    }

    @ParameterizedTest(name = "{0} {1} ''{2}'' on payee ''{3}'', description ''{4}'', {5}: {6}")
    @CsvSource(delimiter = '|', textBlock = """
            PAYEE       | CONTAINS | uber      | UBER *TRIP     | Ride       | 12.00 | true
            PAYEE       | CONTAINS | uber      | Lyft           | uber-like  | 12.00 | false
            DESCRIPTION | CONTAINS | uber      | Lyft           | uber-like  | 12.00 | true
            EITHER      | EQUALS   | netflix   | ' Netflix '    | x          | 15.49 | true
            EITHER      | EQUALS   | netflix   | Netflix.com    | x          | 15.49 | false
            PAYEE       | REGEX    | ^amzn\\b  | AMZN Mktp US   | x          | 30.00 | true
            PAYEE       | REGEX    | ^amzn\\b  | Pay AMZN       | x          | 30.00 | false
            """)
    void matchesByFieldAndKindIgnoringCase(CategoryRule.Field field, CategoryRule.Kind kind, String pattern,
                                          String payee, String description, BigDecimal amount, boolean matches) {
        assertThat(rule(field, kind, pattern, null, null, 1, null).matches(payee, description, amount))
                .isEqualTo(matches);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            4.99,  false
            5.00,  true
            50.00, true
            50.01, false
            """)
    void theAmountRangeIncludesItsEnds(BigDecimal amount, boolean matches) {
        assertThat(rule(CategoryRule.Field.PAYEE, CategoryRule.Kind.CONTAINS, "uber", "5", "50", 1, null)
                .matches("Uber", "", amount)).isEqualTo(matches);
    }

    @Test
    void theFirstMatchingRuleWinsAndMaySetThePayee() {
        var rules = List.of(
                rule(CategoryRule.Field.PAYEE, CategoryRule.Kind.CONTAINS, "uber eats", null, null, 2, "Uber Eats"),
                rule(CategoryRule.Field.PAYEE, CategoryRule.Kind.CONTAINS, "uber", null, null, 3, "Uber"));
        var eats = new ExpenseDraft(LocalDate.of(2026, 1, 1), BigDecimal.TEN, 9, "Dinner", "UBER EATS 123", null);
        var ride = new ExpenseDraft(LocalDate.of(2026, 1, 1), BigDecimal.TEN, 9, "Ride", "UBER TRIP", "note");
        var other = new ExpenseDraft(LocalDate.of(2026, 1, 1), BigDecimal.TEN, 9, "Lunch", "Cafe", null);
        assertThat(CategoryRule.apply(rules, eats, CategoryChoice.OPEN))
                .extracting(ExpenseDraft::categoryId, ExpenseDraft::payee)
                .containsExactly(2L, "Uber Eats");
        assertThat(CategoryRule.apply(rules, ride, CategoryChoice.OPEN))
                .isEqualTo(new ExpenseDraft(ride.date(), ride.amount(), 3,
                "Ride", "Uber", "note"));
        assertThat(CategoryRule.apply(rules, other, CategoryChoice.OPEN)).isSameAs(other);
    }

    @Test
    void aChosenCategoryIsKeptWhileTheRuleStillRenamesThePayee() {
        var rules = List.of(rule(CategoryRule.Field.PAYEE, CategoryRule.Kind.CONTAINS, "uber", null, null, 3, "Uber"));
        var ride = new ExpenseDraft(LocalDate.of(2026, 1, 1), BigDecimal.TEN, 9, "Ride", "UBER TRIP", null);
        assertThat(CategoryRule.apply(rules, ride, CategoryChoice.CHOSEN))
                .extracting(ExpenseDraft::categoryId, ExpenseDraft::payee).containsExactly(9L, "Uber");
        assertThat(CategoryRule.apply(rules, ride, CategoryChoice.OPEN))
                .extracting(ExpenseDraft::categoryId, ExpenseDraft::payee).containsExactly(3L, "Uber");
    }

    @Test
    void anAmountNotKnownYetMatchesOnlyRulesWithoutARange() {
        assertThat(rule(CategoryRule.Field.PAYEE, CategoryRule.Kind.CONTAINS, "uber", "5", null, 1, null)
                .matches("Uber", "", null)).isFalse();
        assertThat(rule(CategoryRule.Field.PAYEE, CategoryRule.Kind.CONTAINS, "uber", null, null, 1, null)
                .matches("Uber", "", null)).isTrue();
    }

    @Test
    void aBadRegexIsReportedNotThrown() {
        assertThat(CategoryRule.checkPattern(CategoryRule.Kind.REGEX, "(unclosed"))
        .startsWith("pattern is not a valid");
        assertThat(CategoryRule.checkPattern(CategoryRule.Kind.CONTAINS, "(fine")).isNull();
        assertThat(CategoryRule.checkPattern(CategoryRule.Kind.EQUALS, " ")).isEqualTo("pattern is required");
    }
}
