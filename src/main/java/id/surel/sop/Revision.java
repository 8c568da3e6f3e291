package id.surel.sop;

import java.time.LocalDate;

/** One row of the SOP's revision history (daftar riwayat revisi). */
public record Revision(String number, LocalDate date, String description) {
}
