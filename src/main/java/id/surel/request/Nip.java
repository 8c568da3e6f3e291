package id.surel.request;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A civil servant's NIP: 18 digits = birth date (yyyyMMdd), appointment TMT (yyyyMM), sex (1 or 2), serial (3
 * digits). Spaces as printed ("19730727 200012 1 006") are accepted; the value is stored as the 18 digits.
 */
public record Nip(String value) {

    public Nip {
        if (value == null) {
            throw new InvalidNipException("nip.required");
        }
        value = value.replace(" ", "");
        if (!value.matches("\\d{18}")) {
            throw new InvalidNipException("nip.digits");
        }
        LocalDate birth;
        YearMonth appointed;
        try {
            birth = LocalDate.of(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(4, 6)),
                    Integer.parseInt(value.substring(6, 8)));
            appointed = YearMonth.of(Integer.parseInt(value.substring(8, 12)), Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidNipException("nip.date");
        }
        if (birth.getYear() < 1940 || appointed.isBefore(YearMonth.from(birth).plusYears(17))) {
            throw new InvalidNipException("nip.plausible");
        }
        char sex = value.charAt(14);
        if (sex != '1' && sex != '2') {
            throw new InvalidNipException("nip.sex");
        }
    }

    /** The NIP as printed on documents: {@code 19730727 200012 1 006}. */
    public String formatted() {
        return value.substring(0, 8) + " " + value.substring(8, 14) + " " + value.charAt(14) + " " + value.substring(15);
    }

    @Override
    public String toString() {
        return value;
    }
}
