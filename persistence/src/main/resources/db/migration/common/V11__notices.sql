-- Issue 15 (and the invitations of issue 12 after it): notices to a person or to an agency's
-- ID-SPOC inbox. References only — the case a notice concerns and the flag it is about — so that
-- what it says is made when it is read, through the gate, and nothing of another agency's case is
-- ever stored in it.
create sequence notice_seq start with 50 increment by 50;

create table notice (
  id                bigint       not null primary key,
  recipient         varchar(64),
  recipient_agency  varchar(10)  references agency (code),
  kind              varchar(32)  not null,
  case_id           varchar(36)  not null references case_file (id),
  flag_id           bigint       references misuse_flag (id),
  examination_id    bigint       references document_examination (id),
  created_at        timestamp with time zone not null,
  constraint ck_notice_one_recipient check ((recipient is null) <> (recipient_agency is null)),
  constraint ck_notice_about_one check ((flag_id is null) <> (examination_id is null))
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
