package io.spendsense.service.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.spendsense.domain.Texts;

/**
 * Finds the text encoding of a statement file: a byte-order mark decides (UTF-8, UTF-16); UTF-16 without one shows
 * as zero bytes in every other place; otherwise the file is UTF-8 when all of it is valid UTF-8, and Windows-1252
 * (the superset of Latin-1 that German, Dutch and French banks export) when not.
 */
final class Encodings {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A charset and how it was found, e.g. Texts.format("encoding.withBom", "UTF-8"). */
    record Found(Charset charset, String name) {
    }

    private Encodings() {
    }

    static Found detect(Path file) throws IOException {
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return new Found(StandardCharsets.UTF_8, Texts.format("encoding.withBom", "UTF-8"));
        }
        if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return new Found(StandardCharsets.UTF_16LE, Texts.format("encoding.withBom", "UTF-16LE"));
        }
        if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            return new Found(StandardCharsets.UTF_16BE, Texts.format("encoding.withBom", "UTF-16BE"));
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        if (n >= 8 && evenZeros * 3 > n / 2) {
            return new Found(StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        if (n >= 8 && oddZeros * 3 > n / 2) {
            return new Found(StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        return validUtf8(file) ? new Found(StandardCharsets.UTF_8, "UTF-8")
                : new Found(WINDOWS_1252, Texts.get("encoding.notUtf8"));
    }

    /** Whether the whole file decodes as UTF-8; a streaming check, about as fast as reading the file. */
    static boolean validUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                if (!end) {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                CoderResult result;
                do {
                    chars.clear();
                    result = decoder.decode(bytes, chars, end);
                    if (result.isError()) {
                        return false;
                    }
                } while (result.isOverflow());
                bytes.compact();
            }
            chars.clear();
            return !decoder.flush(chars).isError();
        }
    }
}
