-- Import jobs: Spring Batch's job repository, and Frontline's own record of each job and of what happened to each
-- article it read.

-- Spring Batch 6.0.4's job repository for PostgreSQL, as shipped in spring-batch-core-6.0.4.jar
-- (org/springframework/batch/core/schema-postgresql.sql), unchanged.

CREATE TABLE BATCH_JOB_INSTANCE (
	JOB_INSTANCE_ID BIGINT  NOT NULL PRIMARY KEY,
	VERSION BIGINT,
	JOB_NAME VARCHAR(100) NOT NULL,
	JOB_KEY VARCHAR(32) NOT NULL,
	constraint JOB_INST_UN unique (JOB_NAME, JOB_KEY)
) ;

CREATE TABLE BATCH_JOB_EXECUTION (
	JOB_EXECUTION_ID BIGINT  NOT NULL PRIMARY KEY,
	VERSION BIGINT,
	JOB_INSTANCE_ID BIGINT NOT NULL,
	CREATE_TIME TIMESTAMP NOT NULL,
	START_TIME TIMESTAMP DEFAULT NULL,
	END_TIME TIMESTAMP DEFAULT NULL,
	STATUS VARCHAR(10),
	EXIT_CODE VARCHAR(2500),
	EXIT_MESSAGE VARCHAR(2500),
	LAST_UPDATED TIMESTAMP,
	constraint JOB_INST_EXEC_FK foreign key (JOB_INSTANCE_ID)
	references BATCH_JOB_INSTANCE(JOB_INSTANCE_ID)
) ;

CREATE TABLE BATCH_JOB_EXECUTION_PARAMS (
	JOB_EXECUTION_ID BIGINT NOT NULL,
	PARAMETER_NAME VARCHAR(100) NOT NULL,
	PARAMETER_TYPE VARCHAR(100) NOT NULL,
	PARAMETER_VALUE VARCHAR(2500),
	IDENTIFYING CHAR(1) NOT NULL,
	constraint JOB_EXEC_PARAMS_FK foreign key (JOB_EXECUTION_ID)
	references BATCH_JOB_EXECUTION(JOB_EXECUTION_ID)
) ;

CREATE TABLE BATCH_STEP_EXECUTION (
	STEP_EXECUTION_ID BIGINT  NOT NULL PRIMARY KEY,
	VERSION BIGINT NOT NULL,
	STEP_NAME VARCHAR(100) NOT NULL,
	JOB_EXECUTION_ID BIGINT NOT NULL,
	CREATE_TIME TIMESTAMP NOT NULL,
	START_TIME TIMESTAMP DEFAULT NULL,
	END_TIME TIMESTAMP DEFAULT NULL,
	STATUS VARCHAR(10),
	COMMIT_COUNT BIGINT,
	READ_COUNT BIGINT,
	FILTER_COUNT BIGINT,
	WRITE_COUNT BIGINT,
	READ_SKIP_COUNT BIGINT,
	WRITE_SKIP_COUNT BIGINT,
	PROCESS_SKIP_COUNT BIGINT,
	ROLLBACK_COUNT BIGINT,
	EXIT_CODE VARCHAR(2500),
	EXIT_MESSAGE VARCHAR(2500),
	LAST_UPDATED TIMESTAMP,
	constraint JOB_EXEC_STEP_FK foreign key (JOB_EXECUTION_ID)
	references BATCH_JOB_EXECUTION(JOB_EXECUTION_ID)
) ;

CREATE TABLE BATCH_STEP_EXECUTION_CONTEXT (
	STEP_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY,
	SHORT_CONTEXT VARCHAR(2500) NOT NULL,
	SERIALIZED_CONTEXT TEXT,
	constraint STEP_EXEC_CTX_FK foreign key (STEP_EXECUTION_ID)
	references BATCH_STEP_EXECUTION(STEP_EXECUTION_ID)
) ;

CREATE TABLE BATCH_JOB_EXECUTION_CONTEXT (
	JOB_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY,
	SHORT_CONTEXT VARCHAR(2500) NOT NULL,
	SERIALIZED_CONTEXT TEXT,
	constraint JOB_EXEC_CTX_FK foreign key (JOB_EXECUTION_ID)
	references BATCH_JOB_EXECUTION(JOB_EXECUTION_ID)
) ;

CREATE SEQUENCE BATCH_STEP_EXECUTION_SEQ MAXVALUE 9223372036854775807 NO CYCLE;
CREATE SEQUENCE BATCH_JOB_EXECUTION_SEQ MAXVALUE 9223372036854775807 NO CYCLE;
CREATE SEQUENCE BATCH_JOB_INSTANCE_SEQ MAXVALUE 9223372036854775807 NO CYCLE;

-- One import: the files and folders it reads (inline articles are items from the start) and its state.
-- The state is kept by the job's listener; a RUNNING job whose process holds no advisory lock on it was interrupted.
create table import_job (
    id         bigserial primary key,
    origin     text        not null check (origin in ('COMMAND_LINE', 'GRAPHQL', 'SEEDS')),
    paths      text[]      not null default '{}',
    state      text        not null default 'QUEUED'
                           check (state in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'INTERRUPTED')),
    -- whether the paths have been scanned into items; done once, in one transaction
    planned    boolean     not null default false,
    created_at timestamptz not null default now(),
    started_at timestamptz,
    ended_at   timestamptz
);

-- One article of an import (a file, a record of a JSON or JSON Lines file, or an article sent inline), or one thing
-- refused before reading (a missing path, a malformed manifest). An item leaves PENDING in the same transaction that
-- imports its article, so after a crash exactly the unfinished items are read again.
create table import_job_item (
    job_id       bigint  not null references import_job (id) on delete cascade,
    seq          integer not null,
    -- the file (absolute); null for an article sent inline
    path         text,
    -- the line a record of a JSON or JSON Lines file starts on
    line         integer,
    -- where the record's bytes are; null for a whole file
    byte_offset  bigint,
    byte_length  bigint,
    inline_text  text,
    collection   text,
    file_name    text,
    -- what a manifest or the request says about the article
    url          text,
    title        text,
    publisher    text,
    author       text,
    published_on date,
    language     text,
    state        text    not null default 'PENDING'
                         check (state in ('PENDING', 'IMPORTED', 'UNCHANGED', 'REPLACED', 'REJECTED', 'FAILED')),
    reason       text,
    source_id    bigint  references source (id) on delete set null,
    finished_at  timestamptz,
    primary key (job_id, seq),
    check ((state = 'PENDING') = (finished_at is null))
);
create index import_job_item_pending_idx on import_job_item (job_id, seq) where state = 'PENDING';
create index import_job_item_source_idx on import_job_item (source_id);
