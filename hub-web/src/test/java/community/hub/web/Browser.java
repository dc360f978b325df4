package community.hub.web;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven as a person would use the hub's pages. Nothing is downloaded. */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final HubClient hub;

    Browser(HubClient hub) {
        this(hub, "en-GB");
    }

    /** A browser whose person reads these languages (its Accept-Language), first the one they read best. */
    Browser(HubClient hub, String languages) {
        this.hub = hub;
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM)
                    .addArguments(
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run",
                            "--disable-quic",
                            "--window-size=1280,1000",
                            "--user-data-dir=" + profile,
                            "--lang=" + languages.split(",")[0]);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
            // the browser's console kept, so a check can read what it logged (content security policy violations)
            options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        } catch (IOException noTemp) {
            throw new UncheckedIOException(noTemp);
        }
    }

    Browser open(String path) {
        URI uri = hub.uri(path);
        driver.get(uri.toString());
        waitForPage();
        return this;
    }

    Browser signIn(String username) {
        open("/login.xhtml");
        type("username", username);
        type("password", HubClient.DEMO_PASSWORD);
        submit("signIn");
        return this;
    }

    Browser type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** Sets a date or time field as its picker would (typing into them depends on the browser's locale). */
    Browser fill(String id, String value) {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        driver.findElement(By.id(id)),
                        value);
        return this;
    }

    Browser choose(String id, String visibleText) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        return this;
    }

    /** Ticks a radio button or checkbox that updates part of the page, and waits for the part it brings. */
    Browser tick(String id, String appears) {
        driver.findElement(By.id(id)).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(appears)));
        return this;
    }

    /** Presses a button that updates part of the page without loading a new one, and waits for what it brings. */
    Browser press(String id, By appears) {
        return press(By.id(id), appears);
    }

    Browser press(By button, By appears) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.elementToBeClickable(button))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(appears));
        return this;
    }

    /** Drags one element onto another with the mouse, in small steps as a hand would, for the page's drag and drop. */
    Browser drag(By from, By onto) {
        WebElement source =
                new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(from));
        WebElement target = driver.findElement(onto);
        new Actions(driver)
                .moveToElement(source)
                .clickAndHold()
                .moveByOffset(5, 5)
                .moveToElement(target, 2, 2)
                .moveToElement(target)
                .pause(Duration.ofMillis(200))
                .release()
                .perform();
        return this;
    }

    /** Waits until the element's text starts with the words expected, as a part of the page updates. */
    Browser waitForText(String id, String start) {
        return waitForTextThat(id, text -> text.startsWith(start));
    }

    private Browser waitForTextThat(String id, Predicate<String> expected) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(browser -> expected.test(browser.findElement(By.id(id)).getText()));
        return this;
    }

    /** Activates a link or button from the keyboard (Enter, as someone without a mouse would) and waits for the page it loads. */
    Browser enter(By control) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(control).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(browser -> gone(page));
        waitForPage();
        return this;
    }

    /** What a field holds now. */
    String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    /** Waits until the element's text contains the words expected, as a part of the page updates. */
    Browser waitForTextContaining(String id, String words) {
        return waitForTextThat(id, text -> text.contains(words));
    }

    /** Follows a link to another page and waits for it. */
    Browser follow(String id) {
        return submit(By.id(id));
    }

    List<WebElement> all(By where) {
        return driver.findElements(where);
    }

    Browser tick(String id) {
        driver.findElement(By.id(id)).click();
        return this;
    }

    /** Presses a button that submits its form, and waits for the page that comes back. */
    Browser submit(String id) {
        return submit(By.id(id));
    }

    Browser submit(By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(browser -> gone(page));
        waitForPage();
        return this;
    }

    /** The old page has been replaced; Chromium says so in two ways, depending on how far the swap has got. */
    private static boolean gone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (StaleElementReferenceException replaced) {
            return true;
        } catch (WebDriverException replacing) {
            return String.valueOf(replacing.getMessage()).contains("does not belong to the document");
        }
    }

    private void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(browser ->
                        "complete".equals(((JavascriptExecutor) browser).executeScript("return document.readyState")));
    }

    /** Reads from the page as it settles: a node replaced mid-read is read again, not a failure. */
    private String read(By where) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(browser -> browser.findElement(where).getText());
    }

    String text(String id) {
        return read(By.id(id));
    }

    String heading() {
        return read(By.tagName("h1"));
    }

    String pageText() {
        return read(By.tagName("body"));
    }

    /** The signed-in session as a Cookie header, for fetching what a link points at (a download) as this person. */
    String sessionCookie() {
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        return session == null ? "" : "JSESSIONID=" + session.getValue();
    }

    /** The signed-in session's cookie itself, with its attributes (SameSite, HttpOnly). */
    org.openqa.selenium.Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    /** What the browser logged since last asked that says a content security policy refused something. */
    List<String> contentSecurityViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    WebDriver driver() {
        return driver;
    }

    private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private static String axeScript() {
        try (InputStream script = Browser.class.getResourceAsStream(AXE)) {
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Runs Deque's axe-core in the page and returns the serious and critical WCAG 2.x A/AA violations. */
    @SuppressWarnings("unchecked")
    List<String> seriousAccessibilityViolations() {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript(axeScript());
        Map<String, Object> results = (Map<String, Object>)
                page.executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                                + ".then(done, error => done({violations: [{id: 'axe-error', impact: 'critical', help: String(error)}]}));");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) results.get("violations");
        return violations.stream()
                .filter(violation ->
                        "serious".equals(violation.get("impact")) || "critical".equals(violation.get("impact")))
                .map(violation -> violation.get("id") + ": " + violation.get("help"))
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
