package org.frontline.extraction.language;

import java.time.LocalDate;

/**
 * Tokens, sentences, parts of speech, named entities and normalised time expressions of a text. Keeps the NLP
 * library (Stanford CoreNLP) behind an interface of ours so the stages after it are plain Java.
 */
public interface LanguageAnalyzer {

    /**
     * @param text          the text; every offset in the result points into it
     * @param referenceDate the article's date, against which "Saturday" or "last month" are resolved; may be null
     */
    AnalyzedText analyze(String text, LocalDate referenceDate);
}
