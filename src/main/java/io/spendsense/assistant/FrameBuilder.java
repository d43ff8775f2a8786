package io.spendsense.assistant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import io.spendsense.assistant.lang.Normalizer;
import io.spendsense.assistant.lang.PeriodGrammar;
import io.spendsense.assistant.lang.PeriodMatch;
import io.spendsense.domain.AttachmentFilter;
import io.spendsense.domain.DayKind;
import io.spendsense.domain.Period;

/**
 * Turns a {@link Reading} into a {@link Plan}: picks the filters, builds both sides of a comparison, and for a
 * follow-up takes what the question leaves out from the previous plan (what it names replaces what was there).
 */
final class FrameBuilder {
    private FrameBuilder() {
    }

    /** Words that turn a question around where no rule reads them ("what did I not spend on"). */
    private static final java.util.Set<String> NEGATIONS = java.util.Set.of("not", "never", "nothing", "none",
            "neither", "nor", "no");

    static Plan build(Reading r, Plan previous, LocalDate today) {
        var explain = new ArrayList<String>();
        boolean followUp = r.elliptical() && previous != null && previous.intent().readsExpenses();
        Intent intent = r.intent().intent();
        if (r.foreignAmount() != null && !r.foreignAmount().plain() && intent != Intent.HELP) {
            var f = r.foreignAmount();
            explain.add("intent unknown: the amount '" + f.words() + "' is in " + f.code() + ", the expenses are"
                    + " compared in the profile's currency, and reading it as that currency (or converting it at a"
                    + " guessed rate) would answer another question");
            return new Plan(Frame.of(Intent.UNKNOWN), false, false, 1, explain, List.of());
        }
        if (r.outOfScope() != null && intent != Intent.ADD_EXPENSE && intent != Intent.HELP) {
            explain.add("intent unknown: asks about " + r.outOfScope().name() + " ('" + r.outOfScope().words()
                    + "'), which SpendSense does not track");
            return new Plan(Frame.of(Intent.UNKNOWN), false, false, 1, explain, List.of());
        }
        if (!r.noSuchDates().isEmpty() && intent != Intent.HELP) {
            var d = r.noSuchDates().get(0);
            explain.add("intent unknown: '" + d.words() + "' is no date (" + d.why() + "), and guessing a period"
                    + " would answer another question");
            return new Plan(Frame.of(Intent.UNKNOWN), false, false, 1, explain, List.of());
        }
        if (r.ambiguous() != null && intent.readsExpenses()) {
            var a = r.ambiguous();
            explain.add(r.intent().explain());
            explain.add("intent unknown: '" + a.word() + "' is only part of the synonyms of " + String.join(", ",
                    a.categories()) + ", so it names none of them for sure, and picking one would answer another"
                    + " question");
            return new Plan(Frame.of(Intent.UNKNOWN), false, false, 1, explain, List.of());
        }
        var negations = r.ignored().stream().filter(NEGATIONS::contains).toList();
        if (!negations.isEmpty() && intent.readsExpenses()) {
            explain.add(r.intent().explain());
            explain.add("intent unknown: '" + String.join("', '", negations) + "' turns the question around, and"
                    + " answering without it would answer the opposite question");
            return new Plan(Frame.of(Intent.UNKNOWN), false, false, 1, explain, r.ignored());
        }
        var dateLike = r.ignored().stream().filter(PeriodGrammar::looksLikeDate).toList();
        if (!dateLike.isEmpty() && intent.readsExpenses()) {
            explain.add(r.intent().explain());
            explain.add("intent unknown: '" + String.join("', '", dateLike) + "' looks like a misspelt month or"
                    + " weekday that could not be read, and answering without it would cover another period");
            return new Plan(Frame.of(Intent.UNKNOWN), false, false, 1, explain, r.ignored());
        }
        if (intent.readsExpenses() && !followUp && !r.ignored().isEmpty() && !r.hasAnyEntity()
                && r.intent().score() < IntentClassifier.SPECIFIC) {
            explain.add(r.intent().explain());
            explain.add("intent unknown: '" + String.join("', '", r.ignored()) + "' not understood, and the rest"
                    + " names nothing to answer on its own");
            return new Plan(Frame.of(Intent.UNKNOWN), false, false, 1, explain, r.ignored());
        }
        for (IntentTypos.Fix t : r.typos()) {
            explain.add("typo: read '" + t.typed() + "' as '" + t.word() + "'");
        }
        if (followUp && !r.intent().ownWords()) {
            intent = previous.intent();
            explain.add("intent " + intent.wireName() + ": follow-up (" + r.ellipticalWhy()
                    + "), kept the intent of the previous question");
        } else {
            explain.add(r.intent().explain());
            if (followUp) {
                explain.add("follow-up (" + r.ellipticalWhy() + "): filters not named are kept");
            }
        }
        if (intent == Intent.BUDGET_STATUS) {
            return periodPlan(intent, r, explain, Period.month(YearMonth.from(today)),
                    "this month (budgets are monthly; no period named)");
        }
        if (intent == Intent.ANOMALIES) {
            return periodPlan(intent, r, explain, Period.month(YearMonth.from(today)), "this month (no period named)");
        }
        if (intent == Intent.UPCOMING_BILLS) {
            return UpcomingPeriods.adjust(periodPlan(intent, r, explain, new Period(today, today.plusDays(30)),
                    "the next 30 days"), r, today);
        }
        if (intent == Intent.UNKNOWN && r.hasAnyEntity() && r.intent().score() == 0) {
            // "zebra this week": a period or filter alone is no question, the answer names the words it could not read
            return new Plan(Frame.of(intent), false, false, 1, explain, r.ignored());
        }
        if (!intent.readsExpenses()) {
            return new Plan(Frame.of(intent), false, false, explain);
        }
        var ignored = new ArrayList<>(r.ignored());
        Sides s = followUp ? Sides.from(previous) : new Sides();
        if (intent == Intent.COMPARE && followUp && previous.intent() != Intent.COMPARE) {
            compareWithPrevious(r, s, explain, today);
        } else if (intent == Intent.COMPARE && followUp && r.shifted() != null && s.period2 != null
                && !s.period.equals(s.period2)) {
            // "the month before?" after "February vs January": both sides move
            s.period = r.shifted().period();
            s.period2 = new PeriodGrammar(today).shiftPrevious(r.question().tokens(), s.period2)
                    .map(PeriodMatch::period).orElse(before(s.period2, today));
            explain.add("follow-up: both sides moved by '" + r.shifted().words() + "': " + s.period + " and "
                    + s.period2);
        } else if (intent == Intent.COMPARE) {
            compare(r, s, followUp, explain, today);
        } else {
            single(r, s, followUp, explain, ignored);
        }
        exclusions(r, s, followUp, explain);
        if (r.amount() != null) {
            s.gt = r.amount().min();
            s.gtInclusive = r.amount().min() != null && !r.amount().minExclusive();
            s.lt = r.amount().max();
            s.ltInclusive = r.amount().max() != null && !r.amount().maxExclusive();
            explain.add("amount " + bounds(s) + " from '" + r.amount().words() + "' (rule " + r.amount().rule() + ")");
        } else if (followUp && (s.gt != null || s.lt != null)) {
            explain.add("follow-up: kept amount " + bounds(s) + " from the previous question");
        }
        if (r.days() != null) {
            s.days = r.days().days();
            explain.add("days " + s.days.name().toLowerCase() + " from '" + r.days().words() + "'");
        } else if (followUp && s.days != null) {
            explain.add("follow-up: kept days " + s.days.name().toLowerCase() + " from the previous question");
        }
        if (r.receipts() != null) {
            s.receipts = r.receipts().receipts();
            explain.add("receipts: " + receiptWords(s.receipts) + " from '" + r.receipts().words() + "'");
        } else if (followUp && s.receipts != AttachmentFilter.ANY) {
            explain.add("follow-up: kept receipts: " + receiptWords(s.receipts) + " from the previous question");
        }
        if (r.currency() != null) {
            s.currency = r.currency().code();
            explain.add("paid in " + s.currency + " from '" + r.currency().words() + "' (the currency paid in;"
                    + " amounts stay in the profile's)");
        } else if (followUp && s.currency != null) {
            explain.add("follow-up: kept paid in " + s.currency + " from the previous question");
        }
        Per per = null;
        if (intent == Intent.AVERAGE_SPENT) {
            if (r.per() != null) {
                per = r.per();
                explain.add("per " + per.wireName() + " from '" + r.perWords() + "'");
            } else if (followUp && previous.frame().per() != null) {
                per = previous.frame().per();
                explain.add("follow-up: kept per " + per.wireName());
            } else {
                per = Per.EXPENSE;
                explain.add("per expense: no day, week or month named");
            }
        }
        if (intent != Intent.COMPARE) {
            s.period2 = null;
            s.category2 = null;
            s.payee2 = null;
        }
        if (!ignored.isEmpty()) {
            explain.add("not used: '" + String.join("', '", ignored) + "'");
        }
        var frame = new Frame(intent, s.period, s.categories, s.payees, s.days, s.gt, s.lt, per, s.period2,
                s.category2, s.payee2, s.excludeCategories, s.excludePayees, s.receipts, s.currency);
        int limit = 1;
        if ((intent == Intent.BIGGEST_EXPENSE || intent == Intent.SMALLEST_EXPENSE) && r.limit() > 1) {
            limit = r.limit();
            explain.add("list the " + limit + " " + (intent == Intent.BIGGEST_EXPENSE ? "biggest" : "smallest"));
        } else if (intent == Intent.TOP_PAYEE && r.limit() > 1) {
            limit = r.limit();
            explain.add("name the top " + limit + " payees (the value is the first one's total)");
        } else if (followUp && intent == previous.intent() && previous.limit() > 1 && !r.intent().ownWords()) {
            // "top 3 merchants last month" → "and in October?": still the top 3
            limit = previous.limit();
            explain.add("follow-up: kept the " + limit + " asked for");
        }
        return new Plan(frame, s.gtInclusive, s.ltInclusive, limit, explain, ignored);
    }

