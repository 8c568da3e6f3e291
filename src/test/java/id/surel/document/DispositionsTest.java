package id.surel.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.sop.SopDefinition;
import id.surel.sop.Step;
import id.surel.tenant.TenantId;
import id.surel.workflow.HistoryEntry;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.RequestStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Dispositions are read from the history by the shape of the SOP alone: a hand-down to a later staff actor. */
class DispositionsTest {

    @Test
    void bogorsHeadAndHeadOfDivisionEachDisposeDownAndTheReportsBackUpAreNotDispositions() {
        SopDefinition bogor = SeedSops.BOGOR.definition();
        List<HistoryEntry> history = historyOf(bogor, "ajukan-permohonan", "disposisi-kepala-diskominfo",
                "disposisi-kepala-bidang", "buat-akun", "data-akun", "lapor-ketua-tim", "lapor-kepala-bidang",
                "lapor-kepala-diskominfo", "selesai");

        List<Disposition> found = Dispositions.of(bogor, request(RequestStatus.APPROVED, "selesai"), history);

        assertThat(found).extracting(d -> d.entry().stepId())
                .containsExactly("disposisi-kepala-diskominfo", "disposisi-kepala-bidang");
        assertThat(found).extracting(Disposition::historyIndex).containsExactly(1, 2);
        assertThat(found.get(0).fromTitle()).isEqualTo("Kepala Diskominfo");
        assertThat(found.get(0).toTitle()).isEqualTo("Kepala Bidang E-Government");
        assertThat(found.get(1).toTitle()).isEqualTo("Staf/Admin Pengelola");
        assertThat(found.get(1).receivedBy()).isEqualTo("by buat-akun");
    }

    @Test
    void aDispositionToAStepStillOpenIsOneAlreadyWithNobodyHavingReceivedItYet() {
        SopDefinition bogor = SeedSops.BOGOR.definition();
        List<HistoryEntry> history = historyOf(bogor, "ajukan-permohonan", "disposisi-kepala-diskominfo");

        List<Disposition> found = Dispositions.of(bogor,
                request(RequestStatus.IN_PROGRESS, "disposisi-kepala-bidang"), history);

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.toActorId()).isEqualTo("kepala-bidang-egov");
            assertThat(d.receivedBy()).isNull();
        });
    }

    @Test
    void morowalisDecisionThatForwardsTheHeadsDispositionIsItselfADisposition() {
        SopDefinition morowali = SeedSops.MOROWALI.definition();
        List<HistoryEntry> history = historyOf(morowali, "kirim-permohonan", "disposisi-kepala-dinas",
                "pertimbangkan-daya-tampung", "sampaikan-hasil", "selesai");

        assertThat(Dispositions.of(morowali, request(RequestStatus.REJECTED, "selesai"), history))
                .extracting(d -> d.entry().stepId()).containsExactly("disposisi-kepala-dinas");
    }

    @Test
    void anSopWithOneStaffActorHasNoDispositions() {
        SopDefinition cirebon = SeedSops.CIREBON.definition();
        List<HistoryEntry> history = historyOf(cirebon, "kirim-permintaan", "verifikasi-kelengkapan", "buat-akun",
                "terima-akun", "selesai");

        assertThat(Dispositions.of(cirebon, request(RequestStatus.APPROVED, "selesai"), history)).isEmpty();
    }

    private static List<HistoryEntry> historyOf(SopDefinition definition, String... stepIds) {
        List<HistoryEntry> history = new ArrayList<>();
        Instant at = Instant.parse("2026-11-25T02:00:00Z");
        for (String id : stepIds) {
            Step step = definition.step(id);
            history.add(new HistoryEntry(id, step.actor(), at, at.plusSeconds(600), step.actor() + "@x",
                    "by " + id, null, null, "catatan " + id, 600, null, null, null, null));
            at = at.plusSeconds(600);
        }
        return history;
    }

    private static RequestRecord request(RequestStatus status, String currentStep) {
        return new RequestRecord(UUID.randomUUID(), new TenantId("kota-bogor"), "BGR-2026-000001", 1,
                "pribadi", "Budi", "198503122010011004", "DISDIK", "Budi", "budi@contoh.test",
                "budi@kotabogor.go.id", "nip:198503122010011004", status, null, currentStep, null, Instant.now(), false,
                null, 0, Instant.now(), null, null, null, null, 0, null, null, null, null, null);
    }
}
