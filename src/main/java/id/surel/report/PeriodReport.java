package id.surel.report;

import id.surel.calendar.DayPeriod;
import id.surel.tenant.Tenant;
import java.util.List;

/**
 * The service report of one government over a period: accounts created (Morowali's "laporan jumlah akun"), requests
 * submitted by status and outcome, and the lead time of the requests closed.
 */
public record PeriodReport(Tenant tenant, DayPeriod period, List<AccountCount> accounts,
        List<RequestCount> requests, List<LeadTime> leadTimes) {

    public long totalAccounts() {
        return accounts.stream().mapToLong(AccountCount::accounts).sum();
    }

    public long totalRequests() {
        return requests.stream().mapToLong(RequestCount::requests).sum();
    }
}
