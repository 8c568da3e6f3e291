package id.surel.mailbox.zimbra;

import id.surel.mailbox.EmailAddress;
import id.surel.mailbox.MailCapacity;
import id.surel.mailbox.MailDirectory;
import id.surel.mailbox.MailDirectoryException;
import id.surel.mailbox.MailboxAlreadyExistsException;
import id.surel.mailbox.MailboxInfo;
import id.surel.mailbox.MailboxNotFoundException;
import id.surel.mailbox.NewMailbox;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Accounts on Zimbra (or Carbonio) through its admin SOAP API: AuthRequest, CreateAccountRequest with
 * {@code zimbraMailQuota}, GetAccountRequest, GetQuotaUsageRequest, ModifyAccountRequest and SetPasswordRequest. The
 * owner's key is kept in the account's {@code employeeNumber}; an inactive account is {@code closed} (no login, no
 * delivery). Zimbra hashes the password itself, so it travels once over the (TLS) admin connection and is never kept.
 * An expired admin token is renewed once per call.
 */
public final class ZimbraMailDirectory implements MailDirectory {

    static final String OWNER_ATTRIBUTE = "employeeNumber";
    private static final String SOAP = "http://www.w3.org/2003/05/soap-envelope";
    private static final String ADMIN = "urn:zimbraAdmin";
    private static final Set<String> RETRYABLE_FAULTS = Set.of("service.TEMPORARILY_UNAVAILABLE", "service.FAILURE",
            "service.RESOURCE_UNREACHABLE");

    private final ZimbraSettings settings;
    private final OptionalLong capacity;
    private final long defaultQuotaBytes;
    private final URI endpoint;
    private final HttpClient http;
    private volatile String authToken;

    public ZimbraMailDirectory(ZimbraSettings settings, OptionalLong capacity, long defaultQuotaBytes) {
        this.settings = settings;
        this.capacity = capacity;
        this.defaultQuotaBytes = defaultQuotaBytes;
        this.endpoint = URI.create(settings.url().strip());
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
    }

    @Override
    public Optional<MailboxInfo> find(EmailAddress address) {
        try {
            Element account = account(address);
            Map<String, String> attributes = attributes(account);
            String quota = attributes.get("zimbraMailQuota");
            return Optional.of(new MailboxInfo(address, attributes.get("displayName"),
                    "active".equals(attributes.get("zimbraAccountStatus")),
                    quota == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(quota)),
                    attributes.get(OWNER_ATTRIBUTE)));
        } catch (MailboxNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public void create(NewMailbox mailbox) {
        EmailAddress address = mailbox.address();
        String request = "<CreateAccountRequest xmlns=\"" + ADMIN + "\" name=\"" + xml(address.toString())
                + "\" password=\"" + xml(new String(mailbox.initialPassword())) + "\">"
                + attribute("displayName", mailbox.displayName())
                + attribute("zimbraMailQuota", String.valueOf(defaultQuotaBytes))
                + attribute(OWNER_ATTRIBUTE, mailbox.ownerKey())
                + "</CreateAccountRequest>";
        try {
            invoke(request);
        } catch (ZimbraFault fault) {
            if (!"account.ACCOUNT_EXISTS".equals(fault.code())) {
                throw translate("membuat " + address, "creating " + address, fault);
            }
            MailboxInfo existing = find(address).orElseThrow(() -> new MailboxAlreadyExistsException(address));
            if (!mailbox.ownedBy(existing)) {
                throw new MailboxAlreadyExistsException(address);
            }
            setPassword(address, mailbox.initialPassword());
        }
    }

    @Override
    public void setPassword(EmailAddress address, char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("kata sandi kosong / empty password for " + address);
        }
        String id = account(address).getAttribute("id");
        call("mengganti kata sandi " + address, "setting the password of " + address,
                "<SetPasswordRequest xmlns=\"" + ADMIN + "\" id=\"" + xml(id) + "\" newPassword=\""
                        + xml(new String(password)) + "\"/>");
    }

    @Override
    public void setActive(EmailAddress address, boolean active) {
        modify(address, "zimbraAccountStatus", active ? "active" : "closed");
    }

    @Override
    public void setQuota(EmailAddress address, long quotaBytes) {
        if (quotaBytes < 0) {
            throw new IllegalArgumentException("kuota negatif / negative quota for " + address + ": " + quotaBytes);
        }
        modify(address, "zimbraMailQuota", String.valueOf(quotaBytes));
    }

    @Override
    public MailCapacity capacity(String domain) {
        Element response = call("menghitung akun " + domain, "counting accounts of " + domain,
                "<GetQuotaUsageRequest xmlns=\"" + ADMIN + "\" domain=\"" + xml(domain.strip())
                        + "\" allServers=\"1\" limit=\"1\"/>");
        String total = response.getAttribute("searchTotal");
        return new MailCapacity(total.isEmpty() ? 0 : Long.parseLong(total), capacity);
    }

    @Override
    public String platformName() {
        return "Zimbra " + endpoint.getHost();
    }

    private Element account(EmailAddress address) {
        try {
            Element response = invoke("<GetAccountRequest xmlns=\"" + ADMIN + "\" applyCos=\"0\">"
                    + "<account by=\"name\">" + xml(address.toString()) + "</account></GetAccountRequest>");
            return firstChild(response, "account")
                    .orElseThrow(() -> new MailDirectoryException("jawaban Zimbra tanpa akun / Zimbra answered"
                            + " without an account for " + address, false));
        } catch (ZimbraFault fault) {
            if ("account.NO_SUCH_ACCOUNT".equals(fault.code())) {
                throw new MailboxNotFoundException(address);
            }
            throw translate("mencari " + address, "looking up " + address, fault);
        }
    }

