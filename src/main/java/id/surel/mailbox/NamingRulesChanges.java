package id.surel.mailbox;

import id.surel.audit.AuditLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant admin's change of the naming rules: stored with the capacity settings left as they are and audited in the
 * same transaction, so the audit row exists exactly when the change does. The seed loader never overwrites it.
 */
@Service
public class NamingRulesChanges {

    private final MailPolicies policies;
    private final AuditLog audit;

    NamingRulesChanges(MailPolicies policies, AuditLog audit) {
        this.policies = policies;
        this.audit = audit;
    }

    /** Stores {@code rules} for the tenant; false (nothing stored or audited) when they equal the current ones. */
    @Transactional
    public boolean change(String tenantId, String actor, NamingRules rules) {
        MailPolicy current = policies.forTenant(tenantId);
        List<String> changes = changes(current.naming(), rules);
        if (changes.isEmpty()) {
            return false;
        }
        policies.save(tenantId, current.withNaming(rules));
        audit.record(tenantId, actor, "address.rules.changed", "mailPolicy.naming", String.join("; ", changes));
        return true;
    }

    private static List<String> changes(NamingRules before, NamingRules after) {
        List<String> changes = new ArrayList<>();
        change(changes, "personal", before, after, NamingRules::personal);
        change(changes, "oneWord", before, after, NamingRules::oneWord);
        change(changes, "unit", before, after, NamingRules::unit);
        change(changes, "event", before, after, NamingRules::event);
        change(changes, "numbered", before, after, NamingRules::numbered);
        change(changes, "reserved", before, after, NamingRules::reserved);
        return changes;
    }

    private static void change(List<String> changes, String name, NamingRules before, NamingRules after,
            Function<NamingRules, Object> field) {
        if (!Objects.equals(field.apply(before), field.apply(after))) {
            changes.add(name + ": " + field.apply(before) + " -> " + field.apply(after));
        }
    }
}
