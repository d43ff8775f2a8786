package io.spendsense.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import io.spendsense.assistant.Answer;
import io.spendsense.assistant.AnswerJson;
import io.spendsense.assistant.Assistant;
import io.spendsense.assistant.Conversation;
import io.spendsense.assistant.Intent;
import io.spendsense.assistant.WarmUp;
import io.spendsense.domain.Money;
import io.spendsense.service.SignedInUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ask --user NAME [--db FILE] [--today YYYY-MM-DD] [--json] [--yes] ["question"]}: the assistant at the
 * command line. With a question, one answer; without, one answer per line of standard input, the lines forming one
 * conversation that an empty line restarts. {@code --json} prints JSON Lines and nothing else on standard output.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Ask the assistant about your spending in plain English (one question, or one per line on"
                + " standard input; an empty line starts a new conversation).")
final class AskCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;
    @Mixin
    UserOptions user;
    @Option(names = "--today", paramLabel = "YYYY-MM-DD",
            description = "The date relative periods count from (default: the system date).")
    LocalDate today;
    @Option(names = "--json", description = "Print each answer as one JSON object per line (JSON Lines).")
    boolean json;
    @Option(names = "--yes", description = "Save the expense an 'I spent …' sentence proposes, without asking.")
    boolean yes;
    @Option(names = "--explain", description = "Also print how each question was read (text mode).")
    boolean explain;
    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question, quoted or not (default: read"
            + " standard input).")
    java.util.List<String> words;

    @Override
    public Integer call() throws IOException {
        var env = database.env();
        LocalDate day = today != null ? today : LocalDate.now(env.clock());
        // loads the grammar while the database opens and the password is checked, so the first answer is quick
        WarmUp.inBackground();
        UserOptions.SignedInWork<IOException> work = (services, who) -> {
            var assistant = new Assistant(services.categories(), services.expenses(), services.summaries(),
                    services.budgets(), services.recurring(), services.insights(), env.clock());
            assistant.prepare(who);
            var out = env.out();
            String question = words == null || words.isEmpty() ? null : String.join(" ", words);
            if (question != null) {
                print(out, assistant, who, assistant.ask(who, new Conversation(), question, day));
            } else {
                var conversation = new Conversation();
                for (String line = env.in().readLine(); line != null; line = env.in().readLine()) {
                    if (line.isBlank()) {
                        conversation = new Conversation();
                        continue;
                    }
                    print(out, assistant, who, assistant.ask(who, conversation, line, day));
                    out.flush();
                }
            }
            return Cli.OK;
        };
        // Questions only read; with --yes an "I spent ..." sentence saves an expense (a write transaction of its own).
        return yes ? user.runSignedIn(database, work) : user.runSignedInToRead(database, work);
    }

    private void print(PrintWriter out, Assistant assistant, SignedInUser who, Answer answer) {
        String saved = null;
        if (answer.intent() == Intent.ADD_EXPENSE && answer.proposal() != null && yes) {
            var e = assistant.confirm(who, answer.proposal());
            saved = "Saved: expense " + e.id() + ", " + Money.format(e.amount(), who.currency()) + " on " + e.date()
                    + " (" + e.categoryName() + ").";
            answer = answer.withText(saved);
        }
        if (json) {
            out.println(AnswerJson.toJson(answer));
            return;
        }
        out.println(answer.text());
        if (answer.intent() == Intent.ADD_EXPENSE && answer.proposal() != null && saved == null) {
            out.println("(Not saved: run again with --yes to save it.)");
        }
        if (explain) {
            answer.explain().forEach(line -> out.println("  · " + line));
        }
    }
}
