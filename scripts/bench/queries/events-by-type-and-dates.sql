select json_agg(json_build_object(
           'id', e.id, 'type', e.type, 'title', e.title, 'date', e.date,
           'places', (select coalesce(json_agg(json_build_object('id', p.id, 'name', p.name)
                                               order by p.name, p.id), '[]')
                      from event_place ep join place p on p.id = ep.place_id where ep.event_id = e.id))
       order by e.date nulls last, e.id)
from (select * from event e
      where e.type in ('ATTACK', 'CIVILIAN_HARM') and e.date >= '2023-03-01' and e.date <= '2023-05-31'
      order by e.date nulls last, e.id limit 20) e;
