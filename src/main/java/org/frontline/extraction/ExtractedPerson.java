package org.frontline.extraction;

import java.util.List;
import org.frontline.vocabulary.TextSpan;

/**
 * A person the article names, with every spelling it uses.
 *
 * @param key      unique within the article
 * @param name     the fullest form of the name the article gives
 * @param aliases  the other spellings (surname alone excluded)
 * @param role     the role or title the article gives ("Head of Vinnytsia Regional Military Administration"), or null
 * @param mentions where the article names the person
 */
public record ExtractedPerson(String key, String name, List<String> aliases, String role, List<TextSpan> mentions) {
}
