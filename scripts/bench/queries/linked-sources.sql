select json_agg(json_build_object(
           'id', s.id, 'title', s.title, 'publisher', s.publisher, 'publishedOn', s.published_on,
           'places', (select coalesce(json_agg(json_build_object(
                          'id', p.id, 'name', p.name, 'kind', p.kind,
                          'events', (select coalesce(json_agg(json_build_object(
                                         'id', e.id, 'type', e.type, 'title', e.title, 'date', e.date,
                                         'sources', (select coalesce(json_agg(json_build_object(
                                                         'id', r.id, 'title', r.title, 'url', r.url)
                                                         order by r.id), '[]')
                                                     from source r
                                                     where r.id in (select ev.source_id
                                                                    from event_evidence ee
                                                                    join evidence ev on ev.id = ee.evidence_id
                                                                    where ee.event_id = e.id)))
                                         order by e.date nulls last, e.id), '[]')
                                     from (select * from public.place_events_within(p) limit 3) e))
                          order by p.name, p.id), '[]')
                      from place p
                      where p.id in (select m.place_id from place_mention m where m.source_id = s.id)))
       order by s.id)
from (select * from source order by id limit 3) s;
