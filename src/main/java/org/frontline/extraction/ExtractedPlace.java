package org.frontline.extraction;

import java.util.List;
import org.frontline.vocabulary.PlaceKind;
import org.frontline.vocabulary.TextSpan;

/**
 * A place the article mentions, resolved to the gazetteer where possible.
 *
 * @param key         unique within the article
 * @param gazetteerId the gazetteer's id (GeoNames id or a hand-kept id); null for a place the gazetteer lacks
 * @param aliases     every other spelling of the place: the gazetteer's names and the article's spellings
 * @param regionKey   the key of the place (in this article's list) that contains this one, or null
 * @param mentions    where the article names it (the surface text is in the article's text at each span)
 */
public record ExtractedPlace(String key, String gazetteerId, String name, List<String> aliases, PlaceKind kind,
        String countryCode, Double latitude, Double longitude, String regionKey, List<TextSpan> mentions) {
}
