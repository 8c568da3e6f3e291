package id.surel.document;

import id.surel.tenant.Tenant;
import id.surel.tenant.Tenants;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Draws letter numbers from the tenant's pattern and its yearly counter ({@code letter-<year>} in the tenant's zone).
 * The counter is one database row updated atomically, so numbers never repeat, even with several nodes.
 */
@Service
public class LetterNumbers {

    private final Tenants tenants;

    public LetterNumbers(Tenants tenants) {
        this.tenants = tenants;
    }

    public String next(Tenant tenant, DocumentKind kind, Instant at) {
        LetterDate date = new LetterDate(at.atZone(tenant.zone()).toLocalDate());
        LetterNumberPattern pattern = LetterNumberPattern.orDefault(tenants.letterSettings(tenant.id()).numberPattern());
        long sequence = tenants.nextCounter(tenant.id(), "letter-" + date.date().getYear());
        return pattern.format(sequence, kind.code(), date, tenant.code());
    }
}