    private void modify(EmailAddress address, String name, String value) {
        String id = account(address).getAttribute("id");
        call("mengubah " + address, "changing " + address, "<ModifyAccountRequest xmlns=\"" + ADMIN + "\" id=\""
                + xml(id) + "\">" + attribute(name, value) + "</ModifyAccountRequest>");
    }

    private Element call(String indonesian, String english, String request) {
        try {
            return invoke(request);
        } catch (ZimbraFault fault) {
            if ("account.NO_SUCH_ACCOUNT".equals(fault.code())) {
                throw new MailDirectoryException("akun hilang di Zimbra saat " + indonesian
                        + " / the account vanished on Zimbra while " + english, false, fault);
            }
            throw translate(indonesian, english, fault);
        }
    }

    /** Sends one admin request, renewing an expired admin token once; returns the response element. */
    private Element invoke(String request) {
        String token = token();
        try {
            return post(envelope(token, request));
        } catch (ZimbraFault fault) {
            if (!fault.authExpired()) {
                throw fault;
            }
            authToken = null;
            return post(envelope(token(), request));
        }
    }

    private synchronized String token() {
        if (authToken == null) {
            try {
                Element response = post(envelope(null, "<AuthRequest xmlns=\"" + ADMIN + "\" name=\""
                        + xml(settings.adminUser()) + "\" password=\"" + xml(settings.adminPassword()) + "\"/>"));
                authToken = firstChild(response, "authToken").map(Node::getTextContent)
                        .orElseThrow(() -> new MailDirectoryException("Zimbra tidak memberi authToken"
                                + " / Zimbra returned no authToken", false));
            } catch (ZimbraFault fault) {
                throw new MailDirectoryException("Zimbra menolak login admin (" + fault.code() + "); periksa"
                        + " admin-user/admin-password / Zimbra refused the admin login; check admin-user and"
                        + " admin-password", RETRYABLE_FAULTS.contains(fault.code()), fault);
            }
        }
        return authToken;
    }

    private Element post(String envelope) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/soap+xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new MailDirectoryException("Zimbra tidak dapat dihubungi (dapat dicoba lagi) / cannot reach Zimbra"
                    + " (retryable): " + e.getClass().getSimpleName(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailDirectoryException("panggilan Zimbra terputus / Zimbra call interrupted", true, e);
        }
        Optional<Element> body = parse(response.body()).flatMap(ZimbraMailDirectory::soapBody);
        Optional<Element> fault = body.flatMap(b -> firstChild(b, "Fault"));
        if (fault.isPresent()) {
            throw fault(fault.get());
        }
        if (response.statusCode() >= 500 || response.statusCode() == 429) {
            throw new MailDirectoryException("Zimbra menjawab HTTP " + response.statusCode() + " (dapat dicoba lagi)"
                    + " / Zimbra answered HTTP " + response.statusCode() + " (retryable)", true);
        }
        if (response.statusCode() >= 300 || body.isEmpty() || firstElement(body.get()).isEmpty()) {
            throw new MailDirectoryException("Zimbra menjawab HTTP " + response.statusCode() + " tanpa isi SOAP"
                    + " / Zimbra answered HTTP " + response.statusCode() + " without a SOAP body", false);
        }
        return firstElement(body.get()).orElseThrow();
    }

    private static ZimbraFault fault(Element fault) {
        String code = descendantText(fault, "Code", "urn:zimbra").orElse("unknown");
        String reason = descendantText(fault, "Text", SOAP).orElse("");
        return new ZimbraFault(code, reason);
    }

    private static MailDirectoryException translate(String indonesian, String english, ZimbraFault fault) {
        if ("account.NO_SUCH_DOMAIN".equals(fault.code())) {
            return new MailDirectoryException("domain tidak ada di Zimbra saat " + indonesian
                    + " / the domain does not exist on Zimbra while " + english, false, fault);
        }
        boolean retryable = RETRYABLE_FAULTS.contains(fault.code());
        return new MailDirectoryException("Zimbra gagal saat " + indonesian + (retryable ? ", dapat dicoba lagi" : "")
                + " / Zimbra failed while " + english + (retryable ? ", retryable" : "") + ": " + fault.getMessage(),
                retryable, fault);
    }

    private static String envelope(String token, String request) {
        String header = token == null ? "<context xmlns=\"urn:zimbra\"/>"
                : "<context xmlns=\"urn:zimbra\"><authToken>" + xml(token) + "</authToken></context>";
        return "<soap:Envelope xmlns:soap=\"" + SOAP + "\"><soap:Header>" + header + "</soap:Header><soap:Body>"
                + request + "</soap:Body></soap:Envelope>";
    }

    private static String attribute(String name, String value) {
        return "<a n=\"" + xml(name) + "\">" + xml(value) + "</a>";
    }

    private static Map<String, String> attributes(Element account) {
        Map<String, String> values = new HashMap<>();
        NodeList list = account.getElementsByTagNameNS(ADMIN, "a");
        for (int i = 0; i < list.getLength(); i++) {
            Element a = (Element) list.item(i);
            values.putIfAbsent(a.getAttribute("n"), a.getTextContent());
        }
        return values;
    }

    private static Optional<Document> parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return Optional.of(factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Element> soapBody(Document document) {
        NodeList bodies = document.getElementsByTagNameNS(SOAP, "Body");
        return bodies.getLength() == 0 ? Optional.empty() : Optional.of((Element) bodies.item(0));
    }

    private static Optional<Element> firstElement(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private static Optional<Element> firstChild(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> descendantText(Element parent, String localName, String namespace) {
        NodeList list = parent.getElementsByTagNameNS(namespace, localName);
        return list.getLength() == 0 ? Optional.empty() : Optional.of(list.item(0).getTextContent().strip());
    }

    private static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
