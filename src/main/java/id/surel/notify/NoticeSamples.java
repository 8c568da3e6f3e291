package id.surel.notify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Made-up values for every placeholder: the preview on the admin page and the trial fill when a template is saved. */
final class NoticeSamples {

    private static final Map<String, Object> VALUES = Map.ofEntries(
            Map.entry("trackingNumber", "KOTA-2026-000123"),
            Map.entry("applicantName", "Siti Rahmawati, S.Kom."),
            Map.entry("tenantName", "Pemerintah Kota Contoh"),
            Map.entry("address", "siti.rahmawati@contohkota.go.id"),
            Map.entry("trackingLink", "https://surel.contohkota.go.id/lacak/CONTOH-TAUTAN"),
            Map.entry("uploadLink", "https://surel.contohkota.go.id/lacak/CONTOH-TAUTAN"),
            Map.entry("documents", "- SK pengangkatan / appointment decree\n- Kartu pegawai / staff card"),
            Map.entry("note", "Mohon unggah salinan yang terbaca / please upload a legible copy"),
            Map.entry("letterNumber", "800/123/DISKOMINFO/2026"),
            Map.entry("reason", "NIP tidak ditemukan / NIP not found"),
            Map.entry("password", "CONTOH-sandi-7Qx"),
            Map.entry("staffName", "Budi Santoso"),
            Map.entry("unit", "DISDIK — Dinas Pendidikan"),
            Map.entry("step", "3. Verifikasi permohonan / verify the request"),
            Map.entry("timeStandard", "1 hari kerja"),
            Map.entry("dueAt", "26-11-2026 15:00 WIB"),
            Map.entry("requestLink", "https://surel.contohkota.go.id/permohonan/0000"),
            Map.entry("inboxLink", "https://surel.contohkota.go.id/kotak-masuk"),
            Map.entry("date", "26-11-2026"),
            Map.entry("count", "2"),
            Map.entry("timeLeft", new Bilingual("2 j 15 m", "2 h 15 m")));

    private NoticeSamples() {
    }

    static Map<String, Object> of(Notice notice) {
        Map<String, Object> values = new HashMap<>();
        notice.placeholders().stream().filter(VALUES::containsKey).forEach(name -> values.put(name, VALUES.get(name)));
        if (!notice.items().isEmpty()) {
            Map<String, Object> entry = new HashMap<>();
            notice.items().forEach(name -> entry.put(name, VALUES.get(name)));
            Map<String, Object> second = new HashMap<>(entry);
            second.put("trackingNumber", "KOTA-2026-000124");
            values.put("requests", List.of(entry, second));
        }
        return values;
    }
}
