package org.frontline.extraction;

import org.frontline.vocabulary.TextSpan;

/**
 * A direct quotation.
 *
 * @param text       the quoted words, without quotation marks
 * @param span       where the quoted words stand
 * @param evidence   the sentence (or sentences) that hold the quote and its attribution
 * @param speakerKey the key of an {@link ExtractedPerson} or {@link ExtractedOrganization}; null when the text does
 *                   not say who spoke
 */
public record ExtractedQuote(String text, TextSpan span, TextSpan evidence, String speakerKey) {
}
