package id.surel.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A person's browser session over real HTTP (cookies, CSRF tokens, redirects), without a browser engine. */
public class WebSession {

    private final String baseUrl;
    private final Connection session = Jsoup.newSession().ignoreHttpErrors(true).ignoreContentType(true)
            .followRedirects(true).cookieStore(new LoopbackCookieStore());
    private Connection.Response last;

    public WebSession(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    public Document get(String path) {
        return execute(session.newRequest(baseUrl + path).method(Connection.Method.GET));
    }

    /** Submits the form found by {@code formSelector} on {@code page} with its hidden fields (CSRF) plus {@code fields}. */
    public Document submit(Document page, String formSelector, Map<String, String> fields) {
        return submit(page, formSelector, fields, null, null);
    }

    public Document submit(Document page, String formSelector, Map<String, String> fields, String fileField,
            byte[] file) {
        return submit(page, formSelector, fields, fileField, file, "surat-permohonan.pdf");
    }

    public Document submit(Document page, String formSelector, Map<String, String> fields, String fileField,
            byte[] file, String fileName) {
        Element form = page.selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("No form " + formSelector + " on page:\n" + page.text());
        }
        Connection request = session.newRequest(form.absUrl("action")).method(Connection.Method.POST);
        for (Element hidden : form.select("input[type=hidden]")) {
            request.data(hidden.attr("name"), hidden.val());
        }
        fields.forEach(request::data);
        if (fileField != null && file != null) {
            request.data(fileField, fileName, new ByteArrayInputStream(file),
                    fileName.endsWith(".pdf") ? "application/pdf" : "application/octet-stream");
        }
        return execute(request);
    }

    /** A file for a multipart form field. */
    public record Upload(String field, String fileName, byte[] content) {
    }

    /** Submits a multipart form with several files (e.g. a letter and a staff list). */
    public Document submitFiles(Document page, String formSelector, Map<String, String> fields, List<Upload> files) {
        Element form = page.selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("No form " + formSelector + " on page:\n" + page.text());
        }
        Connection request = session.newRequest(form.absUrl("action")).method(Connection.Method.POST);
        for (Element hidden : form.select("input[type=hidden]")) {
            request.data(hidden.attr("name"), hidden.val());
        }
        fields.forEach(request::data);
        for (Upload file : files) {
            request.data(file.field(), file.fileName(), new ByteArrayInputStream(file.content()),
                    file.fileName().endsWith(".pdf") ? "application/pdf" : "application/octet-stream");
        }
        return execute(request);
    }

    /** Posts {@code fields} to {@code path} with this session's own CSRF token (taken from its logout form). */
    public Document post(String path, Map<String, String> fields) {
        Element token = get("/kotak-masuk").selectFirst("form[action$=/logout] input[name=_csrf]");
        if (token == null) {
            throw new AssertionError("not logged in: no CSRF token in this session");
        }
        Connection request = session.newRequest(baseUrl + path).method(Connection.Method.POST)
                .data("_csrf", token.val());
        fields.forEach(request::data);
        return execute(request);
    }

    public Document login(String username, String password) {
        Document page = get("/login");
        return submit(page, "form[action$=/login]", Map.of("username", username, "password", password));
    }

    public void logout() {
        Document page = get("/kotak-masuk");
        if (page.selectFirst("form[action$=/logout]") != null) {
            submit(page, "form[action$=/logout]", Map.of());
        }
    }

    /** Fetches a file (CSV, XLSX, PDF) with this session's cookies; its bytes as sent, not parsed as a page. */
    public byte[] download(String path) {
        try {
            last = session.newRequest(baseUrl + path).method(Connection.Method.GET).maxBodySize(0).execute();
            return last.bodyAsBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String lastHeader(String name) {
        return last.header(name);
    }

    public int lastStatus() {
        return last.statusCode();
    }

    public String lastUrl() {
        return last.url().toString();
    }

    /**
     * Keeps cookies as a browser does for 127.0.0.1, which it treats as a secure context: a cookie marked Secure (as
     * Keycloak marks its login cookies) is still sent there over plain HTTP.
     */
    private static final class LoopbackCookieStore implements CookieStore {

        private final CookieStore cookies = new CookieManager().getCookieStore();

        @Override
        public void add(URI uri, HttpCookie cookie) {
            if ("127.0.0.1".equals(uri.getHost())) {
                cookie.setSecure(false);
            }
            cookies.add(uri, cookie);
        }

        @Override
        public List<HttpCookie> get(URI uri) {
            return cookies.get(uri);
        }

        @Override
        public List<HttpCookie> getCookies() {
            return cookies.getCookies();
        }

        @Override
        public List<URI> getURIs() {
            return cookies.getURIs();
        }

        @Override
        public boolean remove(URI uri, HttpCookie cookie) {
            return cookies.remove(uri, cookie);
        }

        @Override
        public boolean removeAll() {
            return cookies.removeAll();
        }
    }

    private Document execute(Connection request) {
        try {
            last = request.execute();
            return last.parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
