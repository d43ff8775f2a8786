package io.spendsense.assistant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.spendsense.domain.CategoryChoice;
import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.Expense;
import io.spendsense.domain.Money;
import io.spendsense.domain.Period;
import io.spendsense.service.BudgetService;
import io.spendsense.service.CategoryService;
import io.spendsense.service.ExpenseService;
import io.spendsense.service.InsightService;
import io.spendsense.service.RecurringService;
import io.spendsense.service.RuleService;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.SummaryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assistant's one entry point, shared by the chat panel and the {@code ask} command: reads a question, fills a
 * follow-up from the conversation, runs it through the services and answers in a sentence with its explanation.
 * Deterministic: the same data, question, conversation and day give the same answer. Never throws for a question;
 * anything it cannot read becomes an {@link Intent#UNKNOWN} answer without a number.
 */
public final class Assistant {
    private static final Logger LOG = LoggerFactory.getLogger(Assistant.class);

    private final ExpenseService expenses;
    private final SummaryService summaries;
    private final BudgetService budgets;
    private final RecurringService recurring;
    private final InsightService insights;
    private final RuleService rules;
    private final Clock clock;
    private final Lexicons lexicons;
    private final QuestionReader reader = new QuestionReader();

    /**
     * An assistant without budgets, recurring expenses and insights: questions about them are answered as not
     * available.
     */
    public Assistant(CategoryService categories, ExpenseService expenses, SummaryService summaries, Clock clock) {
        this(categories, expenses, summaries, null, null, null, clock);
    }

    /** An assistant over all of a profile's services. */
    public static Assistant over(Services services) {
        return new Assistant(services.categories(), services.expenses(), services.summaries(), services.budgets(),
                services.recurring(), services.insights(), services.rules(), services.clock());
    }

    public Assistant(CategoryService categories, ExpenseService expenses, SummaryService summaries,
                     BudgetService budgets, RecurringService recurring, InsightService insights, Clock clock) {
        this(categories, expenses, summaries, budgets, recurring, insights, null, clock);
    }

    /**
     * With {@code rules}, an expense to add shows the category (and payee) that the user's first matching
     * categorization rule gives it, so that what is confirmed is what is saved; without, the guess stands.
     */
    public Assistant(CategoryService categories, ExpenseService expenses, SummaryService summaries,
                     BudgetService budgets, RecurringService recurring, InsightService insights, RuleService rules,
                     Clock clock) {
        this.rules = rules;
        this.expenses = Objects.requireNonNull(expenses);
        this.summaries = Objects.requireNonNull(summaries);
        this.budgets = budgets;
        this.recurring = recurring;
        this.insights = insights;
        this.clock = Objects.requireNonNull(clock);
        this.lexicons = new Lexicons(categories, expenses, clock);
    }

    /** Answers with "today" taken from the clock. */
    public Answer ask(SignedInUser who, Conversation conversation, String question) {
        return ask(who, conversation, question, LocalDate.now(clock));
    }

    public Answer ask(SignedInUser who, Conversation conversation, String question, LocalDate today) {
        long start = System.nanoTime();
        String q = question == null ? "" : question;
        LocalDate day = today == null ? LocalDate.now(clock) : today;
        try {
            return answer(who, conversation == null ? new Conversation() : conversation, q, day, start);
        } catch (RuntimeException e) {
            // a bug or a database failure must not reach the chat as a stack trace, nor as a made-up number
            LOG.error("Could not answer {}", q.length() > 200 ? q.substring(0, 200) + "…" : q, e);
            return Answer.to(q, Frame.of(Intent.UNKNOWN))
                    .text("Sorry, I could not answer that: "
                            + Objects.toString(e.getMessage(), e.getClass().getSimpleName()) + ".")
                    .explain(List.of("failed: " + e)).elapsedMs(elapsed(start)).build();
        }
    }

    /** Saves a proposed expense once the user confirmed it; returns it as stored (a guessed category may give way
     * to the user's categorization rules, a category the sentence named does not; with the rules known, the proposal
     * already shows what they set). */
    public Expense confirm(SignedInUser who, ProposedExpense proposal) {
        Expense saved = expenses.create(who, proposal.draft(), proposal.categoryChoice());
        lexicons.invalidate(who);
        return saved;
    }

    /** Tells the assistant that the user's expenses changed elsewhere (an edit, an import), so payees are re-read. */
    public void dataChanged(SignedInUser who) {
        lexicons.invalidate(who);
    }

    /**
     * Reads what the first question of a user needs before it is asked: the user's words (categories and the payee
     * aggregate) and the common query shapes (so that the first answer does not pay for planning them). Call it off
     * the UI thread right after sign-in; the results are discarded.
     */
    public void prepare(SignedInUser who) {
        lexicons.get(who);
        LocalDate today = LocalDate.now(clock);
        var month = io.spendsense.domain.ExpenseFilter.of(Period.month(java.time.YearMonth.from(today)));
        summaries.totals(who, month);
        summaries.totals(who, month.withCategories(Set.of(-1L)));
        summaries.totals(who, month.withPayee("-"));
        summaries.totals(who, month.withoutCategories(Set.of(-1L)).withoutPayees(List.of("-")));
        summaries.byCategory(who, month);
        summaries.biggest(who, month, 1);
        summaries.byPayee(who, month, 1);
        summaries.byMonth(who, month);
        expenses.page(who, month, io.spendsense.domain.ExpenseSort.NEWEST_FIRST, 0, 1);
    }

    /** A parser with the user's current words, that reads questions without reading expenses. */
    public QuestionParser parser(SignedInUser who) {
        return new QuestionParser(lexicons.get(who));
    }

    private Answer answer(SignedInUser who, Conversation conversation, String q, LocalDate today, long start) {
        UserLexicon lexicon = lexicons.get(who);
        Plan previous = conversation.previous();
        Reading r = reader.read(q, lexicon, today, previousPeriod(previous));
        Plan plan = FrameBuilder.build(r, previous, today);
        var explain = new ArrayList<String>();
        explain.add("read as: '" + abbreviate(r.question().text()) + "'");
        explain.addAll(plan.explain());
        var say = new Phrasing(who.currency(), today);
        Intent intent = plan.intent();
        if (intent.readsExpenses()) {
            var cx = new Context(who, summaries, expenses, lexicon, say, today, yesNo(r));
            Outcome o = Executor.run(plan, cx);
            conversation.remember(plan);
            return Answer.to(q, plan.frame()).outcome(o).text(o.text() + ignored(plan)).ignored(plan.ignored())
                    .explain(explain).elapsedMs(elapsed(start)).build();
        }
        return switch (intent) {
            case ADD_EXPENSE -> addExpense(q, r, who, lexicon, today, say, explain, start);
            case HELP -> simple(q, Frame.of(intent), StaticAnswers.help(lexicon, today), explain, start);
            case BUDGET_STATUS -> budgetStatus(q, r, plan, who, lexicon, say, today, explain, start);
            case RECURRING, UPCOMING_BILLS -> recurringAnswer(q, r, plan, who, lexicon, say, today, explain, start);
            case ANOMALIES -> anomalies(q, r, plan, who, lexicon, say, today, explain, start);
            default -> Answer.to(q, Frame.of(Intent.UNKNOWN))
                    .text(!r.noSuchDates().isEmpty() ? StaticAnswers.noSuchDate(asTyped(r, r.noSuchDates().get(0)),
                            r.noSuchDates().get(0).why())
                    : r.foreignAmount() != null ? StaticAnswers.foreignAmount(r.foreignAmount(), who.currency())
                    : r.ambiguous() != null ? StaticAnswers.ambiguousCategory(r.ambiguous())
                    : r.outOfScope() != null ? StaticAnswers.outOfScope(lexicon, r.outOfScope())
                            : StaticAnswers.unknown(lexicon, q, plan.ignored()))
                    .ignored(plan.ignored()).explain(explain).elapsedMs(elapsed(start)).build();
        };
    }

    private Answer addExpense(String q, Reading r, SignedInUser who, UserLexicon lexicon, LocalDate today,
                              Phrasing say, List<String> explain, long start) {
        var why = new StringBuilder();
        var proposal = AddExpenseReader.read(r, lexicon, today, who.currency(), why);
        if (proposal.isEmpty()) {
            explain.add("add_expense: " + why);
            return simple(q, Frame.of(Intent.ADD_EXPENSE), "I could not add that: " + why
                    + ". Try \"I spent 12.50 on lunch at Chipotle today\".", explain, start);
        }
        var p = withRules(who, lexicon, proposal.get());
        var d = p.draft();
        explain.add("add_expense: amount " + Money.plain(d.amount(), who.currency()) + ", date " + d.date()
                + ", category " + p.categoryName() + " (" + p.categoryReason() + ")"
                + (d.payee() == null ? "" : ", payee " + d.payee()) + ", description '" + d.description() + "'");
        String text = "I can add this expense: " + say.money(d.amount()) + (d.payee() == null ? "" : " at " + d.payee())
                + " on " + say.day(d.date()) + ", " + p.categoryName() + " (" + p.categoryReason() + "), \""
                + d.description() + "\". Confirm to save it.";
        // the frame holds what the sentence itself says (as for any question); the guesses live in the proposal
        Period said = r.periods().isEmpty() ? Period.ALL_TIME : r.periods().get(0).period();
        String namedCategory = r.categories().isEmpty() ? null : r.categories().get(0).category().name();
        var frame = new Frame(Intent.ADD_EXPENSE, said, namedCategory == null ? null : List.of(namedCategory),
                d.payee() == null ? null : List.of(d.payee()), null, null, null, null, null, null, null, null, null);
        return Answer.to(q, frame).value(Money.plain(d.amount())).text(text).explain(explain).proposal(p)
                .elapsedMs(elapsed(start)).build();
    }

    /**
     * The proposal as the user's first matching categorization rule completes it when its category is only a guess:
     * the rule's category and payee name, shown before the user confirms, and then kept as chosen.
     */
    private ProposedExpense withRules(SignedInUser who, UserLexicon lexicon, ProposedExpense p) {
        if (rules == null || p.categoryChoice() == CategoryChoice.CHOSEN) {
            return p;
        }
        var rule = CategoryRule.first(rules.list(who), p.draft());
        var category = rule.flatMap(x -> lexicon.category(x.categoryId()));
        if (category.isEmpty()) {
            return p;
        }
        var draft = rule.get().complete(p.draft(), CategoryChoice.OPEN);
        return new ProposedExpense(draft, category.get().name(),
                "your rule '" + rule.get().pattern() + "' files it there", CategoryChoice.CHOSEN);
    }

    private Answer budgetStatus(String q, Reading r, Plan plan, SignedInUser who, UserLexicon lexicon, Phrasing say,
                                LocalDate today, List<String> explain, long start) {
        if (budgets == null) {
            return simple(q, Frame.of(Intent.BUDGET_STATUS), StaticAnswers.budgets(), explain, start);
        }
        var cx = new Context(who, summaries, expenses, lexicon, say, today, yesNo(r));
        var ask = BudgetAnswers.ask(r.words());
        explain.add("budget_status: " + ask.name().toLowerCase(java.util.Locale.ROOT) + " ("
                + switch (ask) {
                    case WHICH -> "value: how many budget-months were exceeded";
                    case OVER -> "value: how much over budget, 0.00 when within";
                    case LEFT -> "value: what is left, negative when over";
                } + ")");
        Outcome o = BudgetAnswers.answer(plan, ask, budgets, cx, explain);
        return fromOutcome(q, plan.frame(), o, explain, start);
    }

    private Answer recurringAnswer(String q, Reading r, Plan plan, SignedInUser who, UserLexicon lexicon,
                                   Phrasing say, LocalDate today, List<String> explain, long start) {
        Frame frame = plan.intent() == Intent.RECURRING ? Frame.of(Intent.RECURRING) : plan.frame();
        if (recurring == null) {
            return simple(q, frame, StaticAnswers.recurring(), explain, start);
        }
        var cx = new Context(who, summaries, expenses, lexicon, say, today, yesNo(r));
        Outcome o = plan.intent() == Intent.RECURRING ? RecurringAnswers.recurring(recurring, cx, explain)
                : RecurringAnswers.upcoming(plan, recurring, cx, explain);
        return fromOutcome(q, frame, o, explain, start);
    }

    private Answer anomalies(String q, Reading r, Plan plan, SignedInUser who, UserLexicon lexicon, Phrasing say,
                             LocalDate today, List<String> explain, long start) {
        if (insights == null) {
            return simple(q, Frame.of(Intent.ANOMALIES), StaticAnswers.anomalies(), explain, start);
        }
        var cx = new Context(who, summaries, expenses, lexicon, say, today, yesNo(r));
        Outcome o = InsightAnswers.anomalies(plan, insights, cx, explain);
        return fromOutcome(q, plan.frame(), o, explain, start);
    }

    /** Says in the answer itself which words of the question were not used ("I did not use: organic."). */
    private static String ignored(Plan plan) {
        return plan.ignored().isEmpty() ? "" : " " + Answer.notUsedNote(plan.ignored());
    }

    private static Answer simple(String q, Frame frame, String text, List<String> explain, long start) {
        return Answer.to(q, frame).text(text).explain(explain).elapsedMs(elapsed(start)).build();
    }

    /** A budget, recurring or insight outcome: its value and sentence (these name nothing and carry no rows). */
    private static Answer fromOutcome(String q, Frame frame, Outcome o, List<String> explain, long start) {
        return Answer.to(q, frame).value(o.value()).text(o.text()).explain(explain).elapsedMs(elapsed(start)).build();
    }

    /** The words of the question as the user typed them, from token to token ("the 31st of last month"). */
    private static String asTyped(Reading r, io.spendsense.assistant.lang.NoSuchDate d) {
        var tokens = r.question().tokens();
        String original = r.question().original();
        int from = tokens.get(d.startToken()).start();
        int to = tokens.get(d.endToken() - 1).end();
        return from < to && to <= original.length() ? original.substring(from, to) : d.words();
    }

    private static Period previousPeriod(Plan previous) {
        return previous == null || previous.frame().period().isAllTime() ? null : previous.frame().period();
    }

    /** "Did I spend anything at X?" reads better answered with yes or no. */
    private static boolean yesNo(Reading r) {
        return r.words().length > 0 && Set.of("did", "have", "has", "was", "were", "is", "are").contains(r.words()[0]);
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
