package id.surel.sop;

import static org.assertj.core.api.Assertions.assertThat;

import id.surel.support.HeadlessChromium;
import id.surel.support.SurelIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each seed's SOP page in one real headless Chromium: the CSP blocks nothing, every lane drawing fills its table cell, and
 * a full-page screenshot goes to {@code target/screenshots/sop-<tenant>.png} for a person to compare with the SOP.
 */
@SurelIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SopDocumentBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @TempDir
    static Path tmp;

    ChromeDriver browser;

    @BeforeAll
    void startBrowser() throws IOException {
        browser = HeadlessChromium.start(tmp.resolve("profile"), 1600, 1200);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @CsvSource({"kota-cirebon, tim-pengelola", "kab-morowali, kepala-dinas", "kota-bogor, kepala-diskominfo",
            "kota-batam, kepala-bidang-egov"})
    void theSopPageDrawsItsChartWithoutCspViolations(String tenant, String actor) throws IOException {
        browser.manage().deleteAllCookies();
        browser.get("http://127.0.0.1:" + port + "/login");
        browser.findElement(By.name("username")).sendKeys(actor + "@" + tenant);
        browser.findElement(By.name("password")).sendKeys("surel-demo");
        browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/kotak-masuk"));
        browser.findElement(By.id("nav-sop")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("sop-flow")));

        screenshot("sop-" + tenant + ".png");
        @SuppressWarnings("unchecked")
        List<Boolean> filled = (List<Boolean>) browser.executeScript("""
                return [...document.querySelectorAll('#sop-flow td.lane')].map(td => {
                  const cell = td.getBoundingClientRect(), svg = td.querySelector('svg').getBoundingClientRect();
                  return cell.height >= 90 && Math.abs(svg.height - cell.height) < 2 && Math.abs(svg.width - cell.width) < 2;
                });""");
        assertThat(filled).isNotEmpty().containsOnly(true);
        List<String> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Failed to load"))
                .toList();
        assertThat(problems).isEmpty();
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
