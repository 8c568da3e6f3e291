package id.surel.sop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.surel.sop.TimeStandard.Unit;

class SeedDefinitionsTest {

    private static final String BOGOR = "sop/kota-bogor/pengelolaan-email-v1.yaml";
    private static final String MOROWALI = "sop/kab-morowali/penerbitan-email-v1.yaml";
    private static final String CIREBON = "sop/kota-cirebon/akun-email-asn-v1.yaml";
    private static final String BATAM = "sop/kota-batam/akun-email-opd-v1.yaml";

    @ParameterizedTest
    @ValueSource(strings = { BOGOR, MOROWALI, CIREBON, BATAM })
    void everySeedLoadsWithoutProblems(String path) {
        SopDefinition definition = load(path);

        assertThat(new SopValidator().validate(path, definition)).isEmpty();
        assertThat(definition.version()).isEqualTo(1);
        assertThat(definition.start().kind()).isEqualTo(StepKind.SUBMISSION);
    }

    @Test
    void bogorHasEightSopStepsAndFiveActorsAndNoDecision() {
        SopDefinition bogor = load(BOGOR);

        assertThat(bogor.key()).isEqualTo("kota-bogor-pengelolaan-email");
        assertThat(bogor.steps()).filteredOn(s -> s.kind() != StepKind.END).hasSize(8);
        assertThat(bogor.steps()).extracting(Step::number).containsSubsequence("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(bogor.steps()).noneMatch(s -> s.kind() == StepKind.DECISION);
        assertThat(bogor.actors()).extracting(Actor::name).containsExactly("Perangkat Daerah", "Kepala Diskominfo",
                "Kepala Bidang E-Government", "Ketua Tim Aplikasi", "Staf/Admin Pengelola");
        assertThat(bogor.start().actor()).isEqualTo("perangkat-daerah");
    }

    @Test
    void bogorKepalaDiskominfoHasNinetyMinutesToDisposition() {
        TimeStandard time = load(BOGOR).step("disposisi-kepala-diskominfo").time();

        assertThat(time.unit()).isEqualTo(Unit.MINUTES);
        assertThat(time.max()).isEqualTo(90);
        assertThat(time.text()).isEqualTo("90 Menit");
        assertThat(load(BOGOR).start().time().text()).isEqualTo("2 Hari");
    }

    @Test
    void bogorCreatesTheMailboxAtStepFourAndHandsItOverAtStepEight() {
        SopDefinition bogor = load(BOGOR);

        Step create = bogor.step("buat-akun");
        assertThat(create.number()).isEqualTo("4");
        assertThat(create.actor()).isEqualTo("admin-pengelola");
        assertThat(create.action()).isEqualTo(SystemAction.CREATE_MAILBOX);
        Step report = bogor.step("lapor-kepala-diskominfo");
        assertThat(report.number()).isEqualTo("8");
        assertThat(report.action()).isEqualTo(SystemAction.NOTIFY_APPLICANT);
        assertThat(report.outputs()).contains("Akun Email Kota Bogor Diberikan Kepada Perangkat Daerah Terkait");
        Step end = bogor.step(report.next());
        assertThat(end.kind()).isEqualTo(StepKind.END);
        assertThat(end.actor()).isEqualTo("kepala-diskominfo");
    }

    @Test
    void bogorIdentityMatchesTheSignedHeader() {
        SopIdentity identity = load(BOGOR).identity();

        assertThat(identity.number()).isEqualTo("037/SOP Pengelolaan Email Kota Bogor/2024");
        assertThat(identity.created()).isEqualTo(LocalDate.of(2024, 4, 29));
        assertThat(identity.effective()).isEqualTo(LocalDate.of(2024, 4, 29));
        assertThat(identity.revised()).isNull();
        assertThat(identity.legalBasis()).hasSize(9);
        assertThat(identity.qualifications()).hasSize(2);
        assertThat(identity.equipment()).hasSize(3);
        assertThat(identity.warnings()).contains("Tidak diperkenankan ada akun ganda");
        assertThat(identity.assumptions()).anyMatch(a -> a.contains("30 Menit"));
    }

    @Test
    void morowaliDecidesOnCapacityWithYaAndTidakWhereTidakRejects() {
        SopDefinition morowali = load(MOROWALI);
        Step decision = morowali.step("pertimbangkan-daya-tampung");

        assertThat(decision.kind()).isEqualTo(StepKind.DECISION);
        assertThat(decision.actor()).isEqualTo("kabid-persandian");
        assertThat(decision.branches()).extracting(Branch::label).containsExactly("Ya", "Tidak");
        assertThat(decision.branch("tidak").outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(decision.branch("tidak").next()).isEqualTo("sampaikan-hasil");
        Step create = morowali.step(decision.branch("ya").next());
        assertThat(create.actor()).isEqualTo("admin-mail-server");
        assertThat(create.action()).isEqualTo(SystemAction.CREATE_MAILBOX);
        assertThat(create.time().text()).isEqualTo("1 jam");
    }

    @Test
    void morowaliFollowsTheTableFromDispositionToOutgoingLetter() {
        SopDefinition morowali = load(MOROWALI);

        assertThat(morowali.steps()).filteredOn(s -> s.kind() != StepKind.END).hasSize(7);
        TimeStandard disposition = morowali.step("disposisi-kepala-dinas").time();
        assertThat(disposition.min()).isEqualTo(1);
        assertThat(disposition.max()).isEqualTo(3);
        assertThat(disposition.unit()).isEqualTo(Unit.HOURS);
        assertThat(morowali.step("laporan-jumlah-akun").action()).isEqualTo(SystemAction.REPORT_ACCOUNT_COUNT);
        assertThat(morowali.step("lapor-kabid-dan-arsip").outputs()).containsExactly("Telaahan Staf", "Arsip");
        Step result = morowali.step("sampaikan-hasil");
        assertThat(result.action()).isEqualTo(SystemAction.NOTIFY_APPLICANT);
        assertThat(result.outputs()).containsExactly("Surat Keluar");
        assertThat(result.time().text()).isEqualTo("1 hari");
    }

    @Test
    void morowaliGroupsKadisAndKabidInOneDiskominfoLane() {
        SopDefinition morowali = load(MOROWALI);

        assertThat(morowali.actor("kepala-dinas").laneName()).isEqualTo("Diskominfo SP Pemda Morowali");
        assertThat(morowali.actor("kabid-persandian").laneName()).isEqualTo("Diskominfo SP Pemda Morowali");
        assertThat(morowali.actor("staf-teknis").laneName()).isEqualTo("Admin Mail Server");
        assertThat(morowali.actor("pemohon").applicant()).isTrue();
        assertThat(morowali.identity().approvedBy()).contains("BADIUZ ZAMAN", "19730727 200012 1 006");
        assertThat(morowali.identity().equipment()).hasSize(11);
        assertThat(morowali.identity().assumptions()).anyMatch(a -> a.contains("08.00-11.30 WITA"));
    }

    @Test
    void cirebonVerifiesInThirtyMinutesAndNotifiesARejectionByEmail() {
        SopDefinition cirebon = load(CIREBON);
        Step verification = cirebon.step("verifikasi-kelengkapan");

        assertThat(verification.time().upperBoundMinutes()).isEqualTo(30);
        assertThat(verification.branch("disetujui").next()).isEqualTo("buat-akun");
        assertThat(verification.branch("tidak-disetujui").outcome()).isEqualTo(Outcome.REJECTED);
        Step rejection = cirebon.step(verification.branch("tidak-disetujui").next());
        assertThat(rejection.kind()).isEqualTo(StepKind.SYSTEM);
        assertThat(rejection.action()).isEqualTo(SystemAction.NOTIFY_APPLICANT);
        assertThat(cirebon.step(rejection.next()).kind()).isEqualTo(StepKind.END);
    }

    @Test
    void cirebonAsksForNameNipAndAgencyAndConfirmsInTheApplicantsLane() {
        SopDefinition cirebon = load(CIREBON);

        assertThat(cirebon.steps()).filteredOn(s -> s.kind() != StepKind.END).hasSize(5);
        assertThat(cirebon.start().inputs()).containsExactly("Nama", "NIP", "Nama Perangkat Daerah pemohon");
        assertThat(cirebon.actors()).extracting(Actor::name).containsExactly(
                "Pemohon (Pribadi Aparatur Sipil Negara)", "Tim Pengelola mailadmin@cirebonkota.go.id");
        assertThat(cirebon.step("buat-akun").action()).isEqualTo(SystemAction.CREATE_MAILBOX);
        Step confirmation = cirebon.step("terima-akun");
        assertThat(confirmation.actor()).isEqualTo("pemohon");
        assertThat(confirmation.time().text()).isEqualTo("15 Menit");
        assertThat(confirmation.outputs()).containsExactly("Arsip");
        assertThat(cirebon.identity().created()).isEqualTo(LocalDate.of(2018, 1, 2));
        assertThat(cirebon.identity().legalBasis()).hasSize(8);
    }

    @Test
    void batamRebuildsTheFlowFromItsIdentitySectionAndSaysSo() {
        SopDefinition batam = load(BATAM);

        assertThat(batam.actors()).extracting(Actor::id)
                .containsExactly("kepala-opd-pemohon", "kepala-bidang-egov", "petugas-pengelola-akun");
        assertThat(batam.start().actor()).isEqualTo("kepala-opd-pemohon");
        assertThat(batam.step("verifikasi-kelengkapan").branch("tidak-lengkap").outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(batam.step("buat-akun").action()).isEqualTo(SystemAction.CREATE_MAILBOX);
        assertThat(batam.step("catat-akun").activity()).contains("wiki, project management, database");
        assertThat(batam.step("sampaikan-akun").action()).isEqualTo(SystemAction.NOTIFY_APPLICANT);
        assertThat(batam.identity().assumptions()).anyMatch(a -> a.contains("tidak memuat waktu standar"));
    }

    @Test
    void batamKeepsItsRevisionAndRelatedSops() {
        SopIdentity identity = load(BATAM).identity();

        assertThat(identity.number()).isEqualTo("08/SOP/Komininfo-PE/6/2021");
        assertThat(identity.created()).isEqualTo(LocalDate.of(2021, 6, 17));
        assertThat(identity.revised()).isEqualTo(LocalDate.of(2024, 1, 24));
        assertThat(identity.revisions()).extracting(Revision::date).containsExactly(LocalDate.of(2024, 1, 24));
        assertThat(identity.relatedSops()).hasSize(2);
        assertThat(identity.legalBasis()).hasSize(7);
        assertThat(identity.recordKeeping()).singleElement().asString().contains("wiki");
    }

    private static SopDefinition load(String path) {
        try (InputStream in = SeedDefinitionsTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new SopDefinitionReader().read(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