    /** "excluding rent", "except Amazon": named exclusions replace the previous question's, else they are kept. */
    private static void exclusions(Reading r, Sides s, boolean followUp, List<String> explain) {
        if (!r.excludedCategories().isEmpty() || !r.excludedPayees().isEmpty()) {
            s.excludeCategories = new ArrayList<>();
            s.excludePayees = new ArrayList<>();
            for (var c : r.excludedCategories()) {
                boolean asked = s.categories.stream().anyMatch(c.category().name()::equalsIgnoreCase);
                if (!c.how().startsWith("name") && asked) {
                    // "utilities excluding internet": the synonym is a part of the category asked about, so what is
                    // left out is the expenses that name it, not the whole category
                    add(s.excludePayees, c.words());
                    explain.add("excluding '" + c.words() + "' as payee or description text: it is a synonym of "
                            + c.category().name() + ", the category asked about");
                    continue;
                }
                add(s.excludeCategories, c.category().name());
                explain.add("excluding " + categoryLine(c));
            }
            for (var p : r.excludedPayees()) {
                add(s.excludePayees, p.name());
                explain.add("excluding " + payeeLine(p));
            }
        } else if (followUp && (!s.excludeCategories.isEmpty() || !s.excludePayees.isEmpty())) {
            explain.add("follow-up: kept what the previous question left out");
        }
    }

