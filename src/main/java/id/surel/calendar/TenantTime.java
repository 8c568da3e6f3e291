package id.surel.calendar;

import java.time.format.DateTimeFormatter;

/** How Surel shows an instant to people: day-month-year, hour:minute and the zone (WIB, WITA, WIT). */
public final class TenantTime {

    /** Apply the tenant's zone with {@code withZone} before formatting an instant. */
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm z");

    private TenantTime() {
    }
}
