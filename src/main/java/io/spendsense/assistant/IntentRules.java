package io.spendsense.assistant;

import static io.spendsense.assistant.Intent.ADD_EXPENSE;
import static io.spendsense.assistant.Intent.ANOMALIES;
import static io.spendsense.assistant.Intent.AVERAGE_SPENT;
import static io.spendsense.assistant.Intent.BIGGEST_EXPENSE;
import static io.spendsense.assistant.Intent.BUDGET_STATUS;
import static io.spendsense.assistant.Intent.CATEGORY_BREAKDOWN;
import static io.spendsense.assistant.Intent.COMPARE;
import static io.spendsense.assistant.Intent.COUNT_EXPENSES;
import static io.spendsense.assistant.Intent.HELP;
import static io.spendsense.assistant.Intent.LIST_EXPENSES;
import static io.spendsense.assistant.Intent.SMALLEST_EXPENSE;
import static io.spendsense.assistant.Intent.TOP_CATEGORY;
import static io.spendsense.assistant.Intent.TOP_MONTH;
import static io.spendsense.assistant.Intent.TOP_PAYEE;
import static io.spendsense.assistant.Intent.TOTAL_SPENT;
import static io.spendsense.assistant.Intent.TREND;
import static io.spendsense.assistant.IntentRule.of;
import static io.spendsense.assistant.IntentRule.when;

import java.util.List;

/**
 * The intent rules, in one table so that their weights can be read against each other. A generic spending word
 * weighs 1 and the generic question shapes ("how much", "what did I spend", "total") 1.5 to 2.5; a word that names an
 * intent weighs 4 to 6, so that it outweighs "how much did I spend on X" (4); superlatives about months or categories
 * outweigh the same superlatives about single expenses, and "least"/"lowest" outweigh "which month/category".
 */
final class IntentRules {
    static final String SPEND = "spend|spent|spending|spends|expenses|expenditure|expenditures|cost|costs|paid|pay"
            + "|outlay|charged|shelled|blew|blown|blow|dropped|splurged|splurge|forked|wasted|burned|burnt|damage"
            + "|spendings|spendage";
    static final String MOST = "most|highest|biggest|largest|priciest|max|maximum|worst|heaviest|top|costliest";

