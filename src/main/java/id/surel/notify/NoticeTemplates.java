package id.surel.notify;

import id.surel.tenant.TenantId;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A tenant's own wording of its notices; a notice or language with no row uses the message-bundle default. */
@Repository
class NoticeTemplates {

    private final JdbcClient jdbc;

    NoticeTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<NoticeLanguage, NoticeText> stored(TenantId tenant, Notice notice) {
        Map<NoticeLanguage, NoticeText> texts = new EnumMap<>(NoticeLanguage.class);
        jdbc.sql("select language, subject, body from notice_template where tenant_id = ? and notice = ?")
                .params(tenant.value(), notice.code())
                .query(rs -> {
                    texts.put(NoticeLanguage.of(rs.getString(1)), new NoticeText(rs.getString(2), rs.getString(3)));
                });
        return texts;
    }

    void save(TenantId tenant, Notice notice, Map<NoticeLanguage, NoticeText> texts, String by) {
        texts.forEach((language, text) -> jdbc.sql("""
                insert into notice_template (tenant_id, notice, language, subject, body, updated_by)
                values (?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, notice, language) do update
                set subject = excluded.subject, body = excluded.body, updated_by = excluded.updated_by,
                    updated_at = now()
                """)
                .params(tenant.value(), notice.code(), language.code(), text.subject(), text.body(), by)
                .update());
    }

    /** Drops the tenant's wording of this notice; returns how many languages it had. */
    int reset(TenantId tenant, Notice notice) {
        return jdbc.sql("delete from notice_template where tenant_id = ? and notice = ?")
                .params(tenant.value(), notice.code())
                .update();
    }
}
