package org.frontline.storage;

import java.util.List;
import java.util.Optional;
import org.frontline.extraction.ExtractedOrganization;
import org.frontline.knowledge.name.OrganizationNameKey;
import org.frontline.vocabulary.TextSpan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Organizations: one record per folded name, any known alias of it matching; every spelling kept as an alias. */
@Component
class OrganizationWriter {

    private final JdbcClient jdbc;

    OrganizationWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(long sourceId, List<ExtractedOrganization> organizations, StoredKeys keys) {
        for (ExtractedOrganization organization : organizations) {
            long id = resolve(organization);
            keys.organization(organization.key(), id);
            for (String spelling : Spellings.of(organization.name(), organization.aliases())) {
                jdbc.sql("""
                        insert into organization_alias (organization_id, alias, alias_key) values (?, ?, ?)
                        on conflict do nothing""")
                        .params(id, spelling, OrganizationNameKey.key(spelling)).update();
            }
            for (TextSpan mention : organization.mentions()) {
                jdbc.sql("""
                        insert into organization_mention (source_id, organization_id, start_offset, end_offset)
                        values (?, ?, ?, ?) on conflict do nothing""")
                        .params(sourceId, id, mention.start(), mention.end()).update();
            }
        }
    }

    private long resolve(ExtractedOrganization organization) {
        List<String> keys = Spellings.of(organization.name(), organization.aliases()).stream().map(OrganizationNameKey::key).distinct().toList();
        Optional<Long> known = jdbc.sql("""
                select organization_id from organization_alias where alias_key in (:keys)
                union select id from organization where name_key in (:keys)
                order by 1 limit 1""").param("keys", keys).query(Long.class).optional();
        return known.orElseGet(() -> jdbc.sql("""
                insert into organization (name, name_key) values (?, ?)
                on conflict (name_key) do update set name = organization.name returning id""")
                .params(organization.name(), OrganizationNameKey.key(organization.name())).query(Long.class).single());
    }

}
