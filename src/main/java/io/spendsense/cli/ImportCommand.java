package io.spendsense.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.spendsense.service.BudgetService;
import io.spendsense.service.CsvFormatOptions;
import io.spendsense.service.ImportOptions;
import io.spendsense.service.ImportReport;
import io.spendsense.service.imports.DateOrder;
import io.spendsense.service.imports.SignConvention;
import io.spendsense.service.imports.StatementFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import --user NAME FILE}: all of a statement's expenses (CSV, OFX, QFX, QIF, CAMT.053), or none when a line
 * is bad; says how the file was read and what was skipped, by reason.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = {
    "Import expenses from a bank statement: CSV, OFX, QFX, QIF or CAMT.053. All or nothing.",
    "The format, encoding, separator, date order and sign convention are detected from the content; money coming"
        + " in, card payments, refunds, pending and declined rows are skipped and counted."})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The statement file (CSV, OFX, QFX, QIF or CAMT.053).")
    Path file;
    @Option(names = "--format", paramLabel = "FORMAT", description = "csv, ofx, qfx, qif or camt053 (default:"
            + " detected from the content).")
    String format;
    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Text encoding, e.g. UTF-8, windows-1252,"
            + " ISO-8859-1, UTF-16 (default: detected: a byte-order mark, valid UTF-8, else windows-1252).")
    String encoding;
    @Option(names = "--date-order", paramLabel = "dmy|mdy", description = "Day or month first in dates such as"
            + " 03/04/2024 (default: detected from the whole file; a file where nothing tells is refused).")
    String dateOrder;
    @Option(names = "--sign", paramLabel = "charges-positive|charges-negative", description = "How the file signs"
            + " charges when it has one amount column (default: detected; American Express signs charges positive).")
    String sign;
    @Option(names = "--skip-lines", paramLabel = "N", description = "Lines before the header (or the first row)"
            + " of a CSV file (default: detected).")
    Integer skipLines;
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
    @Option(names = "--currency", paramLabel = "CODE", description = "The currency of a file that does not say (a"
            + " currency the file states is kept); lines in another currency than the profile's are converted with"
            + " your rates (see rates import), and a file with no rate for its dates is refused.")
    String currency;

    @Override
    public Integer call() {
        var env = database.env();
        var format = new CsvFormatOptions(delimiter(), dateFormat, decimalComma, dateColumn, amountColumn,
                descriptionColumn, payeeColumn, categoryColumn).withOverrides(parsed(this.format,
                StatementFormat::parse), encoding, parsed(dateOrder, DateOrder::parse), parsed(sign,
                SignConvention::parse), skipLines());
        return user.runSignedIn(database, (services, who) -> {
            var before = services.budgets().status(who);
            if (currency != null && io.spendsense.domain.CurrencyMath.code(currency) == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--currency '" + currency
                        + "' is not an ISO 4217 currency code such as EUR or JPY");
            }
            var report = services.importer().importFile(who, file, new ImportOptions(format, unknownCategory,
                    allowDuplicates, currency));
            env.out().println(describe(report, file.getFileName().toString()));
            BudgetService.crossings(before, services.budgets().status(who))
                    .forEach(c -> env.out().println(BudgetCommand.notice(c, who.currency())));
            return Cli.OK;
        });
    }

    private <T> T parsed(String value, java.util.function.Function<String, T> parse) {
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Integer skipLines() {
        if (skipLines != null && skipLines < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--skip-lines must be 0 or more");
        }
        return skipLines;
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

    /**
     * The report: the counts on the first line (as before), then how the file was read, what was skipped by reason,
     * and the notes (a refund whose purchase is not in the file).
     */
    static String describe(ImportReport r, String file) {
        var sb = new StringBuilder("Imported ").append(r.imported())
                .append(r.imported() == 1 ? " expense" : " expenses").append(" from ").append(file).append(": ")
                .append(r.duplicatesSkipped()).append(" duplicates skipped, ")
                .append(r.creditsSkipped()).append(" credits skipped");
        if (!r.categoriesCreated().isEmpty()) {
            sb.append(", new categories: ").append(String.join(", ", r.categoriesCreated()));
        }
        sb.append(" (").append(r.elapsed().toMillis()).append(" ms)");
        if (r.savedSettings() != null) {
            sb.append("\n  ").append(r.savedSettingsInWords());
        }
        if (r.detected() != null) {
            sb.append("\n  read as: ").append(String.join("; ", r.detected().facts(ImportHints.WORDING)));
        }
        if (r.duplicatesSkipped() > 0) {
            sb.append("\n  duplicates: ").append(r.duplicatesInWords());
        }
        if (r.totalSkipped() > 0) {
            sb.append("\n  skipped: ").append(r.skippedInWords());
        }
        for (String note : r.notes()) {
            sb.append("\n  note: ").append(note);
        }
        return sb.toString();
    }
}
