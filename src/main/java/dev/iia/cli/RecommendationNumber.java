package dev.iia.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A recommendation as {@code --with} names it: {@code R2} as the brief numbers it, or just {@code 2}. */
final class RecommendationNumber implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
        String digits = value.strip().replaceFirst("^[Rr]", "");
        if (!digits.matches("[0-9]{1,6}") || Integer.parseInt(digits) < 1) {
            throw new TypeConversionException("'" + value + "' is not a recommendation: name them as the brief numbers them, "
                    + "R1, R2, ... (or 1, 2, ...)");
        }
        return Integer.parseInt(digits);
    }

    /** {@code R1, R3}: how people read the numbers. */
    static String names(java.util.List<Integer> numbers) {
        return String.join(", ", numbers.stream().map(number -> "R" + number).toList());
    }
}
