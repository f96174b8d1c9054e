select json_agg(json_build_object(
           'id', p.id, 'name', p.name, 'kind', p.kind,
           'aliases', (select coalesce(json_agg(a.alias order by a.alias), '[]')
                       from place_alias a where a.place_id = p.id))
       order by p.name, p.id)
from (select * from place order by name, id limit 50) p;
