package io.spendsense.ui.chat;

import java.util.List;

import io.spendsense.assistant.Answer;
import io.spendsense.domain.MonthTotal;
import io.spendsense.ui.common.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One bubble of the conversation as the view shows it: who said it, the text, and for an assistant answer what goes
 * with it (a small table, a trend series, the explanation, the state of a proposed expense).
 */
public final class ChatMessage {
    public enum Role { USER, ASSISTANT, ERROR }

    /** Where a proposed expense stands; {@code NONE} for every other message. */
    public enum ProposalState { NONE, PENDING, SAVING, CONFIRMED, CANCELLED }

    /** Rows of text cells under a header; {@code numeric} marks right-aligned columns. */
    public record Table(List<String> headers, List<Boolean> numeric, List<List<String>> rows, String footer) {
        public Table {
            headers = List.copyOf(headers);
            numeric = List.copyOf(numeric);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    private final Role role;
    private final String text;
    private final Answer answer;
    private final Table table;
    private final List<MonthTotal> series;
    private final boolean canShowInTable;
    private final List<String> notUsed;
    private final BooleanProperty explainShown = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ProposalState> proposalState;

    ChatMessage(Role role, String text, Answer answer, Table table, List<MonthTotal> series, boolean canShowInTable) {
        this(role, text, answer, table, series, canShowInTable, List.of());
    }

    ChatMessage(Role role, String text, Answer answer, Table table, List<MonthTotal> series, boolean canShowInTable,
                List<String> notUsed) {
        this.notUsed = List.copyOf(notUsed);
        this.role = role;
        this.text = text;
        this.answer = answer;
        this.table = table;
        this.series = series == null ? List.of() : List.copyOf(series);
        this.canShowInTable = canShowInTable;
        this.proposalState = new ReadOnlyObjectWrapper<>(
                answer != null && answer.proposal() != null ? ProposalState.PENDING : ProposalState.NONE);
    }

    static ChatMessage user(String text) {
        return new ChatMessage(Role.USER, text, null, null, null, false);
    }

    static ChatMessage assistant(String text) {
        return new ChatMessage(Role.ASSISTANT, text, null, null, null, false);
    }

    static ChatMessage error(String text) {
        return new ChatMessage(Role.ERROR, text, null, null, null, false);
    }

    public Role role() {
        return role;
    }

    public String text() {
        return text;
    }

    /** The assistant's answer behind this bubble, or null for user, error and confirmation bubbles. */
    public Answer answer() {
        return answer;
    }

    /** Expenses or a category breakdown to show under the text, or null. */
    public Table table() {
        return table;
    }

    /** A trend to chart under the text; empty when there is none. */
    public List<MonthTotal> series() {
        return series;
    }

    public boolean canShowInTable() {
        return canShowInTable;
    }

    /**
     * Words of the question the answer did not use (and that could change its meaning): the view shows them as a
     * notice under the text. Empty when every word was used.
     */
    public List<String> notUsed() {
        return notUsed;
    }

    /** The notice for {@link #notUsed()}, or null when there is none. */
    public String notUsedNotice() {
        if (notUsed.isEmpty()) {
            return null;
        }
        var words = String.join(", ", notUsed.stream().map(w -> Messages.format("chat.quoted", w)).toList());
        return Messages.format("chat.notUsed", notUsed.size(), words);
    }

    public List<String> explain() {
        return answer == null ? List.of() : answer.explain();
    }

    /** Whether the explanation is revealed; the view's Explain toggle is bound to it. */
    public BooleanProperty explainShownProperty() {
        return explainShown;
    }

    public ReadOnlyObjectProperty<ProposalState> proposalStateProperty() {
        return proposalState.getReadOnlyProperty();
    }

    void setProposalState(ProposalState state) {
        proposalState.set(state);
    }
}
