package id.surel.document;

import java.time.LocalDate;
import java.util.Objects;

/** A date as Indonesian official documents write it: "25 November 2026", month XI in Roman numerals for numbers. */
public record LetterDate(LocalDate date) {

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember"};
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    public LetterDate {
        Objects.requireNonNull(date, "date");
    }

    /** "25 November 2026". */
    public String text() {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "XI" for November. */
    public String romanMonth() {
        return ROMAN[date.getMonthValue() - 1];
    }

    @Override
    public String toString() {
        return text();
    }
}
