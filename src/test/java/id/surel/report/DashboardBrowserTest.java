package id.surel.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.mailbox.MailAccounts;
import id.surel.support.MutableClock;
import id.surel.support.HeadlessChromium;
import id.surel.support.SurelIntegrationTest;
import id.surel.workflow.RequestEngine;
import id.surel.workflow.Requests;
import id.surel.workflow.SlaMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard and the report page of a seeded month (June 2099) in one real headless Chromium: the CSP blocks
 * nothing, the charts take up room, and screenshots go to {@code target/screenshots/} for a person to look at.
 */
@SurelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    RequestEngine engine;

    @Autowired
    Requests requests;

    @Autowired
    MailAccounts accounts;

    @Autowired
    SlaMonitor monitor;

    @Autowired
    DashboardFigures figures;

    @Autowired
    MutableClock clock;

    @TempDir
    static Path tmp;

    ChromeDriver browser;
    ServiceMonthSeed seed;

    @BeforeAll
    void seedAndStartBrowser() throws IOException {
        try {
            seed = new ServiceMonthSeed(engine, requests, accounts, monitor, figures, clock).seed(YearMonth.of(2099, 6));
        } finally {
            clock.reset();
        }
        browser = HeadlessChromium.start(tmp.resolve("profile"), 1280, 900);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @AfterAll
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDashboardDrawsItsChartsWithoutCspViolations() throws IOException {
        clock.set(seed.now());
        login("kepala-dinas@kab-morowali");
        browser.findElement(By.id("nav-dashboard")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("chart-accounts")));
        screenshot("dashboard.png");

        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) browser.executeScript(
                "return [...document.querySelectorAll('svg.chart')].map(s => s.getBoundingClientRect().width);");
        assertThat(widths).hasSize(3).allSatisfy(w -> assertThat(w.doubleValue()).isGreaterThan(300));
        assertThat(browser.findElement(By.cssSelector("#chart-accounts [data-key='2099-06'] .chart-value")).getText())
                .isEqualTo("4");
        assertThat(cspProblems()).isEmpty();

        browser.findElement(By.id("nav-report")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("report-accounts")));
        screenshot("report.png");
        assertThat(browser.findElement(By.id("report-accounts-total")).getText()).isEqualTo("4");
        assertThat(cspProblems()).isEmpty();
    }

    private void login(String username) {
        browser.manage().deleteAllCookies();
        browser.get("http://127.0.0.1:" + port + "/login");
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys("surel-demo");
        browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/kotak-masuk"));
    }

    private List<String> cspProblems() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Failed to load"))
                .toList();
    }

    /** The whole page, not only the window, through the DevTools protocol. */
    private void screenshot(String file) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) browser.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
                "scale", 1);
        String png = (String) browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip)).get("data");
        Files.write(SCREENSHOTS.resolve(file), Base64.getDecoder().decode(png));
    }
}
