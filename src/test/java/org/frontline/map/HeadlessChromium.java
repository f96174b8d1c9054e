package org.frontline.map;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's chromium, headless, driven through its chromedriver, in a fresh profile that is deleted on {@link #quit()}.
 * The browser never resolves a host name other than localhost, and records every request the page makes in its
 * performance log, so that a test can check that none left the application.
 */
final class HeadlessChromium {

    /** Where Debian's chromium and chromium-driver packages put them; PATH is searched first. */
    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "/usr/lib/chromium/chromium");
    private static final List<String> DRIVERS = List.of("chromedriver", "/usr/lib/chromium/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** The browser and its driver, if this machine has both. */
    static Optional<Path[]> installed() {
        return executable(BROWSERS).flatMap(browser -> executable(DRIVERS).map(driver -> new Path[] {browser, driver}));
    }

    static HeadlessChromium start(Path browser, Path driverExecutable) throws IOException {
        Path profile = Files.createTempDirectory("frontline-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(browser.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile,
                        // should the page try to reach another host, the attempt fails here (and the log shows it)
                        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL", LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverExecutable.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        try {
            return new HeadlessChromium(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            FileSystemUtils.deleteRecursively(profile);
            throw e;
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    void quit() throws IOException {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    private static Optional<Path> executable(List<String> candidates) {
        List<Path> path = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(folder -> !folder.isEmpty()).map(Path::of).toList();
        return candidates.stream()
                .flatMap(name -> name.startsWith("/") ? Stream.of(Path.of(name)) : path.stream().map(folder -> folder.resolve(name)))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
