package id.surel.mailbox.servers;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

/** A missing mail-server binary fails the connector tests with the way to install it; they never skip. */
class ServerProcessTest {

    @Test
    void aMissingBinaryFailsWithTheInstallCommand() {
        assertThatIllegalStateException()
                .isThrownBy(() -> ServerProcess.requireBinary("/nonexistent/sbin/slapd", "slapd ldap-utils"))
                .withMessageContaining("/nonexistent/sbin/slapd")
                .withMessageContaining("bash scripts/test.sh")
                .withMessageContaining("slapd ldap-utils");
    }
}
