package org.frontline.extraction.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.frontline.extraction.ExtractedOrganization;
import org.frontline.extraction.ExtractedPerson;
import org.frontline.extraction.language.AnalyzedText;
import org.frontline.vocabulary.TextSpan;

/**
 * People and organizations of one article: one {@link ExtractedPerson} per real person, with the fullest form of
 * the name, the other spellings, the role the article gives and every mention (surname-only ones included); one
 * {@link ExtractedOrganization} per organization, with its names and mentions. Plain Java over an
 * {@link AnalyzedText}.
 */
public final class ActorExtractor {

    public Actors extract(AnalyzedText text) {
        TokenSequence tokens = new TokenSequence(text);
        List<PersonCluster> people = new PersonFinder(tokens, text.entities()).find();
        Set<Integer> personTokens = new HashSet<>();
        for (PersonCluster person : people) {
            for (NameMention mention : person.allMentions()) {
                for (int i = mention.first(); i < mention.end(); i++) {
                    personTokens.add(i);
                }
            }
        }
        List<OrganizationCluster> organizations = new OrganizationFinder(tokens, text.entities(), personTokens).find();
        organizations.sort(Comparator.comparingInt(OrganizationCluster::firstToken));
        return new Actors(people(tokens, people), organizations(tokens, organizations));
    }

    private static List<ExtractedPerson> people(TokenSequence tokens, List<PersonCluster> clusters) {
        RoleFinder roles = new RoleFinder(tokens);
        List<ExtractedPerson> people = new ArrayList<>();
        for (PersonCluster cluster : clusters) {
            List<TextSpan> spans = new ArrayList<>();
            String role = null;
            for (NameMention mention : cluster.allMentions()) {
                spans.add(tokens.span(mention.first(), mention.end()));
                for (String candidate : roles.rolesAround(mention)) {
                    if (role == null || words(candidate) > words(role)) {
                        role = candidate;
                    }
                }
            }
            people.add(new ExtractedPerson("person-" + (people.size() + 1), cluster.name(tokens),
                    cluster.aliases(tokens), role, List.copyOf(spans)));
        }
        return people;
    }

    private static int words(String role) {
        return role.split("\\s+").length;
    }

    private static List<ExtractedOrganization> organizations(TokenSequence tokens, List<OrganizationCluster> clusters) {
        List<ExtractedOrganization> organizations = new ArrayList<>();
        for (OrganizationCluster cluster : clusters) {
            organizations.add(new ExtractedOrganization("org-" + (organizations.size() + 1), cluster.name(),
                    cluster.aliases(), cluster.spans(tokens)));
        }
        return organizations;
    }
}
