package id.surel.journey;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.mailbox.EmbeddedMailServer;
import id.surel.support.MailboxReader;
import id.surel.support.MailboxReader.Mail;
import id.surel.support.PdfFixtures;
import id.surel.support.HeadlessChromium;
import id.surel.support.SurelIntegrationTest;
import id.surel.support.TestApplicants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Kota Cirebon SOP (submission, verification decision, create-mailbox task, system notice, end) in a real headless
 * Chromium: the applicant fills the public form (first with a bad NIP), the tim-pengelola approves and creates the
 * mailbox from the inbox, the applicant sees the approval on the private tracking page and logs in to the new mailbox
 * over IMAP with the password from the credential mail. Screenshots of each stage go to {@code target/screenshots/}.
 */
@SurelIntegrationTest
class BrowserJourneyTest {

    private static final String TENANT = "kota-cirebon";
    private static final String STAFF = "tim-pengelola@" + TENANT;
    private static final String DOMAIN = "cirebonkota.go.id";
    private static final String APPROVED = "Disetujui — akun dibuat";
    private static final Pattern PASSWORD = Pattern.compile("Kata sandi awal: (\\S+)");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedMailServer mailServer;

    @TempDir
    Path tmp;

    ChromeDriver browser;
    WebDriverWait wait;
    Instant started;

