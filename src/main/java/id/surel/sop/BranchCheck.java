package id.surel.sop;

import static id.surel.sop.DefinitionCheck.blank;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A step's branches: at least two, each with its own id, its own label and a next step. A decision's branches are
 * chosen by people and have no {@code when}; a system step's are chosen by its action's result, so each names one
 * result in {@code when} and every result has exactly one branch.
 */
final class BranchCheck {

    void checkResults(Step system, Problems problems) {
        check(system, problems);
        if (system.action() == null) {
            return; // reported as a missing or unknown action
        }
        List<String> results = system.action().results();
        if (results.isEmpty()) {
            problems.add(system.id(), "aksi '" + system.action().code() + "' tidak menghasilkan pilihan; pakai 'next'",
                    "action '" + system.action().code() + "' has no results to branch on; use 'next'");
            return;
        }
        Set<String> covered = new HashSet<>();
        for (Branch branch : system.branches()) {
            if (blank(branch.when())) {
                problems.add(system.id(), "cabang '" + branch.id() + "' perlu 'when' (pilihan: "
                        + String.join(", ", results) + ")",
                        "branch '" + branch.id() + "' needs 'when' (choose from: " + String.join(", ", results) + ")");
            }
            else if (!results.contains(branch.when())) {
                problems.add(system.id(), "hasil '" + branch.when() + "' pada cabang '" + branch.id()
                        + "' tidak dikenal (pilihan: " + String.join(", ", results) + ")",
                        "unknown result '" + branch.when() + "' on branch '" + branch.id() + "' (choose from: "
                                + String.join(", ", results) + ")");
            }
            else if (!covered.add(branch.when())) {
                problems.add(system.id(), "hasil '" + branch.when() + "' memiliki lebih dari satu cabang",
                        "result '" + branch.when() + "' has more than one branch");
            }
        }
        results.stream().filter(r -> !covered.contains(r)).forEach(r -> problems.add(system.id(),
                "hasil '" + r + "' tidak memiliki cabang", "result '" + r + "' has no branch"));
    }

    void check(Step decision, Problems problems) {
        List<Branch> branches = decision.branches();
        if (branches.size() < 2) {
            problems.add(decision.id(), "langkah " + kindWord(decision) + " perlu paling sedikit 2 cabang ('branches')",
                    "a " + kindWord(decision) + " step needs at least 2 'branches'");
        }
        Set<String> ids = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (int i = 0; i < branches.size(); i++) {
            Branch branch = branches.get(i);
            String name = blank(branch.id()) ? "ke-" + (i + 1) : "'" + branch.id() + "'";
            String nameEn = blank(branch.id()) ? "#" + (i + 1) : "'" + branch.id() + "'";
            if (blank(branch.id())) {
                problems.add(decision.id(), "cabang " + name + " tidak memiliki 'id'",
                        "branch " + nameEn + " has no 'id'");
            }
            else if (!ids.add(branch.id())) {
                problems.add(decision.id(), "id cabang " + name + " dipakai lebih dari sekali",
                        "branch id " + nameEn + " is used more than once");
            }
            if (blank(branch.label())) {
                problems.add(decision.id(), "cabang " + name + " tidak memiliki 'label'",
                        "branch " + nameEn + " has no 'label'");
            }
            else if (!labels.add(branch.label().trim())) {
                problems.add(decision.id(), "label cabang '" + branch.label() + "' dipakai lebih dari sekali",
                        "branch label '" + branch.label() + "' is used more than once");
            }
            if (branch.next() == null) {
                problems.add(decision.id(), "cabang " + name + " perlu 'next'", "branch " + nameEn + " needs 'next'");
            }
            if (decision.kind() == StepKind.DECISION && !blank(branch.when())) {
                problems.add(decision.id(), "cabang " + name + " dipilih petugas; 'when' hanya untuk langkah system",
                        "branch " + nameEn + " is chosen by staff; 'when' is only for system steps");
            }
        }
    }

    private static String kindWord(Step step) {
        return step.kind() == StepKind.SYSTEM ? "system" : "decision";
    }
}
