#!/usr/bin/env python3
"""Writes v2-corpus.jsonl: questions for the contract v2 classes (dates, exclusions, unions, top payee, how often,
which-X lists, charts, amount shorthand, help, follow-ups, unknown and ignored), with every expected period and value
computed here from dev-expenses.csv: period arithmetic with datetime/calendar, filters, sums, counts, means, maxima.
An oracle independent of the engine: nothing here runs or reads the Java code.

Run from the repository root:  python3 src/test/tools/make_v2_corpus.py
Python 3 standard library only; deterministic (no randomness): the same CSV gives the same file.

Each line: {"block", "today", "query", "class", "expect"}. "class" is for people and the test's summary (the replay
ignores it); questions of one block form one conversation. Trend lines also carry the expected "series" (one entry
per calendar month of the period), which V2CorpusTest checks besides the contract's pass rule.
"""
import calendar
import csv
import datetime as dt
import json
from decimal import Decimal, ROUND_HALF_UP

RES = "src/test/resources/io/spendsense/assistant/"
D = dt.date
DAY = dt.timedelta(days=1)

# ---------------------------------------------------------------------------------------------------------- data
ROWS = []
with open(RES + "dev-expenses.csv", newline="") as f:
    for r in csv.DictReader(f):
        ROWS.append((D.fromisoformat(r["date"]), r["description"], r["category"], r["payee"], Decimal(r["amount"])))


def as_list(x):
    if x is None:
        return []
    return list(x) if isinstance(x, (list, tuple)) else [x]


def contains(e, word):
    w = word.lower()
    return w in e[3].lower() or w in e[1].lower()


def match(e, f):
    d, _desc, cat, _pay, amt = e
    if f.get("fr") and d < f["fr"]:
        return False
    if f.get("to") and d > f["to"]:
        return False
    cats = [c.lower() for c in as_list(f.get("category"))]
    if cats and cat.lower() not in cats:
        return False
    pays = as_list(f.get("payee"))
    if pays and not any(contains(e, p) for p in pays):
        return False
    if cat.lower() in [c.lower() for c in as_list(f.get("xcat"))]:
        return False
    if any(contains(e, p) for p in as_list(f.get("xpay"))):
        return False
    if f.get("days") == "weekend" and d.weekday() < 5:
        return False
    if f.get("days") == "weekday" and d.weekday() >= 5:
        return False
    if f.get("gt") is not None and not amt > Decimal(f["gt"]):
        return False
    if f.get("lt") is not None and not amt < Decimal(f["lt"]):
        return False
    return True


def sel(f):
    return [e for e in ROWS if match(e, f)]


def money(x):
    return str(Decimal(x).quantize(Decimal("0.01"), ROUND_HALF_UP))


def total(f):
    return sum((e[4] for e in sel(f)), Decimal(0))


def group(f, key):
    out = {}
    for e in sel(f):
        out[key(e)] = out.get(key(e), Decimal(0)) + e[4]
    return out


def months_between(a, b):
    return (b.year - a.year) * 12 + b.month - a.month + 1


