package id.surel.sop;

import java.util.List;
import java.util.stream.Collectors;

/** An SOP definition that cannot run, with every problem found in it (not just the first). */
public class DefinitionInvalidException extends RuntimeException {

    private final transient List<DefinitionProblem> problems;

    public DefinitionInvalidException(List<DefinitionProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }

    private static String describe(List<DefinitionProblem> problems) {
        return "Definisi SOP tidak sah / invalid SOP definition (" + problems.size() + "):"
                + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
    }
}
