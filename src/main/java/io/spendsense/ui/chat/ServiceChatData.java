package io.spendsense.ui.chat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.spendsense.domain.Category;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Period;
import io.spendsense.service.CategoryService;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.SummaryService;

/** {@link ChatData} over the services: categories from {@link CategoryService}, suggestions from SQL summaries. */
public final class ServiceChatData implements ChatData {
    private final SignedInUser who;
    private final CategoryService categories;
    private final SummaryService summaries;
    private final Clock clock;

    public ServiceChatData(SignedInUser who, CategoryService categories, SummaryService summaries, Clock clock) {
        this.who = who;
        this.categories = categories;
        this.summaries = summaries;
        this.clock = clock;
    }

    @Override
    public List<Category> categories() {
        return categories.listIncludingArchived(who);
    }

    @Override
    public List<String> suggestions() {
        var month = YearMonth.from(LocalDate.now(clock));
        var list = new ArrayList<String>();
        var lastMonth = summaries.byCategory(who, ExpenseFilter.of(Period.month(month.minusMonths(1))));
        if (!lastMonth.isEmpty()) {
            list.add("How much did I spend on " + lower(lastMonth.get(0).category()) + " last month?");
        }
        if (lastMonth.size() > 1) {
            // The biggest category (often the rent) left out: what the rest of the month cost.
            list.add("How much did I spend last month excluding " + lower(lastMonth.get(0).category()) + "?");
        }
        list.add("What was my biggest expense this month?");
        list.add("Compare my spending this month vs last month");
        var thisYear = summaries.byCategory(who, ExpenseFilter.of(Period.year(month.getYear())));
        if (thisYear.size() > 1) {
            list.add("How has my " + lower(thisYear.get(1).category()) + " spending changed over the last 6 months?");
        }
        if (!thisYear.isEmpty()) {
            list.add("Which merchant did I spend the most at this year?");
        }
        list.add("help");
        return list;
    }

    private static String lower(String category) {
        return category.toLowerCase(Locale.ROOT);
    }
}
