package id.surel.report;

import id.surel.tenant.Tenant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** What a head of office sees at a glance: this month's requests, who they wait on, what is late, accounts per month. */
public record Dashboard(Tenant tenant, YearMonth month, BarChart requestsByStatus, BarChart waiting,
        List<LateRow> late, ColumnChart accounts) {

    /** A step late now, named as the SOP names it, its deadline in the tenant's zone. */
    public record LateRow(UUID requestId, String trackingNumber, String step, String actor, String dueAt) {
    }

    public long requestsThisMonth() {
        return total(requestsByStatus.items());
    }

    public long waitingTotal() {
        return total(waiting.items());
    }

    public long accountsOverTheYear() {
        return total(accounts.items());
    }

    private static long total(List<ChartItem> items) {
        return items.stream().mapToLong(ChartItem::value).sum();
    }
}
