import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
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
 * Writes Archway's application icon: an archway over a routed path on the network purple of the element icons, as
 * archway.svg, PNGs for the window (icons/src/main/resources/dev/archway/icons/app/) and the packages' formats
 * (icons/src/packaging/: archway.png for Linux, archway.ico for Windows, archway.icns for macOS).
 * Run from the repository root: java scripts/AppIcon.java
 */
public class AppIcon {
    private static final Color TOP = new Color(0x9D6BFF);
    private static final Color BOTTOM = new Color(0x6B2FE0);

    public static void main(String[] args) throws IOException {
        Path window = Path.of("icons/src/main/resources/dev/archway/icons/app");
        Path packaging = Path.of("icons/src/packaging");
        Files.createDirectories(window);
        Files.createDirectories(packaging);
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
            pngs.put(size, png(draw(size)));
        }
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            Files.write(window.resolve("archway-" + size + ".png"), pngs.get(size));
        }
        Files.write(packaging.resolve("archway.png"), pngs.get(256));
        Files.write(packaging.resolve("archway.ico"), ico(pngs));
        Files.write(packaging.resolve("archway.icns"), icns(pngs));
        Files.writeString(packaging.resolve("archway.svg"), svg());
    }

    /** On a 32-unit grid, as the element icons: a rounded square, the arch, its path and the two endpoints. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 32.0, size / 32.0);
        g.setPaint(new GradientPaint(0, 0, TOP, 0, 32, BOTTOM));
        g.fill(new RoundRectangle2D.Double(0, 0, 32, 32, 12, 12));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D arch = new Path2D.Double();
        arch.moveTo(8, 25);
        arch.lineTo(8, 15);
        arch.append(new Arc2D.Double(8, 7, 16, 16, 180, -180, Arc2D.OPEN), true);
        arch.lineTo(24, 25);
        g.draw(arch);
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, new float[] {2, 2.2f}, 0));
        g.draw(new java.awt.geom.Line2D.Double(16, 11.5, 16, 21.5));
        g.fill(new Ellipse2D.Double(13.6, 21.6, 4.8, 4.8));
        g.fill(new Ellipse2D.Double(14.2, 7.6, 3.6, 3.6));
        g.dispose();
        return image;
    }

    static String svg() {
        return """
                <svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">
                  <defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
                    <stop offset="0" stop-color="#9D6BFF"/><stop offset="1" stop-color="#6B2FE0"/></linearGradient></defs>
                  <rect width="32" height="32" rx="6" fill="url(#bg)"/>
                  <path d="M8 25V15a8 8 0 0 1 16 0v10" fill="none" stroke="#fff" stroke-width="2.4"
                        stroke-linecap="round" stroke-linejoin="round"/>
                  <path d="M16 11.5v10" stroke="#fff" stroke-width="1.6" stroke-linecap="round" stroke-dasharray="2 2.2"/>
                  <circle cx="16" cy="24" r="2.4" fill="#fff"/>
                  <circle cx="16" cy="9.4" r="1.8" fill="#fff"/>
                </svg>
                """;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** An ICO file whose entries are PNGs (Windows Vista and later), up to 256 px. */
    static byte[] ico(Map<Integer, byte[]> pngs) {
        Map<Integer, byte[]> entries = new LinkedHashMap<>(pngs);
        entries.remove(512);
        int offset = 6 + 16 * entries.size();
        int total = offset + entries.values().stream().mapToInt(b -> b.length).sum();
        ByteBuffer ico = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) entries.size());
        for (Map.Entry<Integer, byte[]> e : entries.entrySet()) {
            int side = e.getKey() >= 256 ? 0 : e.getKey();
            ico.put((byte) side).put((byte) side).put((byte) 0).put((byte) 0);
            ico.putShort((short) 1).putShort((short) 32).putInt(e.getValue().length).putInt(offset);
            offset += e.getValue().length;
        }
        entries.values().forEach(ico::put);
        return ico.array();
    }

    /** An ICNS file of PNG entries (ic07 128 px, ic08 256 px, ic09 512 px), as macOS 10.7 and later read. */
    static byte[] icns(Map<Integer, byte[]> pngs) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("ic07", pngs.get(128));
        entries.put("ic08", pngs.get(256));
        entries.put("ic09", pngs.get(512));
        int total = 8 + entries.values().stream().mapToInt(b -> 8 + b.length).sum();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBytes("icns");
        out.writeInt(total);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            out.writeBytes(e.getKey());
            out.writeInt(8 + e.getValue().length);
            out.write(e.getValue());
        }
        return bytes.toByteArray();
    }
}
