package io.spendsense.service;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Realistic, deterministic expenses of one person for demos, tests and benchmarks: rent on the first, monthly bills
 * and subscriptions, groceries several times a week, coffee and meals out, rides, now and then health, shopping,
 * entertainment and travel, gifts in December and a few large outliers. The same seed gives the same rows.
 * Categories are the default names ({@link DefaultCategories}), so callers map them to their own ids.
 *
 * <p>Amounts are drawn as whole cents from a seeded {@link SplittableRandom}: never through floating point.
 */
public final class ExpenseGenerator {
    /** One generated expense, with the category by name. */
    public record GeneratedExpense(LocalDate date, String description, String category, String payee,
                                   BigDecimal amount) {
    }

    /** A kind of spending: what it is called, where, and the range of its amount in cents. */
    private record Kind(String category, String description, String[] payees, long minCents, long maxCents,
                        double perDay) {
    }

    private static final String[] NONE = {""};
    private static final Kind RENT = fixed("Housing", "Monthly rent", "Oakwood Apartments", 147_500);
    private static final Kind INTERNET = fixed("Utilities", "Internet", "Comcast Xfinity", 6_999);
    private static final Kind PHONE = fixed("Utilities", "Phone bill", "Verizon Wireless", 4_500);
    private static final Kind ELECTRICITY = kind("Utilities", "Electricity bill", 5_500, 16_500, 0, "PG&E");
    private static final Kind WATER = kind("Utilities", "Water bill", 3_000, 7_500, 0, "City Water Dept");
    private static final Kind NETFLIX = fixed("Subscriptions", "Netflix subscription", "Netflix", 1_549);
    private static final Kind SPOTIFY = fixed("Subscriptions", "Spotify Premium", "Spotify", 1_099);
    private static final Kind ICLOUD = fixed("Subscriptions", "iCloud storage", "Apple", 299);
    private static final Kind GYM = fixed("Health", "Gym membership", "Planet Fitness", 2_499);
    private static final Kind TRANSIT = fixed("Transport", "Monthly transit pass", "Clipper", 8_600);

    /** Day-to-day spending; {@code perDay} is how often it happens on an ordinary day. */
    private static final List<Kind> DAILY = List.of(
            kind("Dining", "Coffee", 325, 725, 0.55, "Starbucks", "Blue Bottle Coffee", "Peet's Coffee",
                    "Philz Coffee"),
            kind("Dining", "Lunch", 900, 1_850, 0.30, "Chipotle", "Sweetgreen", "Panera Bread", "Subway"),
            kind("Dining", "Dinner out", 2_800, 12_000, 0.16, "Olive Garden", "The Cheesecake Factory", "Nopa",
                    "Pho Saigon", "Sushi Ran"),
            kind("Dining", "Food delivery", 1_800, 5_500, 0.10, "DoorDash", "Uber Eats", "Grubhub"),
            kind("Groceries", "Groceries", 2_200, 18_500, 0.45, "Whole Foods", "Trader Joe's", "Safeway", "Costco",
                    "Kroger", "Aldi"),
            kind("Transport", "Ride", 900, 4_500, 0.25, "Uber", "Lyft"),
            kind("Transport", "Fuel", 3_500, 7_200, 0.10, "Shell", "Chevron", "BP"),
            kind("Transport", "Parking", 400, 3_000, 0.05, "SpotHero", "City Parking"),
            kind("Health", "Pharmacy", 800, 6_500, 0.06, "CVS Pharmacy", "Walgreens"),
            kind("Health", "Doctor visit copay", 2_500, 20_000, 0.015, "Kaiser Permanente", "One Medical"),
            kind("Entertainment", "Movie tickets", 1_200, 4_200, 0.05, "AMC Theatres", "Regal Cinemas"),
            kind("Entertainment", "Concert tickets", 4_500, 22_000, 0.02, "Ticketmaster", "Live Nation"),
            kind("Entertainment", "Video game", 999, 6_999, 0.03, "Steam", "PlayStation Store", "Nintendo eShop"),
            kind("Shopping", "Online order", 999, 15_000, 0.20, "Amazon"),
            kind("Shopping", "Household items", 1_500, 12_000, 0.06, "Target", "Walmart", "Bed Bath & Beyond"),
            kind("Shopping", "Clothes", 2_500, 18_000, 0.04, "Uniqlo", "H&M", "Nordstrom", "Gap"),
            kind("Shopping", "Furniture", 8_000, 65_000, 0.005, "IKEA", "West Elm"),
            kind("Travel", "Flight", 15_000, 75_000, 0.008, "Delta Air Lines", "United Airlines", "Southwest"),
            kind("Travel", "Hotel", 25_000, 150_000, 0.007, "Marriott", "Hilton", "Airbnb"),
            kind("Travel", "Car rental", 12_000, 45_000, 0.004, "Hertz", "Enterprise"),
            kind("Education", "Online course", 1_299, 19_900, 0.01, "Coursera", "Udemy"),
            kind("Education", "Books", 1_200, 6_000, 0.015, "Barnes & Noble", "Powell's Books"),
            kind("Gifts", "Birthday gift", 2_000, 12_000, 0.02, "Etsy", "Amazon", "Macy's"),
            kind("Other", "Haircut", 2_500, 6_500, 0.03, "Supercuts", "Floyd's Barbershop"),
            kind("Other", "Dry cleaning", 1_200, 4_000, 0.02, "Main Street Cleaners"));

