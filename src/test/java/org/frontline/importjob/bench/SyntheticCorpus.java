package org.frontline.importjob.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * War reports made up from templates, for measuring imports at scale: attacks, recaptured villages, evacuations,
 * aid pledges and civilian casualties in towns of the Zaporizhzhia, Mykolaiv, Dnipropetrovsk, Odesa, Zhytomyr and
 * Poltava regions, with invented officials who are quoted, and the usual caveats of wire copy. None of the seed
 * articles' places or people. The same seed gives the same corpus; different seeds give different texts.
 */
public final class SyntheticCorpus {

    /** A generated article: its file name, text, and what its manifest entry says. */
    public record Article(String fileName, String title, LocalDate published, String text) {
    }

    private record Region(String name, List<String> towns) {
    }

    private static final List<Region> REGIONS = List.of(
            new Region("Zaporizhzhia", List.of("Orikhiv", "Huliaipole", "Tokmak", "Vasylivka", "Stepnohirsk",
                    "Polohy")),
            new Region("Mykolaiv", List.of("Ochakiv", "Bashtanka", "Voznesensk", "Snihurivka", "Pervomaisk")),
            new Region("Dnipropetrovsk", List.of("Nikopol", "Marhanets", "Pavlohrad", "Kryvyi Rih", "Pokrov")),
            new Region("Odesa", List.of("Izmail", "Bilhorod-Dnistrovskyi", "Podilsk", "Chornomorsk", "Reni")),
            new Region("Zhytomyr", List.of("Korosten", "Ovruch", "Berdychiv", "Novohrad-Volynskyi")),
            new Region("Poltava", List.of("Kremenchuk", "Myrhorod", "Lubny", "Horishni Plavni")));

    private static final List<String> VILLAGES = List.of("Robotyne", "Verbove", "Pyatykhatky", "Novodarivka",
            "Levadne", "Mala Tokmachka", "Novopokrovka", "Lobkove", "Kamianske", "Mali Shcherbaky", "Zherebianky",
            "Bilohiria", "Prymorske", "Plavni");

    private static final List<String> FIRST_NAMES = List.of("Iryna", "Taras", "Nataliia", "Serhii", "Olena",
            "Andrii", "Yuliia", "Mykola", "Halyna", "Dmytro", "Oksana", "Vitalii", "Larysa", "Roman", "Tetiana",
            "Bohdan");

    private static final List<String> SURNAMES = List.of("Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko",
            "Shevchuk", "Hnatiuk", "Lysenko", "Marchenko", "Rudenko", "Savchenko", "Petrenko", "Moroz", "Pavlenko",
            "Zinchenko", "Kushnir", "Ostapchuk");

    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    private static final List<String> COUNTRIES = List.of("Norway", "the Netherlands", "Canada", "Denmark",
            "Japan", "Sweden", "Finland", "Portugal");

    private static final List<String> TARGETS = List.of("an apartment block", "a hospital", "a grain warehouse",
            "a school", "the central market", "a power substation", "a railway depot", "a water pumping station");

    private static final List<String> WEAPONS = List.of("guided aerial bombs", "artillery", "Shahed drones",
            "multiple rocket launchers", "cruise missiles", "glide bombs");

    /** What officials and residents say, by kind of report: attack, recapture, evacuation, aid, casualty. */
    private static final List<List<String>> QUOTES = List.of(
            List.of("People were asleep when the first explosion came. We pulled a woman and her son out of the rubble",
                    "Every night they shell the same streets. There is no military target here",
                    "There is no water and no power in the northern districts, and repair crews cannot get in"),
            List.of("Our soldiers moved forward metre by metre. It was hard, but the position is ours now",
                    "The enemy left mines everywhere, so the sappers go in first",
                    "The village is ours again, but there is almost nothing left standing"),
            List.of("We are asking everyone who can leave to do so while the road is still open",
                    "We have buses ready, and trains will run from the regional centre twice a day",
                    "Children cannot stay in a town that is shelled every day"),
            List.of("This help will keep our air defence working through the winter",
                    "Every system we receive saves lives in our cities",
                    "We are grateful, and we need more ammunition, faster"),
            List.of("He was driving to work. Nobody in that car had anything to do with the war",
                    "The drones hunt cars on this road every day",
                    "We ask people not to travel on the road to the river after dark"));

    private final Random random;

    private SyntheticCorpus(long seed) {
        this.random = new Random(seed);
    }

