package id.surel.report;

/** One bar or column of a chart: a stable key (for tests and links), the label shown, and the value. */
public record ChartItem(String key, String label, long value) {
}
