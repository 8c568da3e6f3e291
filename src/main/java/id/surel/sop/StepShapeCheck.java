package id.surel.sop;

import static id.surel.sop.DefinitionCheck.blank;

import java.util.Locale;
import java.util.Optional;

import id.surel.sop.StepKindRule.Need;
import id.surel.sop.StepKindRule.Performer;

/** Each step against its kind's {@link StepKindRule}: its actor, next, branches, action and time standard. */
final class StepShapeCheck implements DefinitionCheck {

    private final BranchCheck branchCheck = new BranchCheck();

    @Override
    public void check(SopDefinition d, Problems problems) {
        for (Step step : d.steps()) {
            if (blank(step.id()) || step.kind() == null) {
                continue; // already reported; a step without id or kind has no shape to check
            }
            StepKindRule rule = StepKindRule.of(step.kind());
            String kind = step.kind().name().toLowerCase(Locale.ROOT);
            checkActor(step, rule, kind, d, problems);
            checkEscalation(step, d, problems);
            need(rule.action(), step.action() != null, step, kind, "action", problems);
            checkIfFailed(step, problems);
            need(rule.time(), step.time() != null, step, kind, "time", problems);
            if (step.kind() == StepKind.SYSTEM && !step.branches().isEmpty()) {
                need(Need.FORBIDDEN, step.next() != null, step, kind + " (with branches)", "next", problems);
                branchCheck.checkResults(step, problems);
                continue;
            }
            need(rule.next(), step.next() != null, step, kind, "next", problems);
            if (rule.branches() == Need.REQUIRED) {
                branchCheck.check(step, problems);
            }
            else {
                need(rule.branches(), !step.branches().isEmpty(), step, kind, "branches", problems);
            }
        }
    }

    private static void checkActor(Step step, StepKindRule rule, String kind, SopDefinition d, Problems problems) {
        if (step.actor() == null) {
            need(rule.actor(), false, step, kind, "actor", problems);
            return;
        }
        Optional<Actor> actor = d.findActor(step.actor());
        if (actor.isEmpty()) {
            problems.add(step.id(), "pelaksana '" + step.actor() + "' tidak dikenal",
                    "unknown actor '" + step.actor() + "'");
        }
        else if (rule.performer() == Performer.APPLICANT && !actor.get().applicant()) {
            problems.add(step.id(),
                    "pelaksana '" + step.actor() + "' bukan pemohon; langkah " + kind + " milik pemohon",
                    "actor '" + step.actor() + "' is not an applicant; " + article(kind) + " step is the applicant's");
        }
        else if (rule.performer() == Performer.STAFF && actor.get().applicant()) {
            problems.add(step.id(),
                    "pelaksana '" + step.actor() + "' adalah pemohon; langkah " + kind + " harus dikerjakan petugas",
                    "actor '" + step.actor() + "' is an applicant; " + article(kind) + " step must be done by staff");
        }
    }

    private static void checkIfFailed(Step step, Problems problems) {
        Branch exit = step.ifFailed();
        if (exit == null) {
            return;
        }
        if (step.action() == null) {
            problems.add(step.id(), "'ifFailed' hanya untuk langkah dengan 'action'",
                    "'ifFailed' is only for a step with an 'action'");
        }
        if (blank(exit.id()) || blank(exit.label()) || exit.next() == null) {
            problems.add(step.id(), "'ifFailed' perlu 'id', 'label' dan 'next'", "'ifFailed' needs 'id', 'label' and 'next'");
        }
        if (!blank(exit.when())) {
            problems.add(step.id(), "'ifFailed' tidak memakai 'when'", "'ifFailed' takes no 'when'");
        }
        if (!blank(exit.id()) && ("next".equals(exit.id())
                || step.branches().stream().anyMatch(b -> exit.id().equals(b.id())))) {
            problems.add(step.id(), "id 'ifFailed' '" + exit.id() + "' sudah dipakai cabang lain di langkah ini",
                    "'ifFailed' id '" + exit.id() + "' is already used by another exit of this step");
        }
    }

    private static void checkEscalation(Step step, SopDefinition d, Problems problems) {
        if (step.escalateTo() == null) {
            return;
        }
        if (!step.isHumanStep()) {
            problems.add(step.id(), "'escalateTo' hanya untuk langkah task atau decision",
                    "'escalateTo' is only for task or decision steps");
            return;
        }
        Optional<Actor> target = d.findActor(step.escalateTo());
        if (target.isEmpty() || target.get().applicant()) {
            problems.add(step.id(), "eskalasi ke '" + step.escalateTo() + "': bukan pelaksana petugas yang dikenal",
                    "escalation to '" + step.escalateTo() + "': not a known staff actor");
        }
    }

    private static void need(Need need, boolean present, Step step, String kind, String key, Problems problems) {
        if (need == Need.REQUIRED && !present && !problems.wasUnreadable(step.id(), key)) {
            problems.add(step.id(), "langkah " + kind + " perlu '" + key + "'",
                    article(kind) + " step needs '" + key + "'");
        }
        if (need == Need.FORBIDDEN && present) {
            problems.add(step.id(), "langkah " + kind + " tidak boleh memiliki '" + key + "'",
                    article(kind) + " step cannot have '" + key + "'");
        }
    }

    private static String article(String kind) {
        return (kind.startsWith("e") ? "an " : "a ") + kind;
    }
}
