package org.frontline.extraction.place;

import java.util.List;
import org.frontline.extraction.ExtractedPlace;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.resolution.place.Gazetteer;

/**
 * The places an article mentions, each resolved to the gazetteer where it can be: one {@link ExtractedPlace} per
 * distinct place, with every mention and spelling, and the oblast it lies in (added without mentions when the
 * article does not name it). Places the gazetteer lacks are kept without coordinates. Thread-safe.
 */
public final class PlaceExtractor {

    private final MentionFinder finder;
    private final PlaceResolver resolver;
    private final PlaceAssembler assembler;

    public PlaceExtractor(Gazetteer gazetteer) {
        this.finder = new MentionFinder(phrase -> !gazetteer.lookup(phrase).isEmpty());
        this.resolver = new PlaceResolver(gazetteer);
        this.assembler = new PlaceAssembler(gazetteer);
    }

    public List<ExtractedPlace> extract(AnalyzedText text) {
        return assembler.assemble(text.text(), resolver.resolve(finder.find(text)));
    }
}
