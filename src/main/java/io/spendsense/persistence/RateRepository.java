package io.spendsense.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.spendsense.domain.CurrencyMath;
import io.spendsense.domain.ExchangeRate;
import io.spendsense.domain.RateSource;

/**
 * One user's exchange rates (table {@code exchange_rates}) and the setting of the opt-in rates download
 * ({@code rate_settings}). Every query carries the owner's id and the currency the rates convert to (the profile's):
 * rates stored for another profile currency are never read. Dates are ISO text, rates decimal text.
 */
public final class RateRepository {
    private static final String COLUMNS = "rate_date, currency, quote_currency, rate, source";
    private final Transactions tx;

    public RateRepository(Transactions tx) {
        this.tx = tx;
    }

    /** The rate of {@code currency} on {@code day}, else the latest one before it; empty when none is on or before. */
    public Optional<ExchangeRate> onOrBefore(long userId, String quote, String currency, LocalDate day) {
        var found = select("select " + COLUMNS + " from exchange_rates where user_id = ? and quote_currency = ?"
                + " and currency = ? and rate_date <= ? order by rate_date desc limit 1", userId, quote, currency,
                day.toString());
        return found.stream().findFirst();
    }

    /**
     * Every rate of these currencies up to {@code upTo}, per currency by date: what an import of many lines looks
     * the rates of its dates up in (a currency's whole ECB history is some 7,000 rows).
     */
    public Map<String, NavigableMap<LocalDate, BigDecimal>> history(long userId, String quote,
                                                                     Collection<String> currencies, LocalDate upTo) {
        var out = new HashMap<String, NavigableMap<LocalDate, BigDecimal>>();
        for (String currency : new TreeSet<>(currencies)) {
            var byDate = new TreeMap<LocalDate, BigDecimal>();
            for (ExchangeRate r : select("select " + COLUMNS + " from exchange_rates where user_id = ?"
                    + " and quote_currency = ? and currency = ? and rate_date <= ?", userId, quote, currency,
                    upTo.toString())) {
                byDate.put(r.date(), r.rate());
            }
            out.put(currency, byDate);
        }
        return out;
    }

    /**
     * The rates of {@code currency} (null: every currency) between two dates (either null: open), newest first, then
     * by currency; at most {@code limit}.
     */
    public List<ExchangeRate> list(long userId, String quote, String currency, LocalDate from, LocalDate to,
                                   int limit) {
        var sql = new StringBuilder("select " + COLUMNS + " from exchange_rates where user_id = ?"
                + " and quote_currency = ?");
        var args = new ArrayList<Object>(List.of(userId, quote));
        if (currency != null) {
            sql.append(" and currency = ?");
            args.add(currency);
        }
        if (from != null) {
            sql.append(" and rate_date >= ?");
            args.add(from.toString());
        }
        if (to != null) {
            sql.append(" and rate_date <= ?");
            args.add(to.toString());
        }
        sql.append(" order by rate_date desc, currency limit ").append(Math.max(1, limit));
        return select(sql.toString(), args.toArray());
    }

    /** How many rates the user has for this profile currency. */
    public long count(long userId, String quote) {
        long[] n = {0};
        tx.session().doWork(c -> {
            try (var ps = c.prepareStatement("select count(*) from exchange_rates where user_id = ?"
                    + " and quote_currency = ?")) {
                ps.setLong(1, userId);
                ps.setString(2, quote);
                try (var rs = ps.executeQuery()) {
                    n[0] = rs.next() ? rs.getLong(1) : 0;
                }
            }
        });
        return n[0];
    }