    private static void add(List<String> list, String name) {
        if (list.stream().noneMatch(name::equalsIgnoreCase)) {
            list.add(name);
        }
    }

    /**
     * Budget status and upcoming bills: the period named (else {@code otherwise}) and the category asked about;
     * payees and amounts are not filters there.
     */
    private static Plan periodPlan(Intent intent, Reading r, List<String> explain, Period otherwise, String why) {
        var s = new Sides();
        single(r, s, false, explain, new ArrayList<>());
        if (!s.categories.isEmpty() && intent == Intent.UPCOMING_BILLS
                && r.categories().get(0).words().matches("bills?")) {
            // "bills" is a synonym of a category, but "what bills are due" asks about every bill
            explain.add("category " + s.categories.get(0) + " from 'bills' ignored: bills of every category");
            s.categories = new ArrayList<>();
        }
        if (s.period.isAllTime()) {
            explain.removeIf(line -> line.startsWith("period: all time"));
            s.period = otherwise;
            explain.add("period: " + why);
        }
        if (!s.payees.isEmpty()) {
            explain.add("payee " + s.payees.get(0) + " ignored: not a filter of " + intent.wireName());
        }
        var frame = Frame.of(intent, s.period, s.categories.isEmpty() ? List.of() : List.of(s.categories.get(0)));
        return new Plan(frame, false, false, explain);
    }

