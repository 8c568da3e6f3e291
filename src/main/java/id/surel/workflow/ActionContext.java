package id.surel.workflow;

import id.surel.sop.SopDefinition;
import id.surel.sop.Step;

/**
 * What a system action needs: the request, the step it runs for, the SOP version the request follows, and the staff
 * member whose completion of a task started it ({@code requestedBy} null when Surel entered a system step itself).
 */
public record ActionContext(RequestRecord request, Step step, SopDefinition definition, String requestedBy,
        String requestedByName) {

    public ActionContext(RequestRecord request, Step step, SopDefinition definition) {
        this(request, step, definition, null, null);
    }
}
