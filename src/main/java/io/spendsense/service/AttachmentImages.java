package io.spendsense.service;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import io.spendsense.domain.AttachmentType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small pictures of attached files, made off the FX thread without JavaFX: an image scaled down (read subsampled, so
 * a huge picture never fills the memory), or a PDF's first page rendered with Apache PDFBox. Always a JPEG on white,
 * which the desktop shows with JavaFX's {@code Image} and which keeps a thumbnail to a few kilobytes.
 */
final class AttachmentImages {
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentImages.class);
    /** The longest side of a stored thumbnail, in pixels. */
    static final int THUMBNAIL = 160;

    private AttachmentImages() {
    }

    /** A JPEG of the file whose longest side is at most {@code maxSide} pixels, or null when it cannot be read. */
    static byte[] scaled(AttachmentType type, byte[] content, int maxSide) {
        try {
            BufferedImage image = type == AttachmentType.PDF ? firstPage(content, maxSide) : image(content, maxSide);
            return image == null ? null : jpeg(fit(image, maxSide));
        } catch (IOException | RuntimeException e) {
            // a damaged file is still kept (the system viewer may open it); it has no picture
            LOG.debug("No picture of a {} of {} bytes: {}", type, content.length, e.toString());
            return null;
        }
    }

    private static BufferedImage firstPage(byte[] pdf, int maxSide) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() == 0) {
                return null;
            }
            PDRectangle box = document.getPage(0).getCropBox();
            float longest = Math.max(box.getWidth(), box.getHeight());
            float scale = longest <= 0 ? 1f : Math.min(4f, maxSide / longest);
            var renderer = new PDFRenderer(document);
            // a scanned receipt is one large image: read it subsampled at this scale instead of whole
            renderer.setSubsamplingAllowed(true);
            return renderer.renderImage(0, scale, ImageType.RGB);
        }
    }

    /** The first image of the file, read with every n-th pixel so that it is at most twice {@code maxSide}. */
    private static BufferedImage image(byte[] content, int maxSide) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, longest / (2 * maxSide));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Scaled to fit {@code maxSide} (never up), on white (no transparency in a JPEG). */
    private static BufferedImage fit(BufferedImage source, int maxSide) {
        double scale = Math.min(1.0, (double) maxSide / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var bytes = new ByteArrayOutputStream();
        try (var out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
