/**
 * The chat panel: questions to the assistant and its answers as bubbles, with tables, small charts, explanations,
 * "Show in table" filter requests and Confirm / Cancel for proposed expenses. The view-model talks to the engine
 * through {@link io.spendsense.ui.chat.AskFunction} and {@link io.spendsense.ui.chat.ConfirmFunction}.
 */
package io.spendsense.ui.chat;