    public static List<Article> generate(int count, long seed) {
        SyntheticCorpus corpus = new SyntheticCorpus(seed);
        List<Article> articles = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            articles.add(corpus.article(String.format(Locale.ROOT, "report-%s-%05d.txt", Long.toString(seed, 36), i)));
        }
        return articles;
    }

    /** Writes the articles and a manifest.json with their titles and dates; @return the folder */
    public static Path write(List<Article> articles, Path folder) throws IOException {
        Files.createDirectories(folder);
        StringBuilder manifest = new StringBuilder("[\n");
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            Files.writeString(folder.resolve(article.fileName()), article.text(), UTF_8);
            manifest.append(String.format(Locale.ROOT,
                    "  {\"file\": \"%s\", \"title\": \"%s\", \"published\": \"%s\", \"language\": \"en\"}%s%n",
                    article.fileName(), article.title(), article.published(), i < articles.size() - 1 ? "," : ""));
        }
        Files.writeString(folder.resolve("manifest.json"), manifest.append("]\n").toString(), UTF_8);
        return folder;
    }

    private Article article(String fileName) {
        Region region = pick(REGIONS);
        String town = pick(region.towns());
        String official = person();
        String role = pick(List.of("the head of the " + region.name() + " regional military administration",
                "the mayor of " + town, "the head of the " + town + " district administration",
                "a spokesperson for the regional police"));
        String day = pick(DAYS);
        LocalDate published = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(600));
        List<String> paragraphs = new ArrayList<>();
        String title;
        int kind = random.nextInt(5);
        switch (kind) {
            case 0 -> {
                int killed = random.nextInt(6);
                int wounded = 2 + random.nextInt(20);
                title = "Strike on " + town + " kills " + killed;
                paragraphs.add(String.format(Locale.ROOT, "Russian forces struck %s in %s, a town in the %s region, "
                        + "on %s night with %s, killing %d people and wounding %d, %s, %s, said.", pick(TARGETS), town,
                        region.name(), day, pick(WEAPONS), killed, wounded, official, role));
                paragraphs.add(String.format(Locale.ROOT, "The State Emergency Service said rescuers had worked "
                        + "through the night to clear the rubble and that %d residents had been taken to hospital.",
                        1 + random.nextInt(wounded)));
            }
            case 1 -> {
                String village = pick(VILLAGES);
                title = "Ukrainian troops retake " + village;
                paragraphs.add(String.format(Locale.ROOT, "Ukrainian troops have recaptured the village of %s, "
                        + "about %d kilometres from %s in the %s region, %s, %s, said on %s.", village,
                        5 + random.nextInt(30), town, region.name(), official, role, day));
                paragraphs.add(String.format(Locale.ROOT, "The %dth Mechanised Brigade posted a video of soldiers "
                        + "raising the Ukrainian flag over the village council building. Russian forces had held the "
                        + "village since the spring of 2022.", 30 + random.nextInt(90)));
            }
            case 2 -> {
                title = "Families told to leave " + town;
                paragraphs.add(String.format(Locale.ROOT, "Authorities ordered the evacuation of families with "
                        + "children from %s and %d nearby villages in the %s region on %s, as shelling of the town "
                        + "intensified, %s, %s, said.", town, 2 + random.nextInt(12), region.name(), day, official,
                        role));
                paragraphs.add(String.format(Locale.ROOT, "About %,d people, including %d children, were still "
                        + "living in the town, according to the regional administration.", 1000 + random.nextInt(9000),
                        50 + random.nextInt(500)));
            }
            case 3 -> {
                String country = pick(COUNTRIES);
                int millions = 50 + random.nextInt(900);
                title = country + " pledges new aid";
                paragraphs.add(String.format(Locale.ROOT, "%s pledged %d million euros in military aid to Ukraine "
                        + "on %s, including air defence systems and artillery ammunition, its defence ministry said.",
                        capitalised(country), millions, day));
                paragraphs.add(String.format(Locale.ROOT, "The announcement came hours after a drone attack on %s "
                        + "in the %s region damaged %s, %s, %s, said.", town, region.name(), pick(TARGETS), official,
                        role));
            }
            default -> {
                int age = 18 + random.nextInt(70);
                title = "Civilian killed in " + town;
                paragraphs.add(String.format(Locale.ROOT, "A %d-year-old %s was killed when a drone hit a car on "
                        + "the outskirts of %s in the %s region on %s morning, %s, %s, said.", age,
                        random.nextBoolean() ? "man" : "woman", town, region.name(), day, official, role));
                paragraphs.add(String.format(Locale.ROOT, "Two passengers were wounded and taken to hospital in "
                        + "%s, the National Police said.", pick(region.towns())));
            }
        }
        paragraphs.add(String.format(Locale.ROOT, "\"%s,\" %s said in a statement on Telegram.",
                pick(QUOTES.get(kind)), official.substring(official.indexOf(' ') + 1)));
        if (random.nextBoolean()) {
            paragraphs.add(String.format(Locale.ROOT, "Air raid alerts sounded across the %s region for more than "
                    + "%d hours. The Air Force said it had shot down %d of %d drones launched overnight.",
                    region.name(), 2 + random.nextInt(8), 10 + random.nextInt(20), 30 + random.nextInt(20)));
        }
        if (random.nextBoolean()) {
            paragraphs.add(String.format(Locale.ROOT, "\"%s,\" %s, a resident of %s, told reporters.",
                    pick(QUOTES.get(kind == 3 ? 0 : kind)), person(), town));
        }
        paragraphs.add(String.format(Locale.ROOT, "%s had a population of about %,d before the full-scale invasion. "
                        + "Russia's Defence Ministry did not comment on the report, which could not be independently "
                        + "verified.", town, 10_000 + random.nextInt(200_000)));
        return new Article(fileName, title, published, String.join("\n\n", paragraphs) + "\n");
    }

    private String person() {
        return pick(FIRST_NAMES) + " " + pick(SURNAMES);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
