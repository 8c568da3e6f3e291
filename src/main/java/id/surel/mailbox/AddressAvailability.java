package id.surel.mailbox;

import id.surel.workflow.Requests;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Whether an address is free: not reserved (globally or by the government), not in Surel's register, not asked for by
 * another open request, and not on the mail platform itself (an account made there outside Surel counts).
 */
@Service
public class AddressAvailability {

    /** Why an address cannot be used; {@code messageKey} names the bilingual message. */
    public enum Problem {
        RESERVED("address.reserved"), REGISTERED("address.registered"), REQUESTED("address.requested"),
        ON_SERVER("address.onServer");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final MailAccounts accounts;
    private final MailDirectories directories;
    private final MailPolicies policies;
    private final Requests requests;

    public AddressAvailability(MailAccounts accounts, MailDirectories directories, MailPolicies policies,
            Requests requests) {
        this.accounts = accounts;
        this.directories = directories;
        this.policies = policies;
        this.requests = requests;
    }

    public boolean isFree(String tenantId, EmailAddress address) {
        return problem(tenantId, address, null).isEmpty();
    }

    /** The first reason the address is not free, cheapest check first; {@code ownRequest} may keep its own address. */
    public Optional<Problem> problem(String tenantId, EmailAddress address, UUID ownRequest) {
        return problem(policies.forTenant(tenantId), tenantId, address, ownRequest);
    }

    Optional<Problem> problem(MailPolicy policy, String tenantId, EmailAddress address, UUID ownRequest) {
        if (policy.naming().isReserved(address.local())) {
            return Optional.of(Problem.RESERVED);
        }
        if (accounts.byAddress(address.toString()).isPresent()) {
            return Optional.of(Problem.REGISTERED);
        }
        if (requests.addressRequested(address.toString(), ownRequest)) {
            return Optional.of(Problem.REQUESTED);
        }
        if (directories.forTenant(tenantId).find(address).isPresent()) {
            return Optional.of(Problem.ON_SERVER);
        }
        return Optional.empty();
    }
}
