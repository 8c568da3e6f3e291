package id.surel.report;

/**
 * Submission-to-closing time of the requests closed with one outcome ({@code outcome} null: all of them), in hours of
 * clock time and of working time. The figures are null when no request closed.
 */
public record LeadTime(String outcome, long closed, Double medianHours, Double p90Hours, Double maxHours,
        Double medianWorkingHours, Double p90WorkingHours, Double maxWorkingHours) {

    public boolean total() {
        return outcome == null;
    }
}
