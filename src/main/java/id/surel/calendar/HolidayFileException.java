package id.surel.calendar;

/** A holiday file (CSV or iCalendar) that cannot be read; the message names the line, in Indonesian and English. */
public class HolidayFileException extends IllegalArgumentException {

    private final int line;

    public HolidayFileException(int line, String indonesian, String english) {
        super("baris " + line + ": " + indonesian + " / line " + line + ": " + english);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
