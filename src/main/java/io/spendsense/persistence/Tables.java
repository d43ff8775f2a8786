package io.spendsense.persistence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every table of a SpendSense database and what moving data ({@link TableCopy}: {@code migrate}, a server's backup and
 * restore) does with it (decision 0023). A table the migrations add goes into one of the lists below — one line —
 * or {@code TablesTest} fails, and a copy refuses a database that has a table it does not know.
 */
final class Tables {
    /**
     * The tables copied row by row with their ids, parents before children (the order rows are written in, so that
     * every reference finds its row). Each says how a row belongs to a profile: its own column that holds the user's
     * id, or its column that references the parent table's id.
     */
    static final List<Table> COPIED = List.of(
            Table.owned("users", "id"),
            Table.owned("categories", "user_id"),
            Table.owned("search_texts", "user_id"),
            Table.owned("expenses", "user_id"),
            Table.via("attachments", "expense_id", "expenses"),
            Table.via("attachment_contents", "attachment_id", "attachments"),
            Table.owned("budgets", "user_id"),
            Table.via("budget_limits", "budget_id", "budgets"),
            Table.owned("recurring_templates", "user_id"),
            Table.via("recurring_occurrences", "template_id", "recurring_templates"),
            Table.owned("category_rules", "user_id"),
            Table.owned("dismissed_insights", "user_id"),
            Table.owned("import_layouts", "user_id"),
            Table.owned("exchange_rates", "user_id"),
            Table.owned("rate_settings", "user_id"),
            Table.owned("change_counters", "user_id"));

    /**
     * The tables whose rows follow from the copied ones: the target builds them itself, and the verification compares
     * them with the source's where they belong to a profile ({@link #DERIVED_OWNED}).
     */
    static final Map<String, String> DERIVED = derived();

    /** The derived tables that belong to a profile, counted per profile by the verification like the copied ones. */
    static final List<Table> DERIVED_OWNED = List.of(Table.owned("expense_month_totals", "user_id"));

    /** Tables of the database itself, not of its data: each database keeps its own. */
    static final Set<String> SCHEMA = Set.of("flyway_schema_history");

    private Tables() {
    }

    private static Map<String, String> derived() {
        var m = new LinkedHashMap<String, String>();
        m.put("expense_month_totals", "rebuilt from the copied expenses (by PostgreSQL's statement triggers; on SQLite"
                + " with one statement, the per-row trigger suspended while the expenses load)");
        m.put("search_texts_fts", "SQLite's trigram index of search_texts, filled by search_texts' insert trigger");
        m.put("search_texts_fts_data", "storage of SQLite's search index");
        m.put("search_texts_fts_idx", "storage of SQLite's search index");
        m.put("search_texts_fts_docsize", "storage of SQLite's search index");
        m.put("search_texts_fts_config", "storage of SQLite's search index");
        return Map.copyOf(m);
    }

    /** The copied or derived table {@code name}. */
    static Optional<Table> byName(String name) {
        return java.util.stream.Stream.concat(COPIED.stream(), DERIVED_OWNED.stream())
                .filter(t -> t.name().equals(name)).findFirst();
    }

    /** Whether a table of this name is known: copied, derived or the schema's own. */
    static boolean known(String name) {
        return SCHEMA.contains(name) || DERIVED.containsKey(name) || byName(name).isPresent();
    }

    /**
     * A table and how its rows belong to a profile: {@code parent} null and {@code column} the user's id, or
     * {@code column} referencing {@code parent}'s id; {@code column} null for a table of no profile (the whole
     * database's).
     */
    record Table(String name, String column, String parent) {
        static Table owned(String name, String userColumn) {
            return new Table(name, userColumn, null);
        }

        static Table via(String name, String column, String parent) {
            return new Table(name, column, parent);
        }

        static Table global(String name) {
            return new Table(name, null, null);
        }

        /**
         * {@code from} clause (the table aliased {@code t0}, joined up to the table that holds the user's id) and the
         * SQL of the row's user id ({@code null} for a table of no profile).
         */
        Scope scope() {
            var from = new StringBuilder(name).append(" t0");
            Table at = this;
            int i = 0;
            while (at.parent() != null) {
                Table parentTable = byName(at.parent()).orElseThrow(
                        () -> new IllegalStateException("unknown parent table " + this.parent));
                from.append(" join ").append(parentTable.name()).append(" t").append(i + 1).append(" on t")
                        .append(i + 1).append(".id = t").append(i).append('.').append(at.column());
                at = parentTable;
                i++;
            }
            return new Scope(from.toString(), at.column() == null ? "0" : "t" + i + "." + at.column());
        }
    }

    /** What {@link Table#scope()} returns. */
    record Scope(String from, String owner) {
    }
}