    private static void single(Reading r, Sides s, boolean followUp, List<String> explain, List<String> ignored) {
        List<PeriodMatch> periods = periods(r);
        if (!periods.isEmpty()) {
            PeriodMatch p = periods.get(0);
            s.period = p.period();
            explain.add(periodLine(p));
            if (periods.size() > 1) {
                PeriodMatch q = periods.get(1);
                if (q.period().from() != null && p.period().to() != null
                        && !q.period().from().isAfter(p.period().to().plusDays(1))
                        && !q.period().from().isBefore(p.period().from())) {
                    s.period = new Period(p.period().from(), max(p.period().to(), q.period().to()));
                    explain.add("period " + s.period + ": '" + p.words() + "' and '" + q.words() + "' joined");
                } else {
                    explain.add("also named '" + q.words() + "': only the first period is used");
                    ignored.add(q.words());
                }
            }
        } else if (followUp) {
            explain.add("follow-up: kept period " + describe(s.period) + " from the previous question");
        } else {
            explain.add("period: all time (no period named)");
        }
        subjects(r, s, followUp, explain);
    }

    private static void subjects(Reading r, Sides s, boolean followUp, List<String> explain) {
        if (followUp && r.subjects() > 0 && (!s.categories.isEmpty() || !s.payees.isEmpty())) {
            // category and payee together say what the money went on: naming either replaces both
            explain.add("follow-up: '" + subjectWords(r) + "' replaces " + String.join(" and ",
                    java.util.stream.Stream.concat(s.categories.stream().map(c -> "category " + c),
                            s.payees.stream().map(p -> "payee " + p)).toList()));
            s.categories = new ArrayList<>();
            s.payees = new ArrayList<>();
        }
        if (!r.categories().isEmpty()) {
            s.categories = new ArrayList<>();
            for (var c : r.categories()) {
                add(s.categories, c.category().name());
                explain.add(categoryLine(c));
            }
            if (s.categories.size() > 1) {
                explain.add("categories: any of " + String.join(", ", s.categories));
            }
        } else if (followUp && !s.categories.isEmpty()) {
            explain.add("follow-up: kept category " + String.join(", ", s.categories) + " from the previous question");
        }
        if (!r.payees().isEmpty()) {
            s.payees = new ArrayList<>();
            for (var p : r.payees()) {
                add(s.payees, p.name());
                explain.add(payeeLine(p));
            }
            if (s.payees.size() > 1) {
                explain.add("payees: any of " + String.join(", ", s.payees));
            }
        } else if (followUp && !s.payees.isEmpty()) {
            explain.add("follow-up: kept payee " + String.join(", ", s.payees) + " from the previous question");
        }
    }

    private static void compare(Reading r, Sides s, boolean followUp, List<String> explain, LocalDate today) {
        List<PeriodMatch> periods = periods(r);
        var cats = r.categories();
        var payees = r.payees();
        if (periods.size() >= 2) {
            s.period = periods.get(0).period();
            s.period2 = periods.get(1).period();
            explain.add("side 1 " + periodLine(periods.get(0)));
            explain.add("side 2 " + periodLine(periods.get(1)));
        } else if (periods.size() == 1 && !followUp && cats.size() < 2 && payees.size() < 2
                && cats.size() + payees.size() < 2 && afterThan(r, periods.get(0))) {
            // "more on coffee than last month": the one period named is side 2; side 1 is the same kind now.
            s.period2 = periods.get(0).period();
            s.period = now(s.period2, today);
            explain.add("side 2 " + periodLine(periods.get(0)) + ", named after 'than'");
            explain.add("side 1 period " + describe(s.period) + ": the same kind of period now");
        } else if (periods.size() == 1) {
            boolean bothSides = !followUp || s.period2 == null || s.period.equals(s.period2);
            s.period = periods.get(0).period();
            explain.add((bothSides && (cats.size() >= 2 || payees.size() >= 2 || followUp) ? "both sides " : "side 1 ")
                    + periodLine(periods.get(0)));
            if (bothSides && (cats.size() >= 2 || payees.size() >= 2 || cats.size() + payees.size() == 2
                    || followUp && s.period2 != null)) {
                s.period2 = s.period;
            } else if (!bothSides) {
                explain.add("follow-up: kept side 2 period " + describe(s.period2));
            } else {
                s.period2 = before(s.period, today);
                explain.add("side 2 period " + describe(s.period2) + ": the period before (nothing else to compare)");
            }
        } else if (!followUp || s.period2 == null) {
            if (cats.size() >= 2 || payees.size() >= 2 || cats.size() + payees.size() == 2) {
                s.period2 = s.period;
                explain.add("both sides: "
                        + (s.period.isAllTime() ? "all time (no period named)" : describe(s.period)));
            } else {
                s.period = Period.month(java.time.YearMonth.from(today));
                s.period2 = before(s.period, today);
                explain.add("no periods named: this month against last month");
            }
        } else {
            explain.add("follow-up: kept periods " + describe(s.period) + " and " + describe(s.period2));
        }
        if (cats.size() >= 2) {
            s.setCategory(cats.get(0).category().name());
            s.category2 = cats.get(1).category().name();
            explain.add("side 1 " + categoryLine(cats.get(0)));
            explain.add("side 2 " + categoryLine(cats.get(1)));
        } else if (cats.size() == 1 && payees.size() == 1 && periods.size() < 2) {
            boolean categoryFirst = cats.get(0).start() < payees.get(0).start();
            s.setCategory(categoryFirst ? cats.get(0).category().name() : null);
            s.category2 = categoryFirst ? null : cats.get(0).category().name();
            s.setPayee(categoryFirst ? null : payees.get(0).name());
            s.payee2 = categoryFirst ? payees.get(0).name() : null;
            explain.add("side " + (categoryFirst ? 1 : 2) + " " + categoryLine(cats.get(0)));
            explain.add("side " + (categoryFirst ? 2 : 1) + " " + payeeLine(payees.get(0)));
            return;
        } else if (cats.size() == 1) {
            s.setCategory(cats.get(0).category().name());
            s.category2 = s.category();
            explain.add("both sides " + categoryLine(cats.get(0)));
        } else if (followUp && (s.category() != null || s.category2 != null)) {
            explain.add("follow-up: kept categories from the previous question");
        }
        if (payees.size() >= 2) {
            s.setPayee(payees.get(0).name());
            s.payee2 = payees.get(1).name();
            explain.add("side 1 " + payeeLine(payees.get(0)));
            explain.add("side 2 " + payeeLine(payees.get(1)));
        } else if (payees.size() == 1) {
            s.setPayee(payees.get(0).name());
            s.payee2 = s.payee();
            explain.add("both sides " + payeeLine(payees.get(0)));
        }
    }

