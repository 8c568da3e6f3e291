package id.surel.workflow;

import id.surel.sop.SopDefinition;
import id.surel.sop.Step;

/** What a system action needs: the request, the step it runs for and the SOP version the request follows. */
public record ActionContext(RequestRecord request, Step step, SopDefinition definition) {
}
