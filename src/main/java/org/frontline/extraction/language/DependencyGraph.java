package org.frontline.extraction.language;

import java.util.List;

/**
 * A sentence's grammatical structure: Universal Dependencies relations between its tokens, in the enhanced++ form
 * (a relation names its preposition, "obl:near", "nmod:of"; conjuncts share their head's relations, so each village
 * of "liberated A, B and C" is an object of "liberated"). Token indexes are positions in the sentence.
 */
public record DependencyGraph(List<Dependency> edges) {

    /** No structure known: texts analysed without a parser. */
    public static final DependencyGraph NONE = new DependencyGraph(List.of());

    /**
     * One relation: {@code dependent} depends on {@code governor} ({@link #ROOT} for the sentence's root) as
     * {@code relation} ("nsubj", "obj", "obl:in", "conj:and", "nsubj:pass"...).
     */
    public record Dependency(int governor, int dependent, String relation) {
    }

    /** The governor index of a sentence's root. */
    public static final int ROOT = -1;

    public DependencyGraph {
        edges = List.copyOf(edges);
    }

    /** The relations in which a token is the governor. */
    public List<Dependency> dependentsOf(int governor) {
        return edges.stream().filter(edge -> edge.governor() == governor).toList();
    }

    /** The relations in which a token is the dependent (several in the enhanced form). */
    public List<Dependency> governorsOf(int dependent) {
        return edges.stream().filter(edge -> edge.dependent() == dependent).toList();
    }
}
