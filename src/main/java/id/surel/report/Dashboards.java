package id.surel.report;

import id.surel.calendar.TenantTime;
import id.surel.calendar.DayPeriod;
import id.surel.sop.Actor;
import id.surel.sop.SopCatalog;
import id.surel.sop.SopDefinition;
import id.surel.sop.Step;
import id.surel.tenant.Tenant;
import id.surel.workflow.RequestStatus;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Builds a tenant's {@link Dashboard}: the figures from the database, the names from its SOP definitions. */
@Service
class Dashboards {

    private static final int MONTHS = 12;
    private static final DateTimeFormatter WHEN = TenantTime.SHOWN;

    private final DashboardFigures figures;
    private final SopCatalog catalog;
    private final Clock clock;

    Dashboards(DashboardFigures figures, SopCatalog catalog, Clock clock) {
        this.figures = figures;
        this.catalog = catalog;
        this.clock = clock;
    }

    Dashboard of(Tenant tenant, ReportTexts texts) {
        YearMonth month = YearMonth.now(clock.withZone(tenant.zone()));
        SopDefinition active = catalog.active(tenant.id().value()).definition();
        return new Dashboard(tenant, month, requestsByStatus(tenant, month, texts), waiting(tenant, active, texts),
                late(tenant, texts), accounts(tenant, month, texts));
    }

    private BarChart requestsByStatus(Tenant tenant, YearMonth month, ReportTexts texts) {
        DayPeriod period = DayPeriod.month(tenant.zone(), month);
        Map<String, Long> counts = figures.submitted(tenant.id(), period.start(), period.end()).stream()
                .collect(Collectors.toMap(DashboardFigures.StatusCount::status, DashboardFigures.StatusCount::requests));
        List<ChartItem> items = Arrays.stream(RequestStatus.values())
                .map(s -> new ChartItem(s.name(), texts.requestStatus(s.name()), counts.getOrDefault(s.name(), 0L)))
                .toList();
        return BarChart.of("chart-requests", texts.get("dashboard.requestsByStatus", texts.month(month)), items);
    }

    /** Every staff actor of the active SOP (even at 0), then actors only older versions name, then the system. */
    private BarChart waiting(Tenant tenant, SopDefinition active, ReportTexts texts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        active.actors().stream().filter(a -> !a.applicant()).forEach(a -> counts.put(a.id(), 0L));
        long system = 0;
        for (DashboardFigures.Waiting w : figures.waiting(tenant.id())) {
            if (w.actorId() == null) {
                system = w.requests();
            } else {
                counts.put(w.actorId(), w.requests());
            }
        }
        List<ChartItem> items = new ArrayList<>();
        counts.forEach((actor, n) -> items.add(new ChartItem(actor,
                active.findActor(actor).map(Actor::name).orElse(actor), n)));
        if (system > 0) {
            items.add(new ChartItem("system", texts.get("dashboard.system"), system));
        }
        return BarChart.of("chart-waiting", texts.get("dashboard.waiting"), items);
    }

    private List<Dashboard.LateRow> late(Tenant tenant, ReportTexts texts) {
        DateTimeFormatter when = WHEN.withZone(tenant.zone()).withLocale(texts.locale());
        return figures.lateNow(tenant.id()).stream().map(l -> {
            SopDefinition definition = catalog.byId(tenant.id().value(), l.definitionId()).definition();
            return new Dashboard.LateRow(l.requestId(), l.trackingNumber(),
                    definition.findStep(l.stepId()).map(Step::activity).orElse(l.stepId()),
                    definition.findActor(l.actorId()).map(Actor::name).orElse(l.actorId()), when.format(l.dueAt()));
        }).toList();
    }

    private ColumnChart accounts(Tenant tenant, YearMonth month, ReportTexts texts) {
        YearMonth first = month.minusMonths(MONTHS - 1);
        DayPeriod period = DayPeriod.months(tenant.zone(), first, month);
        Map<YearMonth, Long> counts = figures.accountsByMonth(tenant.id(), period.start(), period.end()).stream()
                .collect(Collectors.toMap(DashboardFigures.MonthCount::month, DashboardFigures.MonthCount::accounts));
        DateTimeFormatter label = DateTimeFormatter.ofPattern("MMM yy", texts.locale());
        List<ChartItem> items = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(month); m = m.plusMonths(1)) {
            items.add(new ChartItem(m.toString(), label.format(m), counts.getOrDefault(m, 0L)));
        }
        return ColumnChart.of("chart-accounts", texts.get("dashboard.accountsPerMonth"), items);
    }
}
