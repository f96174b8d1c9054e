package org.frontline.knowledge.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.frontline.knowledge.name.Countries;
import org.frontline.vocabulary.PlaceKind;

/**
 * Reads the generated GeoNames-derived file, adds the world's countries, then applies the hand-kept additions
 * (which may rename or add names to a generated row, or add regions, waters and facilities anchored to one).
 */
final class GazetteerLoader {

    static final String GENERATED = "/gazetteer/places.tsv.gz";
    static final String ADDITIONS = "/gazetteer/additions.tsv";

    private final Map<String, Builder> builders = new LinkedHashMap<>();

    static List<GazetteerEntry> fromClasspath() {
        GazetteerLoader loader = new GazetteerLoader();
        try (InputStream generated = open(GENERATED); InputStream additions = open(ADDITIONS)) {
            loader.readGenerated(new GZIPInputStream(generated, 1 << 16));
            loader.addCountries();
            loader.readAdditions(additions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer", e);
        }
        return loader.entries();
    }

    private static InputStream open(String resource) {
        InputStream in = GazetteerLoader.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        return in;
    }

    /** Columns: id kind feature country region latitude longitude population source name aliases. */
    void readGenerated(InputStream in) throws IOException {
        for (String[] row : rows(in)) {
            Builder b = new Builder(row[0], PlaceKind.valueOf(row[1]), row[9]);
            b.featureCode = row[2];
            b.countryCode = row[3];
            b.regionId = row[4].isEmpty() ? null : row[4];
            b.latitude = Double.valueOf(row[5]);
            b.longitude = Double.valueOf(row[6]);
            b.population = row[7].isEmpty() ? 0 : Long.parseLong(row[7]);
            b.addAliases(row[10], true);
            builders.put(b.id, b);
        }
    }

    /** One entry per ISO country, placed at its capital when the data has one. */
    void addCountries() {
        Map<String, Builder> capitals = new HashMap<>();
        for (Builder b : builders.values()) {
            if ("PPLC".equals(b.featureCode)) {
                capitals.merge(b.countryCode, b, (x, y) -> x.population >= y.population ? x : y);
            }
        }
        for (Countries.OfficialNames country : Countries.official()) {
            Builder b = new Builder("country:" + country.code(), PlaceKind.COUNTRY, country.name());
            b.featureCode = "PCLI";
            b.countryCode = country.code();
            b.aliases.addAll(country.aliases());
            Builder capital = capitals.get(country.code());
            if (capital != null) {
                b.latitude = capital.latitude;
                b.longitude = capital.longitude;
            }
            builders.put(b.id, b);
        }
    }

    /** Columns: id kind feature name aliases country anchor note. */
    void readAdditions(InputStream in) throws IOException {
        for (String[] row : rows(in)) {
            String id = row[0];
            Builder anchor = row[6].isEmpty() ? null : builders.get(row[6]);
            if (!row[6].isEmpty() && anchor == null) {
                throw new IllegalStateException("additions: " + id + " is anchored to unknown id " + row[6]);
            }
            Builder b = builders.get(id);
            if (b == null) {
                if (row[1].isEmpty() || row[3].isEmpty()) {
                    throw new IllegalStateException("additions: new place " + id + " needs a kind and a name");
                }
                b = new Builder(id, PlaceKind.valueOf(row[1]), row[3]);
                builders.put(id, b);
                b.regionId = anchor == null ? null : regionInherited(b.kind, anchor);
            } else if (!row[3].isEmpty() && !row[3].equals(b.name)) {
                b.rename(row[3]);
            }
            if (!row[1].isEmpty()) {
                b.kind = PlaceKind.valueOf(row[1]);
            }
            if (!row[2].isEmpty()) {
                b.featureCode = row[2];
            }
            if (!row[5].isEmpty()) {
                b.countryCode = row[5];
            }
            if (anchor != null) {
                b.latitude = anchor.latitude;
                b.longitude = anchor.longitude;
            }
            b.addAliases(row[4], false);
        }
    }

    /** A plant or a bridge lies in its anchor town's oblast; a river or a region is not inside one oblast. */
    private static String regionInherited(PlaceKind kind, Builder anchor) {
        return switch (kind) {
            case FACILITY, SETTLEMENT, OTHER -> anchor.kind == PlaceKind.REGION && "ADM1".equals(anchor.featureCode)
                    ? anchor.id : anchor.regionId;
            default -> null;
        };
    }

    List<GazetteerEntry> entries() {
        List<GazetteerEntry> entries = new ArrayList<>(builders.size());
        for (Builder b : builders.values()) {
            b.aliases.remove(b.name);
            entries.add(new GazetteerEntry(b.id, b.name, new ArrayList<>(b.aliases), b.kind, b.countryCode,
                    b.regionId, b.latitude, b.longitude, b.population, b.featureCode == null ? "" : b.featureCode));
        }
        return entries;
    }

    /** Tab-separated rows; lines starting with # are comments and the first other line is the header. */
    private static List<String[]> rows(InputStream in) throws IOException {
        List<String[]> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        boolean header = true;
        int columns = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] row = line.split("\t", -1);
            if (header) {
                columns = row.length;
                header = false;
                continue;
            }
            if (row.length < columns) {
                String[] padded = new String[columns];
                for (int i = 0; i < columns; i++) {
                    padded[i] = i < row.length ? row[i].strip() : "";
                }
                row = padded;
            }
            rows.add(row);
        }
        return rows;
    }

    private static final class Builder {
        final String id;
        PlaceKind kind;
        String name;
        final List<String> aliases = new ArrayList<>();
        String featureCode;
        String countryCode;
        String regionId;
        Double latitude;
        Double longitude;
        long population;

        Builder(String id, PlaceKind kind, String name) {
            this.id = id;
            this.kind = kind;
            this.name = name;
        }

        void rename(String newName) {
            aliases.add(name);
            name = newName;
            aliases.remove(newName);
        }

        /** @param generated the generator already removed duplicates */
        void addAliases(String pipeSeparated, boolean generated) {
            if (pipeSeparated.isEmpty()) {
                return;
            }
            for (String alias : pipeSeparated.split("\\|")) {
                String a = alias.strip();
                if (a.startsWith("-") && a.length() > 1) {
                    aliases.remove(a.substring(1)); // the additions' way to drop a misleading generated name
                } else if (!a.isEmpty() && (generated || !aliases.contains(a))) {
                    aliases.add(a);
                }
            }
        }
    }
}
