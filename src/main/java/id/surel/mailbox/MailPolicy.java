package id.surel.mailbox;

import java.util.Objects;

/**
 * A government's mail policy: how addresses are named, and when check-capacity calls the server full: once a new
 * mailbox would take the share of places in use above {@code capacityThresholdPercent} of the total, where the total is
 * the platform's own limit or the government's {@code mailboxLimit} (e.g. licences bought), whichever is lower.
 */
public record MailPolicy(NamingRules naming, Integer capacityThresholdPercent, Integer mailboxLimit) {

    public static final MailPolicy DEFAULT = new MailPolicy(NamingRules.DEFAULT, 100, null);

    public MailPolicy {
        naming = Objects.requireNonNullElse(naming, NamingRules.DEFAULT);
        capacityThresholdPercent = Objects.requireNonNullElse(capacityThresholdPercent, 100);
        if (capacityThresholdPercent < 1 || capacityThresholdPercent > 100) {
            throw new IllegalArgumentException("ambang daya tampung harus 1-100% / capacity threshold must be 1-100%: "
                    + capacityThresholdPercent);
        }
        if (mailboxLimit != null && mailboxLimit < 0) {
            throw new IllegalArgumentException("batas kotak surat negatif / negative mailbox limit: " + mailboxLimit);
        }
    }

    public MailPolicy withNaming(NamingRules rules) {
        return new MailPolicy(rules, capacityThresholdPercent, mailboxLimit);
    }

    public MailPolicy withCapacity(Integer thresholdPercent, Integer limit) {
        return new MailPolicy(naming, thresholdPercent, limit);
    }
}
