package org.frontline.place;

import java.util.List;
import org.frontline.vocabulary.PlaceKind;

/** The {@code PlaceFilter} input: conditions a place must all meet; null means no condition. */
record PlaceFilter(String name, List<PlaceKind> kinds, String countryCode, String regionId) {
}
