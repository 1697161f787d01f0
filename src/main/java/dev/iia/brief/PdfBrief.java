package dev.iia.brief;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A brief as PDF, from the same page as the HTML (its chart drawn with boxes), by openhtmltopdf and PDFBox:
 * no external program. The DejaVu fonts in the jar ({@code /fonts}, with their licence) are embedded
 * (subset), so every character a brief uses has a glyph whatever the reader's machine has.
 */
public final class PdfBrief {
    /** The family every text is set in; DejaVu Sans Mono for code. */
    public static final String FAMILY = "DejaVu Serif";
    private static final String PRINT = """
            <style>
            body,h1,h2,h3,h4,svg text{font-family:"DejaVu Serif"}code{font-family:"DejaVu Sans Mono"}
            a[href^="http"]::after{content:""}
            </style>
            </head>""";

    static {
        XRLog.setLoggingEnabled(false);
    }

    private PdfBrief() {
    }

    public static byte[] pdf(Brief brief, String markdown) {
        String xhtml = HtmlBrief.xhtml(brief, markdown).replaceFirst("</head>", PRINT);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode().withHtmlContent(xhtml, null).toStream(out);
        font(builder, "DejaVuSerif", FAMILY, 400, FontStyle.NORMAL);
        font(builder, "DejaVuSerif-Bold", FAMILY, 700, FontStyle.NORMAL);
        font(builder, "DejaVuSerif-Italic", FAMILY, 400, FontStyle.ITALIC);
        font(builder, "DejaVuSerif-BoldItalic", FAMILY, 700, FontStyle.ITALIC);
        font(builder, "DejaVuSansMono", "DejaVu Sans Mono", 400, FontStyle.NORMAL);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
        builder.useFont(() -> resource("/fonts/" + file + ".ttf"), family, weight, style, true);
    }

    private static InputStream resource(String name) {
        InputStream in = PdfBrief.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("font missing from the jar: " + name);
        }
        return in;
    }
}
