package org.factcheck.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in a real headless Chromium, through the gateway with Keycloak's login page: alice takes a claim
 * and submits a verdict, erin approves it, the ClaimReview is public, audrey sees the history and a valid chain,
 * and alice is refused the editor's and auditor's pages. Saves a screenshot of each page into docs/workbench/.
 */
@ExtendWith({ WorkbenchBrowserIT.BrowserInstalled.class, StackExtension.class })
class WorkbenchBrowserIT {

    static final Path CHROMIUM = Path.of(System.getProperty("factcheck.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("factcheck.chromedriver", "/usr/bin/chromedriver"));

    static final String ARTICLE = """
            Harbour authority reports record cargo year

            The port handled 41.5 million tonnes of cargo in 2024, up 6% on the year before and the third-highest \
            total among the 12 Baltic ports, the harbour authority said.
            Container traffic reached about 2.3 million boxes, making it the second-busiest port in the region.
            The authority plans to spend 180 million euros on a new quay by 2027, its director told reporters.
            """;

    static final String SECOND_ARTICLE = """
            Ferry line to the islands extended

            The ferry company will run 14 crossings a day from May, up from 9, the regional transport office said.
            """;

    /** Skips the class, before the stack is started, when the browser or its driver is not installed. */
    static final class BrowserInstalled implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                    "browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                            + " is missing; install them with: apt-get install chromium chromium-driver");
        }
    }

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void reviewerEditorAndAuditorWorkAClaimThroughToAVerifiedPublication(Stack stack) {
        String ivan = stack.token("ivan");
        String url = "https://news.example.org/harbour-" + UUID.randomUUID();
        List<String> claimIds = given().auth().oauth2(ivan).contentType("application/json")
                .body(Map.of("title", "Record cargo year at the harbour", "text", ARTICLE, "url", url,
                        "outlet", "Example Coast News", "publishedAt", "2025-02-10T07:00:00Z"))
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getList("claims.id", String.class);
        assertThat(claimIds).isNotEmpty();
        FullFlowIT.awaitInQueue(stack.token("erin"), claimIds);

        browser = chromium();
        String base = stack.gatewayUrl();

        // alice: sign in, the queue, take the next claim with the keyboard, the claim in its article, a verdict
        browser.get(base + "/queue");
        signIn("alice");
        await(ExpectedConditions.textToBe(By.id("user-name"), "alice"));
        assertThat(browser.findElement(By.className("shortcuts")).getText()).contains("n", "take next", "release");
        assertThat(browser.findElements(By.cssSelector("#queue-rows a.claim-link"))).isNotEmpty();
        screenshot("queue");

        // the queue is live: claims of an article ingested now appear without a reload
        String later = "https://news.example.org/ferry-" + UUID.randomUUID();
        io.restassured.path.json.JsonPath added = given().auth().oauth2(ivan).contentType("application/json")
                .body(Map.of("title", "Ferry line extended", "text", SECOND_ARTICLE, "url", later))
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
        List<String> allClaims = new java.util.ArrayList<>(claimIds);
        allClaims.addAll(added.getList("claims.id", String.class));
        String newClaim = added.getString("claims[0].text");
        await(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-rows"), newClaim));

        pressKey("n");
        await(ExpectedConditions.urlContains("/claims/"));
        String claimId = browser.getCurrentUrl().replaceAll(".*/claims/([^/?#]+).*", "$1");
        assertThat(allClaims).contains(claimId);
        String sentence = browser.findElement(By.id("claim-sentence")).getText();
        assertThat(sentence).isNotBlank();
        if (sentence.contains("Baltic ports")) { // the claim with a place in a field of a given size
            assertThat(browser.findElement(By.id("rankings")).getText()).contains("third of 12");
        }
        await(ExpectedConditions.textMatches(By.id("lease-countdown"), java.util.regex.Pattern.compile("\\d+:\\d\\d left")));

        new Select(browser.findElement(By.id("rating"))).selectByValue("MOSTLY_TRUE");
        browser.findElement(By.id("summary")).sendKeys("The harbour authority's annual report gives these figures.");
        browser.findElement(By.id("source-url-1")).sendKeys("https://harbour.example.org/annual-report-2024");
        browser.findElement(By.id("source-title-1")).sendKeys("Annual report 2024");
        if (browser.findElement(By.id("verdict-form")).getAttribute("data-claimed") != null) {
            browser.findElement(By.id("evidence-value")).sendKeys("41000000");
            await(ExpectedConditions.textMatches(By.id("deviation"), java.util.regex.Pattern.compile(".*%.*")));
            await(ExpectedConditions.textMatches(By.id("suggestion"), java.util.regex.Pattern.compile("Suggested rating: .+")));
        }
        screenshot("claim");
        pressKey("s");
        await(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
        assertThat(browser.findElement(By.id("claim-state")).getText()).isEqualTo("awaiting approval");

        // alice may not see the editor's or the auditor's pages: a 403 page, no stack trace
        for (String page : List.of("/editor", "/audit", "/editor/claims/" + claimId)) {
            browser.get(base + page);
            assertThat(browser.findElement(By.id("error-title")).getText()).as(page).startsWith("403");
            assertThat(browser.getPageSource()).doesNotContain("Exception", "at org.");
        }
        screenshot("forbidden");
        signOut();

        // erin: the claim awaits approval; approving publishes the ClaimReview
        browser.get(base + "/editor");
        signIn("erin");
        await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/editor/claims/" + claimId + "']")));
        screenshot("editor");
        browser.findElement(By.cssSelector("a[href='/editor/claims/" + claimId + "']")).click();
        await(ExpectedConditions.elementToBeClickable(By.id("approve"))).click();
        await(ExpectedConditions.visibilityOfElementLocated(By.id("claim-review")));
        assertThat(browser.findElement(By.id("claim-review")).getText()).contains("ClaimReview", claimId);
        screenshot("published");
        given().get("/api/fact-checks/{id}", claimId).then().statusCode(200);
        signOut();

        // audrey: the claim's history and a valid chain
        browser.get(base + "/audit");
        signIn("audrey");
        await(ExpectedConditions.textMatches(By.id("chain-status"), java.util.regex.Pattern.compile("Chain valid.*")));
        assertThat(browser.findElement(By.id("export-csv")).getAttribute("href")).contains("/audit/export?format=csv");
        screenshot("audit");
        browser.get(base + "/audit/claims/" + claimId);
        List<String> steps = browser.findElements(By.cssSelector("#history td.event-type")).stream()
                .map(e -> e.getText()).toList();
        assertThat(steps).hasSizeGreaterThanOrEqualTo(3);
        assertThat(String.join(" ", steps).toLowerCase()).contains("publish");
        screenshot("history");
    }

    private WebDriver chromium() {
        // both paths set explicitly, so Selenium never looks for (or downloads) a browser or driver
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1400", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private void signIn(String user) {
        await(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user);
        browser.findElement(By.id("kc-login")).click();
    }

    private void signOut() {
        browser.findElement(By.id("logout")).click();
        // back at Keycloak's login page: the session is gone on both sides
        await(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    /** A key pressed on the page itself, as a reviewer does with nothing focused. */
    private void pressKey(String key) {
        ((JavascriptExecutor) browser).executeScript("if (document.activeElement) document.activeElement.blur();");
        browser.findElement(By.tagName("body")).sendKeys(key);
    }

    private <T> T await(java.util.function.Function<? super WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(40)).until(condition);
    }

    private void screenshot(String name) {
        Path dir = Path.of(System.getProperty("factcheck.root", "..")).resolve("docs/workbench");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        try {
            Files.createDirectories(dir);
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot save screenshot " + name, e);
        }
    }
}
