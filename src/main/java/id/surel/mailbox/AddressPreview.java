package id.surel.mailbox;

import java.util.Optional;

/** The addresses a set of naming rules would propose for a sample person and for the sample unit's own account. */
public record AddressPreview(Optional<EmailAddress> person, Optional<EmailAddress> unit) {
}
