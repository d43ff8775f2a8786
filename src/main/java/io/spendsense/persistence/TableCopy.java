package io.spendsense.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.spendsense.domain.DatabaseLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves every profile and everything it owns from one SpendSense database to another — an SQLite file or a PostgreSQL
 * server, either way (decision 0023): {@code migrate}, a server's backup (into a new file) and a restore into a
 * server. Both databases are first brought to this version's schema (Flyway). The source is read from one snapshot;
 * the target is written in one transaction, table by table in {@link Tables#COPIED}'s order with every id kept, the
 * derived tables rebuilt by the target; before it commits, the count of every table and the expense totals are read
 * back per profile and compared with the source's, and any difference rolls it all back.
 */
public final class TableCopy {
    private static final Logger LOG = LoggerFactory.getLogger(TableCopy.class);
    /** Progress is reported every this many rows of a table (and at its end). */
    static final int PROGRESS_EVERY = 50_000;

    /** Whether the target must be empty, or has its data replaced. */
    public enum Into {
        /** Refused when the target holds any profile or row ({@code migrate}, a backup). */
        EMPTY,
        /** Everything the target holds is deleted first, in the same transaction (a restore into a server). */
        REPLACE
    }

    /** Told as the rows go: {@code done} of {@code total} rows of {@code table} copied. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (table, done, total) -> { };

        void rows(String table, long done, long total);
    }

    /** A profile that was copied: its name, its expenses, its attachments and its rows in every table. */
    public record Profile(String username, long expenses, long attachments, long rows) {
    }

    /** What a copy did: the profiles copied (by id) and the rows written in all. */
    public record Result(List<Profile> profiles, long rows) {
    }

    /** The target already holds data: its profiles (by name), or the first table that has rows. */
    public static final class NotEmptyException extends DatabaseException {
        private final transient List<String> profiles;

        NotEmptyException(String target, List<String> profiles, String table) {
            super(target + (profiles.isEmpty() ? " has rows in " + table : " holds the profiles "
                    + String.join(", ", profiles)), null);
            this.profiles = List.copyOf(profiles);
        }

        /** The profiles found (empty when only a table of no profile had rows). */
        public List<String> profiles() {
            return profiles;
        }
    }

    /** One figure that differs between the source and what the target holds before it commits. */
    public record Difference(String profile, String what, long source, long target) {
        @Override
        public String toString() {
            return (profile == null ? "" : profile + ": ") + what + " " + source + " in the source, " + target
                    + " in the copy";
        }
    }

    /** The copy did not add up: it was rolled back, the target is as it was. */
    public static final class MismatchException extends DatabaseException {
        private final transient List<Difference> differences;

        MismatchException(List<Difference> differences) {
            super("the copy does not match the source (" + differences.get(0) + ")", null);
            this.differences = List.copyOf(differences);
        }

        public List<Difference> differences() {
            return differences;
        }
    }

    /** A step on the target's connection inside the copy's transaction (the tests' seam before the verification). */
    @FunctionalInterface
    interface Step {
        void run(Connection target) throws SQLException;
    }

    private final Progress progress;
    private Step beforeVerify = c -> { };

    public TableCopy(Progress progress) {
        this.progress = progress;
    }

    /** For tests: runs {@code step} on the target after the rows are written and before they are verified. */
    TableCopy beforeVerify(Step step) {
        this.beforeVerify = step;
        return this;
    }

    /** Copies everything from {@code from} into {@code to} (both migrated to this version's schema first). */
    public Result copy(DatabaseLocation from, DatabaseLocation to, Into into) {
        return copy(from, to, into, null);
    }

    /**
     * As {@link #copy(DatabaseLocation, DatabaseLocation, Into)}; with {@code keepPrevious} (a new file, with
     * {@link Into#REPLACE}), what the target holds is first copied into that SQLite file, inside the target's write
     * transaction, so that it is exactly what the copy replaces (no other writer can commit between the two). The file
     * is removed again when the copy fails.
     */
    public Result copy(DatabaseLocation from, DatabaseLocation to, Into into, Path keepPrevious) {
        if (same(from, to)) {
            throw new DatabaseException("the source and the target are the same database (" + from.describe() + ")",
                    null);
        }
        if (from instanceof DatabaseLocation.File f && !Files.isRegularFile(f.path())) {
            throw new DatabaseException("there is no database at " + f.path(), null);
        }
        if (keepPrevious != null && (into != Into.REPLACE || Files.exists(keepPrevious))) {
            throw new IllegalArgumentException("keepPrevious is a new file, for a replacing copy: " + keepPrevious);
        }
        try (var source = Database.prepare(from); var target = Database.prepare(to)) {
            return copy(source, target, into, keepPrevious);
        } catch (RuntimeException e) {
            if (keepPrevious != null) {
                deleteQuietly(keepPrevious);
            }
            throw e;
        }
    }

    private Result copy(Database.Prepared source, Database.Prepared target, Into into, Path keepPrevious) {
        CopySide in = CopySide.of(source.vendor());
        CopySide out = CopySide.of(target.vendor());
        String what = target.location().describe();
        long start = System.nanoTime();
        try (Connection s = source.connections().dataSource().getConnection();
             Connection t = target.connections().dataSource().getConnection()) {
            in.beginSnapshot(s);
            t.setAutoCommit(false);
            try {
                target.vendor().takeWriteLock(t);
                if (keepPrevious != null) {
                    keep(t, out, target.location(), keepPrevious);
                }
                var result = load(s, in, source.location(), t, out, target, into, beforeVerify, progress);
                t.commit();
                LOG.info("Copied {} rows from {} to {} in {} ms", result.rows(), source.location().describe(), what,
                        (System.nanoTime() - start) / 1_000_000);
                return result;
            } catch (SQLException | RuntimeException e) {
                t.rollback();
                throw e;
            } finally {
                s.rollback();
            }
        } catch (SQLException e) {
            throw failure(source.location(), target.location(), e);
        }
    }

    /** Copies what {@code t} (in its write transaction) holds into the new SQLite file {@code file}, verified. */
    private static void keep(Connection t, CopySide side, DatabaseLocation where, Path file) {
        var location = DatabaseLocation.file(file);
        try (var keep = Database.prepare(location); Connection k = keep.connections().dataSource().getConnection()) {
            k.setAutoCommit(false);
            try {
                keep.vendor().takeWriteLock(k);
                load(t, side, where, k, CopySide.of(keep.vendor()), keep, Into.EMPTY, c -> { }, Progress.NONE);
                k.commit();
            } catch (SQLException | RuntimeException e) {
                k.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(where, location, e);
        }
    }

    private static DatabaseException failure(DatabaseLocation from, DatabaseLocation to, SQLException e) {
        if (DatabaseBusyException.isBusy(e)) {
            return new DatabaseBusyException(e);
        }
        return new DatabaseException("Cannot copy " + from.describe() + " to " + to.describe() + ": "
                + SchemaCheck.firstLine(e.getMessage()), e);
    }

    /**
     * The copy inside the callers' transactions ({@code s} reads, {@code t} holds the write lock): the tables checked,
     * the target checked empty or emptied, every table copied, what was suspended rebuilt, and the figures compared
     * per profile. The caller commits.
     */
    private static Result load(Connection s, CopySide in, DatabaseLocation from, Connection t, CopySide out,
                               Database.Prepared target, Into into, Step beforeVerify, Progress progress)
            throws SQLException {
        List<String> tables = checkTables(in.tables(s), out.tables(t), from, target.location());
        long counted = 0;
        if (into == Into.EMPTY) {
            refuseUnlessEmpty(t, target.location().describe(), tables);
        } else {
            counted = largestChangeCount(t);
            empty(t, tables);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (var table : Tables.COPIED) {
            counts.put(table.name(), count(s, table.name()));
        }
        long rows = 0;
        try (var load = out.beginLoad(t, target.vendor(), counts.get("expenses"))) {
            for (var table : Tables.COPIED) {
                rows += copyTable(s, in, t, out, table.name(), counts.get(table.name()), progress);
                out.afterTable(t, table.name());
            }
        }
        beforeVerify.run(t);
        var usernames = usernames(s);
        var found = facts(t, tables);
        var differences = differences(facts(s, tables), found, usernames);
        if (!differences.isEmpty()) {
            throw new MismatchException(differences);
        }
        if (into == Into.REPLACE) {
            raiseChangeCounters(t, counted, usernames.keySet());
        }
        return new Result(profiles(found, usernames), rows);
    }

    /** The largest change counter the target holds (decision 0021), before a replacing copy deletes them. */
    private static long largestChangeCount(Connection t) throws SQLException {
        try (Statement st = t.createStatement();
             var rs = st.executeQuery("select coalesce(max(changes), 0) from change_counters")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * After a replacing copy: every profile's change counter is raised past every value the target held before, so a
     * window open on the target (another computer) sees the restore as a change made elsewhere and reloads.
     */
    private static void raiseChangeCounters(Connection t, long largest, java.util.Collection<Long> users)
            throws SQLException {
        try (var ps = t.prepareStatement("insert into change_counters (user_id, changes) values (?, ?)"
                + " on conflict (user_id) do update set changes = change_counters.changes + excluded.changes")) {
            for (long user : users) {
                ps.setLong(1, user);
                ps.setLong(2, largest + 1);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + "-wal"));
            Files.deleteIfExists(Path.of(file + "-shm"));
        } catch (java.io.IOException e) {
            LOG.warn("Could not remove {}", file, e);
        }
    }

    /**
     * The tables to verify (those both databases have of the copied and the derived ones). Refuses a table either
     * database has that {@link Tables} does not know, and a copied table one of them lacks.
     */
    private static List<String> checkTables(List<String> source, List<String> target, DatabaseLocation from,
                                            DatabaseLocation to) {
        for (var side : List.of(source, target)) {
            for (String name : side) {
                if (!Tables.known(name)) {
                    throw new DatabaseException((side == source ? from : to).describe() + " has a table " + name
                            + " that this version of SpendSense does not know how to copy; update SpendSense", null);
                }
            }
            for (var table : Tables.COPIED) {
                if (!side.contains(table.name())) {
                    throw new DatabaseException((side == source ? from : to).describe() + " has no table "
                            + table.name(), null);
                }
            }
        }
        var both = new ArrayList<String>();
        for (var table : Tables.COPIED) {
            both.add(table.name());
        }
        for (var table : Tables.DERIVED_OWNED) {
            if (source.contains(table.name()) && target.contains(table.name())) {
                both.add(table.name());
            }
        }
        return both;
    }

    private static void refuseUnlessEmpty(Connection t, String what, List<String> tables) throws SQLException {
        var profiles = new ArrayList<String>();
        try (Statement st = t.createStatement(); var rs = st.executeQuery("select username from users order by 1")) {
            while (rs.next()) {
                profiles.add(rs.getString(1));
            }
        }
        if (!profiles.isEmpty()) {
            throw new NotEmptyException(what, profiles, "users");
        }
        for (String table : tables) {
            try (Statement st = t.createStatement();
                 var rs = st.executeQuery("select 1 from " + table + " limit 1")) {
                if (rs.next()) {
                    throw new NotEmptyException(what, List.of(), table);
                }
            }
        }
    }

    /** Deletes every row of the copied tables, children first (the derived ones go with them, by their triggers). */
    private static void empty(Connection t, List<String> tables) throws SQLException {
        var order = new ArrayList<>(Tables.COPIED);
        java.util.Collections.reverse(order);
        try (Statement st = t.createStatement()) {
            for (var table : order) {
                st.executeUpdate("delete from " + table.name());
            }
            for (var table : Tables.DERIVED_OWNED) {
                if (tables.contains(table.name())) {
                    st.executeUpdate("delete from " + table.name());
                }
            }
        }
    }

    private static long copyTable(Connection s, CopySide in, Connection t, CopySide out, String table, long total,
                                  Progress progress) throws SQLException {
        var columns = columns(t, table);
        var sourceColumns = columns(s, table);
        if (!names(columns).equals(names(sourceColumns))) {
            throw new DatabaseException("the table " + table + " has the columns " + names(sourceColumns)
                    + " in the source and " + names(columns) + " in the target", null);
        }
        boolean bytes = columns.stream().anyMatch(c -> c.kind() == CopySide.Column.Kind.BYTES);
        String select = "select " + String.join(", ", columns.stream().map(CopySide.Column::name).toList())
                + " from " + table + orderBy(s, table);
        progress.rows(table, 0, total);
        long done = 0;
        try (Statement st = s.createStatement()) {
            in.fetchSize(st, bytes);
            try (var rs = st.executeQuery(select); var writer = out.writer(t, table, columns)) {
                Object[] row = new Object[columns.size()];
                while (rs.next()) {
                    for (int i = 0; i < row.length; i++) {
                        row[i] = in.read(rs, i + 1, columns.get(i).kind());
                    }
                    writer.write(row);
                    if (++done % PROGRESS_EVERY == 0) {
                        progress.rows(table, done, total);
                    }
                }
            }
        }
        if (done % PROGRESS_EVERY != 0) {
            progress.rows(table, done, total);
        }
        return done;
    }

    /** The table's columns in their order, with the kind of value each holds. */
    private static List<CopySide.Column> columns(Connection c, String table) throws SQLException {
        var columns = new ArrayList<CopySide.Column>();
        DatabaseMetaData meta = c.getMetaData();
        try (var rs = meta.getColumns(null, c.getSchema(), table, "%")) {
            var byPosition = new TreeMap<Integer, CopySide.Column>();
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    byPosition.put(rs.getInt("ORDINAL_POSITION"), new CopySide.Column(rs.getString("COLUMN_NAME"),
                            CopySide.Column.Kind.of(rs.getString("TYPE_NAME"))));
                }
            }
            columns.addAll(byPosition.values());
        }
        if (columns.isEmpty()) {
            throw new SQLException("no columns found for the table " + table);
        }
        return columns;
    }

    private static List<String> names(List<CopySide.Column> columns) {
        return columns.stream().map(CopySide.Column::name).sorted().toList();
    }

    /** The rows in primary-key order (an SQLite target appends them to its tree in order). */
    private static String orderBy(Connection c, String table) throws SQLException {
        var keys = new TreeMap<Integer, String>();
        try (var rs = c.getMetaData().getPrimaryKeys(null, c.getSchema(), table)) {
            while (rs.next()) {
                if (table.equals(rs.getString("TABLE_NAME"))) {
                    keys.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
                }
            }
        }
        return keys.isEmpty() ? "" : " order by " + String.join(", ", keys.values());
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<Long, String> usernames(Connection c) throws SQLException {
        var names = new TreeMap<Long, String>();
        try (Statement st = c.createStatement(); var rs = st.executeQuery("select id, username from users")) {
            while (rs.next()) {
                names.put(rs.getLong(1), rs.getString(2));
            }
        }
        return names;
    }

    /**
     * A figure the verification compares: {@code aggregate} over the rows of {@code table}, per profile and, when
     * {@code group} is not null, per value of that column of the table (rows where it is null left out).
     */
    record Measure(String table, String label, String aggregate, String group) {
    }

    /** The sums compared besides every table's count of rows. */
    static final List<Measure> MEASURES = List.of(
            new Measure("expenses", "sum of amount_cents", "sum(t0.amount_cents)", null),
            new Measure("expenses", "sum of original_minor in", "sum(t0.original_minor)", "t0.original_currency"),
            new Measure("expenses", "rows in", "count(*)", "t0.original_currency"),
            new Measure("expenses", "sum of version", "sum(t0.version)", null),
            new Measure("attachments", "sum of size_bytes", "sum(t0.size_bytes)", null),
            new Measure("attachment_contents", "bytes of content", "sum(length(t0.content))", null),
            new Measure("expense_month_totals", "sum of total_cents", "sum(t0.total_cents)", null),
            new Measure("expense_month_totals", "sum of expense_count", "sum(t0.expense_count)", null));

    /** Per profile id (0: the whole database), each figure: the rows of every table and the {@link #MEASURES}. */
    static Map<Long, Map<String, Long>> facts(Connection c, List<String> tables) throws SQLException {
        var facts = new TreeMap<Long, Map<String, Long>>();
        for (String name : tables) {
            var scope = Tables.byName(name).orElseThrow().scope();
            collect(c, facts, "select " + scope.owner() + ", '', count(*) from " + scope.from()
                    + groupBy(scope.owner(), null), name + ": rows");
        }
        for (var m : MEASURES) {
            if (!tables.contains(m.table())) {
                continue;
            }
            var scope = Tables.byName(m.table()).orElseThrow().scope();
            String sql = m.group() == null
                    ? "select " + scope.owner() + ", '', coalesce(" + m.aggregate() + ", 0) from " + scope.from()
                    + groupBy(scope.owner(), null)
                    : "select " + scope.owner() + ", " + m.group() + ", coalesce(" + m.aggregate() + ", 0) from "
                    + scope.from() + " where " + m.group() + " is not null" + groupBy(scope.owner(), m.group());
            collect(c, facts, sql, m.table() + ": " + m.label());
        }
        return facts;
    }

    /** Grouped by profile; a table of no profile ({@code 0}) is one group, and its own group column alone. */
    private static String groupBy(String owner, String column) {
        var keys = new ArrayList<String>();
        if (!owner.equals("0")) {
            keys.add(owner);
        }
        if (column != null) {
            keys.add(column);
        }
        return keys.isEmpty() ? "" : " group by " + String.join(", ", keys);
    }

    private static void collect(Connection c, Map<Long, Map<String, Long>> facts, String sql, String label)
            throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String group = rs.getString(2);
                facts.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                        .put(group == null || group.isEmpty() ? label : label + " " + group, rs.getLong(3));
            }
        }
    }

    static List<Difference> differences(Map<Long, Map<String, Long>> expected, Map<Long, Map<String, Long>> found,
                                        Map<Long, String> usernames) {
        var differences = new ArrayList<Difference>();
        Set<Long> owners = new TreeSet<>(expected.keySet());
        owners.addAll(found.keySet());
        for (long owner : owners) {
            var a = expected.getOrDefault(owner, Map.of());
            var b = found.getOrDefault(owner, Map.of());
            Set<String> labels = new TreeSet<>(a.keySet());
            labels.addAll(b.keySet());
            for (String label : labels) {
                long x = a.getOrDefault(label, 0L);
                long y = b.getOrDefault(label, 0L);
                if (x != y) {
                    differences.add(new Difference(owner == 0 ? null : usernames.getOrDefault(owner, "#" + owner),
                            label, x, y));
                }
            }
        }
        return differences;
    }

    private static List<Profile> profiles(Map<Long, Map<String, Long>> facts, Map<Long, String> usernames) {
        var profiles = new ArrayList<Profile>();
        usernames.forEach((id, name) -> {
            var f = facts.getOrDefault(id, Map.of());
            long rows = f.entrySet().stream().filter(e -> e.getKey().endsWith(": rows")
                    && Tables.COPIED.stream().anyMatch(t -> e.getKey().equals(t.name() + ": rows")))
                    .mapToLong(Map.Entry::getValue).sum();
            profiles.add(new Profile(name, f.getOrDefault("expenses: rows", 0L),
                    f.getOrDefault("attachments: rows", 0L), rows));
        });
        return profiles;
    }

    private static boolean same(DatabaseLocation a, DatabaseLocation b) {
        if (a instanceof DatabaseLocation.File x && b instanceof DatabaseLocation.File y) {
            Path p = x.path().toAbsolutePath().normalize();
            Path q = y.path().toAbsolutePath().normalize();
            try {
                return p.equals(q) || Files.exists(p) && Files.exists(q) && Files.isSameFile(p, q);
            } catch (java.io.IOException e) {
                return false;
            }
        }
        if (a instanceof DatabaseLocation.Server x && b instanceof DatabaseLocation.Server y) {
            return x.host().equalsIgnoreCase(y.host()) && x.port() == y.port() && x.database().equals(y.database());
        }
        return false;
    }

    /** The copied tables' names, for tests. */
    static Set<String> copiedTables() {
        var names = new HashSet<String>();
        Tables.COPIED.forEach(t -> names.add(t.name()));
        return names;
    }
}
