import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Draws the SpendSense app icon with Java2D and writes it in each platform's format, so the project owns its icon
 * and needs no image tool: {@code java packaging/IconGenerator.java OUTPUT_DIR} writes spendsense-N.png (16..1024),
 * spendsense.png (256, Linux), spendsense.ico (Windows: PNG-compressed entries) and spendsense.icns (macOS: PNG
 * entries ic07..ic10). The picture: a rounded green tile, a white coin with a rising bar chart.
 */
public final class IconGenerator {
    private IconGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/icons");
        Files.createDirectories(out);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256, 512, 1024}) {
            png.put(size, encode(draw(size)));
            Files.write(out.resolve("spendsense-" + size + ".png"), png.get(size));
        }
        Files.write(out.resolve("spendsense.png"), png.get(256));
        Files.write(out.resolve("spendsense.ico"), ico(png, 16, 24, 32, 48, 64, 128, 256));
        Files.write(out.resolve("spendsense.icns"), icns(png));
        System.out.println("Icons written to " + out.toAbsolutePath());
    }

    static BufferedImage draw(int size) {
        var img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size;
        double m = s * 0.04;
        // Tile: teal to green, as the app's accent.
        g.setPaint(new GradientPaint(0, 0, new Color(0x0F, 0x9D, 0x8A), 0, (float) s, new Color(0x1E, 0x6F, 0x5C)));
        g.fill(new RoundRectangle2D.Double(m, m, s - 2 * m, s - 2 * m, s * 0.42, s * 0.42));
        // Coin.
        double c = s * 0.70;
        double cx = (s - c) / 2;
        g.setColor(new Color(255, 255, 255, 245));
        g.fill(new Ellipse2D.Double(cx, cx, c, c));
        // Three rising bars inside the coin.
        g.setColor(new Color(0x1E, 0x6F, 0x5C));
        double barW = c * 0.14;
        double base = cx + c * 0.74;
        double[] heights = {0.22, 0.36, 0.50};
        for (int i = 0; i < 3; i++) {
            double x = cx + c * 0.22 + i * barW * 1.55;
            double h = c * heights[i];
            g.fill(new RoundRectangle2D.Double(x, base - h, barW, h, barW * 0.4, barW * 0.4));
        }
        // A trend line over the bars, ending in an arrow head, when there are pixels enough to see it.
        if (size >= 32) {
            g.setColor(new Color(0xF5, 0xA6, 0x23));
            g.setStroke(new BasicStroke((float) (s * 0.035), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            var line = new Path2D.Double();
            line.moveTo(cx + c * 0.20, cx + c * 0.46);
            line.lineTo(cx + c * 0.42, cx + c * 0.36);
            line.lineTo(cx + c * 0.54, cx + c * 0.42);
            line.lineTo(cx + c * 0.78, cx + c * 0.22);
            g.draw(line);
            var head = new Path2D.Double();
            head.moveTo(cx + c * 0.83, cx + c * 0.17);
            head.lineTo(cx + c * 0.70, cx + c * 0.20);
            head.lineTo(cx + c * 0.79, cx + c * 0.30);
            head.closePath();
            g.fill(head);
        }
        g.dispose();
        return img;
    }

    static byte[] encode(BufferedImage img) throws IOException {
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    /** A Windows .ico whose entries are PNG images (supported since Windows Vista). */
    static byte[] ico(Map<Integer, byte[]> png, int... sizes) {
        int headerSize = 6 + 16 * sizes.length;
        int total = headerSize;
        for (int size : sizes) {
            total += png.get(size).length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = headerSize;
        for (int size : sizes) {
            byte[] data = png.get(size);
            b.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            b.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            b.putInt(data.length).putInt(offset);
            offset += data.length;
        }
        for (int size : sizes) {
            b.put(png.get(size));
        }
        return b.array();
    }

    /** A macOS .icns with PNG entries: ic07 (128), ic08 (256), ic09 (512), ic10 (1024, i.e. 512@2x). */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        var body = new ByteArrayOutputStream();
        var d = new DataOutputStream(body);
        String[] types = {"ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {128, 256, 512, 1024};
        for (int i = 0; i < types.length; i++) {
            byte[] data = png.get(sizes[i]);
            d.writeBytes(types[i]);
            d.writeInt(8 + data.length);
            d.write(data);
        }
        var out = new ByteArrayOutputStream();
        var h = new DataOutputStream(out);
        h.writeBytes("icns");
        h.writeInt(8 + body.size());
        h.write(body.toByteArray());
        return out.toByteArray();
    }
}
