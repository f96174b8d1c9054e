-- The same 20 events with places, evidence with source titles, and quotes, as one statement building the JSON.
select json_agg(json_build_object(
           'id', e.id, 'type', e.type, 'title', e.title, 'date', e.date,
           'places', (select coalesce(json_agg(json_build_object('id', p.id, 'name', p.name)
                                               order by p.name, p.id), '[]')
                      from event_place ep join place p on p.id = ep.place_id where ep.event_id = e.id),
           'evidence', (select coalesce(json_agg(json_build_object('sentence', ev.sentence, 'source', s.title)
                                                 order by ev.source_id, ev.start_offset, ev.id), '[]')
                        from event_evidence ee join evidence ev on ev.id = ee.evidence_id
                        join source s on s.id = ev.source_id where ee.event_id = e.id),
           'quotes', (select coalesce(json_agg(q.text order by q.id), '[]') from quote q where q.event_id = e.id))
       order by e.date nulls last, e.id)
from (select * from event order by date nulls last, id limit 20) e;
