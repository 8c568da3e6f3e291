package id.surel.mailbox.connector;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with a connector's settings, each line in Indonesian and English, naming the property. */
public final class Problems {

    private final String prefix;
    private final List<String> lines;

    public Problems(String prefix) {
        this(prefix, new ArrayList<>());
    }

    private Problems(String prefix, List<String> lines) {
        this.prefix = prefix;
        this.lines = lines;
    }

    /** Problems of a nested group of properties, collected into the same list. */
    public Problems child(String name) {
        return new Problems(prefix + "." + name, lines);
    }

    public void add(String property, String indonesian, String english) {
        lines.add(prefix + "." + property + ": " + indonesian + " / " + english);
    }

    public void required(String property, String value) {
        if (value == null || value.isBlank()) {
            add(property, "wajib diisi", "is required");
        }
    }

    public void positive(String property, Integer value) {
        if (value != null && value < 1) {
            add(property, "harus 1 atau lebih (" + value + ")", "must be 1 or more (" + value + ")");
        }
    }

    public void positive(String property, Duration value) {
        if (value != null && (value.isNegative() || value.isZero())) {
            add(property, "harus lebih dari nol (" + value + ")", "must be more than zero (" + value + ")");
        }
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }
}
