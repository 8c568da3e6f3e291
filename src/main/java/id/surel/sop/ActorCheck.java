package id.surel.sop;

import static id.surel.sop.DefinitionCheck.blank;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The pelaksana list: unique ids, names, and at least one applicant to start a request. */
final class ActorCheck implements DefinitionCheck {

    @Override
    public void check(SopDefinition d, Problems problems) {
        List<Actor> actors = d.actors();
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new HashSet<>();
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            if (blank(actor.id())) {
                problems.add("pelaksana ke-" + (i + 1) + " tidak memiliki 'id'", "actor #" + (i + 1) + " has no 'id'");
                continue;
            }
            if (!seen.add(actor.id()) && duplicates.add(actor.id())) {
                problems.add("id pelaksana '" + actor.id() + "' dipakai lebih dari sekali",
                        "actor id '" + actor.id() + "' is used more than once");
            }
            if (blank(actor.name())) {
                problems.add("pelaksana '" + actor.id() + "' tidak memiliki nama ('name')",
                        "actor '" + actor.id() + "' has no 'name'");
            }
        }
        if (actors.stream().noneMatch(Actor::applicant)) {
            problems.add("tidak ada pelaksana pemohon ('applicant: true')", "no applicant actor ('applicant: true')");
        }
    }
}
