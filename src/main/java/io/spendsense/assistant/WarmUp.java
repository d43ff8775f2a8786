package io.spendsense.assistant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.spendsense.domain.Category;
import io.spendsense.service.DefaultCategories;

/**
 * Reads a set of sample questions without data, so that the grammar's classes, tables and hot paths are loaded
 * before the user's first question (the app runs it while the sign-in window shows, the {@code ask} command while it
 * opens the database). Touches no database and keeps nothing.
 */
public final class WarmUp {
    private static final List<String> SAMPLES = List.of(
            "How much did I spend on groceries last month?", "What was my biggest expense in December 2025?",
            "which merchant did I spend the most at this year", "how much did I spend last month excluding rent",
            "groceries and dining in Q1 2026", "how often did I get sushi last month", "everything over 1k",
            "chart my uber costs by month", "what kind of questions can I ask?", "how much did I earn last month",
            "from the 3rd to the 17th of last month", "the last Friday of October", "3 weeks ago",
            "mid March", "at the end of last week", "on Christmas", "over the summer", "last wk", "this qtr",
            "Oct '25", "10/31/74", "2015/3", "June of nineteen ninety nine", "between March 1 and March 15, 2026",
            "average daily spending in 2025", "compare this month vs last month", "show my dining expenses",
            "which subscriptions did I pay for this month?", "I spent 12.50 on lunch at Chipotle today",
            "and in February?", "which was the biggest?", "the same month last year?");

    private WarmUp() {
    }

    /** Reads every sample {@code rounds} times in one conversation; returns how many questions were read. */
    public static int parseSamples(int rounds) {
        var categories = new ArrayList<Category>();
        long id = 1;
        for (var spec : DefaultCategories.ALL) {
            categories.add(new Category(id++, spec.name(), spec.color(), spec.synonyms(), false));
        }
        var lexicon = UserLexicon.of(categories, List.of(new PayeeMatcher.Known("Starbucks", 1, 10),
                new PayeeMatcher.Known("Target", 2, 5), new PayeeMatcher.Known("Trader Joe's", 3, 4)));
        var reader = new QuestionReader();
        LocalDate today = LocalDate.of(2026, 3, 20);
        int read = 0;
        for (int r = 0; r < rounds; r++) {
            Plan previous = null;
            for (String q : SAMPLES) {
                Reading reading = reader.read(q, lexicon, today, previous == null ? null : previous.frame().period());
                Plan plan = FrameBuilder.build(reading, previous, today);
                previous = plan.intent().readsExpenses() ? plan : previous;
                read++;
            }
        }
        return read;
    }

    /** Warms in a daemon thread and returns at once. */
    public static void inBackground() {
        var t = new Thread(() -> parseSamples(20), "assistant-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
