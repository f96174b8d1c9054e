select json_agg(json_build_object(
           'id', e.id, 'type', e.type, 'title', e.title, 'date', e.date,
           'places', (select coalesce(json_agg(json_build_object('id', p.id, 'name', p.name)
                                               order by p.name, p.id), '[]')
                      from event_place ep join place p on p.id = ep.place_id where ep.event_id = e.id))
       order by e.date nulls last, e.id)
from (select * from event e
      where e.id in (select ep.event_id from event_place ep
                     where ep.place_id in (with recursive inside(id) as (
                                               select cast(:place_id as bigint)
                                               union
                                               select p.id from place p join inside on p.region_id = inside.id)
                                           select id from inside))
      order by e.date nulls last, e.id limit 20) e;
