package org.frontline.extraction;

import java.time.LocalDate;
import java.util.List;
import org.frontline.vocabulary.DatePrecision;
import org.frontline.vocabulary.EventType;
import org.frontline.vocabulary.TextSpan;

/**
 * Something that happened, as one article reports it. Several mentions of one event in the article are already
 * merged here; merging with other articles' events happens in the store.
 *
 * @param placeKeys        keys of {@link ExtractedPlace}s where it happened
 * @param personKeys       keys of {@link ExtractedPerson}s involved
 * @param organizationKeys keys of {@link ExtractedOrganization}s acting in it
 * @param quoteIndexes     indexes into the article's quotes that speak of it
 * @param evidence         the sentences that report it
 */
public record ExtractedEvent(EventType type, String title, LocalDate date, DatePrecision datePrecision,
        List<String> placeKeys, List<String> personKeys, List<String> organizationKeys, List<Integer> quoteIndexes,
        List<TextSpan> evidence) {
}
