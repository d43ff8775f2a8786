package io.spendsense.cli;

import java.util.concurrent.Callable;

import io.spendsense.service.DatabaseFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code db-check [--db FILE]} (hidden, for the crash-safety suite and for support): SQLite's integrity check, the row
 * count of every table, and whether the month totals add up to the expenses — without opening the file as the app
 * does, so nothing is migrated or written. Exit code 0 when all is well, 1 otherwise.
 */
@Command(name = "db-check", hidden = true, mixinStandardHelpOptions = true,
        description = "Check a database file without changing it: integrity, row counts, month totals.")
final class DbCheckCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        var out = database.env().out();
        var report = DatabaseFiles.check(database.file());
        out.println("integrity_check " + report.integrity());
        report.rows().forEach((table, count) -> out.println("rows " + table + " " + count));
        out.println("digest expenses " + report.expenseDigest());
        report.problems().forEach(p -> out.println("problem " + p));
        out.println(report.ok() ? "ok" : "NOT OK");
        return report.ok() ? Cli.OK : Cli.USER_ERROR;
    }
}
