package id.surel.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the all-day events ({@code DTSTART;VALUE=DATE}) of an iCalendar text as holidays; events with a time of
 * day are not holidays and are skipped. A multi-day event gives one holiday a day ({@code DTEND} is exclusive). A
 * summary that says "cuti bersama" is collective leave, anything else takes the kind the caller gives. Two events on
 * one date become one holiday with both names.
 */
public final class HolidayIcs {

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private HolidayIcs() {
    }

    public static List<Holiday> parse(String text, HolidayKind kind, String source) {
        Map<LocalDate, Holiday> byDate = new LinkedHashMap<>();
        Event event = null;
        for (Line line : unfold(text)) {
            String name = line.name();
            if (name.equals("BEGIN") && line.value().equalsIgnoreCase("VEVENT")) {
                event = new Event(line.number());
            } else if (name.equals("END") && line.value().equalsIgnoreCase("VEVENT")) {
                if (event == null) {
                    throw new HolidayFileException(line.number(), "END:VEVENT tanpa BEGIN:VEVENT",
                            "END:VEVENT without BEGIN:VEVENT");
                }
                event.holidays(kind, source).forEach(h -> byDate.merge(h.date(), h, HolidayIcs::bothNames));
                event = null;
            } else if (event != null) {
                event.read(line);
            }
        }
        if (event != null) {
            throw new HolidayFileException(event.line, "VEVENT tidak ditutup", "VEVENT is not closed");
        }
        return List.copyOf(byDate.values());
    }

    private static Holiday bothNames(Holiday first, Holiday second) {
        return new Holiday(first.date(), first.name() + " / " + second.name(), first.kind(), first.source());
    }

    /** Joins folded lines (a line starting with a space or tab continues the one before) and keeps line numbers. */
    private static List<Line> unfold(String text) {
        String[] physical = text.replace("\uFEFF", "").split("\r?\n", -1);
        List<Line> lines = new ArrayList<>();
        StringBuilder current = null;
        int start = 0;
        for (int i = 0; i < physical.length; i++) {
            String raw = physical[i];
            if (current != null && !raw.isEmpty() && (raw.charAt(0) == ' ' || raw.charAt(0) == '\t')) {
                current.append(raw, 1, raw.length());
                continue;
            }
            if (current != null) {
                lines.add(Line.of(start, current.toString()));
            }
            current = raw.isBlank() ? null : new StringBuilder(raw);
            start = i + 1;
        }
        if (current != null) {
            lines.add(Line.of(start, current.toString()));
        }
        return lines;
    }

    /** One content line: {@code NAME;PARAM=VALUE:value}. */
    private record Line(int number, String name, String params, String value) {

        static Line of(int number, String text) {
            int colon = valueStart(text);
            if (colon < 0) {
                throw new HolidayFileException(number, "baris iCalendar tanpa ':'", "iCalendar line without ':'");
            }
            String head = text.substring(0, colon);
            int semicolon = head.indexOf(';');
            String name = (semicolon < 0 ? head : head.substring(0, semicolon)).strip().toUpperCase(Locale.ROOT);
            String params = semicolon < 0 ? "" : head.substring(semicolon + 1).toUpperCase(Locale.ROOT);
            return new Line(number, name, params, text.substring(colon + 1));
        }

        private static int valueStart(String text) {
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ':' && !quoted) {
                    return i;
                }
            }
            return -1;
        }
    }

    private static final class Event {

        private final int line;
        private LocalDate start;
        private LocalDate end;
        private boolean timed;
        private String summary;

        Event(int line) {
            this.line = line;
        }

        void read(Line property) {
            switch (property.name()) {
                case "DTSTART" -> {
                    timed = isTimed(property);
                    start = timed ? null : date(property);
                }
                case "DTEND" -> end = isTimed(property) ? null : date(property);
                case "SUMMARY" -> summary = unescape(property.value());
                case "RRULE", "RDATE" -> throw new HolidayFileException(property.number(),
                        "acara berulang (" + property.name() + ") tidak didukung, tulis tiap tanggal",
                        "recurring events (" + property.name() + ") are not supported, list each date");
                default -> {
                }
            }
        }

        List<Holiday> holidays(HolidayKind defaultKind, String source) {
            if (timed) {
                return List.of();
            }
            if (start == null) {
                throw new HolidayFileException(line, "VEVENT tanpa DTSTART", "VEVENT without DTSTART");
            }
            if (summary == null || summary.isBlank()) {
                throw new HolidayFileException(line, "VEVENT tanpa SUMMARY", "VEVENT without SUMMARY");
            }
            LocalDate last = end == null || !end.isAfter(start) ? start : end.minusDays(1);
            HolidayKind kind = summary.toLowerCase(Locale.ROOT).contains("cuti bersama") ? HolidayKind.COLLECTIVE_LEAVE
                    : defaultKind;
            return start.datesUntil(last.plusDays(1)).map(d -> new Holiday(d, summary, kind, source)).toList();
        }

        private boolean isTimed(Line property) {
            return !property.params().contains("VALUE=DATE") && property.value().contains("T");
        }

        private LocalDate date(Line property) {
            String value = property.value().strip();
            try {
                if (value.length() != 8) {
                    throw new DateTimeParseException("not yyyymmdd", value, 0);
                }
                return LocalDate.parse(value, BASIC_DATE);
            } catch (DateTimeParseException e) {
                throw new HolidayFileException(property.number(), "tanggal tidak sah '" + value + "' (yyyymmdd)",
                        "invalid date '" + value + "' (yyyymmdd)");
            }
        }

        private static String unescape(String text) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length()) {
                    char next = text.charAt(++i);
                    out.append(next == 'n' || next == 'N' ? ' ' : next);
                } else {
                    out.append(c);
                }
            }
            return out.toString().strip();
        }
    }
}
