package io.spendsense.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.spendsense.domain.AttachmentFilter;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Period;
import io.spendsense.service.Services;
import io.spendsense.service.SignedInUser;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --from}, {@code --to}, {@code --month}, {@code --category} and {@code --attachments}: the period, categories
 * and receipts a command covers.
 */
final class FilterOptions {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (inclusive).")
    LocalDate from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (inclusive).")
    LocalDate to;
    @Option(names = "--category", paramLabel = "NAME", description = "Only this category (repeatable).")
    List<String> categories = List.of();
    @Option(names = "--attachments", paramLabel = "WITH|WITHOUT", description = "Only expenses with attachments"
            + " (receipts), or only those without.")
    AttachmentFilter attachments = AttachmentFilter.ANY;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The filter for these options, with {@code month} (may be null) as an alternative to --from/--to. */
    ExpenseFilter filter(Services services, SignedInUser who, YearMonth month) {
        if (month != null && (from != null || to != null)) {
            throw new CommandLine.ParameterException(mixee.commandLine(),
                    "--month cannot be combined with --from/--to");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "--to (" + to + ") is before --from ("
                    + from + ")");
        }
        var period = month != null ? Period.month(month) : new Period(from, to);
        return ExpenseFilter.of(period).withCategories(categoryIds(services, who, categories))
                .withAttachments(attachments);
    }

    static Set<Long> categoryIds(Services services, SignedInUser who, List<String> names) {
        var ids = new HashSet<Long>();
        for (String name : names) {
            ids.add(services.categories().findByName(who, name)
                    .orElseThrow(() -> new UserException("no category named '" + name + "'")).id());
        }
        return ids;
    }
}
