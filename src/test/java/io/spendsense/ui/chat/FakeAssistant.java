package io.spendsense.ui.chat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.spendsense.assistant.Answer;
import io.spendsense.assistant.Frame;
import io.spendsense.assistant.Intent;
import io.spendsense.assistant.ProposedExpense;
import io.spendsense.domain.Category;
import io.spendsense.domain.CategoryChoice;
import io.spendsense.domain.CategoryTotal;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseDraft;
import io.spendsense.domain.MonthTotal;
import io.spendsense.domain.Period;

/** Canned answers by keyword, conversations counted, confirmations recorded: the chat's engine in tests. */
final class FakeAssistant implements ChatData {
    static final Period MARCH = Period.month(YearMonth.of(2026, 3));
    final List<String> asked = new ArrayList<>();
    final List<ProposedExpense> confirmed = new ArrayList<>();
    int conversations;
    boolean failConfirm;

    AskFunction start() {
        conversations++;
        int conversation = conversations;
        return question -> {
            asked.add(conversation + ":" + question);
            return answer(question);
        };
    }

    Expense confirm(ProposedExpense proposal) {
        if (failConfirm) {
            throw new io.spendsense.service.ValidationException("amount", "amount must be greater than 0");
        }
        confirmed.add(proposal);
        var d = proposal.draft();
        return new Expense(99, d.date(), d.amount(), d.categoryId(), proposal.categoryName(), "#e15759",
                d.description(), d.payee(), d.notes(), Instant.EPOCH, Instant.EPOCH, null, 0);
    }

    static Answer answer(String question) {
        String q = question.toLowerCase(Locale.ROOT);
        if (q.contains("biggest")) {
            var rent = new Expense(1, LocalDate.of(2026, 3, 1), new BigDecimal("1475.00"), 1, "Housing", "#4e79a7",
                    "Monthly rent", "Oakwood Apartments", null, Instant.EPOCH, Instant.EPOCH, null, 0);
            return Answer.to(question, new Frame(Intent.BIGGEST_EXPENSE, MARCH, null, null, null, null, null, null,
                    null, null, null, null, null)).value("1475.00")
                    .text("Your biggest expense in March 2026 was $1,475.00.")
                    .expenses(List.of(rent)).explain(List.of("intent biggest_expense: the word 'biggest'",
                    "period March 2026: 'this month'")).elapsedMs(3).build();
        }
        if (q.contains("breakdown")) {
            return Answer.to(question, new Frame(Intent.CATEGORY_BREAKDOWN, MARCH, null, null, null, null, null, null,
                    null, null, null, null, null)).value("1600.00").category("Housing")
                    .text("You spent $1,600.00 in March 2026.")
                    .breakdown(List.of(new CategoryTotal(1, "Housing", "#4e79a7", new BigDecimal("1475.00"), 1),
                            new CategoryTotal(4, "Dining", "#e15759", new BigDecimal("125.00"), 3)))
                    .explain(List.of("intent category_breakdown")).elapsedMs(2).build();
        }
        if (q.contains("trend")) {
            return Answer.to(question, new Frame(Intent.TREND, new Period(LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 3, 31)), List.of("Dining"), null, null, null, null, null, null, null, null,
                    null, null))
                    .value("300.00").text("Dining: $300.00 from January to March 2026.")
                    .series(List.of(new MonthTotal(YearMonth.of(2026, 1), new BigDecimal("120.00"), 4),
                            new MonthTotal(YearMonth.of(2026, 2), new BigDecimal("80.00"), 3),
                            new MonthTotal(YearMonth.of(2026, 3), new BigDecimal("100.00"), 3)))
                    .explain(List.of("intent trend")).elapsedMs(2).build();
        }
        if (q.startsWith("i spent")) {
            var draft = new ExpenseDraft(LocalDate.of(2026, 3, 20), new BigDecimal("12.50"), 4, "Lunch",
            "Chipotle", null);
            return Answer.to(question, Frame.of(Intent.ADD_EXPENSE)).value("12.50")
                    .text("Add $12.50 for Lunch at Chipotle on March 20, 2026 to Dining?")
                    .explain(List.of("intent add_expense: 'I spent'", "category Dining: Chipotle is a restaurant"))
                    .proposal(new ProposedExpense(draft, "Dining", "Chipotle is a restaurant", CategoryChoice.OPEN))
                    .elapsedMs(1).build();
        }
        if (q.contains("organic")) {
            return Answer.to(question, new Frame(Intent.TOTAL_SPENT, MARCH, List.of("Groceries"), null, null, null,
                    null, null, null, null, null, null, null)).value("210.40")
                    .text("You spent $210.40 on Groceries in March 2026. " + Answer.notUsedNote(List.of("organic")))
                    .ignored(List.of("organic")).explain(List.of("intent total_spent", "not used: 'organic'"))
                    .elapsedMs(1).build();
        }
        if (q.contains("excluding")) {
            return Answer.to(question, new Frame(Intent.TOTAL_SPENT, MARCH, null, null, null, null, null, null,
                    null, null, null, List.of("Housing"), List.of("Costco"))).value("125.00")
                    .text("You spent $125.00 in March 2026, not counting Housing or Costco.")
                    .explain(List.of("intent total_spent", "excluding category Housing")).elapsedMs(1).build();
        }
        if (q.contains("weekends")) {
            return Answer.to(question, new Frame(Intent.TOTAL_SPENT, MARCH, null, null,
                    io.spendsense.domain.DayKind.WEEKEND, null, null, null, null, null, null, null, null))
                    .value("80.00")
                    .text("You spent $80.00 on weekends in March 2026.").explain(List.of("intent total_spent"))
                    .elapsedMs(1).build();
        }
        if (q.contains("merchant")) {
            return Answer.to(question, new Frame(Intent.TOP_PAYEE, MARCH, List.of("Dining"), null, null, null, null,
                    null, null, null, null, null, null)).value("45.25").payee("Chipotle")
                    .text("Chipotle: $45.25 of Dining in March 2026.").explain(List.of("intent top_payee"))
                    .elapsedMs(1).build();
        }
        if (q.contains("fail")) {
            throw new IllegalStateException("boom");
        }
        return Answer.to(question, new Frame(Intent.TOTAL_SPENT, MARCH, List.of("Dining"), List.of("Chipotle"), null,
                new BigDecimal("10"), null, null, null, null, null, null, null)).value("45.25")
                .text("You spent $45.25 on Dining at Chipotle over $10.00 in March 2026.")
                .explain(List.of("intent total_spent: 'how much'", "category Dining: 'dining'")).elapsedMs(1).build();
    }

    @Override
    public List<Category> categories() {
        return List.of(new Category(1, "Housing", "#4e79a7", List.of(), false),
                new Category(4, "Dining", "#e15759", List.of("eating out"), false));
    }

    @Override
    public List<String> suggestions() {
        return List.of("How much did I spend on housing last month?", "help");
    }
}
