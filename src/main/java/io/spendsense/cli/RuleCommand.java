package io.spendsense.cli;

import java.io.PrintWriter;
import java.util.List;

import io.spendsense.domain.CategoryRule;
import io.spendsense.domain.RuleChange;
import picocli.CommandLine.Command;

/** {@code spendsense rule ...}: categorization rules that fill in a category when expenses are added or imported. */
@Command(name = "rule", mixinStandardHelpOptions = true, description = "Rules that set the category of added and"
        + " imported expenses that have none chosen (a chosen category is kept), and may rename the payee.",
        subcommands = {RuleAddCommand.class, RuleListCommand.class, RuleEditCommand.class, RuleMoveCommand.class,
            RuleRemoveCommand.class, RuleApplyCommand.class})
final class RuleCommand {
    static final int PREVIEW_LINES = 10;

    /** A rule as {@code rule list} shows it: "ID. description". */
    static String line(CategoryRule r) {
        return r.id() + ". " + r.describe();
    }

    /** What a saved rule would change in existing expenses, and how to change them ({@code rule apply}). */
    static void printPreview(PrintWriter out, CategoryRule rule, List<RuleChange> changes) {
        if (changes.isEmpty()) {
            out.println("It changes no existing expense.");
        } else {
            out.println("It would change " + changes.size() + (changes.size() == 1 ? " existing expense"
                    : " existing expenses") + " (run 'rule apply " + rule.id() + " --yes' to change them):");
            printChanges(out, changes);
        }
    }

    /** The first changes a rule would make, one line each. */
    static void printChanges(PrintWriter out, List<RuleChange> changes) {
        for (RuleChange c : changes.subList(0, Math.min(PREVIEW_LINES, changes.size()))) {
            var e = c.expense();
            out.println("  " + e.date() + "  " + e.payee() + " (" + e.categoryName() + ") -> " + c.payee() + " ("
                    + c.categoryName() + ")");
        }
        if (changes.size() > PREVIEW_LINES) {
            out.println("  ... and " + (changes.size() - PREVIEW_LINES) + " more");
        }
    }
}
