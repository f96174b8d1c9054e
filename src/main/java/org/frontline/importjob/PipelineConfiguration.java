package org.frontline.importjob;

import org.frontline.extraction.actor.ActorExtractor;
import org.frontline.extraction.event.EventExtractor;
import org.frontline.extraction.language.CoreNlpAnalyzer;
import org.frontline.extraction.language.LanguageAnalyzer;
import org.frontline.extraction.pipeline.ArticlePipeline;
import org.frontline.extraction.place.PlaceExtractor;
import org.frontline.extraction.quote.QuoteExtractor;
import org.frontline.ingest.MetadataInference;
import org.frontline.ingest.TextCleaner;
import org.frontline.knowledge.gazetteer.Gazetteer;
import org.frontline.resolution.duplicate.ReportCopies;
import org.frontline.storage.ArticleStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Wires the extraction pipeline for imports. The language models and the gazetteer take seconds and gigabytes to
 * load, so the pipeline is created on the first import, never for a service that only answers queries.
 */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    /** Its own bean so that a test JVM can hand every pipeline the one analyzer it has loaded already. */
    @Bean
    @Lazy
    LanguageAnalyzer languageAnalyzer() {
        return new CoreNlpAnalyzer();
    }

    @Bean
    @Lazy
    ArticlePipeline articlePipeline(LanguageAnalyzer languageAnalyzer) {
        return new ArticlePipeline(new TextCleaner(), new MetadataInference(), languageAnalyzer,
                new PlaceExtractor(Gazetteer.loadDefault()), new ActorExtractor(), new QuoteExtractor(),
                new EventExtractor(), new ReportCopies());
    }

    @Bean
    ArticleImporter articleImporter(ObjectProvider<ArticlePipeline> pipeline, ArticleStore store) {
        return new PipelineArticleImporter(pipeline::getObject, store);
    }
}
