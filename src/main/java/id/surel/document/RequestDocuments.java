package id.surel.document;

import id.surel.tenant.TenantId;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The archive of documents issued for requests ({@code request_document}). Every read and write names the tenant. */
@Repository
public class RequestDocuments {

    private static final String COLUMNS = "id, request_id, kind, number, title, sha256, created_at, created_by";

    private final JdbcClient jdbc;

    public RequestDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the document unless the request already holds its one document of that kind (a reply letter); returns
     * the stored one, which is the earlier document when another node or attempt got there first.
     */
    StoredDocument insertOrKeep(TenantId tenant, NewDocument d) {
        Optional<Long> id = jdbc.sql("""
                insert into request_document (tenant_id, request_id, kind, number, title, pdf, sha256, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, request_id) where kind = 'REPLY' do nothing
                returning id
                """)
                .params(tenant.value(), d.requestId(), d.kind().name(), d.number(), d.title(), d.pdf(), sha256(d.pdf()),
                        d.createdBy())
                .query(Long.class)
                .optional();
        return id.flatMap(value -> find(tenant, d.requestId(), value))
                .or(() -> first(tenant, d.requestId(), d.kind()))
                .orElseThrow();
    }

    public List<StoredDocument> forRequest(TenantId tenant, UUID requestId) {
        return jdbc.sql("select " + COLUMNS + " from request_document where tenant_id = ? and request_id = ? order by id")
                .params(tenant.value(), requestId)
                .query(this::map)
                .list();
    }

    public Optional<StoredDocument> first(TenantId tenant, UUID requestId, DocumentKind kind) {
        return jdbc.sql("select " + COLUMNS + " from request_document where tenant_id = ? and request_id = ? and kind = ?"
                        + " order by id limit 1")
                .params(tenant.value(), requestId, kind.name())
                .query(this::map)
                .optional();
    }

    public Optional<StoredDocument> find(TenantId tenant, UUID requestId, long id) {
        return jdbc.sql("select " + COLUMNS + " from request_document where tenant_id = ? and request_id = ? and id = ?")
                .params(tenant.value(), requestId, id)
                .query(this::map)
                .optional();
    }

    /** The PDF bytes of a stored document of this tenant's request. */
    public Optional<byte[]> pdf(TenantId tenant, UUID requestId, long id) {
        return jdbc.sql("select pdf from request_document where tenant_id = ? and request_id = ? and id = ?")
                .params(tenant.value(), requestId, id)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    private StoredDocument map(ResultSet rs, int rowNum) throws SQLException {
        return new StoredDocument(rs.getLong("id"), rs.getObject("request_id", UUID.class),
                DocumentKind.valueOf(rs.getString("kind")), rs.getString("number"), rs.getString("title"),
                rs.getString("sha256"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
