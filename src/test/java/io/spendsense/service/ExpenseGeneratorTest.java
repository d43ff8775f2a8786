package io.spendsense.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import io.spendsense.domain.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpenseGeneratorTest {
    static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    static final LocalDate TO = LocalDate.of(2024, 12, 31);

    @Test
    void sameSeedGivesSameRows() {
        assertThat(new ExpenseGenerator(42).generate(FROM, TO)).isEqualTo(new ExpenseGenerator(42).generate(FROM, TO));
        assertThat(new ExpenseGenerator(42).generate(FROM, TO))
                .isNotEqualTo(new ExpenseGenerator(43).generate(FROM, TO));
    }

    @Test
    void aYearLooksLikeOnePersonsSpending() {
        var rows = new ExpenseGenerator(7).generate(FROM, TO);
        assertThat(rows).hasSizeBetween(900, 1500);
        assertThat(rows).filteredOn(r -> r.description().equals("Monthly rent")).hasSize(12)
                .allMatch(r -> r.date().getDayOfMonth() == 1);
        assertThat(rows).filteredOn(r -> r.category().equals("Gifts") && r.date().getMonth() == Month.DECEMBER)
                .hasSizeGreaterThan(3);
        assertThat(rows).isSortedAccordingTo(Comparator.comparing(ExpenseGenerator.GeneratedExpense::date));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,       2024-01-01, 2024-12-31
            1,       2024-01-01, 2024-12-31
            10,      2024-01-01, 2024-12-31
            5000,    2024-03-01, 2024-03-31
            100000,  2015-01-01, 2024-12-31
            """)
    void exactCountIsSpreadOverTheRange(int count, LocalDate from, LocalDate to) {
        var rows = new ExpenseGenerator(1).generate(from, to, count);
        assertThat(rows).hasSize(count).allMatch(r -> !r.date().isBefore(from) && !r.date().isAfter(to));
        if (count >= 5000) {
            assertThat(rows.stream().map(ExpenseGenerator.GeneratedExpense::date).distinct().count())
                    .isEqualTo(to.toEpochDay() - from.toEpochDay() + 1);
        }
    }

    @Test
    void everyRowIsAValidExpenseInADefaultCategory() {
        Set<String> defaults = DefaultCategories.ALL.stream().map(DefaultCategories.Spec::name)
        .collect(Collectors.toSet());
        var rows = new ExpenseGenerator(3).generate(FROM, TO, 50_000);
        assertThat(rows).allSatisfy(r -> {
            assertThat(defaults).contains(r.category());
            assertThat(r.amount().scale()).isEqualTo(2);
            assertThat(Money.checkExpenseAmount(r.amount(), "USD")).isNull();
            assertThat(r.payee()).isNotBlank();
        });
        assertThat(rows.stream().map(ExpenseGenerator.GeneratedExpense::category).distinct()).hasSize(defaults.size());
        assertThat(rows).anyMatch(r -> r.amount().compareTo(new BigDecimal("1000")) > 0);
    }
}
