set client_min_messages = warning;

-- What PostGraphile needs to answer the benchmark's queries that plain tables and the connection filter cannot:
-- a region's events including the places inside it (a recursive walk down place.region_id), and the search box.
-- As a PostGraphile user would write them: SQL functions PostGraphile exposes (a computed column must live in the
-- table's schema, so place_events_within is in public). read-path.sh creates them before PostGraphile starts and
-- drops them when it ends; Frontline ignores them.

create schema if not exists postgraphile_bench;

-- The events at a place or at any place inside it, by date (undated last), ties by id: Frontline's Place.events.
create or replace function public.place_events_within(place public.place) returns setof public.event
    language sql stable parallel safe as $$
    select e.*
    from public.event e
    where e.id in (select ep.event_id
                   from public.event_place ep
                   where ep.place_id in (with recursive inside(id) as (
                                             select place.id
                                             union
                                             select p.id from public.place p join inside on p.region_id = inside.id)
                                         select id from inside))
    order by e.date nulls last, e.id
$$;

-- The same as a root field: Frontline's events(filter: {placeId: ...}).
create or replace function postgraphile_bench.events_within(place_id bigint) returns setof public.event
    language sql stable parallel safe as $$
    select e.*
    from public.event e
    where e.id in (select ep.event_id
                   from public.event_place ep
                   where ep.place_id in (with recursive inside(id) as (
                                             select events_within.place_id
                                             union
                                             select p.id from public.place p join inside on p.region_id = inside.id)
                                         select id from inside))
    order by e.date nulls last, e.id
$$;

-- One hit of the search box: what kind of object, its id, and the text that names it.
drop type if exists postgraphile_bench.search_hit cascade;
create type postgraphile_bench.search_hit as (kind text, row_id bigint, label text);

-- The LIKE pattern of a text filter, as Frontline makes it: trimmed, its own % _ and \ literal, wrapped in %.
create or replace function postgraphile_bench.contains_pattern(value text) returns text
    language sql immutable parallel safe strict as $$
    select '%' || replace(replace(replace(btrim(value), '\', '\\'), '%', '\%'), '_', '\_') || '%'
$$;

-- Frontline's search: names and texts containing the text (case and accents ignored), exact matches first, then
-- those starting with it, then by trigram similarity; the same statement Frontline runs, labels joined on.
create or replace function postgraphile_bench.search(text text, hit_count integer default 10)
    returns setof postgraphile_bench.search_hit
    language sql stable parallel safe as $$
    with hit(kind, id, folded) as (
        select 'Event', e.id, public.frontline_fold(e.title) from public.event e
        where public.frontline_fold(e.title)
              like public.frontline_fold(postgraphile_bench.contains_pattern(search.text))
        union all
        select 'Event', ee.event_id, public.frontline_fold(ev.sentence)
        from public.event_evidence ee join public.evidence ev on ev.id = ee.evidence_id
        where public.frontline_fold(ev.sentence)
              like public.frontline_fold(postgraphile_bench.contains_pattern(search.text))
        union all
        select 'Place', p.id, public.frontline_fold(p.name) from public.place p
        where public.frontline_fold(p.name)
              like public.frontline_fold(postgraphile_bench.contains_pattern(search.text))
        union all
        select 'Place', a.place_id, public.frontline_fold(a.alias) from public.place_alias a
        where public.frontline_fold(a.alias)
              like public.frontline_fold(postgraphile_bench.contains_pattern(search.text))
        union all
        select 'Person', p.id, public.frontline_fold(p.name) from public.person p
        where public.frontline_fold(p.name)
              like public.frontline_fold(postgraphile_bench.contains_pattern(search.text))
        union all
        select 'Person', a.person_id, public.frontline_fold(a.alias) from public.person_alias a
        where public.frontline_fold(a.alias)
              like public.frontline_fold(postgraphile_bench.contains_pattern(search.text))
        union all
        select 'Organization', o.id, public.frontline_fold(o.name) from public.organization o
        where public.frontline_fold(o.name)
              like public.frontline_fold(postgraphile_bench.contains_pattern(search.text))
        union all
        select 'Organization', a.organization_id, public.frontline_fold(a.alias) from public.organization_alias a
        where public.frontline_fold(a.alias)
              like public.frontline_fold(postgraphile_bench.contains_pattern(search.text))
        union all
        select 'Quote', q.id, public.frontline_fold(q.text) from public.quote q
        where public.frontline_fold(q.text)
              like public.frontline_fold(postgraphile_bench.contains_pattern(search.text))
        union all
        select 'Source', s.id, public.frontline_fold(s.title) from public.source s
        where public.frontline_fold(s.title)
              like public.frontline_fold(postgraphile_bench.contains_pattern(search.text))
        union all
        select 'Source', s.id, public.frontline_fold(s.publisher) from public.source s
        where public.frontline_fold(s.publisher)
              like public.frontline_fold(postgraphile_bench.contains_pattern(search.text))),
    ranked as (
        select hit.kind, hit.id,
               max(case when hit.folded = public.frontline_fold(btrim(search.text)) then 3
                        when starts_with(hit.folded, public.frontline_fold(btrim(search.text))) then 2
                        else 1 end) as closeness,
               max(public.similarity(hit.folded, public.frontline_fold(btrim(search.text)))) as similarity
        from hit
        group by hit.kind, hit.id
        order by closeness desc, similarity desc, hit.kind, hit.id
        limit search.hit_count)
    select ranked.kind, ranked.id,
           case ranked.kind
               when 'Event' then (select title from public.event where id = ranked.id)
               when 'Place' then (select name from public.place where id = ranked.id)
               when 'Person' then (select name from public.person where id = ranked.id)
               when 'Organization' then (select name from public.organization where id = ranked.id)
               when 'Quote' then (select q.text from public.quote q where q.id = ranked.id)
               else (select title from public.source where id = ranked.id)
           end
    from ranked
    order by ranked.closeness desc, ranked.similarity desc, ranked.kind, ranked.id
$$;
