package id.surel.report;

import java.time.YearMonth;

/** How many accounts of one type and status were created for one agency (OPD) in one month. */
public record AccountCount(String unitCode, String unitName, String type, String status, YearMonth month,
        long accounts) {
}
