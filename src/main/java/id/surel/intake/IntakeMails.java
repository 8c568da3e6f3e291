package id.surel.intake;

import id.surel.tenant.TenantId;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The mails taken from intake boxes ({@code intake_mail}, {@code intake_attachment}). Every query names the tenant. */
@Repository
class IntakeMails {

    private static final String COLUMNS = "id, tenant_id, message_id, mailbox, received_at, sender, sender_name, subject,"
            + " body, status, reason, reason_detail, size_bytes, applicant_name, applicant_nip, unit_code, local_part,"
            + " request_id, replied_at, decided_by, decided_at, version, request_type, type_fields::text as type_fields";
    private static final TypeReference<Map<String, String>> FIELD_MAP = new TypeReference<>() {
    };

    private static final JsonMapper JSON = JsonMapper.shared();

    private final JdbcClient jdbc;

    IntakeMails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the draft and its files; empty if this tenant already took a mail with this Message-ID. */
    @Transactional
    Optional<UUID> insertDraft(TenantId tenant, String mailbox, Envelope envelope, ReadMail mail, DraftFields fields) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                insert into intake_mail (id, tenant_id, message_id, mailbox, received_at, sender, sender_name, subject,
                    body, status, size_bytes, applicant_name, applicant_nip, unit_code, local_part, request_type,
                    type_fields)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?::jsonb)
                on conflict (tenant_id, message_id) do nothing
                """)
                .params(id, tenant.value(), envelope.messageId(), mailbox, Timestamp.from(envelope.receivedAt()),
                        mail.sender(), mail.senderName(), mail.subject(), mail.text(), envelope.sizeBytes(),
                        fields.applicantName(), fields.applicantNip(), fields.unitCode(), fields.localPart(),
                        fields.requestType(), JSON.writeValueAsString(fields.typeFields()))
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        for (MailAttachment file : mail.attachments()) {
            jdbc.sql("""
                    insert into intake_attachment (tenant_id, mail_id, file_name, content_type, content, sha256)
                    values (?, ?, ?, ?, ?, ?)
                    """)
                    .params(tenant.value(), id, file.fileName(), file.contentType(), file.content(), sha256(file.content()))
                    .update();
        }
        return Optional.of(id);
    }

    /** Records a refused mail (headers only); false if this Message-ID was already taken. */
    boolean insertQuarantined(TenantId tenant, String mailbox, Envelope envelope, QuarantineReason reason,
            String detail) {
        return jdbc.sql("""
                insert into intake_mail (id, tenant_id, message_id, mailbox, received_at, sender, subject, status,
                    reason, reason_detail, size_bytes)
                values (?, ?, ?, ?, ?, ?, ?, 'QUARANTINED', ?, ?, ?)
                on conflict (tenant_id, message_id) do nothing
                """)
                .params(UUID.randomUUID(), tenant.value(), envelope.messageId(), mailbox,
                        Timestamp.from(envelope.receivedAt()), IncomingMailReader.clean(envelope.sender()),
                        IncomingMailReader.clean(envelope.subject()), reason.name(), IncomingMailReader.clean(detail),
                        envelope.sizeBytes())
                .update() == 1;
    }

    Optional<IntakeMail> find(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from intake_mail where tenant_id = ? and id = ?")
                .params(tenant.value(), id)
                .query(this::map)
                .optional();
    }

    Optional<IntakeMail> findByMessageId(TenantId tenant, String messageId) {
        return jdbc.sql("select " + COLUMNS + " from intake_mail where tenant_id = ? and message_id = ?")
                .params(tenant.value(), messageId)
                .query(this::map)
                .optional();
    }

    List<IntakeMail> withStatus(TenantId tenant, IntakeStatus status, int limit) {
        return jdbc.sql("select " + COLUMNS + " from intake_mail where tenant_id = ? and status = ?"
                        + " order by received_at desc limit ?")
                .params(tenant.value(), status.name(), limit)
                .query(this::map)
                .list();
    }

    List<IntakeMail> decided(TenantId tenant, int limit) {
        return jdbc.sql("select " + COLUMNS + " from intake_mail where tenant_id = ? and status in ('SUBMITTED', 'REJECTED')"
                        + " order by decided_at desc nulls last limit ?")
                .params(tenant.value(), limit)
                .query(this::map)
                .list();
    }

    /** Saves what staff corrected in a draft; false if it was changed or decided meanwhile. */
    boolean updateFields(TenantId tenant, UUID id, int version, DraftFields fields, String sender) {
        return jdbc.sql("""
                update intake_mail set applicant_name = ?, applicant_nip = ?, unit_code = ?, local_part = ?, sender = ?,
                    request_type = ?, type_fields = ?::jsonb, version = version + 1
                where tenant_id = ? and id = ? and version = ? and status = 'DRAFT'
                """)
                .params(fields.applicantName(), fields.applicantNip(), fields.unitCode(), fields.localPart(), sender,
                        fields.requestType(), JSON.writeValueAsString(fields.typeFields()), tenant.value(), id, version)
                .update() == 1;
    }

    boolean markSubmitted(TenantId tenant, UUID id, UUID requestId, String by, Instant at) {
        return jdbc.sql("""
                update intake_mail set status = 'SUBMITTED', request_id = ?, decided_by = ?, decided_at = ?,
                    version = version + 1
                where tenant_id = ? and id = ? and status = 'DRAFT'
                """)
                .params(requestId, by, Timestamp.from(at), tenant.value(), id)
                .update() == 1;
    }

    boolean markRejected(TenantId tenant, UUID id, int version, String reason, String by, Instant at) {
        return jdbc.sql("""
                update intake_mail set status = 'REJECTED', reason = ?, decided_by = ?, decided_at = ?,
                    version = version + 1
                where tenant_id = ? and id = ? and version = ? and status = 'DRAFT'
                """)
                .params(reason, by, Timestamp.from(at), tenant.value(), id, version)
                .update() == 1;
    }

    void markReplied(TenantId tenant, UUID id, Instant at) {
        jdbc.sql("update intake_mail set replied_at = ? where tenant_id = ? and id = ?")
                .params(Timestamp.from(at), tenant.value(), id)
                .update();
    }

    List<StoredAttachment> attachments(TenantId tenant, UUID mailId) {
        return jdbc.sql("""
                select id, file_name, content_type, length(content) as size from intake_attachment
                where tenant_id = ? and mail_id = ? order by id
                """)
                .params(tenant.value(), mailId)
                .query((rs, n) -> new StoredAttachment(rs.getLong("id"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size")))
                .list();
    }

    Optional<MailAttachment> attachment(TenantId tenant, UUID mailId, long id) {
        return jdbc.sql("""
                select file_name, content_type, content from intake_attachment
                where tenant_id = ? and mail_id = ? and id = ?
                """)
                .params(tenant.value(), mailId, id)
                .query((rs, n) -> new MailAttachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    private IntakeMail map(ResultSet rs, int rowNum) throws SQLException {
        return new IntakeMail(rs.getObject("id", UUID.class), new TenantId(rs.getString("tenant_id")),
                rs.getString("message_id"), rs.getString("mailbox"), instant(rs, "received_at"), rs.getString("sender"),
                rs.getString("sender_name"), rs.getString("subject"), rs.getString("body"),
                IntakeStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("reason_detail"),
                rs.getLong("size_bytes"), rs.getString("applicant_name"), rs.getString("applicant_nip"),
                rs.getString("unit_code"), rs.getString("local_part"), rs.getObject("request_id", UUID.class),
                instant(rs, "replied_at"), rs.getString("decided_by"), instant(rs, "decided_at"), rs.getInt("version"),
                rs.getString("request_type"), JSON.readValue(rs.getString("type_fields"), FIELD_MAP));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
