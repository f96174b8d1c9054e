package org.frontline.storage;

import java.util.List;
import java.util.Optional;
import org.frontline.extraction.ExtractedPerson;
import org.frontline.knowledge.name.PersonNameKey;
import org.frontline.resolution.person.PersonIdentity;
import org.frontline.resolution.person.PersonRecord;
import org.frontline.vocabulary.TextSpan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * People: an article's person becomes an existing record when one of its spellings folds to a known alias, or when
 * the identity rules ({@link PersonIdentity#samePerson}) say a similarly spelled record with a compatible role is the
 * same person; otherwise a new record. Every spelling is kept as an alias.
 */
@Component
class PersonWriter {

    private final JdbcClient jdbc;

    PersonWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(long sourceId, List<ExtractedPerson> people, StoredKeys keys) {
        for (ExtractedPerson person : people) {
            long id = resolve(person);
            keys.person(person.key(), id);
            for (String spelling : Spellings.of(person.name(), person.aliases())) {
                jdbc.sql("insert into person_alias (person_id, alias, alias_key) values (?, ?, ?) on conflict do nothing")
                        .params(id, spelling, PersonNameKey.of(spelling)).update();
            }
            if (person.role() != null) {
                jdbc.sql("update person set role = ? where id = ? and role is null").params(person.role(), id).update();
            }
            for (TextSpan mention : person.mentions()) {
                jdbc.sql("""
                        insert into person_mention (source_id, person_id, start_offset, end_offset)
                        values (?, ?, ?, ?) on conflict do nothing""")
                        .params(sourceId, id, mention.start(), mention.end()).update();
            }
        }
    }

    private long resolve(ExtractedPerson person) {
        List<String> keys = Spellings.of(person.name(), person.aliases()).stream().map(PersonNameKey::of).distinct().toList();
        Optional<Long> known = jdbc.sql("""
                select person_id from person_alias where alias_key in (:keys)
                union select id from person where name_key in (:keys)
                order by 1 limit 1""").param("keys", keys).query(Long.class).optional();
        if (known.isPresent()) {
            return known.get();
        }
        PersonRecord incoming = new PersonRecord(person.name(), person.aliases(), person.role());
        for (KnownPerson candidate : similarlySpelled(person)) {
            if (PersonIdentity.samePerson(candidate.record(), incoming)) {
                return candidate.id();
            }
        }
        String nameKey = PersonNameKey.of(person.name());
        return jdbc.sql("""
                insert into person (name, name_key, role) values (?, ?, ?)
                on conflict (name_key) do update set name = person.name returning id""")
                .params(person.name(), nameKey, person.role()).query(Long.class).single();
    }

    /**
     * Records whose folded surname starts with the same letter as this person's: the fuzzy identity rule accepts
     * only close surnames, and an index-friendly prefix keeps the candidates few.
     */
    private List<KnownPerson> similarlySpelled(ExtractedPerson person) {
        String surname = PersonNameKey.surname(person.name());
        if (surname.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select p.id, p.name, p.role, array(select alias from person_alias a where a.person_id = p.id) aliases
                from person p
                where p.id in (select person_id from person_alias
                               where split_part(alias_key, ' ', -1) like :prefix)
                order by p.id limit 200""")
                .param("prefix", surname.charAt(0) + "%")
                .query((rs, n) -> new KnownPerson(rs.getLong("id"), new PersonRecord(rs.getString("name"),
                        List.of((String[]) rs.getArray("aliases").getArray()), rs.getString("role"))))
                .list();
    }

    private record KnownPerson(long id, PersonRecord record) {
    }
}
