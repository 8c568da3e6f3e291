package id.surel.system;

import id.surel.calendar.CalendarTemplates;
import id.surel.calendar.TenantCalendars;
import id.surel.mailbox.MailPolicies;
import id.surel.mailbox.MailPolicy;
import id.surel.sop.Actor;
import id.surel.sop.SopCatalog;
import id.surel.sop.StoredDefinition;
import id.surel.tenant.LetterSettings;
import id.surel.tenant.Operators;
import id.surel.tenant.StaffDirectory;
import id.surel.tenant.Tenant;
import id.surel.tenant.TenantId;
import id.surel.tenant.Tenants;
import id.surel.tenant.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads the seed governments from {@code seed/tenants.yaml}, registers each one's SOP definition, gives each a working
 * calendar (its named week and the national holidays, only where it has none yet), and in the demo set-up creates
 * one staff account per SOP actor (named {@code actor@tenant}), derived from the definition itself so a new SOP gets
 * its demo staff without code, plus a tenant admin ({@code admin@tenant}).
 */
@Component
@Order(0)
class SeedData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedData.class);

    private final Tenants tenants;
    private final SopCatalog catalog;
    private final StaffDirectory staff;
    private final PasswordEncoder passwordEncoder;
    private final SeedSettings settings;
    private final TenantCalendars calendars;
    private final CalendarTemplates calendarTemplates;
    private final MailPolicies mailPolicies;
    private final Operators operators;

    SeedData(Tenants tenants, SopCatalog catalog, StaffDirectory staff, PasswordEncoder passwordEncoder,
            SeedSettings settings, TenantCalendars calendars, CalendarTemplates calendarTemplates,
            MailPolicies mailPolicies, Operators operators) {
        this.operators = operators;
        this.tenants = tenants;
        this.catalog = catalog;
        this.staff = staff;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
        this.calendars = calendars;
        this.calendarTemplates = calendarTemplates;
        this.mailPolicies = mailPolicies;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.tenants()) {
            load();
        }
    }

    void load() {
        for (TenantSeed seed : read().tenants()) {
            TenantId id = new TenantId(seed.id());
            String sopText = text(new ClassPathResource(seed.sop()));
            tenants.save(new Tenant(id, seed.code(), seed.name(), seed.domain(), ZoneId.of(seed.zoneId()), seed.sop()),
                    seed.units());
            tenants.seedLetterSettings(id, new LetterSettings(seed.letterNumber(), seed.letterOffice(),
                    seed.letterPlace(), seed.letterLogo()));
            mailPolicies.seedIfAbsent(id.value(), seed.mailPolicy() == null ? MailPolicy.DEFAULT : seed.mailPolicy());
            List<StoredDefinition> definitions = new ArrayList<>();
            definitions.add(catalog.registerSeed(id.value(), seed.sop(), sopText));
            for (String lifecycle : seed.lifecycleSops() == null ? List.<String>of() : seed.lifecycleSops()) {
                definitions.add(catalog.registerSeed(id.value(), lifecycle, text(new ClassPathResource(lifecycle))));
            }
            seedCalendar(id, seed.calendar());
            if (settings.demoStaff()) {
                definitions.forEach(definition -> createDemoStaff(id, definition));
            }
        }
        if (settings.demoStaff()) {
            operators.createIfAbsent("operator", passwordEncoder.encode(settings.demoPassword()), "Operator Surel");
            log.info("Demo operator (super-admin, manages tenants): operator");
        }
    }

    private void seedCalendar(TenantId tenant, String weekName) {
        String name = weekName == null ? CalendarTemplates.DEFAULT_WEEK : weekName;
        int added = calendars.seedIfAbsent(tenant, calendarTemplates.week(name),
                calendarTemplates.nationalHolidays());
        if (added > 0) {
            log.info("Calendar of {}: {} national holidays added", tenant, added);
        }
    }

    private void createDemoStaff(TenantId tenant, StoredDefinition definition) {
        String hash = passwordEncoder.encode(settings.demoPassword());
        String domain = tenants.get(tenant).domain();
        for (Actor actor : definition.definition().actors()) {
            if (!actor.applicant()) {
                staff.createIfAbsent(tenant, actor.id() + "@" + tenant.value(), hash, actor.name(),
                        actor.id() + "@" + domain, Set.of(actor.id()), false);
            }
        }
        staff.createIfAbsent(tenant, "admin@" + tenant.value(), hash, "Admin " + tenants.get(tenant).name(), null,
                Set.of(), true);
        log.info("Demo staff for {}: one account per SOP actor (actor@{}) and admin@{}", tenant, tenant, tenant);
    }

    private static SeedFile read() {
        ObjectMapper yaml = YAMLMapper.builder().build();
        try (InputStream in = new ClassPathResource("seed/tenants.yaml").getInputStream()) {
            return yaml.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    record SeedFile(List<TenantSeed> tenants) {
    }

    /**
     * {@code calendar} names a week in {@code calendar/weeks.yaml}; none means the ASN standard week. The
     * {@code letter*} fields are the letterhead and letter-number settings, filled only where the tenant has none;
     * {@code mailPolicy} the naming rules and capacity threshold, stored only where the tenant has none;
     * {@code lifecycleSops} the tenant's SOPs of lifecycle services (password reset, suspend, ...), each activated
     * like the main SOP (docs/account-lifecycle.md).
     */
    record TenantSeed(String id, String code, String name, String domain, String zoneId, String sop, String calendar,
            String letterNumber, String letterOffice, String letterPlace, String letterLogo, List<Unit> units,
            MailPolicy mailPolicy, List<String> lifecycleSops) {
    }
}