    @BeforeEach
    void startBrowser() throws IOException {
        // An explicit driver and browser binary: Selenium Manager never runs, so nothing goes to the network.
        browser = HeadlessChromium.start(tmp.resolve("chromium-profile"), 1280, 1600);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        Files.createDirectories(SCREENSHOTS);
        started = Instant.now();
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void cirebonApplicantIsApprovedInTheBrowserAndOpensTheNewMailbox() throws Exception {
        try {
            journey();
        } catch (Throwable failure) {
            try {
                screenshot("99-failure.png");
                Files.writeString(SCREENSHOTS.resolve("99-failure.html"), browser.getPageSource(),
                        StandardCharsets.UTF_8);
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
            throw failure;
        } finally {
            printConsole();
        }
    }

    private void journey() throws Exception {
        String name = TestApplicants.name();
        String nip = TestApplicants.nip();
        String printedNip = nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " "
                + nip.substring(15);
        String contact = TestApplicants.contactEmail();
        Path letter = Files.write(Files.createDirectories(tmp.resolve("upload")).resolve("surat-permohonan.pdf"),
                PdfFixtures.letter());

        // 1. The applicant picks Kota Cirebon on the home page.
        open("/");
        assertThat(browser.findElement(By.tagName("html")).getDomProperty("lang")).isEqualTo("id");
        click(By.id("apply-kota-cirebon"));
        wait.until(ExpectedConditions.urlContains("/layanan/" + TENANT + "/permohonan"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Permohonan akun e-mail resmi");

        // 2. A bad NIP: the form comes back with the error next to the NIP and nothing typed is lost.
        fillForm(name, "123", "DKIS", contact, letter);
        submitAndWaitForReload(By.id("submit-request"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-errors")));
        WebElement nipField = browser.findElement(By.id("applicantNip"));
        assertThat(nipField.getDomAttribute("class")).contains("is-invalid");
        WebElement nipError = browser.findElement(By.cssSelector("#applicantNip ~ .invalid-feedback"));
        assertThat(nipError.isDisplayed()).as("NIP error visible").isTrue();
        assertThat(nipError.getText()).isEqualTo("NIP harus terdiri dari 18 angka.");
        assertThat(nipField.getDomProperty("value")).isEqualTo("123");
        assertThat(browser.findElement(By.id("applicantName")).getDomProperty("value")).isEqualTo(name);
        assertThat(browser.findElement(By.id("contactEmail")).getDomProperty("value")).isEqualTo(contact);
        assertThat(new Select(browser.findElement(By.id("unitCode"))).getFirstSelectedOption().getDomProperty("value"))
                .isEqualTo("DKIS");
        assertThat(browser.findElement(By.id("type-pribadi")).isSelected()).isTrue();
        assertThat(browser.findElements(By.cssSelector(".invalid-feedback")).stream().filter(WebElement::isDisplayed))
                .as("only the NIP is marked").hasSize(1);
        screenshot("01-form-error.png");

        // 3. Corrected and sent: the applicant lands on the private tracking page.
        fillForm(name, printedNip, "DKIS", contact, letter);
        submitAndWaitForReload(By.id("submit-request"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("submitted")));
        String trackingUrl = browser.getCurrentUrl();
        assertThat(trackingUrl).contains("/lacak/");
        String trackingNumber = browser.findElement(By.id("tracking-number")).getText();
        assertThat(trackingNumber).matches("CRB-\\d{4}-\\d+");
        assertThat(browser.findElement(By.id("request-status")).getText()).isEqualTo("Sedang diproses");
        String address = browser.findElement(By.id("proposed-address")).getText();
        assertThat(address).endsWith("@" + DOMAIN);
        screenshot("02-tracking.png");

        // 4. The tim-pengelola logs in and finds the request in the inbox.
        open("/login");
        browser.findElement(By.id("username")).sendKeys(STAFF);
        browser.findElement(By.id("password")).sendKeys(JourneyDriver.DEMO_PASSWORD);
        click(By.id("login-submit"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inbox")));
        WebElement link = browser.findElements(By.cssSelector("a.inbox-link")).stream()
                .filter(a -> a.getText().equals(trackingNumber))
                .findFirst()
                .orElseThrow(() -> new AssertionError("inbox of " + STAFF + " does not list " + trackingNumber));
        screenshot("03-inbox.png");

        // 5. Verification: the approving branch. The link is followed by its address: after the full-page screenshot
        // of a long inbox (other tests' requests) Chromium may report stale click coordinates.
        String requestPage = link.getDomProperty("href");
        assertThat(requestPage).contains("/permohonan/");
        browser.get(requestPage);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-form")));
        assertThat(browser.findElement(By.id("current-activity")).getText()).contains("verifikasi");
        List<WebElement> branches = browser.findElements(By.cssSelector("#step-form button[name=branch]"));
        assertThat(branches).extracting(b -> b.getDomAttribute("id"))
                .containsExactlyInAnyOrder("branch-disetujui", "branch-tidak-disetujui");
        WebElement approve = branches.stream()
                .filter(b -> !b.getDomAttribute("class").contains("btn-outline-danger"))
                .findFirst()
                .orElseThrow();
        assertThat(approve.getDomAttribute("id")).isEqualTo("branch-disetujui");
        assertThat(approve.getText()).isEqualTo("Disetujui");
        screenshot("04-request.png");
        browser.findElement(By.id("note")).sendKeys("Dokumen lengkap (uji peramban)");
        submitAndWaitForReload(By.id("branch-disetujui"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flash-success"))).getText())
                .isEqualTo("Langkah telah diselesaikan.");

        // 6. The task that creates the mailbox.
        WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.id("complete-step")));
        assertThat(complete.getText()).isEqualTo("Kerjakan dan tandai selesai");
        assertThat(browser.findElement(By.id("current-activity")).getText()).contains("membuat Email Pemohon");
        browser.findElement(By.id("note")).sendKeys("Akun dibuat (uji peramban)");
        submitAndWaitForReload(By.id("complete-step"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flash-success")));

        // 7. The system steps run in the background: reload until the request is approved.
        new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(300)).until(d -> {
            d.navigate().refresh();
            List<WebElement> error = d.findElements(By.id("action-error"));
            if (!error.isEmpty()) {
                throw new AssertionError("system action failed: " + error.get(0).getText());
            }
            return APPROVED.equals(d.findElement(By.id("request-status")).getText());
        });
        assertThat(browser.findElements(By.id("step-form"))).as("nothing left to do").isEmpty();
        assertThat(browser.findElement(By.id("address")).getText()).isEqualTo(address);
        screenshot("05-approved.png");

        // 8. Staff logs out; the applicant reopens the private tracking link.
        submitAndWaitForReload(By.id("logout"));
        open(trackingUrl);
        assertThat(browser.findElement(By.id("tracking-number")).getText()).isEqualTo(trackingNumber);
        assertThat(browser.findElement(By.id("request-status")).getText()).isEqualTo(APPROVED);
        assertThat(browser.findElements(By.id("submitted"))).as("the 'just submitted' notice was one-off").isEmpty();
        assertThat(browser.findElement(By.cssSelector("main .alert-info")).getText()).contains(contact);
        screenshot("06-tracking-approved.png");

        // 9. The password from the credential mail opens the new mailbox, which holds the welcome mail.
        Mail credential = awaitMail(contact, "Kata sandi awal");
        assertThat(credential.body()).contains(address);
        Matcher m = PASSWORD.matcher(credential.body());
        assertThat(m.find()).as("password in the credential mail").isTrue();
        List<Mail> inbox = MailboxReader.inbox(mailServer.host(), mailServer.imapPort(), address, m.group(1));
        assertThat(inbox).anySatisfy(mail -> assertThat(mail.subject()).contains("Selamat datang"));
    }

    private void fillForm(String name, String nip, String unit, String contact, Path letter) {
        browser.findElement(By.id("type-pribadi")).click();
        type(By.id("applicantName"), name);
        type(By.id("applicantNip"), nip);
        new Select(browser.findElement(By.id("unitCode"))).selectByValue(unit);
        type(By.id("contactEmail"), contact);
        browser.findElement(By.id("document-pribadi-surat-permohonan")).sendKeys(letter.toAbsolutePath().toString());
    }

    private void type(By field, String text) {
        WebElement input = browser.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    private void open(String pathOrUrl) {
        browser.get(pathOrUrl.startsWith("http") ? pathOrUrl : "http://127.0.0.1:" + port + pathOrUrl);
    }

    private void click(By target) {
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    /** Clicks a submit button and waits until the browser has left the page (POST, redirect, new page). */
    private void submitAndWaitForReload(By button) {
        WebElement html = browser.findElement(By.tagName("html"));
        try {
            click(button);
        } catch (WebDriverException e) {
            // After a full-page screenshot Chromium can answer a click with "node does not belong to the document".
            // If the page is still there the click did not happen, so it is safe to click once more.
            if (!ExpectedConditions.stalenessOf(html).apply(browser)) {
                click(button);
            }
        }
        wait.until(ExpectedConditions.stalenessOf(html));
        wait.until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
    }

    private Mail awaitMail(String contact, String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            List<Mail> mails = MailboxReader.inbox(mailServer.host(), mailServer.imapPort(), contact, contact);
            for (Mail mail : mails) {
                if (mail.body().contains(text)) {
                    return mail;
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no mail with '" + text + "' for " + contact + "; got " + mails);
            }
            Thread.sleep(100);
        }
    }

    /** The whole page (not only the window), through the DevTools protocol; the window if that is not possible. */
    private void screenshot(String file) throws IOException {
        byte[] png;
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> metrics = (Map<String, Object>) browser.executeCdpCommand("Page.getLayoutMetrics",
                    Map.of()).get("cssContentSize");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", metrics.get("width"), "height",
                    metrics.get("height"), "scale", 1);
            String data = (String) browser.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)).get("data");
            png = Base64.getDecoder().decode(data);
        } catch (RuntimeException e) {
            png = browser.getScreenshotAs(OutputType.BYTES);
        }
        Files.write(SCREENSHOTS.resolve(file), png);
        System.out.printf("[browser journey] %s at %.1f s%n", SCREENSHOTS.resolve(file),
                Duration.between(started, Instant.now()).toMillis() / 1000.0);
    }

    /** Console messages (CSP violations, missing files, script errors) go to the test output for the record. */
    private void printConsole() {
        try {
            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                System.out.println("[browser console] " + entry.getLevel() + " " + entry.getMessage());
            }
        } catch (RuntimeException e) {
            System.out.println("[browser console] not available: " + e.getMessage());
        }
    }
}
