package id.surel.mailbox;

import java.util.OptionalLong;

/** Mailboxes a domain holds ({@code used}) against its limit ({@code total}, empty when unlimited). */
public record MailCapacity(long used, OptionalLong total) {

    public MailCapacity {
        if (used < 0) {
            throw new IllegalArgumentException("used must not be negative: " + used);
        }
        total = total == null ? OptionalLong.empty() : total;
        if (total.isPresent() && total.getAsLong() < 0) {
            throw new IllegalArgumentException("total must not be negative: " + total.getAsLong());
        }
    }

    public static MailCapacity limited(long used, long total) {
        return new MailCapacity(used, OptionalLong.of(total));
    }

    public static MailCapacity unlimited(long used) {
        return new MailCapacity(used, OptionalLong.empty());
    }

    /** Free places left, or empty when unlimited; never negative even if the platform is over its limit. */
    public OptionalLong remaining() {
        return total.isPresent() ? OptionalLong.of(Math.max(0, total.getAsLong() - used)) : OptionalLong.empty();
    }

    /** Whether {@code count} more mailboxes fit (the daya tampung check before creating). */
    public boolean hasRoomFor(long count) {
        return total.isEmpty() || used + count <= total.getAsLong();
    }
}
