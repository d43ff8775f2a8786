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

    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("not", "never", "nothing", "none",
            "neither", "nor", "no");

    static String unknown(UserLexicon lexicon, String question, List<String> notUnderstood) {
        List<Category> cats = lexicon.categories().categories();
        String a = cats.isEmpty() ? "groceries" : cats.get(0).name().toLowerCase(java.util.Locale.ROOT);
        String start = question == null || question.isBlank() ? "Ask me something about your spending."
                : notUnderstood.isEmpty()
                ? "Sorry, I can only answer questions about your expenses, and I did not understand that one."
                : notUnderstood.stream().anyMatch(NEGATIONS::contains)
                ? "Sorry, I can't answer a question with \"" + String.join("\", \"", notUnderstood) + "\" in it:"
                        + " I can leave things out (\"excluding rent\", \"not counting Amazon\"), but answering"
                        + " without the negation would answer the opposite question."
                : "Sorry, I did not understand \"" + String.join("\", \"", notUnderstood) + "\", so I would"
                        + " rather not guess a number.";
        return start + " Try \"How much did I spend on " + a + " last month?\", \"What was my biggest expense this "
                + "year?\" or \"Which category did I spend the most on?\", or type \"help\" for more.";
    }

    /**
     * "How much did I earn?", "what did my wife spend?": SpendSense knows the user's expenses and nothing else, so it
     * says so and what it can answer instead, rather than a number about something else.
     */
    static String outOfScope(UserLexicon lexicon, OutOfScope.Topic topic) {
        String what = switch (topic.name()) {
            case "income" -> "income or earnings";
            case "savings" -> "savings";
            case "balances" -> "account balances or debts";
            case "net worth" -> "net worth or investments";
            case "other people" -> "other people's spending";
            case "places" -> "where an expense was made";
            case "times of day" -> "the time of day of an expense";
            case "payment methods" -> "how an expense was paid (cash, card, ...)";
            case "tips and taxes" -> "tips or taxes inside an amount";
            case "days of the week" -> "a ranking of days (only weekends against weekdays)";
            default -> "doing that";
        };
        String lead = topic.name().equals("actions")
                ? "I can't do that (\"" + topic.words() + "\"): I answer questions about your expenses and add an"
                        + " expense you describe, nothing else."
                : "SpendSense only tracks your own expenses, so I can't tell you about " + what + " (\""
                        + topic.words() + "\").";
        List<Category> cats = lexicon.categories().categories();
        String a = cats.isEmpty() ? "groceries" : cats.get(0).name().toLowerCase(java.util.Locale.ROOT);
        return lead + " I can answer what you spent, on what, where and when: try \"How much did I spend on " + a
                + " last month?\", \"Which merchant did I spend the most at this year?\" or type \"help\".";
    }

    /**
     * "over 100 euros" in a dollar profile: every amount is compared in the profile's currency, and neither reading
     * the number as that currency nor converting it at a guessed rate answers the question asked.
     */
    static String foreignAmount(Reading.ForeignAmount f, String profileCurrency) {
        String profile = profileCurrency == null ? "USD" : profileCurrency;
        if (f.plain()) {
            return "I can only add an expense in your profile's currency (" + profile + "), and \"" + f.words()
                    + "\" is in " + f.code() + ". Say the amount in " + profile + ", or add it in the expense form,"
                    + " which records the amount paid in " + f.code() + " with its exchange rate.";
        }
        return "Your expenses are counted in " + profile + ", so I can't compare them with an amount in " + f.code()
                + " (\"" + f.words() + "\") without guessing an exchange rate, and a guessed rate could give a wrong"
                + " answer. Ask again with the amount in " + profile + "; to see what you paid in " + f.code()
                + ", ask \"how much did I spend in " + f.code() + " last month?\".";
    }

    /** "spent on food": the word could be several categories, so the answer asks which rather than picking one. */
    static String ambiguousCategory(Reading.Ambiguous a) {
        var names = a.categories();
        String options = names.size() == 2 ? names.get(0) + " or " + names.get(1)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        String all = (names.size() == 2 ? names.get(0) + " and " + names.get(1) : String.join(", ",
                names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1))
                .toLowerCase(java.util.Locale.ROOT);
        return "\"" + a.word() + "\" could mean " + options + ", so I would rather not guess which. Ask about one of"
                + " them, or about all of them together (\"" + all + "\").";
    }

    /** "the 31st of April": there is no such day, so no number, and no guessed period either. */
    static String noSuchDate(String words, String why) {
        return "There is no such date as \"" + words + "\": " + why + ", so I would rather not guess which"
                + " period you mean. Try another day, or a whole month such as \"last month\".";
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
