package id.surel.tenant;

import java.io.Serializable;

/** A super-admin account. */
public record Operator(String username, String passwordHash, String fullName, boolean enabled) implements Serializable {
}
