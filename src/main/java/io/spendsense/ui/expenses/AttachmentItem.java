package io.spendsense.ui.expenses;

import io.spendsense.domain.Attachment;
import io.spendsense.domain.AttachmentType;
import io.spendsense.service.AttachmentService.NewAttachment;

/**
 * One file in the editor's list: stored with the expense ({@code id} > 0) or chosen and not saved yet
 * ({@code pending}). {@code thumbnail} is a small JPEG, null until loaded or when there is none.
 */
public record AttachmentItem(long id, String fileName, AttachmentType type, long size, byte[] thumbnail,
                             NewAttachment pending) {

    static AttachmentItem stored(Attachment a, byte[] thumbnail) {
        return new AttachmentItem(a.id(), a.fileName(), a.type(), a.size(), thumbnail, null);
    }

    static AttachmentItem pending(NewAttachment file) {
        return new AttachmentItem(0, file.fileName(), file.type(), file.size(), file.thumbnail(), file);
    }

    public boolean isPending() {
        return pending != null;
    }

    /** Equal when they are the same stored file, or the same pending one: thumbnails do not count. */
    @Override
    public boolean equals(Object o) {
        return o instanceof AttachmentItem other && id == other.id && fileName.equals(other.fileName)
                && java.util.Objects.equals(pending, other.pending);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id) * 31 + fileName.hashCode();
    }

    @Override
    public String toString() {
        return fileName;
    }
}
