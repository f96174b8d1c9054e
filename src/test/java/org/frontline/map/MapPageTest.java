package org.frontline.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.frontline.support.SharedCoreNlpConfiguration;
import org.frontline.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The map client at /map in headless Chromium, against the running service with the five seed articles imported on
 * its start: the map shows the seeds' events, brushing the timeline narrows them, clicking an event shows the
 * sentences that support it, the filters show what the API selects, and the page asks nothing of any other host. One
 * browser for the whole class; screenshots go to target/map-screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "frontline.seeds.import-on-start=true",
        "frontline.seeds.path=seeds",
        "logging.level.org.openqa.selenium=ERROR"})
@AutoConfigureHttpGraphQlTester
@Import({TestDatabaseConfiguration.class, SharedCoreNlpConfiguration.class}) // the JVM's one language analyzer
// no other test shares this context, and its database and gazetteer take room: closed after the class
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIf(value = "chromiumInstalled", disabledReason = "no chromium and chromedriver on this machine")
class MapPageTest {

    private static final Logger log = LoggerFactory.getLogger(MapPageTest.class);
    private static final Path SCREENSHOTS = Path.of("target", "map-screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    HttpGraphQlTester graphQl;

    HeadlessChromium chromium;
    ChromeDriver browser;
    /** The seeds' events as the API gives them, oldest first, as the page lists them. */
    List<SeedEvent> seedEvents;

    /** Skips the class, with one line saying why, where no browser is installed; CI installs one (.ci/run). */
    static boolean chromiumInstalled() {
        if (HeadlessChromium.installed().isPresent() || System.getenv("CI") != null) {
            return true;
        }
        log.warn("MapPageTest skipped: chromium and chromedriver are not installed "
                + "(apt-get install chromium chromium-driver, as .ci/run does)");
        return false;
    }

    @BeforeAll
    void startBrowser() throws IOException {
        Path[] installed = HeadlessChromium.installed().orElseGet(() ->
                fail("CI must run the map's end-to-end test: .ci/run installs chromium and chromium-driver"));
        chromium = HeadlessChromium.start(installed[0], installed[1]);
        browser = chromium.driver();
        // the first requests of a fresh service on a busy machine can take longer than the tester's 5 s default
        graphQl = graphQl.mutate().responseTimeout(TIMEOUT)
                .webTestClient(client -> client.responseTimeout(TIMEOUT)).build();
        seedEvents = seedEvents();
        assertThat(seedEvents).as("the seeds' events").hasSizeGreaterThan(10);
    }

    @AfterAll
    void quitBrowser() throws IOException {
        if (chromium != null) {
            chromium.quit();
        }
    }

    @Test
    void theMapShowsEverySeedEventThatHasAPlaceWithCoordinates() throws IOException {
        openMap();

        Map<String, List<String>> markers = markers();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (SeedEvent event : seedEvents) {
            event.located().forEach(place -> expected.computeIfAbsent(place.id(), id -> new ArrayList<>()).add(event.id()));
        }
        assertThat(markers).as("event IDs per place marker").isEqualTo(expected);
        assertThat(visibleCount()).isEqualTo(seedEvents.size());
        for (WebElement disc : browser.findElements(By.cssSelector(".place-marker .disc"))) {
            Set<String> types = seedEvents.stream().filter(event -> markers.get(placeId(disc)).contains(event.id()))
                    .map(SeedEvent::type).collect(Collectors.toCollection(TreeSet::new));
            assertThat(new TreeSet<>(List.of(disc.getDomAttribute("data-types").split(" ")))).isEqualTo(types);
        }
        assertThat(browser.findElements(By.cssSelector("path.country"))).hasSizeGreaterThan(5);
        assertThat(browser.findElements(By.cssSelector("path.oblast"))).as("Ukraine's oblasts").hasSize(27);
        screenshot("overview.png");
    }

    @Test
    void brushingTheTimelineShowsOnlyTheEventsOfTheSelectedDays() {
        openMap();
        List<WebElement> bars = browser.findElements(By.cssSelector("#timeline .bar"));
        assertThat(bars).as("days with events").hasSizeGreaterThanOrEqualTo(3);

        LocalDate from = day(bars.get(bars.size() - 2));
        LocalDate to = day(bars.get(bars.size() - 1));
        brush(bars.get(bars.size() - 2), bars.get(bars.size() - 1));

        List<SeedEvent> expected = seedEvents.stream()
                .filter(event -> event.date() != null && !event.date().isBefore(from) && !event.date().isAfter(to))
                .toList();
        assertThat(expected).hasSizeLessThan(seedEvents.size());
        WebElement timeline = browser.findElement(By.cssSelector("#timeline svg"));
        assertThat(timeline.getDomAttribute("data-from")).isEqualTo(from.toString());
        assertThat(timeline.getDomAttribute("data-to")).isEqualTo(to.toString());
        assertThat(visibleCount()).isEqualTo(expected.size());
        assertThat(listedEventIds()).containsExactlyElementsOf(expected.stream().map(SeedEvent::id).toList());
        assertThat(markers().values().stream().flatMap(List::stream).collect(Collectors.toSet()))
                .isEqualTo(expected.stream().filter(event -> !event.located().isEmpty()).map(SeedEvent::id)
                        .collect(Collectors.toSet()));

        browser.findElement(By.id("clear-range")).click();
        assertThat(visibleCount()).isEqualTo(seedEvents.size());
    }

    @Test
    void clickingAnEventShowsWhatSupportsIt() throws IOException {
        openMap();

        WebElement single = clickableMarkers().stream().filter(disc -> eventIds(disc).size() == 1).findFirst()
                .orElseThrow(() -> new AssertionError("no place with a single event can be clicked"));
        SeedEvent event = seedEvent(eventIds(single).get(0));
        single.click();
        assertShowsEvent(event);

        WebElement several = clickableMarkers().stream().filter(disc -> eventIds(disc).size() > 1)
                .max(Comparator.comparingInt(disc -> eventIds(disc).size()))
                .orElseThrow(() -> new AssertionError("no place with several events can be clicked"));
        List<String> atPlace = eventIds(several);
        several.click();
        waitForView("list");
        assertThat(listedEventIds()).containsExactlyElementsOf(atPlace);
        SeedEvent mostSupported = atPlace.stream().map(this::seedEvent)
                .max(Comparator.comparingInt(candidate -> candidate.evidence().size())).orElseThrow();
        browser.findElement(By.cssSelector(".event-row[data-event-id='" + mostSupported.id() + "']")).click();
        assertShowsEvent(mostSupported);
        screenshot("map.png");

        browser.findElement(By.cssSelector("#panel .back")).click();
        waitForView("list");
        assertThat(listedEventIds()).containsExactlyElementsOf(atPlace);
    }

    @Test
    void theFiltersShowWhatTheApiSelects() {
        openMap();
        String region = seedEvents.stream().flatMap(event -> event.places().stream())
                .map(Place::region).filter(Objects::nonNull).map(Region::id)
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();

        new WebDriverWait(browser, TIMEOUT).until(driver ->
                !driver.findElements(By.cssSelector("#region option[value='" + region + "']")).isEmpty());
        new Select(browser.findElement(By.id("region"))).selectByValue(region);
        assertListsEventsOf("{placeId: \"" + region + "\"}");

        String word = seedEvents.get(0).title().split(" ")[0];
        browser.findElement(By.id("text")).sendKeys(word);
        assertListsEventsOf("{placeId: \"" + region + "\", text: \"" + word + "\"}");

        browser.findElement(By.cssSelector("input[name='type'][value='ATTACK']")).click();
        assertListsEventsOf("{placeId: \"" + region + "\", text: \"" + word + "\", types: ["
                + "TERRITORY_REGAINED, TERRITORY_CAPTURED, WITHDRAWAL, CIVILIAN_HARM, MASS_GRAVE, AID_PLEDGE, POLITICAL, "
                + "EVACUATION, OTHER]}");
    }

    @Test
    void thePageRequestsNothingOutsideTheApplication() {
        browser.manage().logs().get(LogType.PERFORMANCE);
        openMap();
        List<WebElement> bars = browser.findElements(By.cssSelector("#timeline .bar"));
        brush(bars.get(0), bars.get(bars.size() - 1));
        clickableMarkers().get(0).click();
        new WebDriverWait(browser, TIMEOUT).until(driver -> "detail".equals(panelView()) || "list".equals(panelView()));

        String application = "http://localhost:" + port + "/";
        List<String> requested = requestedUrls();
        assertThat(requested).contains(application + "map/", application + "map/app.js",
                application + "map/app.css", application + "map/basemap.json", application + "graphql");
        assertThat(requested).allSatisfy(url -> assertThat(url).matches("(" + Pattern.quote(application) + "|data:).*"));
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .as("errors the page logged").filteredOn(entry -> entry.getLevel().intValue() >= 1000).isEmpty();
    }

    /** Waits until the page lists the events the API gives for this filter, in its order. */
    private void assertListsEventsOf(String filter) {
        // language=GraphQL
        String query = "{ events(first: 100, filter: " + filter + ") { edges { node { id } } } }";
        List<String> expected = graphQl.document(query).execute().path("events.edges[*].node.id").entityList(String.class)
                .get();
        new WebDriverWait(browser, TIMEOUT).withMessage(() -> "the page lists the events of " + filter)
                .until(driver -> "ready".equals(bodyState()) && listedEventIds().equals(expected));
        assertThat(visibleCount()).isEqualTo(expected.size());
    }

    private void openMap() {
        browser.get("http://localhost:" + port + "/map");
        new WebDriverWait(browser, TIMEOUT).until(driver -> !"loading".equals(bodyState()));
        assertThat(bodyState()).as("the page's state; status: " + browser.findElement(By.id("status")).getText())
                .isEqualTo("ready");
    }

    private String bodyState() {
        return browser.findElement(By.tagName("body")).getDomAttribute("data-state");
    }

    private String panelView() {
        return browser.findElement(By.id("panel")).getDomAttribute("data-view");
    }

    private void waitForView(String view) {
        new WebDriverWait(browser, TIMEOUT).until(driver -> view.equals(panelView()));
    }

    private int visibleCount() {
        return Integer.parseInt(browser.findElement(By.id("status")).getDomAttribute("data-visible"));
    }

    /** Event IDs per place, as the markers carry them. */
    private Map<String, List<String>> markers() {
        Map<String, List<String>> markers = new LinkedHashMap<>();
        for (WebElement disc : browser.findElements(By.cssSelector(".place-marker .disc"))) {
            markers.put(placeId(disc), eventIds(disc));
        }
        return markers;
    }

    /** Markers that are not covered by another one at their centre, so that a click reaches them. */
    private List<WebElement> clickableMarkers() {
        return browser.findElements(By.cssSelector(".place-marker .disc")).stream()
                .filter(disc -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("""
                        const box = arguments[0].getBoundingClientRect();
                        return arguments[0].contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
                        """, disc)))
                .toList();
    }