    private static String subjectWords(Reading r) {
        var words = new ArrayList<String>();
        r.categories().forEach(c -> words.add(c.words()));
        r.payees().forEach(p -> words.add(p.words()));
        return String.join("', '", words);
    }

    /**
     * "compare that to February" after a question about January: side 1 is the previous question, side 2 is what
     * this one names (a period, a category or a payee); what it does not name is the same on both sides.
     */
    private static void compareWithPrevious(Reading r, Sides s, List<String> explain, LocalDate today) {
        List<PeriodMatch> periods = periods(r);
        explain.add("side 1: the previous question (" + s.period + (s.category() == null ? "" : ", " + s.category())
                + (s.payee() == null ? "" : ", " + s.payee()) + ")");
        s.period2 = periods.isEmpty() ? s.period : periods.get(0).period();
        s.category2 = s.category();
        s.payee2 = s.payee();
        if (!periods.isEmpty()) {
            explain.add("side 2 " + periodLine(periods.get(0)));
        } else if (r.subjects() == 0) {
            s.period2 = before(s.period, today);
            explain.add("side 2 period " + describe(s.period2) + ": the period before");
        }
        if (!r.categories().isEmpty() || !r.payees().isEmpty()) {
            s.category2 = r.categories().isEmpty() ? null : r.categories().get(0).category().name();
            s.payee2 = r.payees().isEmpty() ? null : r.payees().get(0).name();
            r.categories().stream().findFirst().ifPresent(c -> explain.add("side 2 " + categoryLine(c)));
            r.payees().stream().findFirst().ifPresent(p -> explain.add("side 2 " + payeeLine(p)));
        }
    }

    /** The periods in sentence order, the shifted one ("the month before") included. */
    private static List<PeriodMatch> periods(Reading r) {
        var list = new ArrayList<>(r.periods());
        if (r.shifted() != null) {
            list.add(r.shifted());
            list.sort(java.util.Comparator.comparingInt(PeriodMatch::startToken));
        }
        return list;
    }

    /** Whether a period's words follow "than" (or "than in", "than during" …): the second side of a comparison. */
    private static boolean afterThan(Reading r, PeriodMatch p) {
        var words = r.question().words();
        int i = p.startToken() - 1;
        if (i >= 0 && java.util.Set.of("in", "on", "for", "during", "over", "at").contains(words.get(i))) {
            i--;
        }
        return i >= 0 && words.get(i).equals("than");
    }

