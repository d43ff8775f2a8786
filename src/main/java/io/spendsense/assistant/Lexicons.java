package io.spendsense.assistant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.spendsense.domain.Category;
import io.spendsense.service.CategoryService;
import io.spendsense.service.ExpenseService;
import io.spendsense.service.SignedInUser;

/**
 * Each user's lexicon, cached. Categories are re-read on every question (a few rows, and a rename must show at
 * once); the payee list is an aggregate over all expenses, so it is kept for {@link #PAYEE_TTL} or until
 * {@link #invalidate} says the data changed. A payee added elsewhere in between is still understood after "at".
 */
final class Lexicons {
    static final Duration PAYEE_TTL = Duration.ofSeconds(10);

    private record Cached(List<Category> categories, List<PayeeMatcher.Known> payees, UserLexicon lexicon,
                          Instant payeesReadAt) {
    }

    private final CategoryService categories;
    private final ExpenseService expenses;
    private final Clock clock;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    Lexicons(CategoryService categories, ExpenseService expenses, Clock clock) {
        this.categories = categories;
        this.expenses = expenses;
        this.clock = clock;
    }

    UserLexicon get(SignedInUser who) {
        List<Category> cats = categories.list(who);
        Cached c = cache.get(who.id());
        Instant now = clock.instant();
        boolean payeesFresh = c != null && !now.isAfter(c.payeesReadAt().plus(PAYEE_TTL))
                && !now.isBefore(c.payeesReadAt());
        if (c != null && payeesFresh && c.categories().equals(cats) && c.lexicon().currency().equals(who.currency())) {
            return c.lexicon();
        }
        List<PayeeMatcher.Known> payees = payeesFresh ? c.payees() : readPayees(who);
        var lexicon = UserLexicon.of(cats, payees, who.currency());
        cache.put(who.id(), new Cached(cats, payees, lexicon, payeesFresh ? c.payeesReadAt() : now));
        return lexicon;
    }

    void invalidate(SignedInUser who) {
        cache.remove(who.id());
    }

    private List<PayeeMatcher.Known> readPayees(SignedInUser who) {
        return expenses.payees(who).stream()
                .map(p -> new PayeeMatcher.Known(p.payee(), p.usualCategoryId(), p.count())).toList();
    }
}