    private static final List<Kind> OUTLIERS = List.of(
            kind("Shopping", "New laptop", 129_900, 299_900, 0, "Apple Store", "Best Buy"),
            kind("Transport", "Car repair", 60_000, 240_000, 0, "Midas", "Firestone Complete Auto Care"),
            kind("Health", "Emergency room visit", 80_000, 420_000, 0, "St. Mary's Hospital"),
            kind("Housing", "Plumbing repair", 25_000, 120_000, 0, "Roto-Rooter"));
    private static final double OUTLIER_PER_DAY = 0.003;

    private static final Kind CHRISTMAS_GIFT = kind("Gifts", "Christmas gift", 1_500, 25_000, 0.4, "Amazon", "Etsy",
            "Target", "Macy's", "Nordstrom");

    private final long seed;

    public ExpenseGenerator(long seed) {
        this.seed = seed;
    }

    /** About three expenses a day, as one person spends: around 1,100 a year. Sorted by date. */
    public List<GeneratedExpense> generate(LocalDate from, LocalDate to) {
        var out = new ArrayList<GeneratedExpense>();
        var random = new SplittableRandom(seed);
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (Kind k : scheduled(day)) {
                out.add(draw(random, k, day));
            }
            for (Kind k : DAILY) {
                if (random.nextDouble() < rate(k, day)) {
                    out.add(draw(random, k, day));
                }
            }
            if (day.getMonth() == Month.DECEMBER && day.getDayOfMonth() <= 24 && random.nextDouble() < 0.4) {
                out.add(draw(random, CHRISTMAS_GIFT, day));
            }
            if (random.nextDouble() < OUTLIER_PER_DAY) {
                out.add(draw(random, OUTLIERS.get(random.nextInt(OUTLIERS.size())), day));
            }
        }
        return out;
    }

    /** Exactly {@code count} expenses spread evenly over the days, sorted by date. */
    public List<GeneratedExpense> generate(LocalDate from, LocalDate to, int count) {
        var out = new ArrayList<GeneratedExpense>(count);
        generate(from, to, count, out::add);
        return out;
    }

    /**
     * Exactly {@code count} expenses spread evenly over the days, in date order, handed one by one to {@code sink}
     * so that a million rows need not sit in memory. Each day starts with its bills (rent, utilities, subscriptions)
     * while its share allows, and fills the rest from the everyday mix in its usual proportions.
     */
    public void generate(LocalDate from, LocalDate to, long count, Consumer<GeneratedExpense> sink) {
        if (to.isBefore(from) || count < 0) {
            throw new IllegalArgumentException("need from <= to and count >= 0");
        }
        var random = new SplittableRandom(seed);
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        for (long i = 0; i < days; i++) {
            LocalDate day = from.plusDays(i);
            long quota = (i + 1) * count / days - i * count / days;
            for (Kind k : scheduled(day)) {
                if (quota > 0) {
                    sink.accept(draw(random, k, day));
                    quota--;
                }
            }
            double rateSum = 0;   // a probability weight, not money
            for (Kind k : DAILY) {
                rateSum += rate(k, day);
            }
            boolean christmas = day.getMonth() == Month.DECEMBER && day.getDayOfMonth() <= 24;
            for (; quota > 0; quota--) {
                sink.accept(draw(random, pick(random, day, rateSum, christmas), day));
            }
        }
    }

    private static Kind pick(SplittableRandom random, LocalDate day, double rateSum, boolean christmas) {
        if (random.nextDouble() < OUTLIER_PER_DAY / 5) {
            return OUTLIERS.get(random.nextInt(OUTLIERS.size()));
        }
        if (christmas && random.nextDouble() < 0.08) {
            return CHRISTMAS_GIFT;
        }
        double r = random.nextDouble() * rateSum;
        for (Kind k : DAILY) {
            r -= rate(k, day);
            if (r < 0) {
                return k;
            }
        }
        return DAILY.get(DAILY.size() - 1);
    }

    /** The bills due on a day: rent on the 1st, utilities and subscriptions on their usual days. */
    private static List<Kind> scheduled(LocalDate day) {
        return switch (day.getDayOfMonth()) {
            case 1 -> List.of(RENT, NETFLIX, TRANSIT);
            case 3 -> List.of(INTERNET);
            case 5 -> List.of(GYM);
            case 8 -> List.of(ELECTRICITY);
            case 9 -> List.of(SPOTIFY);
            case 12 -> List.of(PHONE);
            case 15 -> day.getMonthValue() % 2 == 1 ? List.of(WATER) : List.of();
            case 20 -> List.of(ICLOUD);
            default -> List.of();
        };
    }

    /** Meals out and entertainment are likelier at weekends, commuting on weekdays. */
    private static double rate(Kind k, LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return switch (k.description()) {
            case "Dinner out", "Movie tickets", "Concert tickets", "Groceries" ->
                    weekend ? k.perDay() * 1.8 : k.perDay();
            case "Lunch", "Ride", "Parking" -> weekend ? k.perDay() * 0.5 : k.perDay();
            default -> k.perDay();
        };
    }

    private static GeneratedExpense draw(SplittableRandom random, Kind k, LocalDate day) {
        long cents = k.minCents();
        if (k.maxCents() > k.minCents()) {
            // The smaller of two uniform draws: most purchases are modest, a few are near the top of the range.
            long a = random.nextLong(k.minCents(), k.maxCents() + 1);
            long b = random.nextLong(k.minCents(), k.maxCents() + 1);
            cents = Math.min(a, b);
        }
        if (k == ELECTRICITY && (day.getMonthValue() <= 2 || day.getMonthValue() >= 7 && day.getMonthValue() <= 8)) {
            cents += cents / 3; // heating in winter, air conditioning in summer
        }
        String payee = k.payees().length == 1 ? k.payees()[0] : k.payees()[random.nextInt(k.payees().length)];
        return new GeneratedExpense(day, k.description(), k.category(), payee, BigDecimal.valueOf(cents, 2));
    }

    private static Kind fixed(String category, String description, String payee, long cents) {
        return new Kind(category, description, new String[] {payee}, cents, cents, 0);
    }

    private static Kind kind(String category, String description, long minCents, long maxCents, double perDay,
                             String... payees) {
        return new Kind(category, description, payees.length == 0 ? NONE : payees, minCents, maxCents, perDay);
    }
}
