package id.surel.sop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The 'requestTypes' and 'clerks' keys: read into the model, the shipped default when absent, every mistake named. */
class RequestTypesDefinitionTest {

    private static final String SOURCE = "sop/contoh/jenis-v1.yaml";

    private static final String FLOW = """
            key: contoh-jenis
            version: 1
            identity:
              title: Contoh
            actors:
              - id: pemohon
                name: Pemohon
                applicant: true
              - id: petugas
                name: Petugas
            steps:
              - id: ajukan
                kind: submission
                actor: pemohon
                activity: Mengajukan permohonan
                next: buat-akun
              - id: buat-akun
                kind: task
                actor: petugas
                activity: Membuat akun
                time: 1 jam
                action: create-mailbox
                next: selesai
              - id: selesai
                kind: end
            """;

    private static final String TYPES = """
            clerks: [petugas]
            requestTypes:
              - id: desa
                label: {id: Pemerintah Desa, en: Village government}
                owner: account-name
                fields:
                  - id: nama-akun
                    label: {id: Nama desa, en: Village name}
                    required: true
                    maxLength: 80
                  - id: nomor-perdes
                    label: {id: Nomor Perdes, en: Village regulation number}
                documents:
                  - id: surat-permohonan
                    label: {id: Surat permohonan, en: Request letter}
                    required: true
                    contentTypes: [application/pdf]
                    maxSize: 2 MB
                  - id: ktp
                    label: {id: Pindaian KTP, en: ID card scan}
                    contentTypes: [image/jpeg, image/png, application/pdf]
            """;

    private final SopDefinitionReader reader = new SopDefinitionReader();

    @Test
    void readsTheTypesTheirFieldsDocumentsAndClerks() {
        SopDefinition d = reader.read(SOURCE, FLOW + TYPES);

        RequestType desa = d.requestType("desa");
        assertThat(desa.label().in(java.util.Locale.ENGLISH)).isEqualTo("Village government");
        assertThat(desa.label().in(java.util.Locale.forLanguageTag("id"))).isEqualTo("Pemerintah Desa");
        assertThat(desa.owner()).isEqualTo(OwnerKind.ACCOUNT_NAME);
        assertThat(desa.namesAccount()).isTrue();
        assertThat(desa.fields()).extracting(RequestField::id, RequestField::required, RequestField::maxLength)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nama-akun", true, 80),
                        org.assertj.core.groups.Tuple.tuple("nomor-perdes", false, RequestField.DEFAULT_MAX_LENGTH));
        RequiredDocument letter = desa.document("surat-permohonan").orElseThrow();
        assertThat(letter.maxBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(letter.required()).isTrue();
        RequiredDocument ktp = desa.document("ktp").orElseThrow();
        assertThat(ktp.required()).isFalse();
        assertThat(ktp.maxBytes()).isEqualTo(RequiredDocument.DEFAULT_MAX_BYTES);
        assertThat(ktp.accepts("image/png")).isTrue();
        assertThat(ktp.accepts("application/x-msdownload")).isFalse();
        assertThat(d.clerks()).containsExactly("petugas");
    }

    @Test
    void aDefinitionWithoutTypesGetsTheShippedDefaultList() {
        SopDefinition d = reader.read(SOURCE, FLOW);

        assertThat(d.requestTypes()).extracting(RequestType::id).containsExactly("pribadi", "opd", "kegiatan");
        assertThat(d.requestType("pribadi").owner()).isEqualTo(OwnerKind.NIP);
        assertThat(d.requestType("pribadi").namesAccount()).isFalse();
        assertThat(d.requestType("opd").owner()).isEqualTo(OwnerKind.UNIT);
        assertThat(d.requestType("kegiatan").documents()).singleElement()
                .satisfies(doc -> assertThat(doc.contentTypes()).containsExactly("application/pdf"));
        assertThat(d.clerks()).isEmpty();
    }

