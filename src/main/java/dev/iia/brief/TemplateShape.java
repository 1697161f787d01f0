package dev.iia.brief;

import dev.iia.problem.Location;
import dev.iia.problem.Problem;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Checks a template's sections before Mustache.java compiles it: the compiler recurses once per
 * open section, so thousands of nested or unclosed sections would overflow its stack. Here they are
 * one problem at the tag, found in one pass over the text.
 */
final class TemplateShape {
    /** Deeper than any sensible template; the built-in brief nests 4 deep. */
    static final int MAX_DEPTH = 16;

    private record Open(String name, int offset) {
    }

    private TemplateShape() {
    }

    static void check(String text, String shown) {
        String open = "{{";
        String close = "}}";
        Deque<Open> sections = new ArrayDeque<>();
        int position = 0;
        while (true) {
            int start = text.indexOf(open, position);
            if (start < 0) {
                break;
            }
            int contentStart = start + open.length();
            boolean triple = open.equals("{{") && text.startsWith("{", contentStart);
            String closing = triple ? "}}}" : close;
            int end = text.indexOf(closing, contentStart);
            if (end < 0) {
                throw problem(text, shown, start, "this tag is never closed with " + closing);
            }
            String content = text.substring(contentStart, end).strip();
            position = end + closing.length();
            if (content.startsWith("#") || content.startsWith("^")) {
                sections.push(new Open(content.substring(1).strip(), start));
                if (sections.size() > MAX_DEPTH) {
                    throw problem(text, shown, start, "sections are nested more than " + MAX_DEPTH + " deep");
                }
            } else if (content.startsWith("/") && !sections.isEmpty()) {
                sections.pop();
            } else if (content.startsWith("=") && content.endsWith("=")) {
                String[] delimiters = content.substring(1, content.length() - 1).strip().split("\\s+");
                if (delimiters.length == 2) {
                    open = delimiters[0];
                    close = delimiters[1];
                }
            }
        }
        if (!sections.isEmpty()) {
            Open unclosed = sections.getLast();
            throw problem(text, shown, unclosed.offset(), "failed to close '" + unclosed.name() + "' tag");
        }
    }

    private static TemplateException problem(String text, String shown, int offset, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new TemplateException(new Problem(shown, new Location(line, offset - lineStart + 1), message));
    }
}
