package dev.archway.app.ui.canvas;

import dev.archway.model.Bounds;
import dev.archway.model.Design;
import dev.archway.model.Element;
import dev.archway.model.edit.Containment;
import dev.archway.model.diagram.Relation;
import dev.archway.model.diagram.EdgeRoute;
import dev.archway.model.network.AvailabilityZone;
import dev.archway.model.network.Region;
import dev.archway.model.network.Subnet;
import dev.archway.model.network.Vpc;
import java.util.Locale;
import javafx.scene.paint.Color;

/** The diagram as a standalone SVG document (light theme): containers, edges, nodes with their icons and names. */
public final class DiagramSvg {
    private DiagramSvg() {
    }

    public static String render(Design design) {
        return render(design, new EdgeLayers());
    }

    /** The diagram with the given layers of secondary relations shown. */
    public static String render(Design design, EdgeLayers layers) {
        DiagramModel model = new DiagramModel(design);
        Bounds all = DiagramView.contentBounds(design.layout().values());
        if (all == null) {
            all = new Bounds(0, 0, 100, 100);
        }
        double m = 30;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%.0f %.0f %.0f %.0f\" "
                + "width=\"%.0f\" height=\"%.0f\" font-family=\"Helvetica, Arial, sans-serif\">%n", all.x() - m,
                all.y() - m, all.width() + 2 * m, all.height() + 2 * m, all.width() + 2 * m, all.height() + 2 * m));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" fill=\"#F7F8FA\"/>%n",
                all.x() - m, all.y() - m, all.width() + 2 * m, all.height() + 2 * m));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"#7D8998\"/>"
                + "</marker></defs>\n");
        CanvasTheme t = CanvasTheme.LIGHT;
        for (Element e : model.drawOrder()) {
            Bounds b = design.bounds(e.id());
            if (b != null && Containment.isContainer(e.kind())) {
                container(svg, e, b, model, t);
            }
        }
        for (Relation edge : model.edges()) {
            EdgeRoute r = layers.isShown(edge.kind()) ? model.route(edge) : null;
            if (r != null) {
                edge(svg, r, EdgeStyle.colour(edge.kind(), t), EdgeStyle.dashes(edge.kind()));
            }
        }
        for (Element e : model.drawOrder()) {
            Bounds b = design.bounds(e.id());
            if (b != null && !Containment.isContainer(e.kind())) {
                node(svg, e, b);
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private static void edge(StringBuilder svg, EdgeRoute r, Color colour, double[] dashes) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < r.size(); i++) {
            d.append(String.format(Locale.ROOT, "%s%.1f %.1f ", i == 0 ? "M" : "L", r.x(i), r.y(i)));
        }
        String dash = dashes == null ? "" : String.format(Locale.ROOT, " stroke-dasharray=\"%.0f %.0f\"", dashes[0],
                dashes[1]);
        svg.append(String.format(Locale.ROOT, "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.6\"%s "
                + "marker-end=\"url(#arrow)\"/>%n", d.toString().trim(), hex(colour), dash));
    }

    private static void container(StringBuilder svg, Element e, Bounds b, DiagramModel model, CanvasTheme t) {
        Color line = e instanceof Region ? t.regionLine() : e instanceof Vpc ? t.vpcLine()
                : e instanceof AvailabilityZone ? t.azLine() : model.isPublic(e.id()) ? t.publicLine() : t.privateLine();
        String fill = e instanceof Subnet ? hex(model.isPublic(e.id()) ? t.publicFill() : t.privateFill()) : "none";
        String dash = e instanceof Region || e instanceof AvailabilityZone ? " stroke-dasharray=\"6 4\"" : "";
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" "
                + "stroke=\"%s\" stroke-width=\"1.5\"%s/>%n", b.x(), b.y(), b.width(), b.height(), fill, hex(line), dash));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" font-weight=\"bold\" "
                + "fill=\"%s\">%s</text>%n", b.x() + 10, b.y() + 18, hex(line), escape(e.name())));
    }

    private static void node(StringBuilder svg, Element e, Bounds b) {
        IconSet icons = IconSet.get();
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\" "
                + "fill=\"#FFFFFF\" stroke=\"#D5DBE3\"/>%n", b.x(), b.y(), b.width(), b.height()));
        double size = Math.min(36, b.height() - 30);
        double ix = b.centerX() - size / 2;
        svg.append(String.format(Locale.ROOT, "<g transform=\"translate(%.1f %.1f) scale(%.3f)\"><rect width=\"32\" "
                + "height=\"32\" rx=\"6\" fill=\"%s\"/><path d=\"%s\" fill=\"none\" stroke=\"#fff\" stroke-width=\"1.8\" "
                + "stroke-linecap=\"round\" stroke-linejoin=\"round\"/></g>%n", ix, b.y() + 7, size / 32,
                hex(icons.colour(e.kind())), icons.glyph(e.kind())));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\" "
                + "fill=\"#16191F\">%s</text>%n", b.centerX(), b.y() + size + 24, escape(e.name())));
    }

    static String hex(Color c) {
        return String.format("#%02X%02X%02X", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