def month_list(a, b):
    y, m = a.year, a.month
    out = []
    while (y, m) <= (b.year, b.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def compute(intent, f, per=None):
    """The expected value and answer_* fields of an intent over the filters f."""
    if intent == "total_spent":
        return {"value": money(total(f))}
    if intent in ("count_expenses", "list_expenses"):
        return {"value": str(len(sel(f)))}
    if intent == "biggest_expense":
        return {"value": money(max(e[4] for e in sel(f)))}
    if intent == "smallest_expense":
        return {"value": money(min(e[4] for e in sel(f)))}
    if intent == "top_category":
        t = group(f, lambda e: e[2])
        c = max(sorted(t), key=lambda c: t[c])
        return {"value": money(t[c]), "answer_category": c}
    if intent == "category_breakdown":
        t = group(f, lambda e: e[2])
        c = max(sorted(t), key=lambda c: t[c])
        return {"value": money(sum(t.values())), "answer_category": c}
    if intent == "top_month":
        t = group(f, lambda e: e[0].strftime("%Y-%m"))
        m = max(sorted(t), key=lambda m: t[m])
        return {"value": money(t[m]), "answer_month": m}
    if intent == "top_payee":
        # payees that differ only in case (or surrounding blanks) are one; ties go to the alphabetically first
        t, name = {}, {}
        for e in sel(f):
            k = e[3].strip().lower()
            if not k:
                continue
            t[k] = t.get(k, Decimal(0)) + e[4]
            name.setdefault(k, e[3].strip())
        k = min(t, key=lambda k: (-t[k], k))
        return {"value": money(t[k]), "answer_payee": name[k]}
    if intent == "trend":
        out = {"value": money(total(f))}
        if f.get("fr") and f.get("to"):
            by_month = group(f, lambda e: (e[0].year, e[0].month))
            out["series"] = [{"month": "%04d-%02d" % ym, "total": money(by_month.get(ym, Decimal(0)))}
                             for ym in month_list(f["fr"], f["to"])]
        return out
    if intent == "average_spent":
        t = total(f)
        if per == "expense":
            return {"value": money(t / len(sel(f)))}
        days = (f["to"] - f["fr"]).days + 1
        if per == "day":
            return {"value": money(t / days)}
        if per == "week":
            return {"value": money(t * 7 / days)}
        return {"value": money(t / months_between(f["fr"], f["to"]))}
    return {}


# ------------------------------------------------------------------------------------------------------ periods
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def last_day(y, m):
    return calendar.monthrange(y, m)[1]


def month(y, m):
    return D(y, m, 1), D(y, m, last_day(y, m))


def add_months(y, m, k):
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def this_month(t):
    return month(t.year, t.month)


def last_month(t, back=1):
    return month(*add_months(t.year, t.month, -back))


def year(y):
    return D(y, 1, 1), D(y, 12, 31)


def quarter(y, q):
    return D(y, 3 * q - 2, 1), month(y, 3 * q)[1]


def this_quarter(t):
    return quarter(t.year, (t.month - 1) // 3 + 1)


def last_quarter(t):
    q = (t.month - 1) // 3
    return quarter(t.year, q) if q else quarter(t.year - 1, 4)


def week(t, back=0):
    monday = t - dt.timedelta(days=t.weekday()) - dt.timedelta(weeks=back)
    return monday, monday + 6 * DAY


def weekend(t, back=0):
    monday = week(t, back)[0]
    return monday + 5 * DAY, monday + 6 * DAY


def week_start(t, back=0):
    monday = week(t, back)[0]
    return monday, monday + 2 * DAY


def week_end(t, back=0):
    monday = week(t, back)[0]
    return monday + 4 * DAY, monday + 6 * DAY


def day(d):
    return d, d


def days_ago(t, n):
    return day(t - n * DAY)


def months_ago(t, n):
    y, m = add_months(t.year, t.month, -n)
    return day(D(y, m, min(t.day, last_day(y, m))))


def years_ago(t, n):
    y = t.year - n
    return day(D(y, t.month, min(t.day, last_day(y, t.month))))


def weekdays_ago(t, wd, n):
    """'2 Thursdays ago': the latest such weekday before today is one ago; each further one is a week earlier."""
    d = t - DAY
    while d.weekday() != wd:
        d -= DAY
    return day(d - (n - 1) * 7 * DAY)


def latest_weekday(t, wd):
    """'on Thu': the latest such weekday, today included."""
    d = t
    while d.weekday() != wd:
        d -= DAY
    return day(d)


def month_alone(t, m):
    """A month name alone: the latest such month that has begun (the current month counts)."""
    return month(t.year if m <= t.month else t.year - 1, m)


def last_month_name(t, m):
    """'last sept': that month of last year (the contract's rule)."""
    return month(t.year - 1, m)


def this_month_name(t, m):
    return month(t.year, m)


def latest_day_of_month(t, dom):
    """'on the 18th': the latest such day that has begun."""
    y, m = t.year, t.month
    while True:
        if dom <= last_day(y, m) and D(y, m, dom) <= t:
            return day(D(y, m, dom))
        y, m = add_months(y, m, -1)


def latest_date(t, m, dom):
    """'Aug 8', a holiday without a year: the latest such date that has begun (today included)."""
    d = D(t.year, m, dom)
    return d if d <= t else D(t.year - 1, m, dom)


def nth_weekday(y, m, wd, n):
    """The n-th (1..5, or -1 for the last) weekday wd of a month."""
    if n > 0:
        d = D(y, m, 1)
        while d.weekday() != wd:
            d += DAY
        return day(d + (n - 1) * 7 * DAY)
    d = D(y, m, last_day(y, m))
    while d.weekday() != wd:
        d -= DAY
    return day(d)


def part_of_month(y, m, part):
    return {"early": (D(y, m, 1), D(y, m, 10)), "mid": (D(y, m, 11), D(y, m, 20)),
            "late": (D(y, m, 21), D(y, m, last_day(y, m)))}[part]


def part_of_year(y, part):
    return {"early": (D(y, 1, 1), D(y, 4, 30)), "mid": (D(y, 5, 1), D(y, 8, 31)),
            "late": (D(y, 9, 1), D(y, 12, 31))}[part]


SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def season(name, y):
    """Meteorological seasons; 'winter 2025' is December 2024 to February 2025."""
    if name == "winter":
        return D(y - 1, 12, 1), month(y, 2)[1]
    m = SEASON_START[name]
    return D(y, m, 1), month(y, m + 2)[1]


def season_alone(t, name):
    """A season alone: the latest one that has begun."""
    for y in (t.year + 1, t.year, t.year - 1):
        p = season(name, y)
        if p[0] <= t:
            return p


def span(a, b):
    return a[0], b[1]


# ------------------------------------------------------------------------------------------------------ questions
T = D(2026, 3, 20)          # a Friday: the dev corpus's today
JAN1 = D(2026, 1, 1)        # a Thursday, first day of a year
DEC31 = D(2025, 12, 31)     # a Wednesday, last day of a year
LEAP = D(2024, 2, 29)       # a Thursday, leap day
SUNDAY = D(2026, 3, 15)
MONDAY = D(2026, 3, 16)
AUG15 = D(2025, 8, 15)      # a Friday in summer

LINES = []
_block = [0]


def new_block():
    _block[0] += 1
    return _block[0]


def line(cls, query, intent, period=None, today=T, block=None, per=None, ignored=None, **f):
    """One question. period: (from, to) or None for all time; f: category, payee, xcat, xpay, days, gt, lt."""
    if block is None:
        block = new_block()
    flt = dict(f)
    if period:
        flt["fr"], flt["to"] = period
    expect = {"intent": intent}
    if period:
        expect["from"], expect["to"] = period[0].isoformat(), period[1].isoformat()
    for key, name in (("category", "category"), ("payee", "payee"), ("xcat", "exclude_category"),
                      ("xpay", "exclude_payee"), ("days", "days"), ("gt", "amount_gt"), ("lt", "amount_lt")):
        if f.get(key) is not None:
            v = f[key]
            expect[name] = as_list(v) if key in ("xcat", "xpay") else (list(v) if isinstance(v, (list, tuple)) else v)
    if per:
        expect["per"] = per
    expect.update(compute(intent, flt, per))
    if ignored:
        expect["ignored"] = as_list(ignored)
    LINES.append({"block": block, "today": today.isoformat(), "query": query, "class": cls, "expect": expect})
    return block


def convo(cls, *questions):
    """A conversation: each question is (query, intent, period, kwargs); all share one block and one today."""
    b = new_block()
    for q in questions:
        query, intent, period = q[:3]
        kw = dict(q[3]) if len(q) > 3 else {}
        line(cls, query, intent, period, block=b, **kw)


def unknown(cls, query, today=T, ignored=None):
    expect = {"intent": "unknown"}
    if ignored:
        expect["ignored"] = as_list(ignored)
    LINES.append({"block": new_block(), "today": today.isoformat(), "query": query, "class": cls, "expect": expect})


def static(cls, query, intent):
    LINES.append({"block": new_block(), "today": T.isoformat(), "query": query, "class": cls,
                  "expect": {"intent": intent}})


TS = "total_spent"

# --- dates: day ranges inside a month -------------------------------------------------------------------------
c = "dates/day-range"
lm = last_month(T)
line(c, "how much did I spend from the 3rd to the 17th of last month", TS, (D(lm[0].year, lm[0].month, 3), D(lm[0].year, lm[0].month, 17)))
a8 = latest_date(T, 8, 8)
line(c, "spending Aug 8 - 12", TS, (a8, D(a8.year, 8, 12)))
line(c, "what did i spend between the 1st and the 10th of this month", TS, (D(T.year, T.month, 1), D(T.year, T.month, 10)))
s = month_alone(T, 9)[0]
line(c, "total for 3 to 12 of Sept", TS, (D(s.year, 9, 3), D(s.year, 9, 12)))
j = month_alone(T, 1)[0]
line(c, "How much did I spend on groceries from the 5th to the 20th of January?", TS, (D(j.year, 1, 5), D(j.year, 1, 20)), category="Groceries")
lm1 = last_month(JAN1)
line(c, "how much did i spend from the 10th to the 24th of last month", TS, (D(lm1[0].year, lm1[0].month, 10), D(lm1[0].year, lm1[0].month, 24)), today=JAN1)
f2 = month_alone(T, 2)[0]
line(c, "dining between feb 2 and feb 9", TS, (D(f2.year, 2, 2), D(f2.year, 2, 9)), category="Dining")
line(c, "how much did I spend between the 1st and the 15th of this month?", TS, (D(2024, 2, 1), D(2024, 2, 15)), today=LEAP)
o = month_alone(T, 10)[0]
line(c, "Oct 20-26 spending", TS, (D(o.year, 10, 20), D(o.year, 10, 26)))
line(c, "how much did I spend from Dec 24 to Jan 2", TS, (latest_date(T, 12, 24), latest_date(T, 1, 2)))
line(c, "what did uber cost me from the 1st to the 14th of february 2025", TS, (D(2025, 2, 1), D(2025, 2, 14)), payee="Uber")

# --- dates: the n-th weekday of a month -----------------------------------------------------------------------
c = "dates/nth-weekday"
line(c, "how much did I spend on the last Friday of September", TS, nth_weekday(month_alone(T, 9)[0].year, 9, FRI, -1))
line(c, "what did I spend on the first Monday of this month", TS, nth_weekday(T.year, T.month, MON, 1))
lm = last_month(T)[0]
line(c, "the second Saturday of last month, how much did I spend?", TS, nth_weekday(lm.year, lm.month, SAT, 2))
line(c, "how much did I spend on the third Thursday of November 2025", TS, nth_weekday(2025, 11, THU, 3))
lm1 = last_month(JAN1)[0]
line(c, "how much did I spend on the last Saturday of last month", TS, nth_weekday(lm1.year, lm1.month, SAT, -1), today=JAN1)
line(c, "dining on the second friday of january", TS, nth_weekday(month_alone(T, 1)[0].year, 1, FRI, 2), category="Dining")
line(c, "what did I spend on the last Tuesday of last month", TS, nth_weekday(lm.year, lm.month, TUE, -1))

# --- dates: N units ago, one day ------------------------------------------------------------------------------
c = "dates/ago"
line(c, "how much did I spend 5 days ago", TS, days_ago(T, 5))
line(c, "what did I spend two weeks ago", TS, days_ago(T, 14))
line(c, "How much did I spend 10 days ago?", TS, days_ago(MONDAY, 10), today=MONDAY)
line(c, "how much did i spend a week ago", TS, days_ago(T, 7))
line(c, "what did I spend 2 Thursdays ago", TS, weekdays_ago(T, THU, 2))
line(c, "how much did I spend 3 Mondays ago", TS, weekdays_ago(MONDAY, MON, 3), today=MONDAY)
line(c, "how much did I spend 2 months ago", TS, months_ago(T, 2))
line(c, "what did I spend one year ago", TS, years_ago(T, 1))
line(c, "how much did I spend 4 weeks ago", TS, days_ago(LEAP, 28), today=LEAP)
line(c, "groceries 4 days ago", TS, days_ago(SUNDAY, 4), today=SUNDAY, category="Groceries")

# --- dates: a day inside a relative period --------------------------------------------------------------------
c = "dates/day-of"
lm = last_month(T)[0]
line(c, "how much did I spend on the 20th of last month", TS, day(D(lm.year, lm.month, 20)))
line(c, "what did I spend on the 1st", TS, latest_day_of_month(T, 1))
line(c, "how much did I spend on the 18th", TS, latest_day_of_month(SUNDAY, 18), today=SUNDAY)
line(c, "the 5th of this month, how much did I spend?", TS, day(D(T.year, T.month, 5)))
lm1 = last_month(JAN1)[1]
line(c, "what did I spend on the 31st of last month", TS, day(lm1), today=JAN1)
line(c, "Monday of this week, how much did I spend", TS, day(week(T)[0]))
line(c, "how much did I spend on the 29th", TS, latest_day_of_month(LEAP, 29), today=LEAP)

# --- dates: early / mid / late of a month or a year -----------------------------------------------------------
c = "dates/part"
lm = last_month(T)[0]
line(c, "how much did I spend early last month", TS, part_of_month(lm.year, lm.month, "early"))
line(c, "mid January spending", TS, part_of_month(month_alone(T, 1)[0].year, 1, "mid"))
line(c, "how much did i spend in late february", TS, part_of_month(month_alone(T, 2)[0].year, 2, "late"))
line(c, "groceries at the end of last month", TS, part_of_month(lm.year, lm.month, "late"), category="Groceries")
line(c, "how much did I spend early last year", TS, part_of_year(T.year - 1, "early"))
line(c, "what did I spend in late 2025", TS, part_of_year(2025, "late"))
line(c, "dining in mid 2024", TS, part_of_year(2024, "mid"), category="Dining")
line(c, "how much did I spend in mid February", TS, part_of_month(2024, 2, "mid"), today=LEAP)
line(c, "how much did I spend at the beginning of this year", TS, part_of_year(T.year, "early"))
line(c, "late December spending", TS, part_of_month(2025, 12, "late"), today=JAN1)
line(c, "how much did I spend in early March 2025", TS, part_of_month(2025, 3, "early"))

# --- dates: beginning / end of a week -------------------------------------------------------------------------
c = "dates/week-part"
line(c, "how much did I spend at the beginning of last week", TS, week_start(T, 1))
line(c, "end of last week spending", TS, week_end(T, 1))
line(c, "how much did I spend at the end of this week", TS, week_end(SUNDAY), today=SUNDAY)
line(c, "what did i spend at the beginning of the week", TS, week_start(MONDAY), today=MONDAY)
line(c, "dining at the end of last week", TS, week_end(MONDAY, 1), today=MONDAY, category="Dining")

# --- dates: weekends ------------------------------------------------------------------------------------------
c = "dates/weekend"
line(c, "how much did I spend last weekend", TS, weekend(T, 1))
line(c, "what did I spend this weekend", TS, weekend(SUNDAY), today=SUNDAY)
line(c, "how much did I spend last weekend?", TS, weekend(SUNDAY, 1), today=SUNDAY)
line(c, "spending the weekend of Feb 14", TS, weekend(latest_date(T, 2, 14)))
line(c, "how much on dining the weekend of March 7", TS, weekend(latest_date(T, 3, 7)), category="Dining")
line(c, "last weekend, how much did I spend", TS, weekend(MONDAY, 1), today=MONDAY)

# --- dates: the week / month / year before last ---------------------------------------------------------------
c = "dates/before-last"
line(c, "how much did I spend the week before last", TS, week(T, 2))
line(c, "groceries the month before last", TS, last_month(T, 2), category="Groceries")
line(c, "what did I spend the year before last", TS, year(T.year - 2))
line(c, "how much did I spend the month before last", TS, last_month(JAN1, 2), today=JAN1)
line(c, "the week before last, how much?", TS, week(SUNDAY, 2), today=SUNDAY)
line(c, "dining the year before last", TS, year(JAN1.year - 2), today=JAN1, category="Dining")

# --- dates: seasons -------------------------------------------------------------------------------------------
c = "dates/season"
line(c, "how much did I spend in winter 2025", TS, season("winter", 2025))
line(c, "summer spending", TS, season_alone(T, "summer"))
line(c, "how much did I spend last summer", TS, season("summer", T.year - 1))
line(c, "how much have I spent this summer", TS, season("summer", AUG15.year), today=AUG15)
line(c, "how much did I spend on travel in fall 2024", TS, season("autumn", 2024), category="Travel")
line(c, "autumn 2025 dining", TS, season("autumn", 2025), category="Dining")
line(c, "how much did I spend this spring", TS, season("spring", T.year))
line(c, "what did I spend over the winter", TS, season_alone(T, "winter"))
line(c, "how much did I spend in the fall", TS, season_alone(DEC31, "autumn"), today=DEC31)
line(c, "winter spending on groceries", TS, season_alone(LEAP, "winter"), today=LEAP, category="Groceries")
line(c, "spring 2025 spending", TS, season("spring", 2025))
line(c, "how much did I spend in the summer of 2024", TS, season("summer", 2024))

# --- dates: fixed holidays ------------------------------------------------------------------------------------
c = "dates/holiday"
line(c, "how much did I spend on Christmas", TS, day(latest_date(T, 12, 25)))
line(c, "what did I spend on Christmas Eve 2024", TS, day(D(2024, 12, 24)))
line(c, "how much did I spend on New Year's Eve", TS, day(latest_date(T, 12, 31)))
line(c, "how much did I spend on New Year's Day", TS, day(latest_date(JAN1, 1, 1)), today=JAN1)
line(c, "halloween spending", TS, day(latest_date(T, 10, 31)))
line(c, "how much did I spend on Valentine's Day", TS, day(latest_date(T, 2, 14)))
line(c, "how much did I spend on the Fourth of July", TS, day(latest_date(T, 7, 4)))
line(c, "what did I spend on Boxing Day 2024", TS, day(D(2024, 12, 26)))
line(c, "how much did I spend on St Patrick's Day", TS, day(latest_date(T, 3, 17)))
line(c, "how much did I spend on Christmas?", TS, day(latest_date(D(2025, 12, 24), 12, 25)), today=D(2025, 12, 24))
line(c, "what did I spend on christmas", TS, day(latest_date(D(2025, 12, 25), 12, 25)), today=D(2025, 12, 25))
line(c, "valentine's day 2025 spending", TS, day(D(2025, 2, 14)))
line(c, "how much did I spend on new year's eve 2024", TS, day(D(2024, 12, 31)))
line(c, "how much did I spend on Halloween", TS, day(latest_date(D(2025, 10, 31), 10, 31)), today=D(2025, 10, 31))

# --- dates: abbreviations -------------------------------------------------------------------------------------
c = "dates/abbrev"
line(c, "how much did I spend last wk", TS, week(T, 1))
line(c, "spending this qtr", TS, this_quarter(T))
line(c, "total last yr", TS, year(T.year - 1))
line(c, "how much did I spend in the past 3 mos", TS, span(last_month(T, 3), last_month(T, 1)))
line(c, "what did I spend in Sept", TS, month_alone(T, 9))
line(c, "how much did I spend on Thu", TS, latest_weekday(T, THU))
line(c, "groceries last qtr", TS, last_quarter(T), category="Groceries")
line(c, "dining this yr", TS, year(T.year), category="Dining")
line(c, "how much did I spend on Sat", TS, latest_weekday(MONDAY, SAT), today=MONDAY)
line(c, "uber last mo", TS, last_month(T), payee="Uber")

# --- dates: two-digit years and years in words ----------------------------------------------------------------
c = "dates/year-forms"
line(c, "how much did I spend in Oct '25", TS, month(2025, 10))
line(c, "groceries in '24", TS, year(2024), category="Groceries")
line(c, "total for Dec '24", TS, month(2024, 12))
line(c, "spending in March '25", TS, month(2025, 3))
line(c, "how much did I spend in twenty twenty five", TS, year(2025))
line(c, "dining in twenty twenty-four", TS, year(2024), category="Dining")
line(c, "how much did I spend in March twenty twenty six", TS, month(2026, 3))

# --- dates: numeric months ------------------------------------------------------------------------------------
c = "dates/numeric-month"
line(c, "how much did I spend in 2025-3", TS, month(2025, 3))
line(c, "spending for 2025/11", TS, month(2025, 11))
line(c, "groceries 3/2025", TS, month(2025, 3), category="Groceries")
line(c, "how much did i spend in 12/2024", TS, month(2024, 12))
line(c, "dining in 2024-7", TS, month(2024, 7), category="Dining")

# --- dates: last / this + a month name ------------------------------------------------------------------------
c = "dates/last-this-month-name"
line(c, "how much did I spend last sept", TS, last_month_name(T, 9))
line(c, "how much did I spend last november", TS, last_month_name(DEC31, 11), today=DEC31)
line(c, "how much did I spend last december", TS, last_month_name(DEC31, 12), today=DEC31)
line(c, "how much did I spend this february", TS, this_month_name(T, 2))
line(c, "what did I spend this march", TS, this_month_name(DEC31, 3), today=DEC31)
line(c, "groceries last march", TS, last_month_name(T, 3), category="Groceries")
line(c, "dining last january", TS, last_month_name(JAN1, 1), today=JAN1, category="Dining")
line(c, "how much did I spend last october", TS, last_month_name(DEC31, 10), today=DEC31)
line(c, "this january, how much did I spend", TS, this_month_name(JAN1, 1), today=JAN1)

# --- exclusions ------------------------------------------------------------------------------------------------
c = "exclusions"
line(c, "what did I spend last month, excluding rent", TS, last_month(T), xcat="Housing")
line(c, "total spending in 2025 except groceries", TS, year(2025), xcat="Groceries")
line(c, "how much did I spend this year not counting Amazon", TS, year(T.year), xpay="Amazon")
line(c, "everything I spent in January other than dining", TS, month_alone(T, 1), xcat="Dining")
line(c, "how much did I spend in 2024 apart from housing", TS, year(2024), xcat="Housing")
line(c, "what did I spend last month without subscriptions", TS, last_month(T), xcat="Subscriptions")
line(c, "top category last year excluding rent", "top_category", year(T.year - 1), xcat="Housing")
line(c, "what was my biggest expense in 2025 other than rent", "biggest_expense", year(2025), xcat="Housing")
line(c, "how many purchases did I make last month except Starbucks", "count_expenses", last_month(T), xpay="Starbucks")
line(c, "average monthly spending in 2025 not counting rent", "average_spent", year(2025), per="month", xcat="Housing")
line(c, "break down my spending last month, leaving out housing", "category_breakdown", last_month(T), xcat="Housing")
line(c, "how much did I spend in Q4 2025 except rent and travel", TS, quarter(2025, 4), xcat=["Housing", "Travel"])
line(c, "how much did I spend on shopping in 2025 not including Amazon", TS, year(2025), category="Shopping", xpay="Amazon")
line(c, "total for dining last year excluding Starbucks", TS, year(T.year - 1), category="Dining", xpay="Starbucks")
line(c, "how much did I spend on groceries in 2025 except Costco", TS, year(2025), category="Groceries", xpay="Costco")
line(c, "what did I spend on transport this year besides uber", TS, year(T.year), category="Transport", xpay="Uber")
line(c, "how much did I spend last month aside from rent and utilities", TS, last_month(T), xcat=["Housing", "Utilities"])
line(c, "which month did I spend the most in 2025 excluding rent", "top_month", year(2025), xcat="Housing")
line(c, "how much did I spend in February, minus rent", TS, month_alone(T, 2), xcat="Housing")
line(c, "how much did I spend on weekends in 2025 except dining", TS, year(2025), days="weekend", xcat="Dining")
line(c, "smallest expense last month not counting Starbucks", "smallest_expense", last_month(T), xpay="Starbucks")
line(c, "how much did I spend in 2025 but not rent", TS, year(2025), xcat="Housing")
line(c, "list my purchases over $200 last month except rent", "list_expenses", last_month(T), gt="200", xcat="Housing")
line(c, "average grocery bill in 2025 excluding Costco", "average_spent", year(2025), per="expense", category="Groceries", xpay="Costco")
line(c, "how much did I spend last month excluding coffee", TS, last_month(T), xpay="coffee")
line(c, "how much did I spend in January except uber and lyft", TS, month_alone(T, 1), xpay=["Uber", "lyft"])
line(c, "what's my top category this year, not counting rent or groceries", "top_category", year(T.year), xcat=["Housing", "Groceries"])
line(c, "how much did I spend in 2024 without Amazon and Target", TS, year(2024), xpay=["Amazon", "Target"])
line(c, "how much did I spend on subscriptions in 2025 other than Netflix", TS, year(2025), category="Subscriptions", xpay="Netflix")
line(c, "how many expenses did I have in 2025 apart from Starbucks", "count_expenses", year(2025), xpay="Starbucks")
line(c, "category breakdown for 2025 excluding housing and utilities", "category_breakdown", year(2025), xcat=["Housing", "Utilities"])
line(c, "which store did I spend the most at last year, not counting rent", "top_payee", year(T.year - 1), xcat="Housing")
line(c, "average daily spending last month except rent", "average_spent", last_month(T), per="day", xcat="Housing")
line(c, "how much did I spend on dining in 2025, not including takeout from Domino's", TS, year(2025), category="Dining", xpay="Domino's")

# --- unions ---------------------------------------------------------------------------------------------------
c = "unions"
line(c, "how much did I spend on groceries and dining last month", TS, last_month(T), category=["Groceries", "Dining"])
line(c, "how much did I spend at Amazon or Target in 2025", TS, year(2025), payee=["Amazon", "Target"])
line(c, "how much did I spend on uber and lyft this year", TS, year(T.year), payee=["Uber", "lyft"])
line(c, "total for Netflix, Spotify and Apple in 2025", TS, year(2025), payee=["Netflix", "Spotify", "Apple"])
line(c, "how much did I spend on utilities and subscriptions in 2024", TS, year(2024), category=["Utilities", "Subscriptions"])
line(c, "how many times did I go to Starbucks or Chipotle last month", "count_expenses", last_month(T), payee=["Starbucks", "Chipotle"])
line(c, "what did I spend at Safeway and Whole Foods in January", TS, month_alone(T, 1), payee=["Safeway", "Whole Foods"])
line(c, "list my travel and entertainment expenses in 2025", "list_expenses", year(2025), category=["Travel", "Entertainment"])
line(c, "how much on health and education last year", TS, year(T.year - 1), category=["Health", "Education"])
line(c, "average monthly spending on dining and groceries in 2025", "average_spent", year(2025), per="month", category=["Dining", "Groceries"])
line(c, "biggest expense at Amazon or Best Buy", "biggest_expense", None, payee=["Amazon", "Best Buy"])
line(c, "how much did I spend at Costco, Safeway or Trader Joe's in 2025", TS, year(2025), payee=["Costco", "Safeway", "Trader Joe's"])
line(c, "how much did I spend on shopping or gifts this year", TS, year(T.year), category=["Shopping", "Gifts"])
line(c, "how much did I spend on transport and travel in 2025", TS, year(2025), category=["Transport", "Travel"])
line(c, "how many Shell or BART expenses in February", "count_expenses", month_alone(T, 2), payee=["Shell", "BART"])
line(c, "how much did I spend at Sushi Zen and Thai Basil in 2025", TS, year(2025), payee=["Sushi Zen", "Thai Basil"])
line(c, "what did I spend on comcast and t-mobile last year", TS, year(T.year - 1), payee=["Comcast", "T-Mobile"])
line(c, "dining and entertainment on weekends last month", TS, last_month(T), category=["Dining", "Entertainment"], days="weekend")
line(c, "how much did I spend on groceries or dining over $50 in 2025", TS, year(2025), category=["Groceries", "Dining"], gt="50")
line(c, "total for Uber or BART in Q1 2026", TS, quarter(2026, 1), payee=["Uber", "BART"])
line(c, "how much at Olive Garden and Domino's last year", TS, year(T.year - 1), payee=["Olive Garden", "Domino's"])
line(c, "how much did I spend on rent and utilities in 2025", TS, year(2025), category=["Housing", "Utilities"])
line(c, "how much have I spent on amazon and etsy", TS, None, payee=["Amazon", "Etsy"])
line(c, "what's the smallest purchase at Starbucks or Safeway this month", "smallest_expense", this_month(T), payee=["Starbucks", "Safeway"])
line(c, "which month had the most spending on groceries and dining in 2025", "top_month", year(2025), category=["Groceries", "Dining"])
line(c, "count my Netflix and Spotify payments in 2024", "count_expenses", year(2024), payee=["Netflix", "Spotify"])
line(c, "how much did I spend on health, education and gifts in 2025", TS, year(2025), category=["Health", "Education", "Gifts"])

# --- top payee ------------------------------------------------------------------------------------------------
c = "top_payee"
TP = "top_payee"
line(c, "which merchant did I spend the most at last year", TP, year(T.year - 1))
line(c, "who did I pay the most in 2025", TP, year(2025))
line(c, "which store got most of my money", TP, None)
line(c, "top store for groceries in 2025", TP, year(2025), category="Groceries")
line(c, "which restaurant did I spend the most at in 2025", TP, year(2025), category="Dining")
line(c, "which shop did I spend the most money at this year", TP, year(T.year))
line(c, "who got the most money from me last month", TP, last_month(T))
line(c, "biggest merchant for transport in 2024", TP, year(2024), category="Transport")
line(c, "which vendor did I pay the most for subscriptions last year", TP, year(T.year - 1), category="Subscriptions")
line(c, "top payee in Q4 2025", TP, quarter(2025, 4))
line(c, "which merchant got the most of my money in January, excluding rent", TP, month_alone(T, 1), xcat="Housing")
line(c, "who did I pay the most for entertainment this year", TP, year(T.year), category="Entertainment")
line(c, "which grocery store did I spend the most at last month", TP, last_month(T), category="Groceries")
line(c, "top merchant on weekends in 2025", TP, year(2025), days="weekend")
line(c, "which store did I spend the most at in 2024", TP, year(2024))
line(c, "who did I pay the most for shopping in 2025", TP, year(2025), category="Shopping")
line(c, "which merchant did I pay the most for health in 2025", TP, year(2025), category="Health")
line(c, "which store did I spend the most at on purchases over $100", TP, None, gt="100")
line(c, "which merchant did I spend the most at this month", TP, this_month(T))
line(c, "who did I pay the most last week", TP, week(T, 1))
line(c, "which store did I spend most at for dining last month", TP, last_month(T), category="Dining")
line(c, "top vendor for shopping in 2025 except Amazon", TP, year(2025), category="Shopping", xpay="Amazon")
line(c, "which merchant did I spend the most at in summer 2025", TP, season("summer", 2025))
line(c, "who did I pay the most for groceries and dining in 2025", TP, year(2025), category=["Groceries", "Dining"])
line(c, "which company got the most of my money in 2024, not counting rent", TP, year(2024), xcat="Housing")
line(c, "which merchant did I spend the most at for travel", TP, None, category="Travel")
line(c, "which business did I spend the most with in the last 3 months", TP, span(last_month(T, 3), last_month(T, 1)))

# --- how often -> count_expenses ------------------------------------------------------------------------------
c = "how_often"
CE = "count_expenses"
line(c, "how often did I go to Starbucks last month", CE, last_month(T), payee="Starbucks")
line(c, "how often did I take an uber in 2025", CE, year(2025), payee="Uber")
line(c, "how often do I eat at Chipotle", CE, None, payee="Chipotle")
line(c, "how often did I buy groceries in January", CE, month_alone(T, 1), category="Groceries")
line(c, "how often did I eat out last month", CE, last_month(T), category="Dining")
line(c, "how often did I go to Shell this year", CE, year(T.year), payee="Shell")
line(c, "how often did I order Domino's in 2025", CE, year(2025), payee="Domino's")
line(c, "how often did I go to the movies in 2025", CE, year(2025), category="Entertainment")
line(c, "how often did I shop at Amazon last year", CE, year(T.year - 1), payee="Amazon")
line(c, "how often did I take BART in February", CE, month_alone(T, 2), payee="BART")
line(c, "how often did I spend over $100 last year", CE, year(T.year - 1), gt="100")
line(c, "how often did I buy something at Target in 2024", CE, year(2024), payee="Target")
line(c, "how often did I get sushi in 2025", CE, year(2025), payee="sushi")
line(c, "how often did I go to Whole Foods this year", CE, year(T.year), payee="Whole Foods")
line(c, "how often did I spend money on weekends last month", CE, last_month(T), days="weekend")
line(c, "how often did I pay Comcast in 2025", CE, year(2025), payee="Comcast")
line(c, "how often did I spend under $5 in 2025", CE, year(2025), lt="5")
line(c, "how often did I go to Trader Joe's last year", CE, year(T.year - 1), payee="Trader Joe's")
line(c, "how often did I buy coffee at Starbucks this month", CE, this_month(T), payee="Starbucks")
line(c, "how often did I take uber or lyft in January", CE, month_alone(T, 1), payee=["Uber", "lyft"])
line(c, "how often did I eat at Olive Garden in 2024", CE, year(2024), payee="Olive Garden")
line(c, "how often do I go to AMC", CE, None, payee="AMC")
line(c, "how often did I shop for groceries on weekdays in 2025", CE, year(2025), category="Groceries", days="weekday")
line(c, "how often did I buy stuff on Amazon since last summer", CE, (season("summer", T.year - 1)[0], T), payee="Amazon")

# --- which X did I pay for -> list_expenses -------------------------------------------------------------------
c = "which_list"
LE = "list_expenses"
line(c, "which subscriptions did I pay for this month?", LE, this_month(T), category="Subscriptions")
line(c, "which utilities did I pay for last month", LE, last_month(T), category="Utilities")
line(c, "which health expenses did I pay for in January", LE, month_alone(T, 1), category="Health")
line(c, "which trips did I pay for in 2025", LE, year(2025), category="Travel")
line(c, "which gifts did I pay for last December", LE, last_month_name(T, 12), category="Gifts")
line(c, "which entertainment expenses did I pay for last month", LE, last_month(T), category="Entertainment")
line(c, "which education costs did I pay for in 2025", LE, year(2025), category="Education")
line(c, "which Amazon orders did I pay for in February", LE, month_alone(T, 2), payee="Amazon")
line(c, "which subscriptions over $15 did I pay for in 2024", LE, year(2024), category="Subscriptions", gt="15")
line(c, "which shopping purchases did I pay for last week", LE, week(T, 1), category="Shopping")
line(c, "which Starbucks purchases did I pay for last week", LE, week(T, 1), payee="Starbucks")
line(c, "which transport expenses did I pay for yesterday", LE, days_ago(T, 1), category="Transport")
line(c, "which dining expenses over $40 did I pay for last month", LE, last_month(T), category="Dining", gt="40")
line(c, "which groceries did I pay for on weekends in February", LE, month_alone(T, 2), category="Groceries", days="weekend")
line(c, "which subscriptions did I pay for in January other than Netflix", LE, month_alone(T, 1), category="Subscriptions", xpay="Netflix")
line(c, "which Steam purchases did I pay for in 2025", LE, year(2025), payee="Steam")
line(c, "which Etsy orders did I pay for", LE, None, payee="Etsy")
line(c, "which doctor visits did I pay for in 2025", LE, year(2025), category="Health")
line(c, "which Best Buy purchases did I pay for", LE, None, payee="Best Buy")
line(c, "which housing costs did I pay for this year", LE, year(T.year), category="Housing")
line(c, "which gifts did I pay for in 2024", LE, year(2024), category="Gifts")

# --- charts -> trend with a series ----------------------------------------------------------------------------
c = "chart"
TR = "trend"
line(c, "chart my grocery spending by month in 2025", TR, year(2025), category="Groceries")
line(c, "graph dining by month for last year", TR, year(T.year - 1), category="Dining")
line(c, "plot my uber costs by month since October", TR, (month_alone(T, 10)[0], T), payee="Uber")
line(c, "chart my spending by month year to date", TR, (D(T.year, 1, 1), T))
line(c, "plot my monthly spending over the last 6 months", TR, span(last_month(T, 6), last_month(T, 1)))
line(c, "graph my Amazon spending by month in 2024", TR, year(2024), payee="Amazon")
line(c, "chart transport by month in the first half of 2025", TR, (D(2025, 1, 1), D(2025, 6, 30)), category="Transport")
line(c, "plot subscriptions by month for 2025", TR, year(2025), category="Subscriptions")
line(c, "graph my monthly spending in Q4 2025", TR, quarter(2025, 4))
line(c, "chart my spending by month in 2025, excluding rent", TR, year(2025), xcat="Housing")
line(c, "plot groceries and dining by month in 2025", TR, year(2025), category=["Groceries", "Dining"])
line(c, "monthly chart of my Starbucks spending last year", TR, year(T.year - 1), payee="Starbucks")
line(c, "graph my spending by month for the past 12 months", TR, span(last_month(T, 12), last_month(T, 1)))
line(c, "chart my health spending by month in 2024", TR, year(2024), category="Health")
line(c, "plot my spending month by month since January", TR, (month_alone(T, 1)[0], T))
line(c, "graph entertainment by month for the second half of 2025", TR, (D(2025, 7, 1), D(2025, 12, 31)), category="Entertainment")
line(c, "chart my weekend spending by month in 2025", TR, year(2025), days="weekend")
line(c, "plot utilities by month for last year", TR, year(T.year - 1), category="Utilities")
line(c, "chart shopping by month from January to June 2025", TR, (D(2025, 1, 1), D(2025, 6, 30)), category="Shopping")
line(c, "graph my dining by month in winter 2025", TR, season("winter", 2025), category="Dining")
line(c, "chart my spending by month last year", TR, year(JAN1.year - 1), today=JAN1)
line(c, "draw a chart of my gas spending by month in 2024", TR, year(2024), category="Transport")

# --- amount shorthand -----------------------------------------------------------------------------------------
c = "amount_shorthand"
line(c, "show me everything over 1k", LE, None, gt="1000")
line(c, "purchases over $1.5k", LE, None, gt="1500")
line(c, "how many expenses of more than a grand did I have in 2025", CE, year(2025), gt="1000")
line(c, "list anything above 2k", LE, None, gt="2000")
line(c, "how much did I spend on stuff over 1k last year", TS, year(T.year - 1), gt="1000")
line(c, "show expenses over half a grand in 2025", LE, year(2025), gt="500")
line(c, "everything over $1.2k this year", LE, year(T.year), gt="1200")
line(c, "show shopping over 0.5k", LE, None, category="Shopping", gt="500")
line(c, "anything more than 2 grand?", LE, None, gt="2000")
line(c, "biggest expense under 1k in 2025", "biggest_expense", year(2025), lt="1000")
line(c, "what did I spend on things over $1k in 2024", TS, year(2024), gt="1000")
line(c, "count of expenses over 1.5k", CE, None, gt="1500")
line(c, "show me travel expenses over $0.5k in 2025", LE, year(2025), category="Travel", gt="500")
line(c, "how much did I spend on purchases over a grand in 2024", TS, year(2024), gt="1000")
line(c, "list expenses between $1k and $1.5k", LE, None, gt="1000", lt="1500")
line(c, "expenses over 1k excluding rent", LE, None, gt="1000", xcat="Housing")
line(c, "total of everything over $1.5k in 2025", TS, year(2025), gt="1500")
line(c, "how many things cost more than a grand last year", CE, year(T.year - 1), gt="1000")
line(c, "show purchases under 5 bucks last month", LE, last_month(T), lt="5")
line(c, "how many times did I spend over 0.2k on groceries in 2025", CE, year(2025), category="Groceries", gt="200")

# --- help -----------------------------------------------------------------------------------------------------
c = "help"
for q in ["what kind of questions can I ask?", "what can you do", "help me out here", "how do I use this?",
          "give me some example questions", "I'm not sure what to ask", "help!", "what are you able to answer?",
          "can you show me what I can ask", "how does this work?", "what questions do you understand",
          "what sort of things can I ask you"]:
    static(c, q, "help")

# --- follow-ups -----------------------------------------------------------------------------------------------
c = "follow_up"
convo(c, ("list my dining expenses last week", LE, week(T, 1), {"category": "Dining"}),
      ("which was the biggest?", "biggest_expense", week(T, 1), {"category": "Dining"}))
f26 = month(2026, 2)
convo(c, ("how much did I spend on groceries in February 2026", TS, f26, {"category": "Groceries"}),
      ("the same month last year?", TS, month(2025, 2), {"category": "Groceries"}),
      ("and excluding Costco?", TS, month(2025, 2), {"category": "Groceries", "xpay": "Costco"}))
convo(c, ("how much did I spend last month", TS, last_month(T)),
      ("and excluding rent?", TS, last_month(T), {"xcat": "Housing"}),
      ("what about in January?", TS, month_alone(T, 1), {"xcat": "Housing"}))
convo(c, ("how much did I spend on lyft in 2025", TS, year(2025), {"payee": "lyft"}),
      ("what about uber?", TS, year(2025), {"payee": "Uber"}))
convo(c, ("what's my top category last year", "top_category", year(T.year - 1)),
      ("and excluding rent?", "top_category", year(T.year - 1), {"xcat": "Housing"}))
convo(c, ("how many times did I go to Starbucks in January", CE, month_alone(T, 1), {"payee": "Starbucks"}),
      ("what about uber or lyft?", CE, month_alone(T, 1), {"payee": ["Uber", "lyft"]}))
convo(c, ("show me purchases over $500 in 2025", LE, year(2025), {"gt": "500"}),
      ("which was the smallest?", "smallest_expense", year(2025), {"gt": "500"}))
convo(c, ("what did I spend on dining in December 2025", TS, month(2025, 12), {"category": "Dining"}),
      ("the same month last year?", TS, month(2024, 12), {"category": "Dining"}),
      ("what about groceries?", TS, month(2024, 12), {"category": "Groceries"}))
convo(c, ("which merchant did I spend the most at in 2025", TP, year(2025)),
      ("and excluding rent?", TP, year(2025), {"xcat": "Housing"}),
      ("what about 2024?", TP, year(2024), {"xcat": "Housing"}))
convo(c, ("show my Uber rides from last month", LE, last_month(T), {"payee": "Uber"}),
      ("which was the biggest?", "biggest_expense", last_month(T), {"payee": "Uber"}),
      ("and the smallest?", "smallest_expense", last_month(T), {"payee": "Uber"}))
convo(c, ("how much did I spend on groceries and dining last month", TS, last_month(T), {"category": ["Groceries", "Dining"]}),
      ("and the month before?", TS, last_month(T, 2), {"category": ["Groceries", "Dining"]}))
convo(c, ("how often did I go to Chipotle in 2025", CE, year(2025), {"payee": "Chipotle"}),
      ("and in 2024?", CE, year(2024), {"payee": "Chipotle"}))
convo(c, ("how much did I spend last weekend", TS, weekend(T, 1)),
      ("what about dining?", TS, weekend(T, 1), {"category": "Dining"}))
convo(c, ("chart my grocery spending by month in 2025", TR, year(2025), {"category": "Groceries"}),
      ("what about dining?", TR, year(2025), {"category": "Dining"}))
convo(c, ("how much did I spend in Q4 2025 excluding rent", TS, quarter(2025, 4), {"xcat": "Housing"}),
      ("what about Amazon?", TS, quarter(2025, 4), {"payee": "Amazon", "xcat": "Housing"}))
convo(c, ("how much did I spend at Target in March 2025", TS, month(2025, 3), {"payee": "Target"}),
      ("the same month last year?", TS, month(2024, 3), {"payee": "Target"}))

# --- out of scope -> unknown ----------------------------------------------------------------------------------
c = "unknown/income"
for q in ["how much did I earn last month?", "what was my salary in 2025", "how much income did I get this year",
          "how much money did I make in 2025?", "when was my last paycheck", "total deposits in January",
          "did I get a bonus last year", "how much did I get in refunds from Amazon"]:
    unknown(c, q)
c = "unknown/savings"
for q in ["how much did I save last month", "what are my savings this year", "how much have I put aside since January",
          "am I saving enough?", "how much should I save each month"]:
    unknown(c, q)
c = "unknown/balances"
for q in ["what's my balance", "how much is in my bank account", "how much do I owe on my credit card",
          "what's my checking account balance", "how much debt do I have"]:
    unknown(c, q)
c = "unknown/net-worth"
for q in ["what's my net worth", "how are my investments doing", "how much is my 401k worth",
          "how much did I invest in stocks last year"]:
    unknown(c, q)
c = "unknown/other-people"
for q in ["how much did my wife spend last month", "what did my son spend on games in 2025",
          "how much did my roommate pay for utilities", "what did my husband spend at Amazon this year",
          "how much did my mom spend on groceries", "how much did my kids cost me in 2025",
          "what did my girlfriend buy at Target", "how much did my friends spend on dinner"]:
    unknown(c, q)
c = "unknown/places"
for q in ["how much did I spend in Paris", "how much did I spend near home", "what did I spend in New York last year",
          "how much did I spend downtown last month", "spending abroad in 2025", "how much did I spend in London on dining",
          "what did I spend around the office"]:
    unknown(c, q)
c = "unknown/time-of-day"
for q in ["how much did I spend after 10pm", "what did I spend in the morning", "how much do I spend at night on takeout",
          "late night food spending last month", "coffee purchases before 9am", "what did I spend in the evenings last week"]:
    unknown(c, q)
c = "unknown/payment-method"
for q in ["how much did I spend in cash last month", "what did I pay with my visa",
          "how much did I put on my credit card in 2025", "purchases with paypal this year",
          "how much did I spend with my debit card", "what did I pay by check in 2024",
          "how much did I pay with apple pay at Starbucks"]:
    unknown(c, q)
c = "unknown/tips-taxes"
for q in ["how much did I tip at restaurants", "how much tax did I pay last year", "how much of my dining was tips",
          "what did I pay in sales tax in 2025", "total gratuity last month"]:
    unknown(c, q)
c = "unknown/actions"
for q in ["delete my last expense", "cancel my Netflix subscription", "transfer 200 to savings",
          "remove the Uber ride from yesterday", "export my expenses to csv", "update the rent to 1600",
          "rename the dining category to restaurants", "email me a report of last month",
          "remind me to pay rent on the 1st"]:
    unknown(c, q)
c = "unknown/not-understood"
unknown(c, "how much was the unicorn", ignored="unicorn")
unknown(c, "what did the spaceship cost", ignored="spaceship")
unknown(c, "how much for the yacht", ignored="yacht")

# --- words the engine cannot use -> the answer, with them in ignored --------------------------------------------
c = "ignored"
line(c, "how much did I spend on organic groceries in January", TS, month_alone(T, 1), category="Groceries", ignored="organic")
line(c, "how much did I spend on vegan dining last year", TS, year(T.year - 1), category="Dining", ignored="vegan")
line(c, "what did I spend on impulse shopping last month", TS, last_month(T), category="Shopping", ignored="impulse")
line(c, "how much did I spend on unnecessary subscriptions in 2025", TS, year(2025), category="Subscriptions", ignored="unnecessary")
line(c, "how much did I spend on gluten free groceries this year", TS, year(T.year), category="Groceries", ignored="gluten")
line(c, "total spent on duplicate Amazon orders in 2025", TS, year(2025), payee="Amazon", ignored="duplicate")
line(c, "how much did I spend on shared uber rides last month", TS, last_month(T), payee="Uber", ignored="shared")
line(c, "how much did I spend on healthy groceries last month", TS, last_month(T), category="Groceries", ignored="healthy")
line(c, "how much did I spend on groceries for the party in December", TS, month_alone(T, 12), category="Groceries", ignored="party")
line(c, "how much did I spend on work travel in 2025", TS, year(2025), category="Travel", ignored="work")
line(c, "how much did I spend on fancy restaurants in 2024", TS, year(2024), category="Dining", ignored="fancy")
line(c, "what did I spend on luxury shopping this year", TS, year(T.year), category="Shopping", ignored="luxury")
line(c, "how much did I spend on takeout for the office last month", TS, last_month(T), category="Dining", ignored="office")
line(c, "how much did I spend on secondhand clothes in 2025", TS, year(2025), category="Shopping", ignored="secondhand")
line(c, "how much did I spend on international flights", TS, None, category="Travel", ignored="international")
line(c, "how much did I spend on medical emergencies in 2025", TS, year(2025), category="Health", ignored="emergencies")
line(c, "biggest unplanned expense last month", "biggest_expense", last_month(T), ignored="unplanned")
line(c, "how many spontaneous purchases did I make last week", CE, week(T, 1), ignored="spontaneous")
line(c, "how much did I spend on groceries last month that I returned", TS, last_month(T), category="Groceries", ignored="returned")
line(c, "average cost of my broken Amazon orders in 2025", "average_spent", year(2025), per="expense", payee="Amazon", ignored="broken")

# ---------------------------------------------------------------------------------------------------------- write
if __name__ == "__main__":
    with open(RES + "v2-corpus.jsonl", "w") as out:
        for ln in LINES:
            out.write(json.dumps(ln) + "\n")
    counts = {}
    for ln in LINES:
        top = ln["class"].split("/")[0]
        counts[top] = counts.get(top, 0) + 1
    print(len(LINES), "questions:", ", ".join("%s %d" % kv for kv in counts.items()))
    zero = [ln["query"] for ln in LINES if ln["expect"].get("value") in ("0.00", "0")]
    print(len(zero), "with a zero value:", "; ".join(zero))
