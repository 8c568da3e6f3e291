package id.surel.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.surel.support.MutableClock;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestRequests;
import id.surel.tenant.TenantId;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** While a request waits on the applicant its clock stops: deadlines move by the paused working time. */
@SurelIntegrationTest
class PausedClockTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final TenantId MOROWALI = new TenantId("kab-morowali");
    private static final ActingStaff KADIS = new ActingStaff(MOROWALI, "kadis", "Kadis", Set.of("kepala-dinas"));

    @Autowired
    MutableClock clock;

    @Autowired
    RequestEngine engine;

    @Autowired
    Requests requests;

    @Autowired
    SlaMonitor monitor;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aPauseMovesTheDeadlinesByTheWorkingTimeItLastedAndIsNotCountedAsWork() {
        clock.set(at(2, 9, 0));
        Submission s = engine.submit(TestRequests.personal("kab-morowali", "DINKES", "morowalikab.go.id"));
        RequestRecord r = requests.find(MOROWALI, s.requestId()).orElseThrow();
        assertThat(r.currentStep()).isEqualTo("disposisi-kepala-dinas");
        assertThat(r.stepTimes().dueAt()).as("1-3 jam: the upper bound").isEqualTo(at(2, 12, 0));

        clock.set(at(2, 10, 0));
        engine.pause(KADIS, r.id(), r.version(), "lampiran SK belum ada");
        clock.set(at(2, 15, 0));
        assertThat(monitor.tick()).extracting(SlaFlag::requestId).doesNotContain(r.id());
        assertThat(requests.find(MOROWALI, r.id()).orElseThrow().stepLateAt()).as("no breach while paused").isNull();

        RequestRecord paused = requests.find(MOROWALI, r.id()).orElseThrow();
        assertThat(paused.pausedReason()).isEqualTo("lampiran SK belum ada");
        assertThatThrownBy(() -> engine.resume(new ActingStaff(MOROWALI, "x", "X", Set.of("staf-teknis")), r.id(),
                paused.version())).isInstanceOf(NotAllowedToActException.class);
        engine.resume(KADIS, r.id(), paused.version());

        RequestRecord resumed = requests.find(MOROWALI, r.id()).orElseThrow();
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.stepTimes().dueAt()).as("12:00 + 5 paused working hours").isEqualTo(at(3, 9, 0));
        assertThat(resumed.dueAt()).isAfter(r.dueAt());

        clock.set(at(2, 15, 30));
        engine.complete(KADIS, r.id(), resumed.version(), null, null);
        HistoryEntry done = requests.history(MOROWALI, r.id()).stream()
                .filter(h -> h.stepId().equals("disposisi-kepala-dinas")).findFirst().orElseThrow();
        assertThat(done.workingSeconds()).as("9-10 and 15-15:30").isEqualTo(90 * 60L);
        assertThat(done.metStandard()).isTrue();
    }

    private static java.time.Instant at(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 2, day, hour, minute, 0, 0, WITA).toInstant();
    }
}
