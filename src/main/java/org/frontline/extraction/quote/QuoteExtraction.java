package org.frontline.extraction.quote;

import java.util.List;
import org.frontline.extraction.ExtractedQuote;
import org.frontline.extraction.actor.Actors;

/** The quotations of an article, in text order, and the actors their speaker keys point to. */
public record QuoteExtraction(List<ExtractedQuote> quotes, Actors actors) {

    public QuoteExtraction {
        quotes = List.copyOf(quotes);
    }
}
