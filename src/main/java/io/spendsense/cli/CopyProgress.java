package io.spendsense.cli;

import java.io.PrintWriter;
import java.util.Locale;

import io.spendsense.service.MigrationService;

/** The lines {@code migrate}, a server's backup and a restore into a server print as the rows go. */
final class CopyProgress implements MigrationService.Progress {
    private final PrintWriter out;

    CopyProgress(PrintWriter out) {
        this.out = out;
    }

    /** A line per table when it is done, and one every 50,000 rows of a large one. */
    @Override
    public void rows(String table, long done, long total) {
        if (done == 0) {
            return;
        }
        if (done == total) {
            out.printf(Locale.ROOT, "  %-22s %,d rows%n", table, done);
        } else {
            out.printf(Locale.ROOT, "  %-22s %,d of %,d rows ...%n", table, done, total);
        }
        out.flush();
    }

    /** The profiles copied, one line each, and the total. */
    static void summary(PrintWriter out, MigrationService.Migrated migrated, long millis) {
        out.println("Checked per profile before committing: the rows of every table, the expense totals (per"
                + " original currency too) and the attachments' bytes.");
        for (var p : migrated.profiles()) {
            out.printf(Locale.ROOT, "  %s: %,d expenses, %,d attachments, %,d rows%n", p.username(), p.expenses(),
                    p.attachments(), p.rows());
        }
        out.printf(Locale.ROOT, "Done: %,d profiles, %,d rows copied from %s to %s in %.1f s.%n",
                migrated.profiles().size(), migrated.rows(), migrated.from().describe(), migrated.to().describe(),
                millis / 1000.0);
    }
}
