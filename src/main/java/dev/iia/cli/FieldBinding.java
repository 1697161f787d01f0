package dev.iia.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;

/**
 * An option's value kept in a command's field, for commands declared with picocli's programmatic
 * API (see {@link Declarations}): picocli reads and sets it through these, as it would the field
 * of an annotated command, but without reflection.
 */
final class FieldBinding<T> implements IGetter, ISetter {
    private final Supplier<T> getter;
    private final Consumer<T> setter;

    private FieldBinding(Supplier<T> getter, Consumer<T> setter) {
        this.getter = getter;
        this.setter = setter;
    }

    static <T> FieldBinding<T> of(Supplier<T> getter, Consumer<T> setter) {
        return new FieldBinding<>(getter, setter);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R get() {
        return (R) getter.get();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R set(R value) {
        R previous = get();
        setter.accept((T) value);
        return previous;
    }
}
