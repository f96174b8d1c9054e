package org.frontline.extraction;

import java.util.List;
import org.frontline.vocabulary.TextSpan;

/** An organization the article names (an army, a ministry, a press service, a government). */
public record ExtractedOrganization(String key, String name, List<String> aliases, List<TextSpan> mentions) {
}
