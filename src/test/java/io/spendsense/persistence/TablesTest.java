package io.spendsense.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import io.spendsense.testing.BothDatabases;
import io.spendsense.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Every table the migrations make is either copied by {@code migrate}, a server's backup and restore, or listed as
 * derived (or the schema's own): a new table fails here until it gets its line in {@link Tables}.
 */
@BothDatabases
class TablesTest {
    @Test
    void everyTableIsCopiedOrListedAsDerived(TestDatabase db) throws Exception {
        Database.prepare(db.location()).close();
        List<String> tables;
        try (Connection c = db.connect()) {
            tables = side(db).tables(c);
        }
        assertThat(tables).allSatisfy(t -> assertThat(Tables.known(t))
                .as("the table %s is neither copied nor listed as derived in Tables", t).isTrue());
        assertThat(tables).containsAll(TableCopy.copiedTables());
        assertThat(tables).contains("expense_month_totals", "flyway_schema_history");
    }

    @Test
    void everyTableComesAfterTheTablesItReferences(TestDatabase db) throws Exception {
        Database.prepare(db.location()).close();
        var order = new ArrayList<String>();
        Tables.COPIED.forEach(t -> order.add(t.name()));
        try (Connection c = db.connect()) {
            for (String table : order) {
                try (var rs = c.getMetaData().getImportedKeys(null, c.getSchema(), table)) {
                    while (rs.next()) {
                        String parent = rs.getString("PKTABLE_NAME");
                        assertThat(order.indexOf(parent)).as("%s references %s", table, parent)
                                .isBetween(0, order.indexOf(table));
                    }
                }
            }
        }
    }

    @Test
    void aProfilesRowsAreFoundThroughTheirParents() {
        var scope = Tables.byName("attachment_contents").orElseThrow().scope();
        assertThat(scope.from()).isEqualTo("attachment_contents t0 join attachments t1 on t1.id = t0.attachment_id"
                + " join expenses t2 on t2.id = t1.expense_id");
        assertThat(scope.owner()).isEqualTo("t2.user_id");
        assertThat(Tables.Table.global("counter").scope().owner()).isEqualTo("0");
    }

    private static CopySide side(TestDatabase db) {
        return db.postgres() ? CopySide.PostgresSide.INSTANCE : CopySide.SqliteSide.INSTANCE;
    }
}