    private static String placeId(WebElement disc) {
        return disc.getDomAttribute("data-place-id");
    }

    private static List<String> eventIds(WebElement disc) {
        return List.of(disc.getDomAttribute("data-event-ids").split(" "));
    }

    /** The IDs of the events the side panel lists, read at once (the list is redrawn while filters load). */
    @SuppressWarnings("unchecked")
    private List<String> listedEventIds() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('#panel .event-row')].map(row => row.dataset.eventId)");
    }

    private static LocalDate day(WebElement bar) {
        return LocalDate.parse(bar.getDomAttribute("data-day"));
    }

    /** Drags across the timeline from the first bar's left edge to the last bar's right edge. */
    private void brush(WebElement first, WebElement last) {
        Map<?, ?> start = box(first);
        Map<?, ?> end = box(last);
        int y = (int) (number(start, "top") + number(start, "height") / 2);
        new Actions(browser)
                .moveToLocation((int) number(start, "left") + 2, y)
                .clickAndHold()
                .moveToLocation((int) (number(end, "left") + number(end, "width") / 2), y)
                .moveToLocation((int) (number(end, "left") + number(end, "width")) - 2, y)
                .release()
                .perform();
    }

    private Map<?, ?> box(WebElement element) {
        return (Map<?, ?>) ((JavascriptExecutor) browser).executeScript("""
                const box = arguments[0].getBoundingClientRect();
                return {left: box.left, top: box.top, width: box.width, height: box.height};
                """, element);
    }

    private static double number(Map<?, ?> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    private void assertShowsEvent(SeedEvent event) {
        waitForView("detail");
        assertThat(browser.findElement(By.cssSelector("#panel .event-heading")).getText()).isEqualTo(event.title());
        assertThat(browser.findElement(By.cssSelector("#panel .event-when")).getText()).contains("precision");
        List<WebElement> evidence = browser.findElements(By.cssSelector("#panel .evidence"));
        assertThat(evidence.stream().map(item -> item.findElement(By.cssSelector(".sentence")).getDomProperty("textContent")))
                .as("the sentences that support " + event.title())
                .containsExactlyElementsOf(event.evidence().stream().map(Evidence::sentence).toList());
        for (int i = 0; i < evidence.size(); i++) {
            Source source = event.evidence().get(i).source();
            assertThat(evidence.get(i).findElement(By.cssSelector(".source")).getText()).contains(source.name());
            List<WebElement> links = evidence.get(i).findElements(By.cssSelector("a.source-link"));
            if (source.url() == null) {
                assertThat(links).isEmpty();
            } else {
                assertThat(links).singleElement()
                        .satisfies(link -> assertThat(link.getDomAttribute("href")).isEqualTo(source.url()));
            }
        }
        List<WebElement> quotes = browser.findElements(By.cssSelector("#panel .quote"));
        assertThat(quotes).hasSameSizeAs(event.quotes());
        for (int i = 0; i < quotes.size(); i++) {
            Quote quote = event.quotes().get(i);
            assertThat(quotes.get(i).findElement(By.tagName("blockquote")).getDomProperty("textContent"))
                    .isEqualTo(quote.text());
            assertThat(quotes.get(i).findElement(By.cssSelector(".speaker")).getText())
                    .contains(quote.speaker() == null ? "speaker not given" : quote.speaker().name());
        }
    }

    /** The URL of every request the page made since the performance log was last read. */
    private List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (message.path("method").asString().equals("Network.requestWillBeSent")) {
                urls.add(message.path("params").path("request").path("url").asString());
            }
        }
        return urls;
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private SeedEvent seedEvent(String id) {
        return seedEvents.stream().filter(event -> event.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("the page shows an event the API does not have: " + id));
    }

    private List<SeedEvent> seedEvents() {
        // language=GraphQL
        String query = """
                {
                  events(first: 100) {
                    totalCount
                    edges {
                      node {
                        id type title date
                        places { id latitude longitude region { id } }
                        evidence { sentence source { title publisher fileName url } }
                        quotes { text speaker { ... on Person { name } ... on Organization { name } } }
                      }
                    }
                  }
                }""";
        var response = graphQl.document(query).execute();
        int total = response.path("events.totalCount").entity(Integer.class).get();
        List<SeedEvent> events = response.path("events.edges[*].node").entityList(SeedEvent.class).get();
        assertThat(events).as("one page holds every seed event").hasSize(total);
        return events;
    }

    record SeedEvent(String id, String type, String title, LocalDate date, List<Place> places, List<Evidence> evidence,
            List<Quote> quotes) {
        List<Place> located() {
            return places.stream().filter(place -> place.latitude() != null && place.longitude() != null).toList();
        }
    }

    record Place(String id, Double latitude, Double longitude, Region region) {
    }

    record Region(String id) {
    }

    record Evidence(String sentence, Source source) {
    }

    record Source(String title, String publisher, String fileName, String url) {
        /** As the page names it: publisher and title, else the file it was imported from. */
        String name() {
            String name = Stream.of(publisher, title).filter(Objects::nonNull)
                    .collect(Collectors.joining(": "));
            return name.isEmpty() ? fileName : name;
        }
    }

    record Quote(String text, Speaker speaker) {
    }

    record Speaker(String name) {
    }
}
