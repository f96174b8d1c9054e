package org.frontline.extraction.event;

import java.time.LocalDate;
import java.util.List;
import org.frontline.extraction.ExtractedEvent;
import org.frontline.extraction.ExtractedOrganization;
import org.frontline.extraction.ExtractedPerson;
import org.frontline.extraction.ExtractedPlace;
import org.frontline.extraction.ExtractedQuote;
import org.frontline.extraction.language.AnalyzedText;

/**
 * Finds the events an article reports. A small pipeline:
 * <ol>
 * <li>triggers: words and phrases of war reporting, from {@link TriggerLexicon} ({@code triggers.txt});</li>
 * <li>factuality: negated, hypothetical, generic, background and quoted-rhetoric triggers are dropped
 * ({@link FactualityClassifier});</li>
 * <li>place: the places near the trigger in its sentence, or the one "the town" refers back to, most specific
 * first; no place, no event ({@link EventLocator}, {@link PlaceSpecificity});</li>
 * <li>date: the trigger's own time expression, else the article's date as WEEK ({@link EventDater});</li>
 * <li>merging: mentions of one event within the article become one event ({@link MentionMerger});</li>
 * <li>participants, quotes and a generated title ({@link EventAssembler}).</li>
 * </ol>
 * One event may have several places when one report names them together ("strikes near A, B and C"): the source
 * reported one happening, and splitting it would count events the source never told apart.
 */
public final class EventExtractor {

    private final TriggerLexicon lexicon;
    private final MentionMerger merger;

    public EventExtractor() {
        this(TriggerLexicon.standard());
    }

    public EventExtractor(TriggerLexicon lexicon) {
        this(lexicon, new MentionMerger(MentionMerger.KIND));
    }

    EventExtractor(TriggerLexicon lexicon, MentionMerger merger) {
        this.lexicon = lexicon;
        this.merger = merger;
    }

    /**
     * @param text        the analysed article
     * @param articleDate the article's publication date, against which undated reports are dated; may be null
     */
    public List<ExtractedEvent> extract(AnalyzedText text, LocalDate articleDate, List<ExtractedPlace> places,
            List<ExtractedPerson> people, List<ExtractedOrganization> organizations, List<ExtractedQuote> quotes) {
        ArticleIndex context = new ArticleIndex(text, articleDate, places, people, organizations, quotes);
        List<EventMention> mentions = new EventMentionFinder(context, lexicon).find();
        EventAssembler assembler = new EventAssembler(context, places);
        return merger.merge(mentions).stream().map(assembler::assemble).toList();
    }
}
