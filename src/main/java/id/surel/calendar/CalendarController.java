package id.surel.calendar;

import id.surel.audit.AuditLog;
import id.surel.security.CurrentStaff;
import id.surel.tenant.Tenant;
import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The government's working calendar: service hours and the holidays of a year. Every staff member may look; the
 * tenant admin imports a holiday file (CSV or iCalendar, e.g. the year's SKB), adds a one-off closure or removes a day.
 */
@Controller
class CalendarController {

    private static final long MAX_FILE_BYTES = 512 * 1024;

    private final TenantCalendars calendars;
    private final CurrentStaff currentStaff;
    private final Tenants tenants;
    private final AuditLog audit;
    private final Clock clock;

    CalendarController(TenantCalendars calendars, CurrentStaff currentStaff, Tenants tenants, AuditLog audit,
            Clock clock) {
        this.calendars = calendars;
        this.currentStaff = currentStaff;
        this.tenants = tenants;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/kalender")
    String show(@RequestParam(name = "tahun", required = false) Integer year, Model model) {
        Tenant tenant = tenants.get(currentStaff.get().tenantId());
        int shown = year != null ? year : LocalDate.now(clock.withZone(tenant.zone())).getYear();
        WorkingCalendar calendar = calendars.forTenant(tenant.id());
        model.addAttribute("tenant", tenant);
        model.addAttribute("year", shown);
        model.addAttribute("week", calendar.week().asText());
        model.addAttribute("weeklyHours", calendar.week().weeklyHours().toMinutes() / 60.0);
        model.addAttribute("holidays", calendars.holidays(tenant.id(), shown));
        model.addAttribute("admin", currentStaff.get().admin());
        return "calendar/calendar";
    }

    @PostMapping("/kalender/impor")
    String importFile(@RequestParam("file") MultipartFile file, @RequestParam int tahun, RedirectAttributes redirect)
            throws IOException {
        TenantId tenant = currentStaff.get().tenantId();
        if (file.isEmpty() || file.getSize() > MAX_FILE_BYTES) {
            redirect.addFlashAttribute("problem", "calendar.file.invalid");
            return "redirect:/kalender?tahun=" + tahun;
        }
        String text = new String(file.getBytes(), StandardCharsets.UTF_8);
        try {
            List<Holiday> holidays = isICalendar(file.getOriginalFilename(), text)
                    ? HolidayIcs.parse(text, HolidayKind.NATIONAL_HOLIDAY, file.getOriginalFilename())
                    : HolidayCsv.parse(text);
            int count = calendars.importHolidays(tenant, holidays);
            audit.record(tenant.value(), currentStaff.get().getUsername(), "calendar.imported",
                    file.getOriginalFilename(), count + " days");
            redirect.addFlashAttribute("imported", count);
        } catch (HolidayFileException e) {
            redirect.addFlashAttribute("fileError", e.getMessage());
        }
        return "redirect:/kalender?tahun=" + tahun;
    }

    @PostMapping("/kalender/tutup")
    String addClosure(@RequestParam String tanggal, @RequestParam String nama, RedirectAttributes redirect) {
        TenantId tenant = currentStaff.get().tenantId();
        try {
            LocalDate date = LocalDate.parse(tanggal);
            if (nama == null || nama.isBlank()) {
                redirect.addFlashAttribute("problem", "calendar.closure.invalid");
                return "redirect:/kalender?tahun=" + date.getYear();
            }
            calendars.importHolidays(tenant, List.of(new Holiday(date, nama.strip(), HolidayKind.CLOSURE,
                    "ditetapkan oleh " + currentStaff.get().getUsername())));
            audit.record(tenant.value(), currentStaff.get().getUsername(), "calendar.closure", date.toString(),
                    nama.strip());
            redirect.addFlashAttribute("success", "calendar.closure.added");
            return "redirect:/kalender?tahun=" + date.getYear();
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("problem", "calendar.closure.invalid");
            return "redirect:/kalender";
        }
    }

    @PostMapping("/kalender/hapus")
    String remove(@RequestParam String tanggal, RedirectAttributes redirect) {
        LocalDate date = LocalDate.parse(tanggal);
        boolean removed = calendars.removeHoliday(currentStaff.get().tenantId(), date);
        if (removed) {
            audit.record(currentStaff.get().tenantId().value(), currentStaff.get().getUsername(), "calendar.removed",
                    date.toString(), null);
        }
        redirect.addFlashAttribute(removed ? "success" : "problem",
                removed ? "calendar.removed" : "calendar.notFound");
        return "redirect:/kalender?tahun=" + date.getYear();
    }

    private static boolean isICalendar(String fileName, String text) {
        return (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".ics"))
                || text.stripLeading().startsWith("BEGIN:VCALENDAR");
    }
}
