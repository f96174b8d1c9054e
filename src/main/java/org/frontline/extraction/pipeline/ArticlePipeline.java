package org.frontline.extraction.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.frontline.extraction.ArticleExtraction;
import org.frontline.extraction.ExtractedEvent;
import org.frontline.extraction.ExtractedPlace;
import org.frontline.extraction.actor.ActorExtractor;
import org.frontline.extraction.actor.Actors;
import org.frontline.extraction.event.EventExtractor;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.LanguageAnalyzer;
import org.frontline.extraction.place.PlaceExtractor;
import org.frontline.extraction.quote.QuoteExtraction;
import org.frontline.extraction.quote.QuoteExtractor;
import org.frontline.ingest.ArticleMetadata;
import org.frontline.ingest.CleanedText;
import org.frontline.ingest.InferredMetadata;
import org.frontline.ingest.MetadataInference;
import org.frontline.ingest.RawArticle;
import org.frontline.ingest.TextCleaner;
import org.frontline.resolution.duplicate.ReportCopies;

/**
 * The extraction stages in order: clean the page, infer what the manifest did not say, analyse the language, then
 * find places, people and organizations, quotes and events. Plain Java: no Spring, no database.
 */
public class ArticlePipeline {

    private final TextCleaner cleaner;
    private final MetadataInference metadataInference;
    private final LanguageAnalyzer language;
    private final PlaceExtractor places;
    private final ActorExtractor actors;
    private final QuoteExtractor quotes;
    private final EventExtractor events;
    private final ReportCopies reportCopies;

    public ArticlePipeline(TextCleaner cleaner, MetadataInference metadataInference, LanguageAnalyzer language,
            PlaceExtractor places, ActorExtractor actors, QuoteExtractor quotes, EventExtractor events,
            ReportCopies reportCopies) {
        this.cleaner = cleaner;
        this.metadataInference = metadataInference;
        this.language = language;
        this.places = places;
        this.actors = actors;
        this.quotes = quotes;
        this.events = events;
        this.reportCopies = reportCopies;
    }

    public ArticleExtraction extract(RawArticle article) {
        CleanedText cleaned = cleaner.clean(article.text());
        InferredMetadata inferred = metadataInference.infer(cleaned, article.metadata());
        ArticleMetadata metadata = inferred.metadata();
        LocalDate articleDate = metadata.publishedOn();
        AnalyzedText analyzed = language.analyze(cleaned.body(), articleDate);

        List<ExtractedPlace> foundPlaces = places.extract(analyzed);
        Actors foundActors = actors.extract(analyzed);
        QuoteExtraction foundQuotes = quotes.extract(analyzed, foundActors);
        Actors speakers = foundQuotes.actors();
        List<ExtractedEvent> foundEvents = events.extract(analyzed, articleDate, foundPlaces, speakers.people(),
                speakers.organizations(), foundQuotes.quotes());

        return new ArticleExtraction(metadata, inferred.inferredFields(), foundPlaces,
                speakers.people(), speakers.organizations(), foundQuotes.quotes(), foundEvents,
                reportCopies.signature(cleaned.body()));
    }
}
