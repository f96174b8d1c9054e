package org.frontline.extraction.actor;

import java.util.ArrayList;
import java.util.List;
import org.frontline.extraction.ExtractedOrganization;
import org.frontline.extraction.ExtractedPerson;

/** The people and organizations one article names; keys are unique within the article. */
public record Actors(List<ExtractedPerson> people, List<ExtractedOrganization> organizations) {

    public Actors {
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
    }

    public ExtractedPerson person(String key) {
        return people.stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
    }

    public ExtractedOrganization organization(String key) {
        return organizations.stream().filter(o -> o.key().equals(key)).findFirst().orElse(null);
    }

    /** These actors and one more organization. */
    public Actors with(ExtractedOrganization organization) {
        List<ExtractedOrganization> more = new ArrayList<>(organizations);
        more.add(organization);
        return new Actors(people, more);
    }

    /** A key for a new organization that no organization here has yet. */
    public String nextOrganizationKey() {
        int n = organizations.size() + 1;
        while (organization("org-" + n) != null) {
            n++;
        }
        return "org-" + n;
    }
}