    @Test
    void anUnknownOwnerAndAnUnreadableSizeAreNamed() {
        List<String> problems = problems(FLOW + TYPES.replace("owner: account-name", "owner: kantor")
                .replace("maxSize: 2 MB", "maxSize: besar"));

        assertThat(problems).contains(SOURCE + ": jenis permohonan 'desa': pemilik ('owner') 'kantor' tidak dikenal"
                + " (pilihan: nip, unit, account-name) / request type 'desa': unknown 'owner' 'kantor' (choose from:"
                + " nip, unit, account-name)");
        assertThat(problems).anySatisfy(p -> assertThat(p)
                .contains("dokumen 'surat-permohonan': ukuran 'besar' tidak dapat dibaca")
                .contains("cannot read size 'besar'"));
    }

    @Test
    void aContentTypeSurelCannotRecogniseIsRefused() {
        assertThat(problems(FLOW + TYPES.replace("[image/jpeg, image/png, application/pdf]", "[application/x-exe]")))
                .singleElement().asString()
                .contains("dokumen 'ktp': jenis berkas 'application/x-exe' tidak dikenal")
                .contains("document 'ktp': unknown content type 'application/x-exe'");
    }

    @Test
    void anAccountNameOwnerNeedsARequiredAccountNameField() {
        assertThat(problems(FLOW + TYPES.replace("id: nama-akun", "id: nama-desa"))).singleElement().asString()
                .contains("pemilik 'account-name' memerlukan isian wajib 'nama-akun'")
                .contains("owner 'account-name' needs a required field 'nama-akun'");
    }

    @Test
    void duplicateIdsAMissingEnglishLabelATooLargeLimitAndABadIdAreEachReported() {
        String broken = FLOW + TYPES.replace("en: ID card scan", "en: \"\"").replace("id: nomor-perdes",
                "id: nama-akun").replace("maxSize: 2 MB", "maxSize: 50 MB") + """
                  - id: Desa Baru
                    label: {id: Desa, en: Village}
                    owner: nip
                """;

        List<String> problems = problems(broken);

        assertThat(problems).hasSize(4);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("id isian 'nama-akun' dipakai lebih dari sekali"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("dokumen 'ktp': label dalam bahasa Indonesia"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("the largest 'maxSize' allowed is 20 MB"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("request type id 'Desa Baru' must be lowercase"));
    }

    @Test
    void aClerkMustBeAStaffActorOfTheDefinition() {
        assertThat(problems(FLOW + TYPES.replace("clerks: [petugas]", "clerks: [pemohon, loket]")))
                .containsExactly(
                        SOURCE + ": petugas pencatat ('clerks') 'pemohon' adalah pemohon, bukan petugas / clerk"
                                + " ('clerks') 'pemohon' is an applicant, not staff",
                        SOURCE + ": petugas pencatat ('clerks') 'loket' bukan pelaksana yang dikenal / clerk"
                                + " ('clerks') 'loket' is not a known actor");
    }

    @Test
    void noDocumentMayTakeTheIdReservedForTheDesksScanOfThePaperForm() {
        assertThat(problems(FLOW + TYPES.replace("- id: ktp", "- id: formulir-loket"))).containsExactly(
                SOURCE + ": jenis permohonan 'desa': dokumen 'formulir-loket': id ini dicadangkan untuk pindaian"
                        + " formulir kertas dari loket / request type 'desa': document 'formulir-loket': this id is"
                        + " reserved for the scan of the paper form entered at the desk");
    }

    @Test
    void anEmptyListOfTypesIsRefused() {
        assertThat(problems(FLOW + "requestTypes: []\n")).containsExactly(
                SOURCE + ": tidak ada jenis permohonan ('requestTypes') / no request types ('requestTypes')");
    }

    private List<String> problems(String yaml) {
        return assertThatExceptionOfType(DefinitionInvalidException.class)
                .isThrownBy(() -> reader.read(SOURCE, yaml))
                .actual()
                .problems().stream().map(DefinitionProblem::toString).toList();
    }
}
