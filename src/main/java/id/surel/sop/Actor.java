package id.surel.sop;

/**
 * A pelaksana: a role that performs steps, drawn as a swimlane. {@code lane} groups several actors under one
 * column when the SOP table does (Morowali's "Diskominfo SP" holds both the Kadis and the Kabid).
 */
public record Actor(String id, String name, String lane, boolean applicant) {

    public String laneName() {
        return lane == null || lane.isBlank() ? name : lane;
    }
}
