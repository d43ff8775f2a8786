package io.spendsense.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.spendsense.service.CsvFormatOptions;
import io.spendsense.service.BudgetService;
import io.spendsense.service.ImportOptions;
import io.spendsense.service.ImportReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import --user NAME FILE.csv}: all of the file's expenses, or none when a line is bad. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import expenses from a CSV file"
        + " (canonical format or a bank export). All or nothing.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "UTF-8 CSV file with a header line.")
    Path file;
    @Option(names = "--date-format", paramLabel = "PATTERN", description = "Date pattern, e.g. dd/MM/yyyy"
            + " (default: detected: yyyy-MM-dd, MM/dd/yyyy, dd/MM/yyyy or dd.MM.yyyy).")
    String dateFormat;
    @Option(names = "--delimiter", paramLabel = "C", description = "Field separator (default: detected from the"
            + " header: , ; tab |). Use 'tab' for a tab.")
    String delimiter;
    @Option(names = "--decimal-comma", negatable = true, description = "Amounts use a decimal comma (default: when"
            + " the separator is ';').")
    Boolean decimalComma;
    @Option(names = "--date-column", paramLabel = "NAME|N", description = "Date column by header or 1-based"
            + " number (default: Date, Transaction Date, Posted Date, Booking Date).")
    String dateColumn;
    @Option(names = "--amount-column", paramLabel = "NAME|N", 
            description = "Amount column (default: Amount, Debit, Value).")
    String amountColumn;
    @Option(names = "--description-column", paramLabel = "NAME|N", 
            description = "Description column (default: Description, Memo, Details, Narrative).")
    String descriptionColumn;
    @Option(names = "--payee-column", paramLabel = "NAME|N", 
            description = "Payee column (default: Payee, Merchant, Name).")
    String payeeColumn;
    @Option(names = "--category-column", paramLabel = "NAME|N", description = "Category column (default: Category).")
    String categoryColumn;
    @Option(names = "--unknown-category", paramLabel = "NAME", description = "Put rows of categories you do not"
            + " have into this existing category instead of creating them.")
    String unknownCategory;
    @Option(names = "--allow-duplicates", description = "Also import rows equal to expenses you already have.")
    boolean allowDuplicates;

    @Override
    public Integer call() {
        var env = database.env();
        var format = new CsvFormatOptions(delimiter(), dateFormat, decimalComma, dateColumn, amountColumn,
                descriptionColumn, payeeColumn, categoryColumn);
        return user.runSignedIn(database, (services, who) -> {
            var before = services.budgets().status(who);
            var report = services.importer().importFile(who, file, new ImportOptions(format, unknownCategory,
                    allowDuplicates));
            env.out().println(describe(report, file.getFileName().toString()));
            BudgetService.crossings(before, services.budgets().status(who))
                    .forEach(c -> env.out().println(BudgetCommand.notice(c, who.currency())));
            return Cli.OK;
        });
    }

    private Character delimiter() {
        if (delimiter == null) {
            return null;
        }
        if (delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t")) {
            return '\t';
        }
        if (delimiter.length() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--delimiter must be one character (or 'tab')");
        }
        return delimiter.charAt(0);
    }

    static String describe(ImportReport r, String file) {
        var sb = new StringBuilder("Imported ").append(r.imported())
                .append(r.imported() == 1 ? " expense" : " expenses").append(" from ").append(file).append(": ")
                .append(r.duplicatesSkipped()).append(" duplicates skipped, ")
                .append(r.creditsSkipped()).append(" credits skipped");
        if (!r.categoriesCreated().isEmpty()) {
            sb.append(", new categories: ").append(String.join(", ", r.categoriesCreated()));
        }
        return sb.append(" (").append(r.elapsed().toMillis()).append(" ms)").toString();
    }
}
