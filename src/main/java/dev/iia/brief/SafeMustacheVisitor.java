package dev.iia.brief;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.CommentCode;
import com.github.mustachejava.codes.DefaultCode;
import com.github.mustachejava.codes.DefaultMustache;
import com.github.mustachejava.codes.DynamicPartialCode;
import com.github.mustachejava.codes.ExtendCheckNameCode;
import com.github.mustachejava.codes.ExtendCode;
import com.github.mustachejava.codes.ExtendNameCode;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.NotIterableCode;
import com.github.mustachejava.codes.PartialCode;
import com.github.mustachejava.codes.ValueCode;
import com.github.mustachejava.codes.WriteCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a template's code as Mustache.java's {@code DefaultMustacheVisitor} does, but refuses
 * pragmas and unescaped output. Not a subclass of it: its static logger would set up
 * java.util.logging, whose search for a logging back end costs a brief's start-up milliseconds.
 */
final class SafeMustacheVisitor implements MustacheVisitor {
    private final DefaultMustacheFactory factory;
    private final List<Code> codes = new ArrayList<>();

    SafeMustacheVisitor(DefaultMustacheFactory factory) {
        this.factory = factory;
    }

    @Override
    public Mustache mustache(TemplateContext tc) {
        return new DefaultMustache(tc, factory, codes.toArray(new Code[0]), tc.file());
    }

    @Override
    public void iterable(TemplateContext tc, String variable, Mustache mustache) {
        codes.add(new IterableCode(tc, factory, mustache, variable));
    }

    @Override
    public void notIterable(TemplateContext tc, String variable, Mustache mustache) {
        codes.add(new NotIterableCode(tc, factory, mustache, variable));
    }

    @Override
    public void name(TemplateContext tc, String variable, Mustache mustache) {
        codes.add(new ExtendNameCode(tc, factory, mustache, variable));
    }

    @Override
    public void checkName(TemplateContext tc, String variable, Mustache mustache) {
        codes.add(new ExtendCheckNameCode(tc, factory, mustache, variable));
    }

    @Override
    public void partial(TemplateContext tc, String variable, String indent) {
        codes.add(new PartialCode(partialContext(tc), factory, variable));
    }

    @Override
    public void dynamicPartial(TemplateContext tc, String variable, String indent) {
        codes.add(new DynamicPartialCode(partialContext(tc), factory, variable));
    }

    /** A partial's tags are read with the default delimiters, whatever the including template set. */
    private static TemplateContext partialContext(TemplateContext tc) {
        return new TemplateContext("{{", "}}", tc.file(), tc.line(), tc.startOfLine());
    }

    @Override
    public void value(TemplateContext tc, String variable, boolean encoded) {
        if (!encoded) {
            throw new MustacheException("unescaped output ({{{" + variable + "}}} or {{& " + variable
                    + "}}) is not allowed: iia escapes every value for Markdown", tc);
        }
        codes.add(new ValueCode(tc, factory, variable, true));
    }

    /** Text goes after the code before it, when there is one, as Mustache.java's own visitor writes it. */
    @Override
    public void write(TemplateContext tc, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (codes.isEmpty()) {
            codes.add(new WriteCode(tc, factory, text));
        } else {
            codes.get(codes.size() - 1).append(text);
        }
    }

    @Override
    public void pragma(TemplateContext tc, String pragma, String args) {
        throw new MustacheException("pragmas are not allowed in iia templates", tc);
    }

    @Override
    public void eof(TemplateContext tc) {
        codes.add(new DefaultCode());
    }

    @Override
    public void extend(TemplateContext tc, String variable, Mustache mustache) {
        codes.add(new ExtendCode(tc, factory, mustache, variable));
    }

    @Override
    public void comment(TemplateContext tc, String comment) {
        codes.add(new CommentCode(tc, factory, comment));
    }
}
