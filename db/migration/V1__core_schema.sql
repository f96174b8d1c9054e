-- Frontline's relational record: sources, what they mention, and the facts drawn from them.
-- Every fact points to the sentence that supports it through an evidence row (source + character offsets).

create table source (
    id                 bigserial primary key,
    file_name          text,
    collection         text,
    title              text,
    publisher          text,
    author             text,
    url                text,
    published_on       date,
    language           text,
    -- metadata fields that were inferred from the text rather than given by a manifest
    inferred_fields    text[]      not null default '{}',
    body               text        not null,
    content_hash       text        not null unique,
    -- MinHash signature of the cleaned text; sources with similar signatures are copies of one report
    signature          integer[]   not null default '{}',
    -- the earliest imported source this one is a copy of (null: an independent report)
    copy_of_id         bigint      references source (id) on delete set null,
    imported_at        timestamptz not null default now()
);
create unique index source_url_key on source (url) where url is not null;
create unique index source_collection_file_key on source (collection, file_name)
    where url is null and collection is not null and file_name is not null;
create index source_published_on_idx on source (published_on);
create index source_copy_of_idx on source (copy_of_id);

create table evidence (
    id           bigserial primary key,
    source_id    bigint  not null references source (id) on delete cascade,
    start_offset integer not null,
    end_offset   integer not null,
    sentence     text    not null,
    check (0 <= start_offset and start_offset <= end_offset)
);
create index evidence_source_idx on evidence (source_id);

create table place (
    id            bigserial primary key,
    name          text             not null,
    -- folded form of the name (case, accents, transliteration variants) for matching and uniqueness
    name_key      text             not null,
    kind          text             not null check (kind in ('SETTLEMENT','REGION','COUNTRY','WATER','FACILITY','OTHER')),
    country_code  text,
    region_id     bigint           references place (id),
    latitude      double precision,
    longitude     double precision,
    gazetteer_id  text             unique
);
-- places the gazetteer lacks are unique by folded name and kind
create unique index place_unresolved_key on place (name_key, kind) where gazetteer_id is null;
create index place_region_idx on place (region_id);

create table place_alias (
    place_id  bigint not null references place (id) on delete cascade,
    alias     text   not null,
    alias_key text   not null,
    primary key (place_id, alias)
);
create index place_alias_key_idx on place_alias (alias_key);

create table person (
    id       bigserial primary key,
    name     text not null,
    name_key text not null unique,
    role     text
);

create table person_alias (
    person_id bigint not null references person (id) on delete cascade,
    alias     text   not null,
    alias_key text   not null,
    primary key (person_id, alias)
);
create index person_alias_key_idx on person_alias (alias_key);

create table organization (
    id       bigserial primary key,
    name     text not null,
    name_key text not null unique
);

create table organization_alias (
    organization_id bigint not null references organization (id) on delete cascade,
    alias           text   not null,
    alias_key       text   not null,
    primary key (organization_id, alias)
);
create index organization_alias_key_idx on organization_alias (alias_key);

-- where a source names an entity
create table place_mention (
    source_id    bigint  not null references source (id) on delete cascade,
    place_id     bigint  not null references place (id) on delete cascade,
    start_offset integer not null,
    end_offset   integer not null,
    primary key (source_id, place_id, start_offset)
);
create index place_mention_place_idx on place_mention (place_id);

create table person_mention (
    source_id    bigint  not null references source (id) on delete cascade,
    person_id    bigint  not null references person (id) on delete cascade,
    start_offset integer not null,
    end_offset   integer not null,
    primary key (source_id, person_id, start_offset)
);
create index person_mention_person_idx on person_mention (person_id);

create table organization_mention (
    source_id       bigint  not null references source (id) on delete cascade,
    organization_id bigint  not null references organization (id) on delete cascade,
    start_offset    integer not null,
    end_offset      integer not null,
    primary key (source_id, organization_id, start_offset)
);
create index organization_mention_organization_idx on organization_mention (organization_id);

create table event (
    id             bigserial primary key,
    type           text not null check (type in ('TERRITORY_REGAINED','TERRITORY_CAPTURED','WITHDRAWAL','ATTACK',
                       'CIVILIAN_HARM','MASS_GRAVE','AID_PLEDGE','POLITICAL','EVACUATION','OTHER')),
    title          text not null,
    date           date,
    date_precision text not null check (date_precision in ('DAY','WEEK','MONTH','UNKNOWN'))
);
create index event_date_idx on event (date);
create index event_type_idx on event (type);

create table event_place (
    event_id bigint not null references event (id) on delete cascade,
    place_id bigint not null references place (id) on delete cascade,
    primary key (event_id, place_id)
);
create index event_place_place_idx on event_place (place_id);

create table event_person (
    event_id  bigint not null references event (id) on delete cascade,
    person_id bigint not null references person (id) on delete cascade,
    primary key (event_id, person_id)
);
create index event_person_person_idx on event_person (person_id);

create table event_organization (
    event_id        bigint not null references event (id) on delete cascade,
    organization_id bigint not null references organization (id) on delete cascade,
    primary key (event_id, organization_id)
);
create index event_organization_organization_idx on event_organization (organization_id);

create table event_evidence (
    event_id    bigint not null references event (id) on delete cascade,
    evidence_id bigint not null references evidence (id) on delete cascade,
    primary key (event_id, evidence_id)
);
create index event_evidence_evidence_idx on event_evidence (evidence_id);

create table quote (
    id                      bigserial primary key,
    source_id               bigint  not null references source (id) on delete cascade,
    text                    text    not null,
    start_offset            integer not null,
    end_offset              integer not null,
    speaker_person_id       bigint  references person (id) on delete set null,
    speaker_organization_id bigint  references organization (id) on delete set null,
    event_id                bigint  references event (id) on delete set null,
    evidence_id             bigint  not null references evidence (id) on delete cascade,
    check (speaker_person_id is null or speaker_organization_id is null)
);
create index quote_source_idx on quote (source_id);
create index quote_speaker_person_idx on quote (speaker_person_id);
create index quote_speaker_organization_idx on quote (speaker_organization_id);
create index quote_event_idx on quote (event_id);
