-- The read API's text matching: names, aliases, titles and texts compared ignoring case and accents, with trigram
-- indexes so that "contains" filters and search() need not read whole tables.

create extension if not exists unaccent with schema public;
create extension if not exists pg_trgm with schema public;

-- Folds text for comparison: accents removed (Kyïv -> kyiv), lower case. unaccent() itself is only STABLE (its
-- dictionary could be swapped), so this wrapper names the dictionary explicitly and may be declared IMMUTABLE, which
-- indexes on expressions require.
create function frontline_fold(value text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

create index place_name_fold_idx on place using gin (frontline_fold(name) gin_trgm_ops);
create index place_alias_fold_idx on place_alias using gin (frontline_fold(alias) gin_trgm_ops);
create index person_name_fold_idx on person using gin (frontline_fold(name) gin_trgm_ops);
create index person_alias_fold_idx on person_alias using gin (frontline_fold(alias) gin_trgm_ops);
create index organization_name_fold_idx on organization using gin (frontline_fold(name) gin_trgm_ops);
create index organization_alias_fold_idx on organization_alias using gin (frontline_fold(alias) gin_trgm_ops);
create index event_title_fold_idx on event using gin (frontline_fold(title) gin_trgm_ops);
create index quote_text_fold_idx on quote using gin (frontline_fold(text) gin_trgm_ops);
create index source_title_fold_idx on source using gin (frontline_fold(title) gin_trgm_ops);
create index source_publisher_fold_idx on source using gin (frontline_fold(publisher) gin_trgm_ops);
create index evidence_sentence_fold_idx on evidence using gin (frontline_fold(sentence) gin_trgm_ops);
