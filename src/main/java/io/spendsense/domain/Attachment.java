package io.spendsense.domain;

import java.time.Instant;

/**
 * A file kept with an expense (a receipt, an invoice): what is known of it without reading its content.
 *
 * @param fileName the name it was attached under, without any folder
 * @param size     its length in bytes
 */
public record Attachment(long id, long expenseId, String fileName, AttachmentType type, long size,
                         Instant createdAt) {
}
