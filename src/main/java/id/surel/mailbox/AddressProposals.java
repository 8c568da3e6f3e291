package id.surel.mailbox;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Proposes an address by the government's {@link NamingRules}: the first candidate that is free in Surel's register,
 * in open requests and on the mail server itself. Empty when every candidate is taken (the applicant then types one).
 */
@Service
public class AddressProposals {

    private final MailPolicies policies;
    private final AddressAvailability availability;

    public AddressProposals(MailPolicies policies, AddressAvailability availability) {
        this.policies = policies;
        this.availability = availability;
    }

    public Optional<EmailAddress> forPerson(String tenantId, String domain, String fullName, String unitCode) {
        MailPolicy policy = policies.forTenant(tenantId);
        return firstFree(policy, tenantId, domain, policy.naming().forPerson(fullName, unitCode));
    }

    public Optional<EmailAddress> forUnit(String tenantId, String domain, String unitCode, String unitName) {
        MailPolicy policy = policies.forTenant(tenantId);
        return firstFree(policy, tenantId, domain, policy.naming().forUnit(unitCode, unitName));
    }

    public Optional<EmailAddress> forEvent(String tenantId, String domain, String eventName, String unitCode) {
        MailPolicy policy = policies.forTenant(tenantId);
        return firstFree(policy, tenantId, domain, policy.naming().forEvent(eventName, unitCode));
    }

    /**
     * The first {@code limit} addresses the government's rules give for a person, best first, not yet checked for
     * availability: for a caller that checks a whole list of people against the register at once. Throws
     * {@link IllegalArgumentException} when the name has no letters.
     */
    public List<EmailAddress> candidatesForPerson(String tenantId, String domain, String fullName, String unitCode,
            int limit) {
        return policies.forTenant(tenantId).naming().forPerson(fullName, unitCode).stream()
                .limit(limit)
                .map(local -> new EmailAddress(local, domain))
                .toList();
    }

    /**
     * What {@code rules} (e.g. an admin's unsaved edit) would propose today for a person of unit {@code unitCode} and
     * for that unit's own account, by the same checks as a real proposal. Throws {@link IllegalArgumentException} when
     * the name has no letters.
     */
    public AddressPreview preview(String tenantId, String domain, NamingRules rules, String fullName, String unitCode,
            String unitName) {
        MailPolicy policy = policies.forTenant(tenantId).withNaming(rules);
        return new AddressPreview(firstFree(policy, tenantId, domain, rules.forPerson(fullName, unitCode)),
                firstFree(policy, tenantId, domain, rules.forUnit(unitCode, unitName)));
    }

    /** Whether the government reserves this local part (its own list or the global one). */
    public boolean isReserved(String tenantId, String localPart) {
        return policies.forTenant(tenantId).naming().isReserved(localPart);
    }

    private Optional<EmailAddress> firstFree(MailPolicy policy, String tenantId, String domain, List<String> locals) {
        return locals.stream()
                .map(local -> new EmailAddress(local, domain))
                .filter(address -> availability.problem(policy, tenantId, address, null).isEmpty())
                .findFirst();
    }
}
