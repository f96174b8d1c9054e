package org.frontline.storage;

import java.util.List;
import java.util.Set;
import org.frontline.extraction.ExtractedPlace;
import org.frontline.knowledge.name.PlaceNameKey;
import org.frontline.vocabulary.TextSpan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Places: one record per gazetteer entry (or, for places the gazetteer lacks, per folded name and kind), whatever
 * the spelling; every spelling seen becomes an alias. The unique keys make concurrent imports safe.
 */
@Component
class PlaceWriter {

    private final JdbcClient jdbc;

    PlaceWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(long sourceId, List<ExtractedPlace> places, StoredKeys keys) {
        for (ExtractedPlace place : places) {
            long id = upsert(place);
            keys.place(place.key(), id);
            addAliases(id, Spellings.of(place.name(), place.aliases()));
            for (TextSpan mention : place.mentions()) {
                jdbc.sql("""
                        insert into place_mention (source_id, place_id, start_offset, end_offset)
                        values (?, ?, ?, ?) on conflict do nothing""")
                        .params(sourceId, id, mention.start(), mention.end()).update();
            }
        }
        for (ExtractedPlace place : places) {
            Long region = place.regionKey() == null ? null : keys.place(place.regionKey());
            if (region != null && !region.equals(keys.place(place.key()))) {
                jdbc.sql("update place set region_id = ? where id = ? and region_id is null")
                        .params(region, keys.place(place.key())).update();
            }
        }
    }

    private long upsert(ExtractedPlace place) {
        String nameKey = PlaceNameKey.of(place.name());
        if (place.gazetteerId() != null) {
            return jdbc.sql("""
                    insert into place (name, name_key, kind, country_code, latitude, longitude, gazetteer_id)
                    values (:name, :key, :kind, :country, :lat, :lon, :gid)
                    on conflict (gazetteer_id) do update set name = excluded.name
                    returning id""")
                    .param("name", place.name()).param("key", nameKey).param("kind", place.kind().name())
                    .param("country", place.countryCode()).param("lat", place.latitude())
                    .param("lon", place.longitude()).param("gid", place.gazetteerId())
                    .query(Long.class).single();
        }
        return jdbc.sql("""
                insert into place (name, name_key, kind, country_code, latitude, longitude)
                values (:name, :key, :kind, :country, :lat, :lon)
                on conflict (name_key, kind) where gazetteer_id is null do update set name = place.name
                returning id""")
                .param("name", place.name()).param("key", nameKey).param("kind", place.kind().name())
                .param("country", place.countryCode()).param("lat", place.latitude())
                .param("lon", place.longitude())
                .query(Long.class).single();
    }

    /** One statement for all of a place's spellings: gazetteer entries bring dozens. */
    private void addAliases(long placeId, Set<String> aliases) {
        String[] spellings = aliases.toArray(String[]::new);
        String[] keys = aliases.stream().map(PlaceNameKey::of).toArray(String[]::new);
        jdbc.sql("""
                insert into place_alias (place_id, alias, alias_key)
                select ?, alias, alias_key from unnest(?::text[], ?::text[]) as spelling(alias, alias_key)
                on conflict do nothing""")
                .params(placeId, spellings, keys).update();
    }
}
