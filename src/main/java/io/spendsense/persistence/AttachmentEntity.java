package io.spendsense.persistence;

import java.time.Instant;

import io.spendsense.domain.Attachment;
import io.spendsense.domain.AttachmentType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What is known of an attached file (V16); its bytes are in {@code attachment_contents}, read and written by
 * {@link AttachmentRepository} over JDBC so that no entity ever holds a file.
 */
@Entity
@Table(name = "attachments")
class AttachmentEntity {
    @Id
    @JdbcTypeCode(SqlTypes.INTEGER)
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "expense_id", nullable = false)
    @JdbcTypeCode(SqlTypes.INTEGER)
    long expenseId;
    @Column(name = "file_name", nullable = false)
    String fileName;
    @Column(name = "media_type", nullable = false)
    String mediaType;
    @Column(name = "size_bytes", nullable = false)
    long sizeBytes;
    @Column(nullable = false)
    String sha256;
    @Column(name = "created_at", nullable = false)
    long createdAt;

    Attachment toDomain() {
        var type = AttachmentType.ofMediaType(mediaType).orElseThrow(() -> new DatabaseException(
                "Attachment " + id + " has an unknown type " + mediaType, null));
        return new Attachment(id, expenseId, fileName, type, sizeBytes, Instant.ofEpochMilli(createdAt));
    }
}
