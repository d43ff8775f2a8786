package io.spendsense.assistant.lang;

import io.spendsense.domain.AttachmentFilter;

/**
 * A restriction to expenses with a receipt (an attachment) or without one, read from tokens {@code startToken} to
 * {@code endToken} (exclusive).
 */
public record ReceiptMatch(AttachmentFilter receipts, int startToken, int endToken, String words) {
}
