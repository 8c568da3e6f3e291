package id.surel.sop;

import java.util.EnumSet;
import java.util.Set;

/**
 * The definition fits its service: a lifecycle service's definition contains the action that carries it out, and no
 * step runs an action meant for another service (a password reset cannot create a mailbox, a new account cannot close
 * one).
 */
final class ServiceCheck implements DefinitionCheck {

    private static final Set<SystemAction> NEW_ACCOUNT_ONLY = EnumSet.of(SystemAction.CREATE_MAILBOX,
            SystemAction.CHECK_CAPACITY);

    @Override
    public void check(SopDefinition d, Problems problems) {
        if (problems.wasUnreadable(null, "service")) {
            return; // an unknown service is reported once, not again as a mismatch of every action
        }
        SopService service = d.service();
        for (Step step : d.steps()) {
            SystemAction action = step.action();
            if (action == null) {
                continue;
            }
            SopService owner = ownerOf(action);
            if (owner != null && owner != service) {
                problems.add(step.id(), "aksi '" + action.code() + "' hanya untuk layanan '" + owner.code()
                        + "', bukan '" + service.code() + "'", "action '" + action.code() + "' belongs to service '"
                                + owner.code() + "', not '" + service.code() + "'");
            }
        }
        if (service.lifecycle() && d.steps().stream().noneMatch(s -> s.action() == service.action())) {
            problems.add("layanan '" + service.code() + "' memerlukan langkah dengan aksi '" + service.action().code()
                    + "'", "service '" + service.code() + "' needs a step with action '" + service.action().code()
                            + "'");
        }
    }

    /** The one service an action is for, or null when any service may use it (e.g. notify-applicant). */
    private static SopService ownerOf(SystemAction action) {
        if (NEW_ACCOUNT_ONLY.contains(action)) {
            return SopService.NEW_ACCOUNT;
        }
        for (SopService s : SopService.values()) {
            if (s.action() == action) {
                return s;
            }
        }
        return null;
    }
}
