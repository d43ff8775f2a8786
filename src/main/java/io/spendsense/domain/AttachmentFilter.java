package io.spendsense.domain;

/** Whether a list or a summary covers expenses with attachments (receipts), without, or both. */
public enum AttachmentFilter {
    ANY, WITH, WITHOUT
}
