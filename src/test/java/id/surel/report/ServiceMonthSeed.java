package id.surel.report;

import id.surel.mailbox.MailAccount;
import id.surel.mailbox.MailAccounts;
import id.surel.sop.Branch;
import id.surel.sop.Outcome;
import id.surel.sop.RequestField;
import id.surel.sop.SopDefinition;
import id.surel.sop.Step;
import id.surel.sop.StepKind;
import id.surel.sop.SystemAction;
import id.surel.support.MutableClock;
import id.surel.support.TestApplicants;
import id.surel.support.TestRequests;
import id.surel.tenant.TenantId;
import id.surel.workflow.ActingStaff;
import id.surel.workflow.NewRequest;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.RequestRecord;
import id.surel.workflow.RequestStatus;
import id.surel.workflow.Requests;
import id.surel.workflow.SlaMonitor;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * Known Kab. Morowali requests, made through the engine on a clock the test moves, in a month nobody else uses. In
 * {@code month} (Morowali works Mon-Thu 08:00-16:00, Fri 08:00-11:30 WITA; the far future has no holidays):
 * <pre>
 *  A personal DINKES   Mon 08:00, closed approved Mon 10:00    2 h,  2 working h, mailbox Mon
 *  B personal DINKES   Mon 10:00, closed approved Mon 14:00    4 h,  4 working h, mailbox Mon
 *  C unit     BAPPEDA  Tue 08:00, closed approved Tue 14:00    6 h,  6 working h, mailbox Tue
 *  E personal BAPPEDA  Tue 15:00, closed rejected Wed 09:00   18 h,  2 working h
 *  D event    SETDA    Wed 10:00, mailbox made, waits on staf-teknis
 *  G personal SETDA    Wed 11:00, approved, waits on admin-mail-server to make the mailbox
 *  F personal DINKES   Wed 12:00, waits on kepala-dinas
 *  H personal DINKES   in the month before: Mon 08:00, closed approved 09:00, mailbox that month
 * </pre>
 * At {@link #now()} (Thu 09:00) the steps of D, F and G are past their time standard and the SLA monitor has flagged
 * them late. Before seeding, it ticks the monitor once and notes what the tenant's dashboard already counted (other
 * tests leave running requests behind), so a test can check the differences.
 */
class ServiceMonthSeed {

    static final TenantId MOROWALI = new TenantId("kab-morowali");
    static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final String DOMAIN = "morowalikab.go.id";

    private final RequestEngine engine;
    private final Requests requests;
    private final MailAccounts accounts;
    private final SlaMonitor monitor;
    private final DashboardFigures figures;
    private final MutableClock clock;

    Map<String, Long> waitingBefore;
    long lateBefore;
    final Map<String, String> trackingNumbers = new TreeMap<>();
    private LocalDate monday;

    ServiceMonthSeed(RequestEngine engine, Requests requests, MailAccounts accounts, SlaMonitor monitor,
            DashboardFigures figures, MutableClock clock) {
        this.engine = engine;
        this.requests = requests;
        this.accounts = accounts;
        this.monitor = monitor;
        this.figures = figures;
        this.clock = clock;
    }

    ServiceMonthSeed seed(YearMonth month) {
        LocalDate previousMonday = month.minusMonths(1).atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        monday = month.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        clock.set(at(previousMonday, 7, 0));
        monitor.tick();
        waitingBefore = figures.waiting(MOROWALI).stream().collect(Collectors.toMap(
                w -> String.valueOf(w.actorId()), DashboardFigures.Waiting::requests));
        lateBefore = figures.lateNow(MOROWALI).size();

        closed("H", personal("DINKES"), at(previousMonday, 8, 0), Outcome.APPROVED, Duration.ofHours(1));
        closed("A", personal("DINKES"), at(monday, 8, 0), Outcome.APPROVED, Duration.ofHours(2));
        closed("B", personal("DINKES"), at(monday, 10, 0), Outcome.APPROVED, Duration.ofHours(4));
        closed("C", forUnit("opd", "BAPPEDA"), at(monday.plusDays(1), 8, 0), Outcome.APPROVED,
                Duration.ofHours(6));
        closed("E", personal("BAPPEDA"), at(monday.plusDays(1), 15, 0), Outcome.REJECTED, Duration.ofHours(18));
        open("D", forUnit("kegiatan", "SETDA"), at(monday.plusDays(2), 10, 0),
                (r, step) -> accounts.forRequest(MOROWALI.value(), r.id()).map(MailAccount::mailboxCreatedAt)
                        .isPresent());
        open("G", personal("SETDA"), at(monday.plusDays(2), 11, 0), (r, step) -> step.action() == SystemAction.CREATE_MAILBOX);
        open("F", personal("DINKES"), at(monday.plusDays(2), 12, 0), (r, step) -> true);
        clock.set(now());
        monitor.tick();
        return this;
    }

