package org.frontline.storage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * After a source is replaced, removes the people, organizations and places that no source supports any more.
 * A place that contains other places stays: it is their region.
 */
@Component
class OrphanRemover {

    private final JdbcClient jdbc;

    OrphanRemover(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void removeUnsupported() {
        jdbc.sql("""
                delete from person p where not exists (select 1 from person_mention m where m.person_id = p.id)
                  and not exists (select 1 from quote q where q.speaker_person_id = p.id)
                  and not exists (select 1 from event_person e where e.person_id = p.id)""").update();
        jdbc.sql("""
                delete from organization o
                where not exists (select 1 from organization_mention m where m.organization_id = o.id)
                  and not exists (select 1 from quote q where q.speaker_organization_id = o.id)
                  and not exists (select 1 from event_organization e where e.organization_id = o.id)""").update();
        jdbc.sql("""
                delete from place p where not exists (select 1 from place_mention m where m.place_id = p.id)
                  and not exists (select 1 from event_place e where e.place_id = p.id)
                  and not exists (select 1 from place c where c.region_id = p.id)""").update();
    }
}
