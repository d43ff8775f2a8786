package io.spendsense.ui.chat;

import java.time.Clock;
import java.util.function.Supplier;

import io.spendsense.assistant.Assistant;
import io.spendsense.assistant.Conversation;
import io.spendsense.service.CategoryService;
import io.spendsense.service.SignedInUser;
import io.spendsense.service.SummaryService;
import io.spendsense.ui.common.TaskRunner;

/** Connects the chat to the real assistant engine for one signed-in user. */
public final class AssistantChat {
    private AssistantChat() {
    }

    /** Each call starts a new {@link Conversation}; its questions follow up on each other. */
    public static Supplier<AskFunction> conversations(Assistant assistant, SignedInUser who) {
        return () -> {
            var conversation = new Conversation();
            return question -> assistant.ask(who, conversation, question);
        };
    }

    public static ConfirmFunction confirmer(Assistant assistant, SignedInUser who) {
        return proposal -> assistant.confirm(who, proposal);
    }

    /** The chat view-model for a signed-in user, over the engine and the services. */
    public static ChatViewModel viewModel(Assistant assistant, SignedInUser who, CategoryService categories,
                                          SummaryService summaries, Clock clock, TaskRunner runner) {
        return new ChatViewModel(conversations(assistant, who), confirmer(assistant, who),
                new ServiceChatData(who, categories, summaries, clock), runner, who.currency());
    }
}
