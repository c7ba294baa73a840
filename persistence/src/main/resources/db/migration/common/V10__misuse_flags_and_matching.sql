-- Issue 15. The matching index: for each keyed hash of an identifier (docs/matching.md), the cases
-- that hold it and how many of their items do. One row per identifier and case, kept small: a
-- 16-byte key and the case as a UUID (about 120 bytes a row with its index on PostgreSQL).
create table match_index (
  match_key  bytea    not null,
  case_id    uuid     not null,
  holders    integer  not null,
  constraint pk_match_index primary key (match_key, case_id),
  constraint ck_match_holders check (holders > 0)
);

-- Flags of suspected misuse: one per identifier and flagging agency (a second flag updates it).
-- The identifier as people read it and the comment are seen inside the flagging agency only.
create sequence misuse_flag_seq start with 50 increment by 50;

create table misuse_flag (
  id            bigint       not null primary key,
  match_key     bytea        not null,
  subject_kind  varchar(16)  not null,
  shown         varchar(80)  not null,
  category      varchar(40)  not null,
  confidence    varchar(16)  not null,
  agency        varchar(10)  not null references agency (code),
  comment       varchar(2000),
  flagged_by    varchar(64)  not null,
  flagged_at    timestamp with time zone not null,
  withdrawn_at  timestamp with time zone,
  version       bigint       not null,
  constraint uq_misuse_flag unique (match_key, agency)
);

-- The shared registry of examined identity documents (seed 000 §5.2.2): who examined which
-- document when, with what result — never the case. Found by the document's match key only (its
-- country and number, exactly), so the registry cannot be browsed or searched by part of a number.
create sequence document_examination_seq start with 50 increment by 50;

create table document_examination (
  id             bigint       not null primary key,
  match_key      bytea        not null,
  document_type  varchar(32)  not null,
  valid_until    date,
  result         varchar(32)  not null,
  agency         varchar(10)  not null references agency (code),
  examined_on    date         not null,
  recorded_by    varchar(64)  not null,
  recorded_at    timestamp with time zone not null
);

create index ix_document_examination_key on document_examination (match_key);
