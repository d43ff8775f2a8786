package io.spendsense.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file an expense may keep (decision 0019): the images JavaFX can show (PNG, JPEG, GIF, BMP) and PDF.
 * A file's kind is read from its first bytes (its "magic number"), never from its name alone, so a renamed file is
 * still what it is and a file that is none of these is refused with what it looks like.
 */
public enum AttachmentType {
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    GIF("image/gif", "gif"),
    BMP("image/bmp", "bmp"),
    PDF("application/pdf", "pdf");

    /** How many first bytes {@link #detect} needs at most. */
    public static final int MAGIC_LENGTH = 32;

    private final String mediaType;
    private final String extension;

    AttachmentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The IANA media type ("image/png"), as stored. */
    public String mediaType() {
        return mediaType;
    }

    /** The usual file name extension, without the dot ("jpg"). */
    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return this != PDF;
    }

    /** The type whose media type this is. */
    public static Optional<AttachmentType> ofMediaType(String mediaType) {
        for (AttachmentType t : values()) {
            if (t.mediaType.equalsIgnoreCase(mediaType)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The type the first bytes of a file show, or empty when it is none of the kinds kept. */
    public static Optional<AttachmentType> detect(byte[] head) {
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(head, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        if (startsWith(head, 0, 'B', 'M') && startsWith(head, 6, 0, 0, 0, 0) && head.length >= 18
                && java.util.Set.of(12, 40, 52, 56, 64, 108, 124).contains(littleEndianInt(head, 14))) {
            return Optional.of(BMP);   // "BM", reserved zeros, and the size of one of the known DIB headers
        }
        if (startsWith(head, 0, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    /**
     * What a file that {@link #detect} refused looks like, for the message: "a WebP image", "a HEIC image", "a ZIP
     * archive (or a Word or Excel file)"..., or null when its first bytes say nothing known.
     */
    public static String describeUnsupported(byte[] head) {
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
            return Texts.get("attachment.looks.webp");
        }
        if (startsWith(head, 4, 'f', 't', 'y', 'p')) {
            String brand = head.length >= 12 ? new String(head, 8, 4, java.nio.charset.StandardCharsets.US_ASCII)
                    .toLowerCase(Locale.ROOT) : "";
            return switch (brand) {
                case "heic", "heix", "hevc", "heim", "heis", "mif1", "msf1" -> Texts.get("attachment.looks.heic");
                case "avif", "avis" -> Texts.get("attachment.looks.avif");
                default -> Texts.get("attachment.looks.video");
            };
        }
        if (startsWith(head, 0, 'I', 'I', 0x2A, 0x00) || startsWith(head, 0, 'M', 'M', 0x00, 0x2A)) {
            return Texts.get("attachment.looks.tiff");
        }
        if (startsWith(head, 0, 'P', 'K', 0x03, 0x04)) {
            return Texts.get("attachment.looks.zip");
        }
        if (startsWith(head, 0, '<', 's', 'v', 'g') || startsWith(head, 0, '<', '?', 'x', 'm', 'l')) {
            return Texts.get("attachment.looks.xml");
        }
        return null;
    }

    private static int littleEndianInt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    private static boolean startsWith(byte[] head, int offset, int... expected) {
        if (head == null || head.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
