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
import io.spendsense.ui.common.Messages;

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
            list.add(Messages.format("chat.suggest.lastMonthCategory", lower(lastMonth.get(0).category())));
        }
        if (lastMonth.size() > 1) {
            // The biggest category (often the rent) left out: what the rest of the month cost.
            list.add(Messages.format("chat.suggest.lastMonthExcluding", lower(lastMonth.get(0).category())));
        }
        list.add(Messages.get("chat.suggest.biggest"));
        list.add(Messages.get("chat.suggest.compare"));
        var thisYear = summaries.byCategory(who, ExpenseFilter.of(Period.year(month.getYear())));
        if (thisYear.size() > 1) {
            list.add(Messages.format("chat.suggest.trend", lower(thisYear.get(1).category())));
        }
        if (!thisYear.isEmpty()) {
            list.add(Messages.get("chat.suggest.topMerchant"));
        }
        list.add(Messages.get("chat.suggest.help"));
        return list;
    }

    private static String lower(String category) {
        return category.toLowerCase(Locale.ROOT);
    }
}
