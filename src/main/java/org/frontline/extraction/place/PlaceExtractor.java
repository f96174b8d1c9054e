package org.frontline.extraction.place;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.frontline.extraction.ExtractedPlace;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.extraction.language.Sentence;
import org.frontline.extraction.language.Token;
import org.frontline.knowledge.gazetteer.Gazetteer;
import org.frontline.knowledge.name.PlaceNameKey;

/**
 * The places an article mentions, each resolved to the gazetteer where it can be: one {@link ExtractedPlace} per
 * distinct place, with every mention and spelling, and the oblast it lies in (added without mentions when the
 * article does not name it). Places the gazetteer lacks are kept without coordinates. Thread-safe.
 */
public final class PlaceExtractor {

    private final PlaceNameFinder finder;
    private final OblastOrCapital senses;
    private final PlaceResolver resolver;
    private final PlaceAssembler assembler;

    public PlaceExtractor(Gazetteer gazetteer) {
        this.finder = new PlaceNameFinder(phrase -> !gazetteer.lookup(phrase).isEmpty());
        this.senses = new OblastOrCapital(gazetteer);
        this.resolver = new PlaceResolver(gazetteer);
        this.assembler = new PlaceAssembler(gazetteer);
    }

    public List<ExtractedPlace> extract(AnalyzedText text) {
        return assembler.assemble(text.text(), resolver.resolve(senses.read(finder.find(text)),
                personOrOrganisationWords(text)));
    }

    private static Set<String> personOrOrganisationWords(AnalyzedText text) {
        Set<String> words = new HashSet<>();
        for (Sentence sentence : text.sentences()) {
            for (Token token : sentence.tokens()) {
                if ("PERSON".equals(token.entityTag()) || "ORGANIZATION".equals(token.entityTag())) {
                    words.add(PlaceNameKey.of(token.word()));
                }
            }
        }
        return words;
    }
}
