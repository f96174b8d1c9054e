-- :place_id has no place inside it, so its events are those linked to it.
select json_agg(json_build_object(
           'id', e.id, 'type', e.type, 'title', e.title, 'date', e.date,
           'places', (select coalesce(json_agg(json_build_object('id', p.id, 'name', p.name)
                                               order by p.name, p.id), '[]')
                      from event_place ep join place p on p.id = ep.place_id where ep.event_id = e.id))
       order by e.date nulls last, e.id)
from (select * from event e
      where exists (select 1 from event_place ep where ep.event_id = e.id and ep.place_id = :place_id)
      order by e.date nulls last, e.id limit 20) e;