    /** The currencies the user has rates of (in this profile currency), in code order. */
    public List<String> currencies(long userId, String quote) {
        var out = new ArrayList<String>();
        tx.session().doWork(c -> {
            try (var ps = c.prepareStatement("select distinct currency from exchange_rates where user_id = ?"
                    + " and quote_currency = ? order by currency")) {
                ps.setLong(1, userId);
                ps.setString(2, quote);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        });
        return out;
    }

    /** How many rates a save added and how many it replaced (same day, currency and profile currency). */
    public record Saved(int added, int replaced) {
    }

    /**
     * Stores the rates, each replacing the one the user had for its day, currency and profile currency, in JDBC
     * batches inside the current transaction. Stored expenses keep the rates they were converted at.
     */
    public Saved saveAll(long userId, List<ExchangeRate> rates, Instant now) {
        tx.changed(userId);
        if (rates.isEmpty()) {
            return new Saved(0, 0);
        }
        // the last rate of a day, currency and profile currency wins within one save
        var unique = new java.util.LinkedHashMap<String, ExchangeRate>();
        for (ExchangeRate r : rates) {
            unique.put(key(r.quote(), r.currency(), r.date().toString()), r);
        }
        int[] counts = new int[2];
        tx.session().doWork(c -> {
            Set<String> existing = existingKeys(c, userId, List.copyOf(unique.values()));
            try (var update = c.prepareStatement("update exchange_rates set rate = ?, source = ?, created_at = ?"
                    + " where user_id = ? and quote_currency = ? and currency = ? and rate_date = ?");
                 var insert = c.prepareStatement("insert into exchange_rates (user_id, rate_date, currency,"
                         + " quote_currency, rate, source, created_at) values (?, ?, ?, ?, ?, ?, ?)")) {
                for (var entry : unique.entrySet()) {
                    ExchangeRate r = entry.getValue();
                    boolean replaces = existing.contains(entry.getKey());
                    PreparedStatement ps = replaces ? update : insert;
                    if (replaces) {
                        update.setString(1, CurrencyMath.rateText(r.rate()));
                        update.setString(2, r.source().wireName());
                        update.setLong(3, now.toEpochMilli());
                        update.setLong(4, userId);
                        update.setString(5, r.quote());
                        update.setString(6, r.currency());
                        update.setString(7, r.date().toString());
                    } else {
                        insert.setLong(1, userId);
                        insert.setString(2, r.date().toString());
                        insert.setString(3, r.currency());
                        insert.setString(4, r.quote());
                        insert.setString(5, CurrencyMath.rateText(r.rate()));
                        insert.setString(6, r.source().wireName());
                        insert.setLong(7, now.toEpochMilli());
                    }
                    ps.addBatch();
                    if (++counts[replaces ? 1 : 0] % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                insert.executeBatch();
                update.executeBatch();
            }
        });
        return new Saved(counts[0], counts[1]);
    }

    /** Stores the rate unless the user has one for its day, currency and profile currency; whether it was stored. */
    public boolean addIfAbsent(long userId, ExchangeRate rate, Instant now) {
        var same = select("select " + COLUMNS + " from exchange_rates where user_id = ? and quote_currency = ?"
                + " and currency = ? and rate_date = ?", userId, rate.quote(), rate.currency(), rate.date().toString());
        if (!same.isEmpty()) {
            return false;
        }
        saveAll(userId, List.of(rate), now);
        return true;
    }

    /** Deletes the user's rate of a currency on a day; whether there was one. */
    public boolean delete(long userId, String quote, String currency, LocalDate day) {
        tx.changed(userId);
        int[] n = {0};
        tx.session().doWork(c -> {
            try (var ps = c.prepareStatement("delete from exchange_rates where user_id = ? and quote_currency = ?"
                    + " and currency = ? and rate_date = ?")) {
                ps.setLong(1, userId);
                ps.setString(2, quote);
                ps.setString(3, currency);
                ps.setString(4, day.toString());
                n[0] = ps.executeUpdate();
            }
        });
        return n[0] > 0;
    }

    /** The download setting: off, and the default address (null), until the user changes it. */
    public record Settings(boolean downloadEnabled, String downloadUrl) {
        public static final Settings DEFAULT = new Settings(false, null);
    }

    public Settings settings(long userId) {
        Settings[] found = {Settings.DEFAULT};
        tx.session().doWork(c -> {
            try (var ps = c.prepareStatement("select download_enabled, download_url from rate_settings"
                    + " where user_id = ?")) {
                ps.setLong(1, userId);
                try (var rs = ps.executeQuery()) {
                    if (rs.next()) {
                        found[0] = new Settings(rs.getBoolean(1), rs.getString(2));
                    }
                }
            }
        });
        return found[0];
    }

    public void saveSettings(long userId, Settings settings, Instant now) {
        tx.changed(userId);
        tx.session().doWork(c -> {
            int updated;
            try (var ps = c.prepareStatement("update rate_settings set download_enabled = ?, download_url = ?,"
                    + " updated_at = ? where user_id = ?")) {
                ps.setBoolean(1, settings.downloadEnabled());
                ps.setString(2, settings.downloadUrl());
                ps.setLong(3, now.toEpochMilli());
                ps.setLong(4, userId);
                updated = ps.executeUpdate();
            }
            if (updated == 0) {
                try (var ps = c.prepareStatement("insert into rate_settings (user_id, download_enabled,"
                        + " download_url, updated_at) values (?, ?, ?, ?)")) {
                    ps.setLong(1, userId);
                    ps.setBoolean(2, settings.downloadEnabled());
                    ps.setString(3, settings.downloadUrl());
                    ps.setLong(4, now.toEpochMilli());
                    ps.executeUpdate();
                }
            }
        });
    }

    /** The keys (profile currency, currency, day) among {@code rates} that the user already has. */
    private static Set<String> existingKeys(Connection c, long userId, List<ExchangeRate> rates) throws SQLException {
        var keys = new HashSet<String>();
        var wanted = new HashSet<String>();
        var pairs = new TreeSet<String>();
        String min = null;
        String max = null;
        for (ExchangeRate r : rates) {
            wanted.add(key(r.quote(), r.currency(), r.date().toString()));
            pairs.add(r.quote() + " " + r.currency());
            String d = r.date().toString();
            min = min == null || d.compareTo(min) < 0 ? d : min;
            max = max == null || d.compareTo(max) > 0 ? d : max;
        }
        try (PreparedStatement ps = c.prepareStatement("select rate_date from exchange_rates where user_id = ?"
                + " and quote_currency = ? and currency = ? and rate_date between ? and ?")) {
            for (String pair : pairs) {
                String quote = pair.substring(0, 3);
                String currency = pair.substring(4);
                ps.setLong(1, userId);
                ps.setString(2, quote);
                ps.setString(3, currency);
                ps.setString(4, min);
                ps.setString(5, max);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String key = key(quote, currency, rs.getString(1));
                        if (wanted.contains(key)) {
                            keys.add(key);
                        }
                    }
                }
            }
        }
        return keys;
    }

    private static String key(String quote, String currency, String date) {
        return quote + " " + currency + " " + date;
    }

    private List<ExchangeRate> select(String sql, Object... args) {
        var out = new ArrayList<ExchangeRate>();
        tx.session().doWork(c -> {
            try (var ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    if (args[i] instanceof Long n) {
                        ps.setLong(i + 1, n);
                    } else {
                        ps.setString(i + 1, (String) args[i]);
                    }
                }
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ExchangeRate(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                                new BigDecimal(rs.getString(4)), RateSource.parse(rs.getString(5))));
                    }
                }
            }
        });
        return out;
    }
}
