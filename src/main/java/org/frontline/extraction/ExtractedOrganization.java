package org.frontline.extraction;

import java.util.List;

/** An organization the article names (an army, a ministry, a press service, a government). */
public record ExtractedOrganization(String key, String name, List<String> aliases, List<Span> mentions) {
}
