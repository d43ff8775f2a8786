package io.spendsense.ui.chat;

import java.util.List;

import io.spendsense.domain.Category;

/** What the chat needs from the user's data besides the assistant. Called off the FX thread. */
public interface ChatData {
    /** The user's categories, to turn an answer's category name into ids for the expense table. */
    List<Category> categories();

    /** Suggested questions built from the user's data, best first. */
    List<String> suggestions();
}
