package io.spendsense.ui.chat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.spendsense.assistant.Answer;
import io.spendsense.assistant.Frame;
import io.spendsense.assistant.Intent;
import io.spendsense.domain.Category;
import io.spendsense.domain.CategoryTotal;
import io.spendsense.domain.Expense;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.domain.Money;
import io.spendsense.domain.Period;
import io.spendsense.ui.common.Messages;
import io.spendsense.ui.common.TaskRunner;
import io.spendsense.ui.common.UserMessages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chat panel's state: the conversation's messages, the input with its history, suggestions, the typing
 * indicator, and the requests the panel makes of the rest of the app (a filter for the expense table, a signal that
 * expenses changed). One instance per signed-in profile keeps its conversation for the session; {@link #reset()}
 * starts over (sign-out, "New chat").
 */
public final class ChatViewModel {
    static final int TABLE_ROWS = 8;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Messages.locale());
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("MMM d", Messages.locale());
    private static final Set<Intent> NO_TABLE_FILTER = Set.of(Intent.COMPARE, Intent.ADD_EXPENSE, Intent.HELP,
            Intent.UNKNOWN, Intent.BUDGET_STATUS, Intent.ANOMALIES, Intent.RECURRING, Intent.UPCOMING_BILLS);

    private final Supplier<AskFunction> conversations;
    private final ConfirmFunction confirmer;
    private final ChatData data;
    private final TaskRunner runner;
    private final String currency;

    private final ObservableList<ChatMessage> messages = FXCollections.observableArrayList();
    private final ObservableList<ChatMessage> messagesView = FXCollections.unmodifiableObservableList(messages);
    private final ObservableList<String> suggestions = FXCollections.observableArrayList();
    private final ObservableList<String> suggestionsView = FXCollections.unmodifiableObservableList(suggestions);
    private final StringProperty input = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ExpenseFilter> filterRequest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper expensesChanged = new ReadOnlyLongWrapper(0);
    private final List<String> history = new ArrayList<>();
    private int historyIndex = -1;
    private String draft = "";
    private AskFunction conversation;
    private long epoch;

    /**
     * @param conversations starts a new conversation each time it is called (the first now, others on reset)
     * @param confirmer     saves a confirmed proposal
     * @param data          categories and suggestions from the user's data
     * @param currency      the user's currency code, for amounts in tables
     */
    public ChatViewModel(Supplier<AskFunction> conversations, ConfirmFunction confirmer, ChatData data,
                         TaskRunner runner, String currency) {
        this.conversations = conversations;
        this.confirmer = confirmer;
        this.data = data;
        this.runner = runner;
        this.currency = currency;
        this.conversation = conversations.get();
    }

    // ---- asking ---------------------------------------------------------------------------------------------

    /** Sends the input as a question; does nothing while the previous question runs or when the input is blank. */
    public void send() {
        String question = input.get() == null ? "" : input.get().strip();
        if (question.isEmpty() || busy.get()) {
            return;
        }
        input.set("");
        if (history.isEmpty() || !history.get(history.size() - 1).equals(question)) {
            history.add(question);
        }
        historyIndex = -1;
        draft = "";
        messages.add(ChatMessage.user(question));
        var asked = conversation;
        long askedEpoch = epoch;
        runner.run(() -> asked.ask(question))
                .onBusy(busy::set)
                .onSuccess(answer -> {
                    if (askedEpoch == epoch) {
                        messages.add(toMessage(answer));
                    }
                })
                .onFailure(e -> {
                    if (askedEpoch == epoch) {
                        messages.add(ChatMessage.error(Messages.format("chat.couldNotAnswer", UserMessages.of(e))));
                    }
                })
                .start();
    }

    /** Asks a suggestion chip's question. */
    public void ask(String question) {
        if (busy.get()) {
            return;
        }
        input.set(question);
        send();
    }

    /** Up: the previous question of the history into the input (the current draft is kept for Down). */
    public void historyPrevious() {
        if (history.isEmpty()) {
            return;
        }
        if (historyIndex == -1) {
            draft = input.get();
            historyIndex = history.size() - 1;
        } else if (historyIndex > 0) {
            historyIndex--;
        }
        input.set(history.get(historyIndex));
    }

    /** Down: the next question, and past the newest one the draft that was being typed. */
    public void historyNext() {
        if (historyIndex == -1) {
            return;
        }
        historyIndex++;
        if (historyIndex >= history.size()) {
            historyIndex = -1;
            input.set(draft);
        } else {
            input.set(history.get(historyIndex));
        }
    }

    /** Reloads the suggestion chips from the user's data. */
    public void refreshSuggestions() {
        runner.run(data::suggestions).onSuccess(suggestions::setAll)
                .onFailure(e -> suggestions.setAll(Messages.get("chat.suggest.help")))
                .start();
    }

    /** Forgets the conversation, its messages and the history: sign-out or "New chat". */
    public void reset() {
        epoch++;
        messages.clear();
        history.clear();
        historyIndex = -1;
        draft = "";
        input.set("");
        busy.set(false);
        conversation = conversations.get();
    }

    // ---- answer actions -------------------------------------------------------------------------------------

    /** Publishes the answer's period and filters as a request for the expense table. */
    public void showInTable(ChatMessage message) {
        if (!message.canShowInTable()) {
            return;
        }
        var answer = message.answer();
        runner.run(() -> filterFor(answer, data.categories())).onSuccess(this::publish)
                .onFailure(e -> messages.add(ChatMessage.error(UserMessages.of(e)))).start();
    }

    /** Saves a proposed expense; then says so and signals that expenses changed. */
    public void confirm(ChatMessage message) {
        if (message.proposalStateProperty().get() != ChatMessage.ProposalState.PENDING) {
            return;
        }
        message.setProposalState(ChatMessage.ProposalState.SAVING);
        var proposal = message.answer().proposal();
        runner.run(() -> confirmer.confirm(proposal))
                .onSuccess(saved -> {
                    message.setProposalState(ChatMessage.ProposalState.CONFIRMED);
                    messages.add(ChatMessage.assistant(Messages.format("chat.saved", describe(saved))));
                    expensesChanged.set(expensesChanged.get() + 1);
                    refreshSuggestions();
                })
                .onFailure(e -> {
                    message.setProposalState(ChatMessage.ProposalState.PENDING);
                    messages.add(ChatMessage.error(Messages.format("chat.notSaved", UserMessages.of(e))));
                })
                .start();
    }

    public void cancel(ChatMessage message) {
        if (message.proposalStateProperty().get() != ChatMessage.ProposalState.PENDING) {
            return;
        }
        message.setProposalState(ChatMessage.ProposalState.CANCELLED);
        messages.add(ChatMessage.assistant(Messages.get("chat.cancelled")));
    }

    // ---- building messages ----------------------------------------------------------------------------------

    private ChatMessage toMessage(Answer answer) {
        ChatMessage.Table table = null;
        if (!answer.expenses().isEmpty()) {
            table = expenseTable(answer.expenses());
        } else if (!answer.breakdown().isEmpty()) {
            table = breakdownTable(answer.breakdown());
        }
        boolean filterable = answer.frame() != null && !NO_TABLE_FILTER.contains(answer.intent())
                && tableCanShow(answer.frame());
        // The words not used are shown apart, as a notice under the answer, rather than at the end of its text.
        String text = answer.text();
        List<String> notUsed = List.of();
        String note = answer.ignored().isEmpty() ? null : " " + Answer.notUsedNote(answer.ignored());
        if (note != null && text.endsWith(note)) {
            text = text.substring(0, text.length() - note.length());
            notUsed = answer.ignored();
        }
        return new ChatMessage(ChatMessage.Role.ASSISTANT, text, answer, table, answer.series(), filterable, notUsed);
    }

    /**
     * Whether the expense table's filter bar can show exactly the rows an answer is about: it has a period,
     * categories, one search text, amount bounds and a receipts choice, but no weekend/weekday switch, no
     * exclusions, no list of payees and no currency paid in. Where it cannot, the chat offers no "Show in table"
     * rather than a table of other rows.
     */
    static boolean tableCanShow(Frame f) {
        return f.days() == null && f.payees().size() <= 1 && f.excludeCategories().isEmpty()
                && f.excludePayees().isEmpty() && f.currency() == null;
    }

    private ChatMessage.Table expenseTable(List<Expense> expenses) {
        // Within one year the year goes without saying (the answer's text names the period).
        var dates = expenses.stream().map(e -> e.date().getYear()).distinct().count() == 1 ? SHORT_DAY : DAY;
        var rows = expenses.stream().limit(TABLE_ROWS).map(e -> List.of(dates.format(e.date()), label(e),
                e.categoryName() == null ? "" : e.categoryName(), money(e.amount()))).toList();
        String footer = expenses.size() > TABLE_ROWS ? Messages.format("chat.tableMore", expenses.size() - TABLE_ROWS)
                : null;
        return new ChatMessage.Table(List.of(Messages.get("chat.col.date"), Messages.get("chat.col.expense"),
                Messages.get("chat.col.category"), Messages.get("chat.col.amount")),
                List.of(false, false, false, true), rows, footer);
    }

    private ChatMessage.Table breakdownTable(List<CategoryTotal> breakdown) {
        BigDecimal sum = breakdown.stream().map(CategoryTotal::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        var rows = breakdown.stream().limit(TABLE_ROWS * 2).map(c -> List.of(c.category(), money(c.total()),
                sum.signum() == 0 ? "" : c.total().multiply(BigDecimal.valueOf(100))
                        .divide(sum, 1, RoundingMode.HALF_UP).toPlainString() + "%")).toList();
        return new ChatMessage.Table(List.of(Messages.get("chat.col.category"), Messages.get("chat.col.total"),
                Messages.get("chat.col.share")), List.of(false, true, true), rows, null);
    }

    private static String label(Expense e) {
        String what = e.description() == null || e.description().isBlank() ? "" : e.description();
        String where = e.payee() == null || e.payee().isBlank() ? "" : e.payee();
        return what.isEmpty() ? where : where.isEmpty()
                || what.toLowerCase(Locale.ROOT).contains(where.toLowerCase(Locale.ROOT))
                ? what : what + " · " + where;
    }

    private String describe(Expense e) {
        return e.categoryName() == null
                ? Messages.format("chat.describe", money(e.amount()), label(e), DAY.format(e.date()))
                : Messages.format("chat.describeWithCategory", money(e.amount()), label(e), DAY.format(e.date()),
                        e.categoryName());
    }

    public String money(BigDecimal amount) {
        return Money.format(amount, currency);
    }

    /**
     * The expense table's filter for an answer: its period, categories, payees, exclusions, amount bounds, days and
     * receipts (what the answer that names a category, a month or a payee named, when the question did not).
     */
    static ExpenseFilter filterFor(Answer answer, List<Category> categories) {
        Frame f = answer.frame();
        Period period = f.period();
        if (answer.intent() == Intent.TOP_MONTH && answer.answerMonth() != null) {
            period = Period.month(answer.answerMonth());
        }
        var filter = ExpenseFilter.of(period);
        List<String> named = f.categories().isEmpty() && answer.intent() == Intent.TOP_CATEGORY
                && answer.answerCategory() != null ? List.of(answer.answerCategory()) : f.categories();
        if (!named.isEmpty()) {
            filter = filter.withCategories(ids(named, categories));
        }
        List<String> payees = f.payees().isEmpty() && answer.intent() == Intent.TOP_PAYEE
                && answer.answerPayee() != null ? List.of(answer.answerPayee()) : f.payees();
        filter = filter.withPayees(payees);
        if (!f.excludeCategories().isEmpty()) {
            filter = filter.withoutCategories(ids(f.excludeCategories(), categories));
        }
        filter = filter.withoutPayees(f.excludePayees()).withCurrency(f.currency());
        if (f.amountGt() != null) {
            filter = filter.withMin(f.amountGt(), true);
        }
        if (f.amountLt() != null) {
            filter = filter.withMax(f.amountLt(), true);
        }
        filter = filter.withAttachments(f.receipts());
        return f.days() == null ? filter : filter.withDays(f.days());
    }

    private static Set<Long> ids(List<String> names, List<Category> categories) {
        return categories.stream().filter(c -> names.stream().anyMatch(n -> n.equalsIgnoreCase(c.name())))
                .map(Category::id).collect(Collectors.toSet());
    }

    private void publish(ExpenseFilter filter) {
        // Reset first so that the same request twice still notifies listeners; they ignore null.
        filterRequest.set(null);
        filterRequest.set(filter);
    }

    // ---- properties -----------------------------------------------------------------------------------------

    public ObservableList<ChatMessage> getMessages() {
        return messagesView;
    }

    public ObservableList<String> getSuggestions() {
        return suggestionsView;
    }

    /** The text being typed; the view binds its input field to it both ways. */
    public StringProperty inputProperty() {
        return input;
    }

    /** True while a question runs: the typing indicator. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * "Show in table" requests: set to null and then to the filter on every request; listeners apply non-null
     * values to the expense table.
     */
    public ReadOnlyObjectProperty<ExpenseFilter> filterRequestProperty() {
        return filterRequest.getReadOnlyProperty();
    }

    /** Counts expenses saved from the chat: the shell refreshes the table and charts when it changes. */
    public ReadOnlyLongProperty expensesChangedProperty() {
        return expensesChanged.getReadOnlyProperty();
    }
}
