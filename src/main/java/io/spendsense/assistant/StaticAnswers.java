package io.spendsense.assistant;

import java.time.LocalDate;
import java.util.List;

import io.spendsense.domain.Category;

/** Answers that read no data: help (with examples from the user's own categories), unknown, not-yet features. */
final class StaticAnswers {
    private StaticAnswers() {
    }

    static String help(UserLexicon lexicon, LocalDate today) {
        List<Category> cats = lexicon.categories().categories();
        String a = cats.isEmpty() ? "groceries" : cats.get(0).name();
        String b = cats.size() > 1 ? cats.get(1).name() : "dining";
        String c = cats.size() > 2 ? cats.get(2).name() : a;
        String lastYear = Integer.toString(today.getYear() - 1);
        return "You can ask me about your spending in plain English, for example: "
                + "\"How much did I spend on " + a + " last month?\"; "
                + "\"What was my biggest expense in " + lastYear + "?\"; "
                + "\"Which category did I spend the most on this year?\"; "
                + "\"Break down my spending by category for last month\"; "
                + "\"Which month in " + lastYear + " did I spend the most?\"; "
                + "\"How many times did I buy " + b + " last month?\"; "
                + "\"Show my expenses over $100 this month\"; "
                + "\"What's my average monthly spending this year?\"; "
                + "\"Did I spend more on " + a + " than " + b + " last year?\"; "
                + "\"How has my " + c + " spending changed over the last 6 months?\"; "
                + "\"I spent 12.50 on lunch at Chipotle today\" (adds an expense once you confirm). "
                + "Follow-ups work too: \"And in February?\", \"what about " + b + "?\", \"the month before?\". "
                + "Periods: today, yesterday, this/last week, this/last month, a month name, a year, Q1-Q4, "
                + "last 30 days, last 6 months, since January, between March 1 and March 15. Your categories: "
                + String.join(", ", cats.stream().map(Category::name).toList()) + ".";
    }

    static String unknown(UserLexicon lexicon, String question) {
        List<Category> cats = lexicon.categories().categories();
        String a = cats.isEmpty() ? "groceries" : cats.get(0).name().toLowerCase(java.util.Locale.ROOT);
        String start = question == null || question.isBlank() ? "Ask me something about your spending."
                : "Sorry, I can only answer questions about your expenses, and I did not understand that one.";
        return start + " Try \"How much did I spend on " + a + " last month?\", \"What was my biggest expense this "
                + "year?\" or \"Which category did I spend the most on?\", or type \"help\" for more.";
    }

    static String budgets() {
        return "Budgets are not available yet in SpendSense, so I cannot tell how you are doing against one. I can "
                + "tell you what you spent: try \"How much did I spend this month?\".";
    }

    static String recurring() {
        return "Recurring expenses are not available here, so I cannot list them or say what is due. I can tell you "
                + "what you spent: try \"How much did I spend on subscriptions this year?\".";
    }

    static String anomalies() {
        return "Finding unusual spending is not available yet. I can show your biggest expenses or how a category "
                + "changed: try \"What were my biggest expenses last month?\" or \"How has my spending changed over "
                + "the last 6 months?\".";
    }
}
