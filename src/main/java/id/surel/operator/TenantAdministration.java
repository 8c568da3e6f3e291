package id.surel.operator;

import id.surel.audit.AuditLog;
import id.surel.calendar.CalendarTemplates;
import id.surel.calendar.TenantCalendars;
import id.surel.security.PasswordPolicy;
import id.surel.sop.SopCatalog;
import id.surel.tenant.StaffDirectory;
import id.surel.tenant.Tenant;
import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import id.surel.tenant.Unit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator's changes to the tenants: a new government starts from one of the shipped SOPs (its admin uploads its
 * own version later), the national working week and holidays, its agencies, and one admin account whose password the
 * admin must change at first login. A tenant is deactivated, never deleted: its records stay.
 */
@Service
class TenantAdministration {

    static final List<String> ZONES = List.of("Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{2,39}");
    private static final Pattern CODE = Pattern.compile("[A-Z]{2,5}");
    private static final Pattern DOMAIN = Pattern.compile("([a-z0-9-]+\\.)+[a-z]{2,}");
    private static final Pattern UNIT = Pattern.compile("([A-Z0-9-]{2,20})\\s+(\\S.{1,199})");

    private final Tenants tenants;
    private final SopCatalog catalog;
    private final TenantCalendars calendars;
    private final CalendarTemplates calendarTemplates;
    private final StaffDirectory staff;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    TenantAdministration(Tenants tenants, SopCatalog catalog, TenantCalendars calendars,
            CalendarTemplates calendarTemplates, StaffDirectory staff, PasswordPolicy policy, PasswordEncoder encoder,
            AuditLog audit) {
        this.tenants = tenants;
        this.catalog = catalog;
        this.calendars = calendars;
        this.calendarTemplates = calendarTemplates;
        this.staff = staff;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** The SOP definitions shipped with Surel, as a new tenant's starting point. */
    List<String> sopTemplates() {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:sop/*/*.yaml"))
                    .map(TenantAdministration::sopPath)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    Optional<String> create(NewTenant form, String by) {
        Optional<String> problem = check(form);
        if (problem.isPresent()) {
            return problem;
        }
        List<Unit> units = units(form.units());
        if (units.isEmpty()) {
            return Optional.of("operator.tenant.unitsInvalid");
        }
        String adminName = "admin@" + form.id();
        problem = policy.problem(form.adminPassword(), adminName, "Admin " + form.name());
        if (problem.isPresent()) {
            return problem;
        }
        TenantId id = new TenantId(form.id());
        Tenant tenant = new Tenant(id, form.code(), form.name().strip(), form.domain(), ZoneId.of(form.zone()),
                form.sop());
        if (!tenants.create(tenant)) {
            return Optional.of("operator.tenant.taken");
        }
        tenants.save(tenant, units);
        catalog.registerSeed(id.value(), form.sop(), text(form.sop()));
        calendars.seedIfAbsent(id, calendarTemplates.week(CalendarTemplates.DEFAULT_WEEK),
                calendarTemplates.nationalHolidays());
        if (!staff.create(id, adminName, encoder.encode(form.adminPassword()), "Admin " + tenant.name(), null,
                Set.of(), true, true)) {
            throw new IllegalStateException(adminName + " exists already");
        }
        audit.record(id.value(), by, "tenant.created", id.value(),
                tenant.name() + "; " + tenant.domain() + "; " + tenant.zone() + "; " + form.sop() + "; " + adminName);
        return Optional.empty();
    }

    boolean setActive(TenantId id, boolean active, String by) {
        if (!tenants.setActive(id, active)) {
            return false;
        }
        audit.record(id.value(), by, active ? "tenant.activated" : "tenant.deactivated", id.value(), null);
        return true;
    }

    private Optional<String> check(NewTenant form) {
        if (form.id() == null || !ID.matcher(form.id()).matches()) {
            return Optional.of("operator.tenant.idInvalid");
        }
        if (form.code() == null || !CODE.matcher(form.code()).matches()) {
            return Optional.of("operator.tenant.codeInvalid");
        }
        if (form.name() == null || form.name().isBlank() || form.name().length() > 200) {
            return Optional.of("operator.tenant.nameInvalid");
        }
        if (form.domain() == null || !DOMAIN.matcher(form.domain()).matches()) {
            return Optional.of("operator.tenant.domainInvalid");
        }
        if (!ZONES.contains(form.zone())) {
            return Optional.of("operator.tenant.zoneInvalid");
        }
        if (!sopTemplates().contains(form.sop())) {
            return Optional.of("operator.tenant.sopInvalid");
        }
        return Optional.empty();
    }

    private static List<Unit> units(String text) {
        List<Unit> units = new ArrayList<>();
        for (String line : (text == null ? "" : text).strip().split("\\R")) {
            var m = UNIT.matcher(line.strip());
            if (!m.matches()) {
                return List.of();
            }
            units.add(new Unit(m.group(1), m.group(2).strip()));
        }
        return units;
    }

    private static String sopPath(Resource resource) {
        try {
            String url = resource.getURL().toString();
            return url.substring(url.lastIndexOf("/sop/") + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operator's new-tenant form. */
    record NewTenant(String id, String code, String name, String domain, String zone, String sop, String units,
            String adminPassword) {
    }
}
