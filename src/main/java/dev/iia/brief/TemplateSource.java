package dev.iia.brief;

import java.util.Optional;

/**
 * Where templates come from, by the name Mustache asks for ({@code brief.mustache},
 * {@code parts/row.mustache}). The built-in templates are compiled in ({@link BuiltInTemplateTexts}); a
 * user's folder is read by a source outside this package, so that rendering never touches the file system.
 */
public interface TemplateSource {

    /**
     * The template called {@code name}, or empty when this source has none by that name.
     *
     * @throws TemplateException when it exists but cannot be used (too large, not text)
     */
    Optional<TemplateText> read(String name);

    /** Where this source looks, for a "not found" message: "the built-in templates". */
    String describe();

    /** A template's text and the name users know it by (a path, or "templates/x (built in)"). */
    record TemplateText(String text, String shown) {
    }

    /** The templates in the jar's {@code /templates} folder. */
    static TemplateSource builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** This source first, then {@code fallback} for the names this one does not have. */
    default TemplateSource orElse(TemplateSource fallback) {
        TemplateSource first = this;
        return new TemplateSource() {
            @Override
            public Optional<TemplateText> read(String name) {
                Optional<TemplateText> text = first.read(name);
                return text.isPresent() ? text : fallback.read(name);
            }

            @Override
            public String describe() {
                return first.describe() + " and " + fallback.describe();
            }
        };
    }

    /** The built-in templates: those of the templates folder, held by {@link BuiltInTemplateTexts}. */
    enum BuiltIn implements TemplateSource {
        INSTANCE;

        @Override
        public Optional<TemplateText> read(String name) {
            String text = BuiltInTemplateTexts.text(name);
            return text == null ? Optional.empty() : Optional.of(new TemplateText(text, "templates/" + name + " (built in)"));
        }

        @Override
        public String describe() {
            return "the built-in templates";
        }
    }
}
