package id.surel.tenant;

import java.time.ZoneId;

/** A local government (Pemda) that runs the service: its mail domain, time zone and SOP. */
public record Tenant(TenantId id, String code, String name, String domain, ZoneId zone, String sopKey) {
}