    static final List<IntentRule> ALL = List.of(
            of(TOTAL_SPENT, 2.0, "how much"),
            of(TOTAL_SPENT, 1.0, SPEND),
            of(TOTAL_SPENT, 2.5, "total|sum|altogether|overall|totals|tally|tab"),
            of(TOTAL_SPENT, 2.0, "the damage"),
            of(TOTAL_SPENT, 2.0, "set|sets me|us back"),
            of(TOTAL_SPENT, 1.5, "what|whats … spend|spent|pay|paid|cost|costs"),
            of(TOTAL_SPENT, 2.0, "the|my total|sum"),
            when(TOTAL_SPENT, 1.5, "what|whats were|are|was|is my", f -> f.periods() + f.categories() + f.payees() > 0,
                    "(with a period, category or payee)"),
            when(TOTAL_SPENT, 1.0, SPEND, f -> f.periods() + f.categories() + f.payees() > 0,
                    "(with a period, category or payee)"),
            when(TOTAL_SPENT, 1.5, "", f -> f.onlyFiller() && f.periods() + f.categories() + f.payees() > 0,
                    "(only a period, category or payee)"),

            of(BIGGEST_EXPENSE, 4.0, "biggest|largest|priciest|costliest|dearest"),
            of(BIGGEST_EXPENSE, 3.0, "largest|biggest|highest|priciest|big|single|costliest|expensive"
                    + " expense|expenses|purchase|purchases|thing|things|item|items|transaction|transactions"
                    + "|payment|payments|bill"
                    + "|bills|charge|charges|order|orders|one|ones"),
            of(BIGGEST_EXPENSE, 3.0, "most expensive"),
            of(BIGGEST_EXPENSE, 2.0, "highest|max|maximum|top"),
            of(BIGGEST_EXPENSE, 5.0, "most … one go|time|purchase|transaction|expense|payment|shot"),
            of(BIGGEST_EXPENSE, 5.0, "most … single|once"),

            of(SMALLEST_EXPENSE, 4.0, "smallest|cheapest|tiniest|lowest|minimum|min"),
            of(SMALLEST_EXPENSE, 3.5, "least expensive"),
            of(SMALLEST_EXPENSE, 3.5, "least … single|one|purchase|expense|transaction|item|thing|payment"),
            of(SMALLEST_EXPENSE, 3.0,
            "smallest|cheapest|tiniest|lowest expense|expenses|purchase|purchases|thing|things"
                    + "|item|items|transaction|transactions|payment|payments|bill|bills|charge|charges|order|orders"),

            of(TOP_CATEGORY, 5.0, "which|what category|categories"),
            of(TOP_CATEGORY, 5.0, MOST + " … category"),
            of(TOP_CATEGORY, 5.0, "category … " + MOST),
            of(TOP_CATEGORY, 3.0, MOST + " expense|spending|expenses|purchase category"),
            of(TOP_CATEGORY, 5.0, "where … money … go|went|going"),
            when(TOP_CATEGORY, 4.5, "most on|for|in", f -> f.categories() == 0, "(no category named)"),
            of(TOP_CATEGORY, 3.0, "most money"),

            of(CATEGORY_BREAKDOWN, 5.0, "break|broken|breaking down"),
            of(CATEGORY_BREAKDOWN, 5.0, "breakdown|split"),
            of(CATEGORY_BREAKDOWN, 5.0, "by|per|each|every|across|all category|categories"),
            of(CATEGORY_BREAKDOWN, 3.0, "categories"),
            // the smallest category: the breakdown lists every category, the smallest last
            of(CATEGORY_BREAKDOWN, 6.0, "category … least|lowest|smallest|cheapest"),
            when(CATEGORY_BREAKDOWN, 6.0, "least on|for|in", f -> f.categories() == 0, "(no category named)"),

            of(TOP_MONTH, 5.0, "which|what month"),
            of(TOP_MONTH, 5.0, "month … " + MOST + "|expensive"),
            of(TOP_MONTH, 5.0, MOST + "|expensive month"),

            of(COUNT_EXPENSES, 5.0, "how many"),
            of(COUNT_EXPENSES, 5.0, "how often"),
            of(COUNT_EXPENSES, 5.0, "number of"),
            of(COUNT_EXPENSES, 4.0, "^ did|have|has i … spend|spent|buy|bought|pay|paid|purchase|order|go|get"
                    + " … anything|any|something"),
            of(COUNT_EXPENSES, 4.0, "^ did|have i … go|been to|at"),
            of(COUNT_EXPENSES, 3.0, "count"),

            of(LIST_EXPENSES, 3.0, "show|list|display|see|view|itemize|itemise"),
            of(LIST_EXPENSES, 3.0, "give|get me"),
            of(LIST_EXPENSES, 1.0, "transactions|purchases|expenses|items|orders|payments|charges|receipts|entries"),
            of(LIST_EXPENSES, 3.0, "what|which … did i buy|bought|purchase|purchased|order|ordered|get"),
            // "which subscriptions did I pay for": the ones, not their total
            of(LIST_EXPENSES, 4.5, "which <category>|<payee> … did|have|do i pay|paid|buy|bought|get|got|have|had"),
            of(LIST_EXPENSES, 4.0, "which|what <category>|<payee> … charges|payments|purchases|expenses|orders|bills"),
            when(LIST_EXPENSES, 3.5, "everything|anything|all|stuff|things", f -> f.amountFilter(), "(with an amount)"),
            // "the total of everything over $1k", "what did I spend on things over $1k" add up, they do not list
            of(TOTAL_SPENT, 2.0, "total|sum|totals of|for everything|anything|all|stuff|things"),
            of(LIST_EXPENSES, -2.0, "spend|spent|pay|paid on|for everything|anything|stuff|things"),
            when(LIST_EXPENSES, 3.0, "^ <amount>", f -> f.amountFilter(), "(an amount alone)"),
            of(LIST_EXPENSES, 1.0, "all|every|each"),
            when(LIST_EXPENSES, 1.0, "transactions|purchases|expenses|items|orders|payments|charges|receipts",
                    f -> f.periods() + f.categories() + f.payees() > 0 || f.amountFilter(),
                    "(with a period, category, payee or amount)"),

            of(AVERAGE_SPENT, 5.5, "average|avg|mean|typical|typically|usually|normally|usual"),
            of(AVERAGE_SPENT, 4.5, "per|each|every day|week|month|year|expense|purchase|transaction|order|ride|visit"
                    + "|trip|meal|bill"),
            // "a month" is per month, but "a trip to Costco" is one trip
            of(AVERAGE_SPENT, 4.5, "a day|week|month|year"),
            of(AVERAGE_SPENT, 1.5, "daily|weekly|monthly"),

            of(COMPARE, 5.0, "compare|compared|comparing|comparison|vs|versus|against"),
            of(COMPARE, 4.5, "more|less|fewer|higher|lower|bigger|smaller … than"),
            of(COMPARE, 4.0, "difference between"),
            of(COMPARE, 4.0, "more|less|fewer … or"),
            when(COMPARE, 1.0, "than|or|and|to", f -> f.periods() >= 2 || f.categories() >= 2 || f.payees() >= 2,
                    "(two periods, categories or payees)"),

            of(TREND, 5.0, "trend|trends|trending|trendline"),
            of(TREND, 5.5, "chart|charts|graph|graphs|plot|plots|visualize|visualise|visualization|diagram|histogram"),
            of(TREND, 4.5, "changed|change|changing|evolved|evolve|evolving|developed|grown|grew|increased"
                    + "|decreased|dropped|drop|drops|dropping|rising|falling|fall|fell|falls|fallen|rise|rose|rises"
                    + "|risen"),
            // "how much have I dropped on coffee" spends money; "did my spending drop" stays a trend
            of(TREND, -4.5, "dropped|drop on|at"),
            of(TREND, 4.5, "over time"),
            of(TREND, 4.5, "going|gone|trending|go|goes|went up|down|higher|lower"),
            of(TREND, 4.5, "increasing|decreasing|growing|shrinking|climbing|declining"),
            of(TREND, 4.0, "month by|over|to month"),
            of(TREND, 4.5, "by month"),
            of(TREND, 4.5, "each|every month"),
            of(TREND, 5.5, "monthly|month breakdown|totals|series|history"),
            of(TREND, 1.0, "monthly"),
            of(TREND, 5.0, "cheapest|lowest|smallest|least|quietest|best month"),
            // there is no "bottom month" intent: the month-by-month answer names the lowest month
            of(TREND, 6.0, "month … lowest|least|cheapest|smallest|quietest"),

            when(ADD_EXPENSE, 8.0, "^ i|we spent|paid|bought|purchased|got|gave", f -> f.plainAmount() && !f.question(),
                    "(with an amount, not a question)"),
            when(ADD_EXPENSE, 8.0, "^ add|log|record|spent|paid|bought|enter|save", f -> f.plainAmount()
            && !f.question(),
                    "(with an amount, not a question)"),

            of(HELP, 6.0, "help|examples|example|commands|instructions|usage"),
            of(HELP, 6.0, "what can you do|answer|understand"),
            of(HELP, 6.0, "what can i ask|say|type"),
            of(HELP, 6.0, "how do|does|to i use|ask|work"),
            of(HELP, 6.5, "kind|kinds|sort|sorts|type|types of question|questions|things … ask|answer|do|say"),
            of(HELP, 6.5, "question|questions … can|could|should|may i|you … ask|answer|understand|handle"),
            of(HELP, 6.0, "what can|could|should i … ask|say|type|do"),
            of(HELP, 6.0, "what can|do|could you … do|answer|understand|know|handle"),
            of(HELP, 6.0, "how does|do this|it|you work"),
            of(HELP, 6.0, "give|show me … examples|example|ideas|suggestions"),
            of(HELP, 6.0, "^ examples|example|suggestions|ideas|capabilities|features|commands|tips"),
            of(HELP, 6.0, "what|who are you"),
            of(HELP, 7.0, "what|which to ask|say|type"),
            of(HELP, 7.0, "what|which i can|could|should|may ask|say|type"),
            of(HELP, 6.5, "what|which questions|question … you|understand|handle|answer|know|take"),

            of(TOP_PAYEE, 6.0, "which|what|whos|who store|stores|shop|shops|merchant|merchants|payee|payees|vendor"
                    + "|vendors|retailer|retailers|company|companies|business|businesses|brand|brands|seller|sellers"),
            of(TOP_PAYEE, 6.0, MOST + " store|shop|merchant|payee|vendor|retailer|company|business|brand|seller"
                    + "|stores|shops|merchants|payees|vendors|retailers|companies|businesses|brands|sellers"),
            // "top 3 merchants", "my biggest 5 payees": a ranking of payees, however many are asked for
            of(TOP_PAYEE, 5.0, MOST + " … stores|shops|merchants|payees|vendors|retailers|brands|sellers"),
            of(TOP_PAYEE, 3.0, "store|shop|merchant|payee|vendor|retailer|company|business|brand|seller … " + MOST),
            of(TOP_PAYEE, 6.5, "who … " + SPEND + "|give|gave|send|sent … most|more"),
            of(TOP_PAYEE, 6.5, "who … get|got|gets|receive|received … most|more … money"),
            when(TOP_PAYEE, 6.5, "most|more at", f -> f.payees() == 0, "(no payee named)"),
            of(TOP_PAYEE, 5.5, "where … shop|shopped|shopping … most|more|often"),
            when(TOP_PAYEE, 5.5, "where … spend|spent|spending|pay|paid … most|more", f -> f.categories() > 0,
                    "(with a category: where the category's money went)"),

            // requests to do something else ("remind me to pay rent", "delete all my expenses") are not questions
            // about spending: an unknown rule that outweighs what the other words suggest
            of(Intent.UNKNOWN, 8.0, "^ remind|book|send|transfer|delete|remove|erase|play|cook|translate|schedule"
                    + "|call|email|cancel|rename|sell|drop|truncate|update|insert"),
            of(Intent.UNKNOWN, 8.0, "^ can|could|would|will you … order|book|send|pay|buy|transfer|delete|remind"),

            of(BUDGET_STATUS, 6.0, "budget|budgets|budgeted|budgeting|allowance|overspent|overspending"),
            of(BUDGET_STATUS, 6.0, "limit|limits"),
            of(BUDGET_STATUS, 5.0, "left|remaining … to spend|spending"),
            of(BUDGET_STATUS, 4.5, "have|got … left|remaining"),
            of(BUDGET_STATUS, 4.5, "on track"),
            of(Intent.RECURRING, 6.0, "recurring|recurrent|repeating|reoccurring"),
            of(Intent.RECURRING, 5.0, "regular|fixed|standing bills|payments|charges|expenses|costs"),
            of(Intent.UPCOMING_BILLS, 6.0, "due|upcoming"),
            of(Intent.UPCOMING_BILLS, 6.0, "coming up"),
            // "which recurring bills are due": when a bill is due says more than that it recurs
            of(Intent.UPCOMING_BILLS, 1.0, "recurring|recurrent|repeating|reoccurring … due|upcoming"),
            of(ANOMALIES, 6.0, "unusual|anomaly|anomalies|odd|weird|strange|suspicious|outlier|outliers|unexpected"
                    + "|spike|spikes|abnormal|fraud|fraudulent"));

    private IntentRules() {
    }
}