    /** Thursday 09:00 of the seeded month's first week. */
    Instant now() {
        return at(monday.plusDays(3), 9, 0);
    }

    private void closed(String name, NewRequest request, Instant submitted, Outcome outcome, Duration leadTime) {
        clock.set(submitted);
        UUID id = submit(name, request);
        RequestRecord last = advance(id, outcome, (r, step) -> step.next() != null
                && engine.definitionOf(r).step(step.next()).kind() == StepKind.END);
        clock.set(submitted.plus(leadTime));
        act(last, outcome);
        RequestRecord done = settled(id);
        if (done.status() == RequestStatus.IN_PROGRESS) {
            throw new AssertionError(name + " did not close: " + done.currentStep());
        }
    }

    private void open(String name, NewRequest request, Instant submitted, BiPredicate<RequestRecord, Step> stopAt) {
        clock.set(submitted);
        advance(submit(name, request), Outcome.APPROVED, stopAt);
    }

    private UUID submit(String name, NewRequest request) {
        var submission = engine.submit(request);
        trackingNumbers.put(name, submission.trackingNumber());
        return submission.requestId();
    }

    /** Completes human steps (taking the branch with {@code outcome}) until {@code stopAt} holds; clock unchanged. */
    private RequestRecord advance(UUID id, Outcome outcome, BiPredicate<RequestRecord, Step> stopAt) {
        for (int i = 0; i < 30; i++) {
            RequestRecord r = settled(id);
            Step step = engine.definitionOf(r).step(r.currentStep());
            if (r.status() != RequestStatus.IN_PROGRESS || stopAt.test(r, step)) {
                return r;
            }
            act(r, outcome);
        }
        throw new AssertionError("request " + id + " did not reach its stop in 30 steps");
    }

    private void act(RequestRecord r, Outcome outcome) {
        SopDefinition definition = engine.definitionOf(r);
        Step step = definition.step(r.currentStep());
        ActingStaff staff = new ActingStaff(MOROWALI, step.actor() + "@" + MOROWALI.value(), step.actor(),
                Set.of(step.actor()));
        String branch = step.kind() == StepKind.DECISION ? choose(step, outcome).id() : null;
        engine.complete(staff, r.id(), r.version(), branch, "seeded for the report test");
    }

    private static Branch choose(Step step, Outcome outcome) {
        return step.branches().stream()
                .filter(b -> (b.outcome() == Outcome.REJECTED) == (outcome == Outcome.REJECTED))
                .findFirst()
                .orElseThrow();
    }

    /** The request once the outbox has run its system action, if any (the clock stands still meanwhile). */
    private RequestRecord settled(UUID id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            RequestRecord r = requests.find(MOROWALI, id).orElseThrow();
            if (r.actionError() != null) {
                throw new AssertionError("system action failed at " + r.currentStep() + ": " + r.actionError());
            }
            if (!r.awaitingAction()) {
                return r;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("system step " + r.currentStep() + " did not finish in 30 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static NewRequest personal(String unit) {
        return TestRequests.personal(MOROWALI.value(), unit, DOMAIN);
    }

    private static NewRequest forUnit(String type, String unit) {
        String name = (type.equals("opd") ? "Sekretariat " : "Kegiatan ") + TestApplicants.name();
        String local = "uji." + Long.toString(System.nanoTime(), 36);
        return new NewRequest(MOROWALI, type, TestApplicants.name(), TestApplicants.nip(), unit, name,
                TestApplicants.contactEmail(), local + "@" + DOMAIN, (type.equals("opd") ? "unit:" : "event:") + local,
                TestRequests.letter(), Map.of(RequestField.ACCOUNT_NAME, name), null);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day.atTime(hour, minute), WITA).toInstant();
    }
}
