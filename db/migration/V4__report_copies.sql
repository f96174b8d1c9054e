-- Lookup keys of each source's copy signature (see ReportCopies.lookupKeys): sources sharing keys are candidate
-- copies of one report, found by an index lookup instead of comparing every pair of sources.
create table source_copy_key (
    copy_key  bigint not null,
    source_id bigint not null references source (id) on delete cascade,
    primary key (copy_key, source_id)
);
create index source_copy_key_source_idx on source_copy_key (source_id);
