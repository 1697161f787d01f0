package dev.iia.brief;

import dev.iia.brief.Brief.CriterionView;
import dev.iia.brief.Brief.GoalView;
import dev.iia.brief.Brief.ScaleItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A brief as one self-contained HTML page: the Markdown a template rendered from the view model,
 * turned into HTML by commonmark-java (raw HTML escaped, unsafe link schemes dropped), with a
 * stylesheet for screen and print and an inline SVG chart of the levels of the critical properties
 * and the goals on the toolkit's scale, drawn from the same view model.
 */
public final class HtmlBrief {
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create(), FootnotesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    /** Footnotes come with attributes without a value ({@code data-footnotes}), which XML, and so the PDF renderer, refuses. */
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .attributeProviderFactory(context -> (node, tag, attributes) -> attributes.replaceAll((name, value) -> value == null ? "" : value))
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final String GLANCE_HEADING = "<h2>At a glance</h2>\n";
    private static final String FOOTNOTES = "<section class=\"footnotes\" data-footnotes=\"\">";
    private static final int ROW = 28;
    private static final int LABEL_WIDTH = 330;
    private static final int PLOT_WIDTH = 360;

    private static final String STYLE = """
            body{font-family:"DejaVu Serif",Georgia,serif;line-height:1.5;color:#1b1b1b;background:#fff;margin:0}
            main{max-width:46rem;margin:0 auto;padding:2rem 1.25rem}
            h1{font-size:1.9rem;line-height:1.2}h2{margin-top:2.2rem;border-bottom:1px solid #ccc}
            h1,h2,h3,h4{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif}
            table{border-collapse:collapse;width:100%;font-size:.92rem;margin:1rem 0}
            th,td{border:1px solid #bbb;padding:.35rem .5rem;text-align:left;vertical-align:top}
            th{background:#f1f1f1}tr:nth-child(even) td{background:#fafafa}
            blockquote{border-left:4px solid #ccc;margin-left:0;padding-left:1rem;color:#444}
            code{font-size:.9em;background:#f4f4f4;padding:0 .2em}
            a{color:#0b5394}figure{margin:1.5rem 0}figcaption{font-size:.9rem;color:#444}
            svg text{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;font-size:12px}
            @media print{body{font-size:10.5pt}main{max-width:none;padding:0}a{color:inherit}
            h2,h3,h4{break-after:avoid}table,figure,tr{break-inside:avoid}
            a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;word-break:break-all}}
            @page{size:A4;margin:2cm}
            .chart{margin:1.5rem 0;font-size:.85rem}.together{page-break-inside:avoid;break-inside:avoid}
            .together+table th:first-child{width:24%}.together+table th:last-child{width:38%}.chart .row{clear:both;overflow:hidden;margin:.2rem 0}
            .chart .name{float:left;width:42%}.chart .level{float:left;width:17%;padding-left:2%}
            .chart .track{float:left;width:36%;height:1rem;border-left:1px solid #999;border-right:1px solid #999;background:#f3f3f3}
            .chart .bar{height:1rem}.chart .none{color:#555;padding-left:.3rem}.chart .caption{clear:both;color:#444}
            """;

    private HtmlBrief() {
    }

