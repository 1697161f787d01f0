package dev.iia.cli;

import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;

/**
 * A value picocli parses into, for the commands declared with its programmatic API (see
 * {@link Declarations}): what a field is to an annotated command, without reflection.
 */
final class Parsed<T> implements IGetter, ISetter {
    private T value;

    Parsed(T initial) {
        value = initial;
    }

    /** The value given on the command line, or the initial one. */
    T value() {
        return value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R get() {
        return (R) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R set(R newValue) {
        R previous = (R) value;
        value = (T) newValue;
        return previous;
    }
}
