package dev.iia.team;

import dev.iia.assessment.Assessment;
import dev.iia.assessment.LoadedAssessment;
import dev.iia.assessment.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One analyst's independent assessment, named by the file's first author, or by the file's name when
 * it has no authors. A file that is itself a team's merged work speaks for the team, not for its first
 * author: it is named by its file's name and {@code (team)}. Two files with the same name are told
 * apart by their files.
 */
public record Analyst(String name, String source, Assessment assessment) {

    public static List<Analyst> named(List<LoadedAssessment> files) {
        List<String> names = files.stream().map(Analyst::nameOf).toList();
        Map<String, Long> counts = names.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<Analyst> analysts = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            LoadedAssessment file = files.get(i);
            String name = counts.get(names.get(i)) > 1 ? names.get(i) + " (" + file.source() + ")" : names.get(i);
            analysts.add(new Analyst(name, file.source(), file.assessment()));
        }
        return analysts;
    }

    private static String nameOf(LoadedAssessment file) {
        if (file.assessment().team() != null) {
            return stem(file) + " (team)";
        }
        List<Person> authors = file.assessment().authors();
        return authors.isEmpty() ? stem(file) : authors.get(0).name().strip();
    }

    private static String stem(LoadedAssessment file) {
        String name = file.file().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
