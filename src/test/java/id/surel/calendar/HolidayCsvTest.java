package id.surel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayCsvTest {

    @Test
    void readsDatesKindsQuotedNamesAndSourcesSkippingNotes() {
        List<Holiday> holidays = HolidayCsv.parse("""
                # a note
                date,kind,name,source

                2026-03-20,COLLECTIVE_LEAVE,Cuti Bersama Idul Fitri 1447 Hijriah,"SKB No. 1497/2025, No. 2/2025"
                2026-07-01,closure,"Kantor tutup \"\"pindahan\"\"",
                """);

        assertThat(holidays).containsExactly(
                new Holiday(LocalDate.parse("2026-03-20"), "Cuti Bersama Idul Fitri 1447 Hijriah",
                        HolidayKind.COLLECTIVE_LEAVE, "SKB No. 1497/2025, No. 2/2025"),
                new Holiday(LocalDate.parse("2026-07-01"), "Kantor tutup \"pindahan\"", HolidayKind.CLOSURE));
    }

    @Test
    void formatsWhatItParses() {
        List<Holiday> shipped = Calendars.TEMPLATES.nationalHolidays();

        assertThat(HolidayCsv.parse(HolidayCsv.format(shipped))).isEqualTo(shipped);
    }

    @Test
    void namesTheLineOfAnInvalidDateInBothLanguages() {
        assertThatThrownBy(() -> HolidayCsv.parse("date,kind,name,source\n2026-01-01,NATIONAL_HOLIDAY,Tahun Baru,\n"
                + "2026-02-30,NATIONAL_HOLIDAY,Tidak ada,\n"))
                .isInstanceOf(HolidayFileException.class)
                .hasMessageStartingWith("baris 3: tanggal tidak sah '2026-02-30'")
                .hasMessageContaining("line 3: invalid date")
                .extracting(e -> ((HolidayFileException) e).line()).isEqualTo(3);
    }

    @Test
    void refusesAnUnknownKindAMissingNameAWrongHeaderAnUnclosedQuoteAndARepeatedDate() {
        String header = "date,kind,name,source\n";
        assertThatThrownBy(() -> HolidayCsv.parse(header + "2026-01-01,LIBUR,Tahun Baru,\n"))
                .hasMessageContaining("baris 2: jenis tidak dikenal 'LIBUR'").hasMessageContaining("unknown kind");
        assertThatThrownBy(() -> HolidayCsv.parse(header + "2026-01-01,CLOSURE, ,\n"))
                .hasMessageContaining("line 2: empty name");
        assertThatThrownBy(() -> HolidayCsv.parse("tanggal,jenis,nama\n")).hasMessageContaining("line 1: the header");
        assertThatThrownBy(() -> HolidayCsv.parse(header + "2026-01-01,CLOSURE,\"Tutup,\n"))
                .hasMessageContaining("line 2: unclosed quote");
        assertThatThrownBy(() -> HolidayCsv.parse(header + "2026-01-01,CLOSURE,A\n2026-01-01,CLOSURE,B\n"))
                .hasMessageContaining("line 3: date 2026-01-01 is already on line 2");
        assertThatThrownBy(() -> HolidayCsv.parse(header + "2026-01-01,CLOSURE\n"))
                .hasMessageContaining("line 2: expected 3 or 4 columns, found 2");
        assertThatThrownBy(() -> HolidayCsv.parse("")).isInstanceOf(HolidayFileException.class);
    }
}
