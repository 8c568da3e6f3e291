package id.surel.mailbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Each government's {@link MailPolicy}; one without a stored policy gets {@link MailPolicy#DEFAULT}. */
@Repository
public class MailPolicies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    public MailPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public MailPolicy forTenant(String tenantId) {
        return jdbc.sql("""
                select naming, capacity_threshold_percent, mailbox_limit from tenant_mail_policy where tenant_id = ?
                """)
                .param(tenantId)
                .query((rs, n) -> new MailPolicy(JSON.readValue(rs.getString(1), NamingRules.class), rs.getInt(2),
                        rs.getObject(3, Integer.class)))
                .optional()
                .orElse(MailPolicy.DEFAULT);
    }

    /** Stores the shipped policy of a government that has none yet; a policy set since is kept. */
    public void seedIfAbsent(String tenantId, MailPolicy policy) {
        jdbc.sql("""
                insert into tenant_mail_policy (tenant_id, naming, capacity_threshold_percent, mailbox_limit)
                values (?, ?, ?, ?) on conflict (tenant_id) do nothing
                """)
                .params(tenantId, JSON.writeValueAsString(policy.naming()), policy.capacityThresholdPercent(),
                        policy.mailboxLimit())
                .update();
    }

    public void save(String tenantId, MailPolicy policy) {
        jdbc.sql("""
                insert into tenant_mail_policy (tenant_id, naming, capacity_threshold_percent, mailbox_limit)
                values (?, ?, ?, ?) on conflict (tenant_id) do update set naming = excluded.naming,
                    capacity_threshold_percent = excluded.capacity_threshold_percent,
                    mailbox_limit = excluded.mailbox_limit
                """)
                .params(tenantId, JSON.writeValueAsString(policy.naming()), policy.capacityThresholdPercent(),
                        policy.mailboxLimit())
                .update();
    }
}
