package id.surel.sop;

import static id.surel.sop.DefinitionCheck.blank;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/** Where the arrows lead: every target exists, every step is reachable from the submission and can reach an end. */
final class FlowCheck implements DefinitionCheck {

    @Override
    public void check(SopDefinition d, Problems problems) {
        Map<String, Step> byId = new LinkedHashMap<>();
        d.steps().stream().filter(s -> !blank(s.id())).forEach(s -> byId.putIfAbsent(s.id(), s));
        boolean targetsExist = checkTargets(d.steps(), byId, problems);
        List<Step> ends = d.steps().stream().filter(s -> s.kind() == StepKind.END).toList();
        if (ends.isEmpty()) {
            problems.add("tidak ada langkah akhir (kind: end)", "no end step (kind: end)");
        }
        // Reachability is only meaningful once every step has an id and every arrow lands somewhere; before that it
        // would repeat the problems already reported as a cascade of unreachable or endless steps.
        if (!targetsExist || byId.size() != d.steps().size() || !everyStepHasAWayOn(d.steps())) {
            return;
        }
        List<Step> submissions = d.steps().stream().filter(s -> s.kind() == StepKind.SUBMISSION).toList();
        if (submissions.size() == 1) {
            checkReachable(submissions.get(0), byId, problems);
        }
        if (!ends.isEmpty()) {
            checkEndsReachable(ends, d.steps(), byId, problems);
        }
    }

    private static boolean checkTargets(List<Step> steps, Map<String, Step> byId, Problems problems) {
        boolean allExist = true;
        for (Step step : steps) {
            if (step.next() != null) {
                allExist &= checkTarget(step, step.next(), "'next'", "'next'", byId, problems);
            }
            for (Branch branch : step.ifFailed() == null ? step.branches()
                    : Stream.concat(step.branches().stream(), Stream.of(step.ifFailed())).toList()) {
                if (branch.next() != null) {
                    allExist &= checkTarget(step, branch.next(), "cabang '" + branch.id() + "'",
                            "branch '" + branch.id() + "'", byId, problems);
                }
            }
        }
        return allExist;
    }

    private static boolean checkTarget(Step from, String target, String arrow, String arrowEn, Map<String, Step> byId,
            Problems problems) {
        Step to = byId.get(target);
        if (to == null) {
            problems.add(from.id(), arrow + " menuju langkah '" + target + "' yang tidak ada",
                    arrowEn + " leads to step '" + target + "', which does not exist");
            return false;
        }
        if (to.kind() == StepKind.SUBMISSION) {
            problems.add(from.id(), arrow + " kembali ke langkah pengajuan '" + target + "'; pengajuan hanya awal alur",
                    arrowEn + " leads back to the submission step '" + target
                            + "'; a submission can only start the flow");
        }
        return true;
    }

    private static boolean everyStepHasAWayOn(List<Step> steps) {
        return steps.stream().allMatch(s -> s.kind() == StepKind.END || exits(s).findAny().isPresent());
    }

    private static void checkReachable(Step submission, Map<String, Step> byId, Problems problems) {
        Set<String> reached = walk(submission.id(), id -> exits(byId.get(id)).toList());
        byId.keySet().stream().filter(id -> !reached.contains(id)).forEach(id -> problems.add(id,
                "langkah ini tidak dapat dicapai dari langkah pengajuan '" + submission.id() + "'",
                "this step cannot be reached from the submission step '" + submission.id() + "'"));
    }

    private static void checkEndsReachable(List<Step> ends, List<Step> steps, Map<String, Step> byId,
            Problems problems) {
        Map<String, List<String>> cameFrom = new LinkedHashMap<>();
        steps.forEach(s -> exits(s).forEach(t -> cameFrom.computeIfAbsent(t, k -> new ArrayList<>()).add(s.id())));
        Set<String> canEnd = new HashSet<>();
        ends.forEach(end -> canEnd.addAll(walk(end.id(), id -> cameFrom.getOrDefault(id, List.of()))));
        byId.keySet().stream().filter(id -> !canEnd.contains(id)).forEach(id -> problems.add(id,
                "langkah ini tidak pernah sampai ke langkah akhir (putaran tanpa jalan keluar?)",
                "this step never reaches an end step (a loop with no way out?)"));
    }

    /** Every step reachable from {@code start} along {@code neighbours}, start included. */
    private static Set<String> walk(String start, Function<String, List<String>> neighbours) {
        Set<String> seen = new HashSet<>(List.of(start));
        Deque<String> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            neighbours.apply(todo.pop()).stream().filter(seen::add).forEach(todo::push);
        }
        return seen;
    }

    private static Stream<String> exits(Step step) {
        return Stream.concat(Stream.concat(Stream.ofNullable(step.next()), step.branches().stream().map(Branch::next)),
                Stream.ofNullable(step.ifFailed()).map(Branch::next))
                .filter(Objects::nonNull);
    }
}
