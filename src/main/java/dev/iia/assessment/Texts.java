package dev.iia.assessment;

/** Scalars of a map bound by hand: YAML may give a date or version as a number. */
final class Texts {
    private Texts() {
    }

    static String of(Object value) {
        return value == null ? null : value.toString();
    }
}
