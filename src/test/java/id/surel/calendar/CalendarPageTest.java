package id.surel.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.support.SurelIntegrationTest;
import id.surel.support.WebSession;
import id.surel.tenant.TenantId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The working calendar page: everyone sees it, only the tenant admin changes it. Uses 2099 so no other test notices. */
@SurelIntegrationTest
class CalendarPageTest {

    private static final TenantId MOROWALI = new TenantId("kab-morowali");

    @LocalServerPort
    int port;

    @Autowired
    TenantCalendars calendars;

    @AfterEach
    void cleanUp() {
        calendars.holidays(MOROWALI, 2099).forEach(h -> calendars.removeHoliday(MOROWALI, h.date()));
    }

    @Test
    void staffSeeTheServiceHoursAndTheYearsHolidays() {
        WebSession staff = new WebSession(port);
        staff.login("kepala-dinas@kab-morowali", "surel-demo");
        Document page = staff.get("/kalender?tahun=2026");
        assertThat(page.select("#week tr").eachText()).contains("Jumat 08:00-11:30", "Senin 08:00-16:00");
        assertThat(page.select("#holidays tr[data-date=2026-03-21]").text()).contains("Idul Fitri");
        assertThat(page.selectFirst("#import-form")).as("not an admin").isNull();
    }

    @Test
    void onlyTheTenantAdminMayChangeTheCalendar() {
        WebSession staff = new WebSession(port);
        staff.login("kepala-dinas@kab-morowali", "surel-demo");
        staff.post("/kalender/tutup", Map.of("tanggal", "2099-01-05", "nama", "uji"));
        assertThat(staff.lastStatus()).isEqualTo(403);
        assertThat(calendars.holidays(MOROWALI, 2099)).isEmpty();
    }

    @Test
    void theAdminImportsACsvAddsAClosureAndRemovesADay() throws IOException {
        WebSession admin = new WebSession(port);
        admin.login("admin@kab-morowali", "surel-demo");
        Document imported = upload(admin, "libur-2099.csv",
                "date,kind,name,source\n2099-01-01,NATIONAL_HOLIDAY,Tahun Baru 2099,SKB uji\n"
                        + "2099-01-02,COLLECTIVE_LEAVE,Cuti Bersama uji,SKB uji\n");
        assertThat(imported.selectFirst("#imported").text()).isEqualTo("2 hari diimpor atau diperbarui.");
        assertThat(calendars.forTenant(MOROWALI).isWorkingDay(LocalDate.of(2099, 1, 2))).isFalse();

        Document closure = admin.post("/kalender/tutup", Map.of("tanggal", "2099-01-05", "nama", "Pemadaman jaringan"));
        assertThat(closure.select("#holidays tr[data-date=2099-01-05]").text()).contains("Pemadaman jaringan");

        admin.post("/kalender/hapus", Map.of("tanggal", "2099-01-02"));
        assertThat(calendars.holidays(MOROWALI, 2099)).extracting(Holiday::date)
                .containsExactly(LocalDate.of(2099, 1, 1), LocalDate.of(2099, 1, 5));
    }

    @Test
    void aBadFileIsRefusedNamingTheLineAndNothingIsStored() throws IOException {
        WebSession admin = new WebSession(port);
        admin.login("admin@kab-morowali", "surel-demo");
        Document page = upload(admin, "libur.csv",
                "date,kind,name,source\n2099-01-01,NATIONAL_HOLIDAY,Tahun Baru,x\n2099-02-30,NATIONAL_HOLIDAY,Salah,x\n");
        assertThat(page.selectFirst("#file-error").text()).contains("baris 3").contains("line 3");
        assertThat(calendars.holidays(MOROWALI, 2099)).isEmpty();
    }

    @Test
    void theAdminImportsAnICalendarFile() throws IOException {
        WebSession admin = new WebSession(port);
        admin.login("admin@kab-morowali", "surel-demo");
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20990317\r\n"
                + "SUMMARY:Hari Raya uji\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        upload(admin, "libur.ics", ics);
        assertThat(calendars.holidays(MOROWALI, 2099)).extracting(Holiday::name).containsExactly("Hari Raya uji");
    }

    private Document upload(WebSession session, String name, String content) throws IOException {
        Document page = session.get("/kalender?tahun=2099");
        return session.submit(page, "#import-form", Map.of(), "file",
                content.getBytes(StandardCharsets.UTF_8), name);
    }
}
