package id.surel.tenant;

import java.io.Serializable;
import java.util.regex.Pattern;

/** A government's id (slug), e.g. {@code kota-bogor}; every piece of tenant data carries one. */
public record TenantId(String value) implements Serializable {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public TenantId {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException("id pemda tidak sah / invalid tenant id: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
