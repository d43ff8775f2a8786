package io.spendsense.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.spendsense.assistant.Answer;
import io.spendsense.assistant.Frame;
import io.spendsense.assistant.Intent;
import io.spendsense.domain.AttachmentFilter;
import io.spendsense.domain.ExpenseFilter;
import io.spendsense.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatViewModelTest {
    FakeAssistant engine;
    ChatViewModel vm;
    final List<ExpenseFilter> requests = new ArrayList<>();
    final List<Boolean> busyChanges = new ArrayList<>();

    @BeforeEach
    void setUp() {
        engine = new FakeAssistant();
        vm = new ChatViewModel(engine::start, engine::confirm, engine, new ImmediateTaskRunner(), "USD");
        vm.filterRequestProperty().addListener((obs, old, now) -> {
            if (now != null) {
                requests.add(now);
            }
        });
        vm.busyProperty().addListener((obs, old, now) -> busyChanges.add(now));
    }

    private void say(String question) {
        vm.inputProperty().set(question);
        vm.send();
    }

    @Test
    void sendingAddsTheQuestionAndTheAnswerAndClearsTheInput() {
        say("  How much on dining at Chipotle this month?  ");
        assertThat(vm.getMessages()).extracting(ChatMessage::role)
                .containsExactly(ChatMessage.Role.USER, ChatMessage.Role.ASSISTANT);
        assertThat(vm.getMessages().get(0).text()).isEqualTo("How much on dining at Chipotle this month?");
        assertThat(vm.getMessages().get(1).text()).startsWith("You spent $45.25");
        assertThat(vm.inputProperty().get()).isEmpty();
        assertThat(busyChanges).containsExactly(true, false);
    }

    @Test
    void blankInputSendsNothing() {
        say("   ");
        assertThat(vm.getMessages()).isEmpty();
        assertThat(engine.asked).isEmpty();
    }

    @Test
    void questionsShareOneConversationUntilReset() {
        say("how much this month?");
        say("and dining?");
        vm.reset();
        assertThat(vm.getMessages()).isEmpty();
        say("biggest?");
        assertThat(engine.asked).containsExactly("1:how much this month?", "1:and dining?", "2:biggest?");
    }

    @Test
    void upAndDownWalkTheHistoryAndRestoreTheDraft() {
        say("first");
        say("second");
        vm.inputProperty().set("draft");
        vm.historyPrevious();
        assertThat(vm.inputProperty().get()).isEqualTo("second");
        vm.historyPrevious();
        vm.historyPrevious();
        assertThat(vm.inputProperty().get()).isEqualTo("first");
        vm.historyNext();
        assertThat(vm.inputProperty().get()).isEqualTo("second");
        vm.historyNext();
        assertThat(vm.inputProperty().get()).isEqualTo("draft");
    }

    @Test
    void aFailingQuestionShowsAnErrorBubbleAndStopsTyping() {
        say("please fail");
        assertThat(vm.getMessages().get(1).role()).isEqualTo(ChatMessage.Role.ERROR);
        assertThat(vm.getMessages().get(1).text()).startsWith("Sorry, I could not answer that.");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void expensesAnswerCarriesAFormattedTable() {
        say("biggest expense this month");
        var table = vm.getMessages().get(1).table();
        assertThat(table.headers()).containsExactly("Date", "Expense", "Category", "Amount");
        assertThat(table.rows()).containsExactly(List.of("Mar 1", "Monthly rent · Oakwood Apartments", "Housing",
                "$1,475.00"));
    }

    @Test
    void breakdownAnswerCarriesSharesAndTrendAnswerItsSeries() {
        say("breakdown please");
        assertThat(vm.getMessages().get(1).table().rows().get(1)).containsExactly("Dining", "$125.00", "7.8%");
        say("dining trend");
        assertThat(vm.getMessages().get(3).series()).hasSize(3);
        assertThat(vm.getMessages().get(3).table()).isNull();
    }

    @Test
    void showInTablePublishesTheAnswersFilters() {
        say("how much on dining at Chipotle over $10 this month?");
        vm.showInTable(vm.getMessages().get(1));
        assertThat(requests).containsExactly(ExpenseFilter.of(FakeAssistant.MARCH).withCategories(Set.of(4L))
                .withPayee("Chipotle").withMin(new BigDecimal("10"), true));
    }

    @Test
    void wordsNotUsedBecomeANoticeApartFromTheAnswer() {
        say("how much on organic groceries this month?");
        var answer = vm.getMessages().get(1);
        assertThat(answer.text()).isEqualTo("You spent $210.40 on Groceries in March 2026.");
        assertThat(answer.notUsed()).containsExactly("organic");
        assertThat(answer.notUsedNotice())
                .isEqualTo("Not used: “organic” — this answer does not take it into account.");
        say("how much on dining this month?");
        assertThat(vm.getMessages().get(3).notUsed()).isEmpty();
        assertThat(vm.getMessages().get(3).notUsedNotice()).isNull();
    }

    @Test
    void showInTableIsOfferedOnlyWhereTheTableCanShowTheSameRows() {
        say("how much on dining at Chipotle over $10 this month?");
        say("how much this month excluding rent and Costco?");
        say("how much on weekends this month?");
        assertThat(vm.getMessages().get(1).canShowInTable()).isTrue();
        assertThat(vm.getMessages().get(3).canShowInTable()).isFalse();
        assertThat(vm.getMessages().get(5).canShowInTable()).isFalse();
        vm.showInTable(vm.getMessages().get(3));
        assertThat(requests).isEmpty();
    }

    @Test
    void theFilterOfAnAnswerKeepsItsExclusionsAndTheTopPayeeItNamed() {
        var excluding = FakeAssistant.answer("how much excluding rent and Costco");
        assertThat(ChatViewModel.filterFor(excluding, engine.categories()))
                .isEqualTo(ExpenseFilter.of(FakeAssistant.MARCH)
                .withoutCategories(Set.of(1L)).withoutPayees(List.of("Costco")));
        say("which merchant did I spend the most at on dining this month?");
        vm.showInTable(vm.getMessages().get(1));
        assertThat(requests).containsExactly(ExpenseFilter.of(FakeAssistant.MARCH).withCategories(Set.of(4L))
                .withPayee("Chipotle"));
    }

    @Test
    void theFilterOfAnAnswerKeepsItsReceiptRestrictionWhichTheTableCanShow() {
        var frame = new Frame(Intent.LIST_EXPENSES, FakeAssistant.MARCH, null, null, null, new BigDecimal("100"), null,
                null, null, null, null, null, null, AttachmentFilter.WITHOUT, null);
        var answer = Answer.to("which expenses over $100 have no receipt this month", frame).value("2")
                .text("You have 2 expenses over $100.00 without a receipt this month.").build();
        assertThat(ChatViewModel.filterFor(answer, engine.categories())).isEqualTo(ExpenseFilter.of(FakeAssistant.MARCH)
                .withMin(new BigDecimal("100"), true).withAttachments(AttachmentFilter.WITHOUT));
        assertThat(ChatViewModel.tableCanShow(frame)).isTrue();
    }

    @Test
    void explainIsHiddenUntilToggled() {
        say("biggest");
        var answer = vm.getMessages().get(1);
        assertThat(answer.explain()).hasSize(2);
        assertThat(answer.explainShownProperty().get()).isFalse();
        answer.explainShownProperty().set(true);
        assertThat(answer.explainShownProperty().get()).isTrue();
    }

    @Test
    void confirmingAProposalSavesItOnceAndSignalsExpensesChanged() {
        say("I spent 12.50 on lunch at Chipotle today");
        var proposal = vm.getMessages().get(1);
        assertThat(proposal.proposalStateProperty().get()).isEqualTo(ChatMessage.ProposalState.PENDING);
        assertThat(proposal.canShowInTable()).isFalse();
        vm.confirm(proposal);
        vm.confirm(proposal);
        assertThat(engine.confirmed).hasSize(1);
        assertThat(proposal.proposalStateProperty().get()).isEqualTo(ChatMessage.ProposalState.CONFIRMED);
        assertThat(vm.getMessages().get(2).text())
                .isEqualTo("Saved: $12.50 · Lunch · Chipotle on Mar 20, 2026 (Dining).");
        assertThat(vm.expensesChangedProperty().get()).isEqualTo(1);
    }

    @Test
    void cancellingAProposalSavesNothing() {
        say("I spent 12.50 on lunch at Chipotle today");
        var proposal = vm.getMessages().get(1);
        vm.cancel(proposal);
        vm.confirm(proposal);
        assertThat(engine.confirmed).isEmpty();
        assertThat(proposal.proposalStateProperty().get()).isEqualTo(ChatMessage.ProposalState.CANCELLED);
        assertThat(vm.expensesChangedProperty().get()).isZero();
    }

    @Test
    void aFailedConfirmationKeepsTheProposalOpen() {
        engine.failConfirm = true;
        say("I spent 12.50 on lunch at Chipotle today");
        var proposal = vm.getMessages().get(1);
        vm.confirm(proposal);
        assertThat(proposal.proposalStateProperty().get()).isEqualTo(ChatMessage.ProposalState.PENDING);
        assertThat(vm.getMessages().get(2).role()).isEqualTo(ChatMessage.Role.ERROR);
        assertThat(vm.expensesChangedProperty().get()).isZero();
    }

    @Test
    void suggestionsComeFromTheDataAndAChipAsksItsQuestion() {
        vm.refreshSuggestions();
        assertThat(vm.getSuggestions()).containsExactly("How much did I spend on housing last month?", "help");
        vm.ask(vm.getSuggestions().get(0));
        assertThat(engine.asked).containsExactly("1:How much did I spend on housing last month?");
    }
}
