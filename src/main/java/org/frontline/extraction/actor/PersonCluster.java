package org.frontline.extraction.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontline.knowledge.name.NameFolding;

/** The mentions of one person within one article, as they are gathered. */
final class PersonCluster {

    private final List<NameMention> fullMentions = new ArrayList<>();
    private final List<NameMention> shortMentions = new ArrayList<>();

    void addFull(NameMention mention) {
        fullMentions.add(mention);
    }

    void addShort(NameMention mention) {
        shortMentions.add(mention);
    }

    List<NameMention> fullMentions() {
        return fullMentions;
    }

    List<NameMention> allMentions() {
        List<NameMention> all = new ArrayList<>(fullMentions);
        all.addAll(shortMentions);
        all.sort(Comparator.comparingInt(NameMention::first));
        return all;
    }

    int firstToken() {
        return allMentions().get(0).first();
    }

    /** The fullest form: most words, then most frequent, then first. */
    String name(TokenSequence tokens) {
        Map<String, Integer> counts = surfaceCounts(tokens, fullMentions.isEmpty() ? shortMentions : fullMentions);
        String best = null;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (best == null || words(entry.getKey()) > words(best)
                    || words(entry.getKey()) == words(best) && entry.getValue() > counts.get(best)) {
                best = entry.getKey();
            }
        }
        return best;
    }

    /** Other full spellings, and surname spellings that differ from the name's surname. */
    List<String> aliases(TokenSequence tokens) {
        String name = name(tokens);
        List<String> nameWords = NameFolding.words(name);
        String surname = nameWords.get(nameWords.size() - 1);
        List<String> aliases = new ArrayList<>();
        for (String surface : surfaceCounts(tokens, fullMentions).keySet()) {
            if (!surface.equals(name) && !aliases.contains(surface)) {
                aliases.add(surface);
            }
        }
        for (String surface : surfaceCounts(tokens, shortMentions).keySet()) {
            if (!surface.equals(surname) && !surface.equals(name) && !aliases.contains(surface)) {
                aliases.add(surface);
            }
        }
        return aliases;
    }

    String surnameKey(TokenSequence tokens) {
        List<String> words = NameFolding.words(name(tokens));
        return NameFolding.foldWord(words.get(words.size() - 1));
    }

    private static Map<String, Integer> surfaceCounts(TokenSequence tokens, List<NameMention> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (NameMention mention : mentions) {
            counts.merge(tokens.text(mention.first(), mention.end()), 1, Integer::sum);
        }
        return counts;
    }

    private static int words(String surface) {
        return surface.split("\\s+").length;
    }
}
