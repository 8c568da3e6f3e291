package id.surel.lifecycle;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds who holds an account of one tenant: the successor it was handed over to, else the member of the bulk request
 * that made it, else the applicant of the request that made it. One query, by the address's unique index.
 */
@Repository
class Holders {

    private final JdbcClient jdbc;

    Holders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account at {@code address} in this tenant if {@code nip} is its holder's; empty otherwise, whichever failed. */
    Optional<Holder> verify(String tenantId, String address, String nip) {
        return jdbc.sql("""
                select a.id, a.address, a.owner_key, a.status,
                       coalesce(a.holder_name, b.name, r.applicant_name) as name,
                       coalesce(a.holder_nip, b.nip, r.applicant_nip) as nip,
                       coalesce(a.holder_contact, b.contact_email, r.contact_email) as contact,
                       r.unit_code
                from mail_account a
                join request r on r.id = a.request_id and r.tenant_id = a.tenant_id
                left join bulk_batch bb on bb.request_id = r.id and bb.tenant_id = a.tenant_id
                left join bulk_row b on b.batch_id = bb.id and b.owner_key = a.owner_key and b.address = a.address
                where a.tenant_id = ? and a.address = ? and a.mailbox_created_at is not null
                """)
                .params(tenantId, address)
                .query((rs, n) -> new Holder(rs.getLong("id"), rs.getString("address"), rs.getString("owner_key"),
                        rs.getString("status"), rs.getString("name"), rs.getString("nip"), rs.getString("contact"),
                        rs.getString("unit_code")))
                .optional()
                .filter(h -> h.nip() != null && nip.equals(h.nip().replace(" ", "")));
    }
}
