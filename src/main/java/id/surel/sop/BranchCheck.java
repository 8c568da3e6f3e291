package id.surel.sop;

import static id.surel.sop.DefinitionCheck.blank;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A decision's branches: at least two, each with its own id, its own label and a next step. */
final class BranchCheck {

    void check(Step decision, Problems problems) {
        List<Branch> branches = decision.branches();
        if (branches.size() < 2) {
            problems.add(decision.id(), "langkah decision perlu paling sedikit 2 cabang ('branches')",
                    "a decision step needs at least 2 'branches'");
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
        }
    }
}
