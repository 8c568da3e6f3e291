package id.surel.request.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.support.PdfFixtures;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.WebSession;
import id.surel.support.WebSession.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The bulk form's sender part is checked like the request form's: each problem next to its field, what was typed kept. */
@SurelIntegrationTest
class BulkFormTest {

    @LocalServerPort
    int port;

    @Test
    void eachBadSenderFieldGetsItsOwnMessageAndNothingTypedIsLost() {
        WebSession session = new WebSession(port);
        Document form = session.get("/layanan/kota-bogor/kolektif");
        byte[] list = "NAMA,NIP,EMAIL\nBudi,198503122010011004,budi@contoh.test\n".getBytes(StandardCharsets.UTF_8);
        Document page = session.submitFiles(form, "#bulk-form", Map.of("applicantName", "12345",
                "applicantNip", "12345", "unitCode", "DKIS", "contactEmail", "bukan-email"),
                List.of(new Upload("letter", "surat.pdf", PdfFixtures.letter()), new Upload("staffList", "d.csv", list)));

        assertThat(error(page, "applicantName")).isEqualTo("Nama wajib diisi (huruf, maks. 120 karakter).");
        assertThat(error(page, "applicantNip")).isEqualTo("NIP harus terdiri dari 18 angka.");
        assertThat(error(page, "unitCode")).isEqualTo("Pilih perangkat daerah dari daftar.");
        assertThat(error(page, "contactEmail")).isEqualTo("Alamat e-mail kontak tidak sah.");
        assertThat(page.selectFirst("#contactEmail").val()).isEqualTo("bukan-email");
    }

    private static String error(Document page, String field) {
        var input = page.selectFirst("[name=" + field + "]");
        assertThat(input).as(field + " on:\n" + page.text()).isNotNull();
        return input.parent().select(".invalid-feedback").text();
    }
}
