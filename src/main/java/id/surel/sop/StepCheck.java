package id.surel.sop;

import static id.surel.sop.DefinitionCheck.blank;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Step ids and kinds, and the single submission step every request starts from. */
final class StepCheck implements DefinitionCheck {

    @Override
    public void check(SopDefinition d, Problems problems) {
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new HashSet<>();
        for (int i = 0; i < d.steps().size(); i++) {
            Step step = d.steps().get(i);
            if (blank(step.id())) {
                problems.add("langkah ke-" + (i + 1) + " tidak memiliki 'id'", "step #" + (i + 1) + " has no 'id'");
            }
            else if (!seen.add(step.id()) && duplicates.add(step.id())) {
                problems.add(step.id(), "id langkah ini dipakai lebih dari sekali",
                        "this step id is used more than once");
            }
            if (step.kind() == null && !problems.wasUnreadable(step.id(), "kind")) {
                problems.add(step.id(), "jenis langkah ('kind') belum diisi", "the step's 'kind' is missing");
            }
        }
        checkSubmission(d.steps(), problems);
    }

    private static void checkSubmission(List<Step> steps, Problems problems) {
        List<Step> submissions = steps.stream().filter(s -> s.kind() == StepKind.SUBMISSION).toList();
        if (submissions.isEmpty()) {
            problems.add("tidak ada langkah pengajuan (kind: submission)", "no submission step (kind: submission)");
        }
        String first = submissions.isEmpty() ? null : submissions.get(0).id();
        submissions.stream().skip(1).forEach(extra -> problems.add(extra.id(),
                "langkah pengajuan kedua; hanya boleh satu (yang pertama: '" + first + "')",
                "a second submission step; only one is allowed (the first is '" + first + "')"));
    }
}
