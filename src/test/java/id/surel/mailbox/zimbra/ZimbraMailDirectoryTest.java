package id.surel.mailbox.zimbra;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import id.surel.mailbox.EmailAddress;
import id.surel.mailbox.MailCapacity;
import id.surel.mailbox.MailDirectoryException;
import id.surel.mailbox.MailboxAlreadyExistsException;
import id.surel.mailbox.MailboxInfo;
import id.surel.mailbox.MailboxNotFoundException;
import id.surel.mailbox.NewMailbox;
import id.surel.mailbox.servers.ServerProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The Zimbra connector against WireMock answering as Zimbra's admin SOAP service documents it (Zimbra cannot run
 * here): each test checks the requests Surel sends (element, attributes, auth token in the header) and how it reads
 * the responses and faults.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ZimbraMailDirectoryTest {

    private static final String PATH = "/service/admin/soap";
    private static final EmailAddress BUDI = EmailAddress.of("budi.santoso@kotabogor.go.id");
    private static final String BUDI_NIP = "196801011990031001";
    private static final String BUDI_ID = "6a1f3c2e-9b0d-4f55-8e1a-2c7d9e4b5a10";
    private static final String PASSWORD = "Rahasia#Awal2026";
    private static final long QUOTA = 1024L * 1024 * 1024;

    private WireMockServer zimbra;
    private ZimbraMailDirectory directory;

    @BeforeEach
    void start() {
        zimbra = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        zimbra.start();
        directory = directoryAt("http://127.0.0.1:" + zimbra.port() + PATH);
        soap("AuthRequest", "auth-response-first.xml");
    }

    @AfterEach
    void stop() {
        zimbra.stop();
    }

    @Test
    void create_authenticates_then_sends_the_account_with_quota_owner_and_password() {
        soap("CreateAccountRequest", "create-account-response.xml");

        directory.create(new NewMailbox(BUDI, "Budi Santoso", BUDI_NIP, PASSWORD.toCharArray()));

        zimbra.verify(1, request("AuthRequest")
                .withRequestBody(matchingXPath("//*[local-name()='AuthRequest'][@name='admin@kotabogor.go.id']"
                        + "[@password='Admin#Zimbra2026']")));
        zimbra.verify(1, request("CreateAccountRequest")
                .withHeader("Content-Type", containing(
                        "application/soap+xml"))
                .withRequestBody(matchingXPath("//*[local-name()='context']/*[local-name()='authToken']"
                        + "[text()='0_first-admin-token']"))
                .withRequestBody(matchingXPath("//*[local-name()='CreateAccountRequest'][@name='" + BUDI + "']"
                        + "[@password='" + PASSWORD + "']"))
                .withRequestBody(matchingXPath("//*[local-name()='a'][@n='zimbraMailQuota'][text()='" + QUOTA + "']"))
                .withRequestBody(matchingXPath("//*[local-name()='a'][@n='employeeNumber'][text()='" + BUDI_NIP
                        + "']"))
                .withRequestBody(matchingXPath("//*[local-name()='a'][@n='displayName'][text()='Budi Santoso']")));
    }

    @Test
    void find_reads_name_status_quota_and_owner() {
        soap("GetAccountRequest", "get-account-response.xml");

        MailboxInfo info = directory.find(BUDI).orElseThrow();

        assertThat(info).isEqualTo(new MailboxInfo(BUDI, "Budi Santoso", true, OptionalLong.of(QUOTA), BUDI_NIP));
        zimbra.verify(1, request("GetAccountRequest")
                .withRequestBody(matchingXPath("//*[local-name()='GetAccountRequest']/*[local-name()='account']"
                        + "[@by='name'][text()='" + BUDI + "']")));
    }

    @Test
    void a_closed_account_without_owner_mark_is_found_inactive_and_ownerless() {
        soap("GetAccountRequest", "get-account-response-closed-no-owner.xml");

        MailboxInfo info = directory.find(BUDI).orElseThrow();

        assertThat(info.active()).isFalse();
        assertThat(info.ownerKey()).isNull();
    }

    @Test
    void find_of_a_missing_account_is_empty() {
        fault("GetAccountRequest", "fault-no-such-account.xml");

        assertThat(directory.find(BUDI)).isEmpty();
    }

    @Test
    void creating_an_existing_account_of_the_same_owner_sets_the_new_password() {
        fault("CreateAccountRequest", "fault-account-exists.xml");
        soap("GetAccountRequest", "get-account-response.xml");
        soap("SetPasswordRequest", "set-password-response.xml");

        directory.create(new NewMailbox(BUDI, "Budi Santoso", BUDI_NIP, "Ulang#Sandi2026".toCharArray()));

        zimbra.verify(1, request("SetPasswordRequest").withRequestBody(matchingXPath(
                "//*[local-name()='SetPasswordRequest'][@id='" + BUDI_ID + "'][@newPassword='Ulang#Sandi2026']")));
    }

    @Test
    void creating_an_existing_account_of_another_owner_is_a_final_conflict_and_changes_nothing() {
        fault("CreateAccountRequest", "fault-account-exists.xml");
        soap("GetAccountRequest", "get-account-response.xml");

        assertThatExceptionOfType(MailboxAlreadyExistsException.class)
                .isThrownBy(() -> directory.create(new NewMailbox(BUDI, "Budi Santoso", "197505052000121003",
                        PASSWORD.toCharArray())))
                .satisfies(e -> assertThat(e.retryable()).isFalse());
        zimbra.verify(0, request("SetPasswordRequest"));
        zimbra.verify(0, request("ModifyAccountRequest"));
    }

    @Test
    void an_expired_admin_token_is_renewed_once_and_the_call_repeated() {
        zimbra.stubFor(soapStub("AuthRequest").inScenario("token").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(ok("auth-response-first.xml")).willSetStateTo("renewing"));
        zimbra.stubFor(soapStub("AuthRequest").inScenario("token").whenScenarioStateIs("renewing")
                .willReturn(ok("auth-response-renewed.xml")));
        zimbra.stubFor(soapStub("GetAccountRequest")
                .withRequestBody(matchingXPath("//*[local-name()='authToken'][text()='0_first-admin-token']"))
                .willReturn(faultResponse("fault-auth-expired.xml")));
        zimbra.stubFor(soapStub("GetAccountRequest")
                .withRequestBody(matchingXPath("//*[local-name()='authToken'][text()='0_renewed-admin-token']"))
                .willReturn(ok("get-account-response.xml")));

        assertThat(directory.find(BUDI)).isPresent();
        assertThat(directory.find(BUDI)).isPresent();

        zimbra.verify(2, request("AuthRequest"));
        zimbra.verify(3, request("GetAccountRequest"));
    }

    @Test
    void a_token_that_stays_expired_fails_after_one_renewal() {
        fault("GetAccountRequest", "fault-auth-expired.xml");

        assertThatExceptionOfType(MailDirectoryException.class).isThrownBy(() -> directory.find(BUDI))
                .satisfies(e -> assertThat(e.retryable()).isFalse())
                .satisfies(e -> assertThat(e.getMessage()).contains("service.AUTH_EXPIRED"));
        zimbra.verify(2, request("AuthRequest"));
        zimbra.verify(2, request("GetAccountRequest"));
    }

    @Test
    void deactivating_closes_the_account_by_its_id() {
        soap("GetAccountRequest", "get-account-response.xml");
        soap("ModifyAccountRequest", "modify-account-response.xml");

        directory.setActive(BUDI, false);

        zimbra.verify(1, request("ModifyAccountRequest").withRequestBody(matchingXPath(
                "//*[local-name()='ModifyAccountRequest'][@id='" + BUDI_ID + "']/*[local-name()='a']"
                        + "[@n='zimbraAccountStatus'][text()='closed']")));
    }

    @Test
    void a_quota_is_set_in_bytes() {
        soap("GetAccountRequest", "get-account-response.xml");
        soap("ModifyAccountRequest", "modify-account-response.xml");

        directory.setQuota(BUDI, 2 * QUOTA);

        zimbra.verify(1, request("ModifyAccountRequest").withRequestBody(matchingXPath(
                "//*[local-name()='a'][@n='zimbraMailQuota'][text()='" + 2 * QUOTA + "']")));
    }

    @Test
    void changing_a_missing_account_is_a_final_not_found() {
        fault("GetAccountRequest", "fault-no-such-account.xml");

        assertThatExceptionOfType(MailboxNotFoundException.class)
                .isThrownBy(() -> directory.setPassword(BUDI, PASSWORD.toCharArray()))
                .satisfies(e -> assertThat(e.retryable()).isFalse());
        zimbra.verify(0, request("SetPasswordRequest"));
    }

    @Test
    void capacity_counts_the_domain_accounts_from_quota_usage() {
        soap("GetQuotaUsageRequest", "get-quota-usage-response.xml");

        MailCapacity capacity = directory.capacity("kotabogor.go.id");

        assertThat(capacity).isEqualTo(MailCapacity.limited(2, 3));
        zimbra.verify(1, request("GetQuotaUsageRequest").withRequestBody(matchingXPath(
                "//*[local-name()='GetQuotaUsageRequest'][@domain='kotabogor.go.id'][@allServers='1']")));
    }

    @Test
    void a_refused_admin_login_is_final_and_says_what_to_check() {
        fault("AuthRequest", "fault-auth-failed.xml");

        assertThatExceptionOfType(MailDirectoryException.class).isThrownBy(() -> directory.find(BUDI))
                .satisfies(e -> assertThat(e.retryable()).isFalse())
                .satisfies(e -> assertThat(e.getMessage()).contains("admin-password").contains("menolak"));
    }

    @Test
    void a_permission_fault_is_final_and_a_server_failure_retryable() {
        fault("GetQuotaUsageRequest", "fault-perm-denied.xml");
        assertThatExceptionOfType(MailDirectoryException.class).isThrownBy(() -> directory.capacity("kotabogor.go.id"))
                .satisfies(e -> assertThat(e.retryable()).isFalse());

        fault("GetQuotaUsageRequest", "fault-service-failure.xml");
        assertThatExceptionOfType(MailDirectoryException.class).isThrownBy(() -> directory.capacity("kotabogor.go.id"))
                .satisfies(e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void an_http_503_without_soap_is_retryable() {
        zimbra.stubFor(soapStub("GetAccountRequest").willReturn(aResponse().withStatus(503).withBody("busy")));

        assertThatExceptionOfType(MailDirectoryException.class).isThrownBy(() -> directory.find(BUDI))
                .satisfies(e -> assertThat(e.retryable()).isTrue())
                .satisfies(e -> assertThat(e.getMessage()).contains("503"));
    }

    @Test
    void an_unreachable_server_is_retryable() {
        ZimbraMailDirectory down = directoryAt("http://127.0.0.1:" + ServerProcess.freePort() + PATH);

        assertThatExceptionOfType(MailDirectoryException.class).isThrownBy(() -> down.find(BUDI))
                .satisfies(e -> assertThat(e.retryable()).isTrue());
    }

    private static ZimbraMailDirectory directoryAt(String url) {
        return new ZimbraMailDirectory(new ZimbraSettings(url, "admin@kotabogor.go.id", "Admin#Zimbra2026", null,
                null), OptionalLong.of(3), QUOTA);
    }

    private void soap(String request, String response) {
        zimbra.stubFor(soapStub(request).willReturn(ok(response)));
    }

    private void fault(String request, String response) {
        zimbra.stubFor(soapStub(request).willReturn(faultResponse(response)));
    }

    private static MappingBuilder soapStub(String request) {
        return post(urlEqualTo(PATH)).withRequestBody(matchingXPath("//*[local-name()='" + request + "']"));
    }

    private static RequestPatternBuilder request(String request) {
        return postRequestedFor(urlEqualTo(PATH)).withRequestBody(matchingXPath("//*[local-name()='" + request + "']"));
    }

    private static ResponseDefinitionBuilder ok(String file) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/soap+xml; charset=utf-8")
                .withBody(recorded(file));
    }

    // Zimbra sends its SOAP faults with HTTP 500.
    private static ResponseDefinitionBuilder faultResponse(String file) {
        return aResponse().withStatus(500).withHeader("Content-Type", "application/soap+xml; charset=utf-8")
                .withBody(recorded(file));
    }

    private static String recorded(String file) {
        try (InputStream in = ZimbraMailDirectoryTest.class.getResourceAsStream("/zimbra/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing /zimbra/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
