package id.surel.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.surel.sop.RequestType;
import id.surel.sop.SopDefinitionReader;
import id.surel.support.PdfFixtures;
import id.surel.support.TestMails;
import id.surel.tenant.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The strict reader and the field reader on raw mails, without a server. */
class IncomingMailReaderTest {

    private static final List<Unit> UNITS = List.of(new Unit("DINKES", "Dinas Kesehatan"),
            new Unit("DKIS", "Dinas Komunikasi Informatika dan Statistik"), new Unit("SETDA", "Sekretariat Daerah"));

    /** The shipped default request types (pribadi, opd, kegiatan), as Cirebon's SOP uses them. */
    private static final List<RequestType> TYPES = defaultTypes();

    private final IncomingMailReader reader = new IncomingMailReader(new AttachmentTypes(), new IntakeSettings(true,
            false, java.time.Duration.ofSeconds(30), DataSize.ofMegabytes(1), 5, 10, true, "layanan", "P", "Q", null,
            Map.of()));

    @Test
    void aPlainMailGivesSenderTextAndThePdfAndTheFieldsItNames() throws Exception {
        ReadMail mail = reader.read(TestMails.plain("agus@contoh.test", "Agus S", "layanan@x.go.id", "Akun",
                "Nama Lengkap: Agus Salim\nNIP: 19850312 201001 1 004\nTelp 081234567890\nOPD: dinas kesehatan\n",
                new TestMails.File("surat.pdf", "application/octet-stream", PdfFixtures.letter())));

        assertThat(mail.sender()).isEqualTo("agus@contoh.test");
        assertThat(mail.attachments()).singleElement()
                .satisfies(a -> assertThat(a.contentType()).isEqualTo("application/pdf"));
        assertThat(MailFields.read(mail, UNITS, TYPES))
                .isEqualTo(new DraftFields("Agus Salim", "198503122010011004", "DINKES", null, "pribadi", Map.of()));
    }

    @Test
    void withoutLabelsTheSenderNameAndAnAgencyNamedInTheTextAreUsed() throws Exception {
        ReadMail mail = reader.read(TestMails.plain("rina@contoh.test", "Rina Lestari", "l@x.go.id", "Akun",
                "Saya staf Sekretariat Daerah, mohon akun.\nUsulan alamat: rina.lestari"));

        assertThat(MailFields.read(mail, UNITS, TYPES))
                .isEqualTo(new DraftFields("Rina Lestari", null, "SETDA", "rina.lestari", "pribadi", Map.of()));
    }

    @Test
    void aJenisLineNamesTheTypeByItsIdOrLabelAndTheTypesOwnFieldsAreReadByTheirLabels() throws Exception {
        ReadMail event = reader.read(TestMails.plain("a@contoh.test", "A", "l@x.go.id", "Akun email",
                "Jenis permohonan: Kegiatan / acara\nNama kegiatan: HUT Kota ke-100\nOPD: Sekretariat Daerah\n"));
        assertThat(MailFields.read(event, UNITS, TYPES)).isEqualTo(new DraftFields("A", null, "SETDA", null,
                "kegiatan", Map.of("nama-akun", "HUT Kota ke-100")));

        ReadMail agency = reader.read(TestMails.plain("a@contoh.test", "A", "l@x.go.id", "Akun email",
                "Type: agency (OPD)\nAgency name: Dinas Kesehatan\n"));
        assertThat(MailFields.read(agency, UNITS, TYPES).requestType()).isEqualTo("opd");
        assertThat(MailFields.read(agency, UNITS, TYPES).typeFields()).isEqualTo(Map.of("nama-akun", "Dinas Kesehatan"));

        ReadMail byId = reader.read(TestMails.plain("a@contoh.test", "A", "l@x.go.id", "Akun", "Jenis: opd\n"));
        assertThat(MailFields.read(byId, UNITS, TYPES).requestType()).isEqualTo("opd");
    }

    @Test
    void aSubjectWithOneTypesFullLabelNamesIt() throws Exception {
        ReadMail mail = reader.read(TestMails.plain("a@contoh.test", "A", "l@x.go.id",
                "Permohonan akun Kegiatan / Acara: Festival Pesisir", "Nama kegiatan: Festival Pesisir\n"));
        assertThat(MailFields.read(mail, UNITS, TYPES).requestType()).isEqualTo("kegiatan");
    }

    @Test
    void whatCouldNameMoreThanOneTypeOrNoneLeavesTheSopsFirstType() throws Exception {
        for (String[] subjectAndText : new String[][] {
                {"Akun email OPD untuk ASN", "Nama: Budi\n"},
                {"Akun", "Jenis: opd atau kegiatan\n"},
                {"Akun", "Jenis: akun dinas\n"},
                {"Perangkat Daerah (OPD) dan Kegiatan / acara", "Nama: Budi\n"}}) {
            ReadMail mail = reader.read(TestMails.plain("a@contoh.test", "A", "l@x.go.id", subjectAndText[0],
                    subjectAndText[1]));
            assertThat(MailFields.read(mail, UNITS, TYPES).requestType()).as(subjectAndText[0] + " / "
                    + subjectAndText[1]).isEqualTo(TYPES.get(0).id());
        }
    }

    private static List<RequestType> defaultTypes() {
        try (InputStream in = IncomingMailReaderTest.class.getClassLoader()
                .getResourceAsStream("sop/kota-cirebon/akun-email-asn-v1.yaml")) {
            return new SopDefinitionReader().read("cirebon", new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .requestTypes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void htmlBecomesTextWithoutScriptsOrStyles() {
        String text = HtmlText.of("<html><head><title>t</title><style>.a{}</style></head><body><div>Nama: Budi</div>"
                + "<script>steal()</script><p>NIP:&nbsp;1<br>baris dua</p><img src=x onerror=alert(1)></body></html>");

        assertThat(text).isEqualTo("Nama: Budi\n\nNIP: 1\nbaris dua");
    }

    @Test
    void aMailOverTheLimitOrWithTooManyPartsIsRefused() {
        byte[] big = TestMails.plain("a@contoh.test", "A", "l@x.go.id", "Besar", "x".repeat(1_100_000));
        assertThatThrownBy(() -> reader.read(big)).isInstanceOfSatisfying(MailRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(QuarantineReason.TOO_LARGE));

        TestMails.File pdf = new TestMails.File("s.pdf", "application/pdf", PdfFixtures.letter());
        byte[] many = TestMails.plain("a@contoh.test", "A", "l@x.go.id", "Banyak", "teks", pdf, pdf, pdf, pdf, pdf);
        assertThatThrownBy(() -> reader.read(many)).isInstanceOfSatisfying(MailRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(QuarantineReason.TOO_MANY_PARTS));
    }

    @Test
    void aMailWithoutAValidSenderIsRefused() {
        byte[] raw = ("From: bukan alamat\r\nSubject: x\r\nContent-Type: text/plain\r\n\r\nNama: X\r\n")
                .getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> reader.read(raw)).isInstanceOfSatisfying(MailRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(QuarantineReason.NO_SENDER));
    }

    @Test
    void aPngIsTakenAndAGzipIsAnArchiveWhateverTheirNames() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(new AttachmentTypes().check("foto.jpg", png)).isEqualTo("image/png");
        byte[] gzip = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};
        assertThatThrownBy(() -> new AttachmentTypes().check("surat.pdf", gzip))
                .isInstanceOfSatisfying(MailRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(QuarantineReason.ARCHIVE));
    }
}
