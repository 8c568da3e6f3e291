package id.surel.sop;

import java.util.List;

/**
 * One kegiatan of the SOP with its mutu baku (inputs, time standard, outputs). {@code next} is used by every kind
 * except DECISION (which uses {@code branches}) and END (which has neither). {@code action} is required for SYSTEM,
 * optional for TASK, absent elsewhere. {@code escalateTo} names the actor a late step is escalated to; when null, the
 * engine escalates to the actor of the step before it in the chain (the one who dispositioned it down).
 * {@code ifFailed}, optional on a step with an action, is the exit the step's staff may take when the action failed
 * for good (e.g. the mail server refuses the account) instead of retrying it.
 */
public record Step(
        String id,
        String number,
        StepKind kind,
        String actor,
        String activity,
        List<String> inputs,
        TimeStandard time,
        List<String> outputs,
        SystemAction action,
        String next,
        List<Branch> branches,
        String escalateTo,
        Branch ifFailed) {

    public Step {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        branches = branches == null ? List.of() : List.copyOf(branches);
    }

    public boolean isHumanStep() {
        return kind == StepKind.TASK || kind == StepKind.DECISION;
    }

    public Branch branch(String branchId) {
        return branches.stream()
                .filter(b -> b.id().equals(branchId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No branch " + branchId + " in step " + id));
    }
}
