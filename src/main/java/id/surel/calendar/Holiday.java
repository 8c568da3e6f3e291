package id.surel.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A day a tenant does not work, with its name and where it comes from (the decree, or who closed the office). */
public record Holiday(LocalDate date, String name, HolidayKind kind, String source) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("hari libur tanpa nama / a holiday needs a name: " + date);
        }
        name = name.strip();
        source = source == null ? "" : source.strip();
    }

    public Holiday(LocalDate date, String name, HolidayKind kind) {
        this(date, name, kind, "");
    }
}
