package io.spendsense.service;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Files to attach in tests, made here (never a real receipt): images by ImageIO, PDFs by PDFBox. */
public final class TestFiles {
    private TestFiles() {
    }

    /** A {@code width} x {@code height} image in {@code format} ("png", "jpeg", "gif", "bmp"), one color with a bar. */
    public static byte[] image(String format, int width, int height, Color color) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.fillRect(0, height / 2, width, Math.max(1, height / 10));
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] png(Color color) {
        return image("png", 300, 200, color);
    }

    /** A one-page A6 PDF whose page is {@code color} (no text: no font is needed to draw it). */
    public static byte[] pdf(Color color) {
        try (var document = new PDDocument()) {
            var page = new PDPage(PDRectangle.A6);
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.setNonStrokingColor(color);
                content.addRect(0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                content.fill();
            }
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first bytes of a WebP image (RIFF....WEBP) and some more: what JavaFX cannot show. */
    public static byte[] webp() {
        return ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 some bytes of a picture");
    }

    /** The first bytes of an iPhone photo (ftypheic). */
    public static byte[] heic() {
        return ascii("\u0000\u0000\u0000\u0018ftypheic\u0000\u0000\u0000\u0000mif1heic more bytes");
    }

    public static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