    /**
     * The period of the same kind as {@code p} that holds today: this year for a year, this quarter for a quarter,
     * this month for a month, this week for a week, today for a day, else as many days ending today.
     */
    static Period now(Period p, LocalDate today) {
        if (p.isAllTime() || p.from() == null || p.to() == null) {
            return p;
        }
        String unit = p.isWholeYear() ? "year" : p.isWholeMonth() ? "month"
                : p.equals(quarterOf(p.from())) ? "quarter" : p.equals(Period.weekOf(p.from())) ? "week"
                : p.days() == 1 ? "today" : null;
        if (unit == null) {
            return new Period(today.minusDays(p.days() - 1), today);
        }
        var tokens = Normalizer.normalize(unit.equals("today") ? unit : "this " + unit).tokens();
        return new PeriodGrammar(today).findFirst(tokens).map(PeriodMatch::period)
                .orElse(new Period(today.minusDays(p.days() - 1), today));
    }

    private static Period quarterOf(LocalDate day) {
        return Period.quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The period just before: the month before a month, the year before a year, else the same length before. */
    static Period before(Period p, LocalDate today) {
        if (p.isAllTime() || p.from() == null || p.to() == null) {
            return p;
        }
        String unit = p.isWholeYear() ? "year" : p.isWholeMonth() ? "month" : "day";
        var tokens = Normalizer.normalize("the " + unit + " before").tokens();
        return new PeriodGrammar(today).shiftPrevious(tokens, p).map(PeriodMatch::period)
                .orElse(new Period(p.from().minusDays(p.days()), p.from().minusDays(1)));
    }

    static String periodLine(PeriodMatch p) {
        return "period " + p.period() + " from '" + p.words() + "' (rule " + p.rule() + ")";
    }

    static String categoryLine(CategoryMatcher.Match c) {
        return "category " + c.category().name() + " from '" + c.words() + "' (" + c.how() + ")";
    }

    static String payeeLine(Reading.PayeeRef p) {
        return "payee " + p.name() + " from '" + p.words() + "' (" + p.how() + ")";
    }

    private static String describe(Period p) {
        return p == null ? "none" : p.toString();
    }

    private static String bounds(Sides s) {
        var parts = new ArrayList<String>();
        if (s.gt != null) {
            parts.add((s.gtInclusive ? ">= " : "> ") + s.gt.toPlainString());
        }
        if (s.lt != null) {
            parts.add((s.ltInclusive ? "<= " : "< ") + s.lt.toPlainString());
        }
        return String.join(" and ", parts);
    }

    /** "only expenses with an attachment", "only expenses without one": the explanation's words. */
    private static String receiptWords(AttachmentFilter receipts) {
        return receipts == AttachmentFilter.WITH ? "only expenses with an attachment"
                : "only expenses without one";
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b == null ? null : a.isAfter(b) ? a : b;
    }

    /** The mutable slots while a frame is assembled. */
    private static final class Sides {
        Period period = Period.ALL_TIME;
        List<String> categories = new ArrayList<>();
        List<String> payees = new ArrayList<>();
        List<String> excludeCategories = new ArrayList<>();
        List<String> excludePayees = new ArrayList<>();
        DayKind days;
        AttachmentFilter receipts = AttachmentFilter.ANY;
        BigDecimal gt;
        BigDecimal lt;
        boolean gtInclusive;
        boolean ltInclusive;
        Period period2;
        String category2;
        String payee2;
        String currency;

        String category() {
            return categories.isEmpty() ? null : categories.get(0);
        }

        String payee() {
            return payees.isEmpty() ? null : payees.get(0);
        }

        void setCategory(String name) {
            categories = name == null ? new ArrayList<>() : new ArrayList<>(List.of(name));
        }

        void setPayee(String name) {
            payees = name == null ? new ArrayList<>() : new ArrayList<>(List.of(name));
        }

        static Sides from(Plan p) {
            var s = new Sides();
            Frame f = p.frame();
            s.period = f.period();
            s.categories = new ArrayList<>(f.categories());
            s.payees = new ArrayList<>(f.payees());
            s.excludeCategories = new ArrayList<>(f.excludeCategories());
            s.excludePayees = new ArrayList<>(f.excludePayees());
            s.days = f.days();
            s.receipts = f.receipts();
            s.gt = f.amountGt();
            s.lt = f.amountLt();
            s.gtInclusive = p.gtInclusive();
            s.ltInclusive = p.ltInclusive();
            s.period2 = f.period2();
            s.category2 = f.category2();
            s.payee2 = f.payee2();
            s.currency = f.currency();
            return s;
        }
    }
}
