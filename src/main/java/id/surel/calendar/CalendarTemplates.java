package id.surel.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The calendars Surel ships: named weekly schedules ({@code calendar/weeks.yaml}) and Indonesia's holidays. */
@Component
public class CalendarTemplates {

    /** The national ASN week (Perpres 21/2023), for a tenant whose SOP names no service hours. */
    public static final String DEFAULT_WEEK = "asn-standard";

    private final Map<String, WorkingWeek> weeks;
    private final List<Holiday> nationalHolidays;

    public CalendarTemplates() {
        this.weeks = readWeeks();
        this.nationalHolidays = List.copyOf(HolidayCsv.parse(text("calendar/holidays-id.csv")));
    }

    public WorkingWeek week(String name) {
        WorkingWeek week = weeks.get(name);
        if (week == null) {
            throw new IllegalArgumentException("jadwal kerja tidak dikenal / unknown working week: '" + name
                    + "' (" + String.join(", ", weeks.keySet()) + ")");
        }
        return week;
    }

    public Set<String> weekNames() {
        return weeks.keySet();
    }

    /** National holidays and cuti bersama from {@code calendar/holidays-id.csv}, each citing its decree. */
    public List<Holiday> nationalHolidays() {
        return nationalHolidays;
    }

    private static Map<String, WorkingWeek> readWeeks() {
        ObjectMapper yaml = YAMLMapper.builder().build();
        WeekFile file = yaml.readValue(text("calendar/weeks.yaml"), WeekFile.class);
        Map<String, WorkingWeek> weeks = new TreeMap<>();
        file.weeks().forEach((name, spec) -> weeks.put(name, WorkingWeek.parse(spec.days())));
        return Collections.unmodifiableMap(weeks);
    }

    private static String text(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    record WeekFile(Map<String, WeekSpec> weeks) {
    }

    record WeekSpec(String description, Map<DayOfWeek, List<String>> days) {
    }
}
