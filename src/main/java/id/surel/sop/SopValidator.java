package id.surel.sop;

import java.util.List;

/** Checks that an SOP definition can run: who does what, where every arrow leads, and that every path ends. */
public class SopValidator {

    private final List<DefinitionCheck> checks = List.of(new HeaderCheck(), new ActorCheck(), new StepCheck(),
            new StepShapeCheck(), new FlowCheck(), new RequestTypeCheck(), new ServiceCheck());

    public List<DefinitionProblem> validate(String sourceName, SopDefinition definition) {
        Problems problems = new Problems(sourceName);
        validate(definition, problems);
        return problems.list();
    }

    void validate(SopDefinition definition, Problems problems) {
        checks.forEach(check -> check.check(definition, problems));
    }
}
