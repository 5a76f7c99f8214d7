package org.rotaguard.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End to end in headless Chromium (Debian's chromium and chromium-driver): import an example
 * through the page, find a known violation on the right cell, edit it away, and download a
 * doctor's calendar. Skipped only when ROTAGUARD_TEST_BROWSER=off says there is no browser here.
 */
@H2Web
@ExtendWith(BrowserTest.Enabled.class)
class BrowserTest {
    private static WebDriver driver;
    private static Path downloads;

    @LocalServerPort
    int port;

    static final class Enabled implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return "off".equals(System.getenv("ROTAGUARD_TEST_BROWSER"))
                    ? ConditionEvaluationResult.disabled("ROTAGUARD_TEST_BROWSER=off: no browser on this machine")
                    : ConditionEvaluationResult.enabled("browser tests run");
        }
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        downloads = Files.createTempDirectory("rotaguard-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("ROTAGUARD_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("rotaguard-chromium"));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("ROTAGUARD_CHROMEDRIVER", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    private WebElement cell(String id) {
        return driver.findElement(By.id(id));
    }

    @Test
    void importSeeAViolationEditItAwayAndDownloadACalendar() throws Exception {
        driver.get("http://localhost:" + port + "/rotas");
        driver.findElement(By.id("file")).sendKeys(Examples.path("clock-changes.yaml").toString());
        driver.findElement(By.id("import-button")).click();
        waiting().until(d -> d.getCurrentUrl().contains("?imported"));
        assertThat(driver.findElement(By.id("rota-name")).getText())
                .isEqualTo("Medical rota excerpt across the 2026 clock changes");
        assertThat(driver.findElement(By.id("result")).getText()).contains("2 violations");

        // Ogunleye's long days on Saturday 28 and Sunday 29 March, across the spring clock change.
        WebElement sunday = cell("cell-ogunleye-6");
        assertThat(sunday.getAttribute("class")).contains("rg-cell--flagged");
        assertThat(cell("cell-ogunleye-5").getAttribute("class")).contains("rg-cell--flagged");
        assertThat(cell("cell-patel-6").getAttribute("class")).doesNotContain("rg-cell--flagged");
        assertThat(driver.findElement(By.id("day-6")).getText()).contains("Sun").contains("29 Mar");
        WebElement flag = sunday.findElement(By.className("rg-flag-link"));
        String finding = flag.getAttribute("href").substring(flag.getAttribute("href").indexOf('#') + 1);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1250));
        screenshot("rota-view.png");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        screenshot("rota-view-phone.png");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        assertThat(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("the page itself does not scroll sideways; only the grid does").isEqualTo(true);
        flag.click();
        WebElement explanation = driver.findElement(By.id(finding));
        assertThat(explanation.getText()).contains("Dr Tunde Ogunleye").contains("min-rest-between-shifts")
                .contains("Only 10h30m rest").contains("11h");
        screenshot("violation-explanation.png");

        sunday = cell("cell-ogunleye-6");
        sunday.findElement(By.className("rg-cell__edit")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/cells/ogunleye/6"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("min-rest-between-shifts");
        WebElement value = driver.findElement(By.id("value"));
        assertThat(value.getAttribute("value")).isEqualTo("LD");
        value.clear();
        value.sendKeys("-");
        driver.findElement(By.id("save-cell")).click();
        waiting().until(d -> d.getCurrentUrl().contains("#cell-ogunleye-6"));

        assertThat(driver.findElement(By.id("result")).getText()).contains("1 violation").doesNotContain("2 violations");
        assertThat(cell("cell-ogunleye-6").getText()).startsWith("-");
        assertThat(cell("cell-ogunleye-6").getAttribute("class")).doesNotContain("rg-cell--flagged");
        assertThat(cell("cell-ogunleye-5").getAttribute("class")).doesNotContain("rg-cell--flagged");
        assertThat(driver.getPageSource()).doesNotContain("min-rest-between-shifts");

        driver.findElement(By.cssSelector("a.rg-ics[href$='/doctors/ogunleye/calendar.ics']")).click();
        Path calendar = waitForDownload();
        String text = Files.readString(calendar, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR").contains("TZID:Europe/London")
                .contains("DTSTART;TZID=Europe/London:20260328T080000")
                .doesNotContain("DTSTART;TZID=Europe/London:20260329T080000");

        driver.findElement(By.id("pay-link")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/pay"));
        assertThat(driver.findElement(By.id("pay-walsh")).getText()).contains("Night enhancement").contains("£800.05");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1250));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('pay-walsh').scrollIntoView()");
        screenshot("pay.png");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        assertThat(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("the pay page fits a phone").isEqualTo(true);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        driver.navigate().back();
        driver.findElement(By.id("fatigue-link")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/fatigue"));
        assertThat(driver.findElement(By.id("fatigue-patel")).getText()).contains("Sat 24 Oct 20:00–08:00")
                .contains("7.30");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1100));
        screenshot("fatigue.png");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    private Path waitForDownload() throws IOException, InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(p -> p.toString().endsWith(".ics")).toList();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no calendar was downloaded to " + downloads);
    }

    /** Screenshots for the documentation land in target/screenshots. */
    private static void screenshot(String name) throws IOException {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), png);
    }
}
