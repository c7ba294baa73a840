-- Issue 15 (and the invitations of issue 12 after it): notices to a person or to an agency's
-- ID-SPOC inbox. References only — the case a notice concerns and the flag it is about — so that
-- what it says is made when it is read, through the gate, and nothing of another agency's case is
-- ever stored in it.
create sequence notice_seq start with 50 increment by 50;

-- Watches (bevakningar): a person asks to be told when an identifier of their choosing is
-- flagged. Found by the identifier's keyed hash; "shown" is for the watcher's own eyes.
create sequence watch_seq start with 50 increment by 50;

create table watch (
  id          bigint       not null primary key,
  watcher     varchar(64)  not null,
  match_key   bytea        not null,
  shown       varchar(80)  not null,
  created_at  timestamp with time zone not null,
  constraint uq_watch unique (watcher, match_key)
);

create index ix_watch_key on watch (match_key);

create table notice (
  id                bigint       not null primary key,
  recipient         varchar(64),
  recipient_agency  varchar(10)  references agency (code),
  kind              varchar(32)  not null,
  case_id           varchar(36)  references case_file (id),
  watch_id          bigint,
  flag_id           bigint       references misuse_flag (id),
  examination_id    bigint       references document_examination (id),
  created_at        timestamp with time zone not null,
  constraint ck_notice_one_recipient check ((recipient is null) <> (recipient_agency is null)),
  constraint ck_notice_about_one check ((flag_id is null) <> (examination_id is null)),
  constraint ck_notice_case_or_watch check ((case_id is null) <> (watch_id is null))
);

create index ix_notice_recipient on notice (recipient, created_at);
create index ix_notice_agency on notice (recipient_agency, created_at);

-- who read which notice: a notice to an ID-SPOC inbox is read by each ID-SPOC on their own
create table notice_read (
  notice_id  bigint       not null references notice (id),
  reader     varchar(64)  not null,
  read_at    timestamp with time zone not null,
  constraint pk_notice_read primary key (notice_id, reader)
);
