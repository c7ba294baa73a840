-- Issue 12: sharing a case with other agencies. An invitation names the agency, the sections in
-- scope, the purpose, the legal basis and what that basis demands (needs test, balancing of
-- interests, consent), and its end; once accepted, the agency takes part in the case
-- (case_participation) and the investigators its ID-SPOC chose join, limited to that scope and
-- period. A disclosure request asks for one withheld value; a grant releases exactly that value at
-- that version to the requesting agency (disclosed_value).
create table invitation (
  id               varchar(36)   not null primary key,
  case_id          varchar(36)   not null references case_file (id),
  owner_agency     varchar(10)   not null references agency (code),
  invited_agency   varchar(10)   not null references agency (code),
  scope            varchar(200)  not null,
  purpose          varchar(2000) not null,
  legal_basis      varchar(32)   not null,
  needs_test       varchar(4000),
  balancing        varchar(4000),
  consent          varchar(2000),
  expires_at       timestamp with time zone not null,
  state            varchar(16)   not null,
  invited_by       varchar(64)   not null,
  invited_at       timestamp with time zone not null,
  answered_by      varchar(64),
  answered_at      timestamp with time zone,
  decline_reason   varchar(2000),
  joined           varchar(2000),
  ended_by         varchar(64),
  ended_at         timestamp with time zone,
  row_version      bigint        not null,
  constraint ck_invitation_other_agency check (owner_agency <> invited_agency)
);

create index ix_invitation_case on invitation (case_id, invited_at);
create index ix_invitation_invited on invitation (invited_agency, state);
create index ix_invitation_state_expiry on invitation (state, expires_at);

create sequence case_participation_seq start with 50 increment by 50;

create table case_participation (
  id             bigint       not null primary key,
  case_id        varchar(36)  not null references case_file (id),
  agency         varchar(10)  not null references agency (code),
  invitation_id  varchar(36)  not null references invitation (id),
  scope          varchar(200) not null,
  valid_until    timestamp with time zone not null,
  constraint uq_case_participation unique (case_id, agency)
);

alter table case_member add column invitation_id varchar(36) references invitation (id);

create table disclosure_request (
  id               varchar(36)   not null primary key,
  case_id          varchar(36)   not null references case_file (id),
  path             varchar(200)  not null,
  value_version    bigint        not null,
  value_owner      varchar(10)   not null references agency (code),
  requester        varchar(64)   not null,
  requester_agency varchar(10)   not null references agency (code),
  reason           varchar(2000) not null,
  requested_at     timestamp with time zone not null,
  state            varchar(16)   not null,
  decided_by       varchar(64),
  decided_at       timestamp with time zone,
  legal_basis      varchar(32),
  needs_test       varchar(4000),
  balancing        varchar(4000),
  consent          varchar(2000),
  decision_reason  varchar(2000),
  row_version      bigint        not null
);

create index ix_disclosure_case on disclosure_request (case_id, requested_at);
create index ix_disclosure_owner on disclosure_request (value_owner, state);

create sequence disclosed_value_seq start with 50 increment by 50;

create table disclosed_value (
  id          bigint       not null primary key,
  case_id     varchar(36)  not null references case_file (id),
  path        varchar(200) not null,
  version     bigint       not null,
  agency      varchar(10)  not null references agency (code),
  request_id  varchar(36)  not null references disclosure_request (id),
  constraint uq_disclosed_value unique (case_id, path, version, agency)
);

-- notices about an invitation or a disclosure request (references only, as every notice)
alter table notice add column invitation_id varchar(36) references invitation (id);
alter table notice add column disclosure_id varchar(36) references disclosure_request (id);
alter table notice drop constraint ck_notice_about_one;
alter table notice add constraint ck_notice_about_one check (
  (case when flag_id is null then 0 else 1 end)
  + (case when examination_id is null then 0 else 1 end)
  + (case when invitation_id is null then 0 else 1 end)
  + (case when disclosure_id is null then 0 else 1 end) = 1);
