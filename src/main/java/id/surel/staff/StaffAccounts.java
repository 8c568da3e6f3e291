package id.surel.staff;

import id.surel.audit.AuditLog;
import id.surel.security.PasswordPolicy;
import id.surel.sop.Actor;
import id.surel.sop.SopCatalog;
import id.surel.tenant.StaffDirectory;
import id.surel.tenant.StaffMember;
import id.surel.tenant.TenantId;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant admin's changes to the tenant's staff accounts, each checked and audited (never with a password). A new
 * account holds no SOP actor until given one; actors are those of the tenant's active SOP, and several accounts may
 * hold the same actor ("Kadis or Sekdis": either may act).
 */
@Service
class StaffAccounts {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final StaffDirectory directory;
    private final SopCatalog catalog;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    StaffAccounts(StaffDirectory directory, SopCatalog catalog, PasswordPolicy policy, PasswordEncoder encoder,
            AuditLog audit, Clock clock) {
        this.directory = directory;
        this.catalog = catalog;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** The SOP actors a staff account may be given: those of every active SOP (each service's), less the applicant. */
    List<Actor> staffActors(TenantId tenant) {
        return catalog.activeStaffActors(tenant.value());
    }

    /** Creates {@code login@tenant}; the password is the admin's choice, so its owner must change it. */
    @Transactional
    Optional<String> create(TenantId tenant, String login, String fullName, String email, Set<String> actors,
            boolean admin, String password, String by) {
        String local = login == null ? "" : login.strip().toLowerCase();
        if (!LOGIN.matcher(local).matches()) {
            return Optional.of("staff.account.loginInvalid");
        }
        String username = local + "@" + tenant.value();
        Optional<String> problem = details(tenant, fullName, email, actors)
                .or(() -> policy.problem(password, username, fullName));
        if (problem.isPresent()) {
            return problem;
        }
        if (!directory.create(tenant, username, encoder.encode(password), fullName.strip(), blankToNull(email),
                actors, admin, true)) {
            return Optional.of("staff.account.taken");
        }
        audit.record(tenant.value(), by, "staff.created", username, describe(fullName, actors, admin));
        return Optional.empty();
    }

    @Transactional
    Optional<String> update(TenantId tenant, String username, String fullName, String email, Set<String> actors,
            boolean admin, String by) {
        StaffMember before = get(tenant, username);
        if (before.username().equals(by) && before.admin() && !admin) {
            return Optional.of("staff.account.ownAdmin");
        }
        Optional<String> problem = details(tenant, fullName, email, actors);
        if (problem.isPresent()) {
            return problem;
        }
        directory.update(tenant, username, fullName.strip(), blankToNull(email), actors, admin);
        audit.record(tenant.value(), by, "staff.updated", username, describe(fullName, actors, admin));
        return Optional.empty();
    }

    @Transactional
    Optional<String> setEnabled(TenantId tenant, String username, boolean enabled, String by) {
        get(tenant, username);
        if (username.equals(by) && !enabled) {
            return Optional.of("staff.account.ownDisable");
        }
        directory.setEnabled(tenant, username, enabled);
        audit.record(tenant.value(), by, enabled ? "staff.enabled" : "staff.disabled", username, null);
        return Optional.empty();
    }

    /** An admin sets a new password (e.g. the owner forgot theirs): the owner must change it at the next login. */
    @Transactional
    Optional<String> resetPassword(TenantId tenant, String username, String password, String by) {
        StaffMember member = get(tenant, username);
        Optional<String> problem = policy.problem(password, username, member.fullName());
        if (problem.isPresent()) {
            return problem;
        }
        directory.setPassword(tenant, username, encoder.encode(password), true, clock.instant());
        audit.record(tenant.value(), by, "staff.password.reset", username, null);
        return Optional.empty();
    }

    /** The owner changes their own password, proving they know the current one. */
    @Transactional
    Optional<String> changeOwnPassword(TenantId tenant, String username, String current, String password,
            String repeated) {
        StaffMember member = get(tenant, username);
        if (current == null || !encoder.matches(current, member.passwordHash())) {
            return Optional.of("password.currentWrong");
        }
        if (!password.equals(repeated)) {
            return Optional.of("password.mismatch");
        }
        if (encoder.matches(password, member.passwordHash())) {
            return Optional.of("password.same");
        }
        Optional<String> problem = policy.problem(password, username, member.fullName());
        if (problem.isPresent()) {
            return problem;
        }
        directory.setPassword(tenant, username, encoder.encode(password), false, clock.instant());
        audit.record(tenant.value(), username, "staff.password.changed", username, null);
        return Optional.empty();
    }

    StaffMember get(TenantId tenant, String username) {
        return directory.find(tenant, username).orElseThrow(StaffNotFoundException::new);
    }

    private Optional<String> details(TenantId tenant, String fullName, String email, Set<String> actors) {
        if (fullName == null || fullName.isBlank() || fullName.length() > 200) {
            return Optional.of("staff.account.nameInvalid");
        }
        if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
            return Optional.of("staff.account.emailInvalid");
        }
        Set<String> known = new TreeSet<>(staffActors(tenant).stream().map(Actor::id).toList());
        if (!known.containsAll(actors)) {
            return Optional.of("staff.account.actorUnknown");
        }
        return Optional.empty();
    }

    private static String describe(String fullName, Set<String> actors, boolean admin) {
        return fullName.strip() + "; peran=" + new TreeSet<>(actors) + (admin ? "; admin" : "");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