    /** The page of {@code brief}, whose Markdown a template rendered as {@code markdown}. */
    public static String page(Brief brief, String markdown) {
        return document(brief, markdown, chart(brief), "<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    }

    /** The page as well-formed XHTML for the PDF renderer, whose chart is drawn with boxes (it draws no SVG). */
    static String xhtml(Brief brief, String markdown) {
        return document(brief, markdown, boxChart(brief), "<meta charset=\"utf-8\" />\n");
    }

    /** The chart as block boxes: a row per property and goal, its bar placed in percent of the scale's width. */
    static String boxChart(Brief brief) {
        double low = brief.methodology().scale().stream().map(ScaleItem::value).filter(v -> v != null).min(Double::compare).orElse(-2.0);
        double high = brief.methodology().scale().stream().map(ScaleItem::value).filter(v -> v != null).max(Double::compare).orElse(2.0);
        StringBuilder html = new StringBuilder("<div class=\"chart\">\n");
        for (Bar bar : bars(brief)) {
            html.append("<div class=\"row\"><div class=\"name\">").append(escape(bar.title())).append("</div><div class=\"track\">");
            if (bar.value() == null) {
                html.append("<div class=\"none\">").append(escape(bar.label())).append("</div>");
            } else {
                double zero = (0 - low) / (high - low) * 100;
                double end = (bar.value() - low) / (high - low) * 100;
                String colour = bar.value() < 0 ? "#b3261e" : bar.value() > 0 ? "#2e7d32" : "#777";
                html.append("<div class=\"bar\" style=\"margin-left:").append(fmt(Math.min(zero, end))).append("%;width:")
                        .append(fmt(Math.max(Math.abs(end - zero), 1))).append("%;background:").append(colour).append("\"></div>");
            }
            html.append("</div><div class=\"level\">").append(escape(bar.label())).append("</div></div>\n");
        }
        return html.append("<p class=\"caption\">The level of each critical property and goal on the toolkit's scale, from ")
                .append(escape(scaleLabel(brief, low))).append(" (left) to ").append(escape(scaleLabel(brief, high)))
                .append(" (right).</p>\n</div>\n").toString();
    }

    private static List<Bar> bars(Brief brief) {
        List<Bar> bars = new ArrayList<>();
        for (CriterionView property : brief.properties()) {
            bars.add(new Bar(property.title(), property.level(), property.label(), value(brief, property.level())));
        }
        for (GoalView goal : brief.goals()) {
            bars.add(new Bar("Goal: " + goal.title(), goal.level(), goal.label(), value(brief, goal.level())));
        }
        return bars;
    }

    private static String document(Brief brief, String markdown, String chart, String meta) {
        String body = RENDERER.render(PARSER.parse(markdown)).replace(FOOTNOTES, FOOTNOTES + "\n<h2>Notes</h2>");
        int glance = body.indexOf(GLANCE_HEADING);
        if (glance >= 0) {
            // The heading goes with its chart onto the next page rather than staying alone at the foot of one.
            int at = glance + GLANCE_HEADING.length();
            body = body.substring(0, glance) + "<div class=\"together\">\n" + GLANCE_HEADING + chart + "</div>\n" + body.substring(at);
        } else {
            int title = body.indexOf("</h1>\n");
            body = title < 0 ? chart + body : body.substring(0, title + 6) + chart + body.substring(title + 6);
        }
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n" + meta + "<title>" + escape(brief.title())
                + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n" + body + "</main>\n</body>\n</html>\n";
    }

    private record Bar(String title, String level, String label, Double value) {
    }

    /** The five properties and four goals, each a bar from no impact to its level's value on the scale. */
    static String chart(Brief brief) {
        List<Bar> bars = bars(brief);
        double low = brief.methodology().scale().stream().map(ScaleItem::value).filter(v -> v != null).min(Double::compare).orElse(-2.0);
        double high = brief.methodology().scale().stream().map(ScaleItem::value).filter(v -> v != null).max(Double::compare).orElse(2.0);
        int width = LABEL_WIDTH + PLOT_WIDTH + 20;
        int height = ROW * bars.size() + 40;
        StringBuilder svg = new StringBuilder();
        svg.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"100%\" aria-labelledby=\"levels-title\">\n<title id=\"levels-title\">")
                .append("Levels of the critical properties and the goals, from ").append(escape(scaleLabel(brief, low)))
                .append(" to ").append(escape(scaleLabel(brief, high))).append("</title>\n");
        double zero = x(0, low, high);
        svg.append(line(zero, 0, zero, ROW * bars.size()));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int top = i * ROW;
            svg.append("<text x=\"0\" y=\"").append(top + 18).append("\">").append(escape(shortened(bar.title()))).append("</text>\n");
            if (bar.value() == null) {
                svg.append("<text x=\"").append(fmt(zero + 6)).append("\" y=\"").append(top + 18).append("\" fill=\"#555\">")
                        .append(escape(bar.label())).append("</text>\n");
                continue;
            }
            double end = x(bar.value(), low, high);
            double from = Math.min(zero, end);
            double length = Math.max(Math.abs(end - zero), 3);
            String colour = bar.value() < 0 ? "#b3261e" : bar.value() > 0 ? "#2e7d32" : "#777";
            svg.append("<rect x=\"").append(fmt(from)).append("\" y=\"").append(top + 6).append("\" width=\"").append(fmt(length))
                    .append("\" height=\"16\" fill=\"").append(colour).append("\"><title>").append(escape(bar.title() + ": " + bar.label()))
                    .append("</title></rect>\n");
        }
        int axis = ROW * bars.size() + 16;
        for (ScaleItem item : brief.methodology().scale()) {
            if (item.value() != null) {
                svg.append("<text x=\"").append(fmt(x(item.value(), low, high))).append("\" y=\"").append(axis)
                        .append("\" text-anchor=\"middle\">").append(escape(item.valueText())).append("</text>\n");
            }
        }
        svg.append("<text x=\"").append(LABEL_WIDTH).append("\" y=\"").append(axis + 16).append("\">")
                .append(escape(scaleLabel(brief, low))).append("</text>\n<text x=\"").append(LABEL_WIDTH + PLOT_WIDTH)
                .append("\" y=\"").append(axis + 16).append("\" text-anchor=\"end\">").append(escape(scaleLabel(brief, high)))
                .append("</text>\n</svg>\n<figcaption>The level of each critical property and goal on the toolkit's scale.")
                .append("</figcaption>\n</figure>\n");
        return svg.toString();
    }

    /** The level's value on the scale; null for a level without one (unclear, not assessed). */
    private static Double value(Brief brief, String level) {
        for (ScaleItem item : brief.methodology().scale()) {
            if (item.key().equals(level)) {
                return item.value();
            }
        }
        return null;
    }

    private static String scaleLabel(Brief brief, double value) {
        return brief.methodology().scale().stream().filter(s -> s.value() != null && s.value() == value).map(ScaleItem::label)
                .findFirst().orElse(String.valueOf(value));
    }

    private static double x(double value, double low, double high) {
        return LABEL_WIDTH + (value - low) / (high - low) * PLOT_WIDTH;
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"#333\" stroke-width=\"1\"/>\n";
    }

    private static String fmt(double number) {
        return String.format(Locale.ROOT, "%.1f", number);
    }

    private static String shortened(String title) {
        return title.length() <= 48 ? title : title.substring(0, 47) + "…";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
