-- The audit trail. Rows are only inserted; on PostgreSQL a later migration makes that a rule
-- the application's role cannot break.
create sequence audit_entry_seq start with 50 increment by 50;

create table audit_entry (
  id              bigint       not null primary key,
  recorded_at     timestamp with time zone not null,
  actor           varchar(64)  not null,
  actor_agency    varchar(10)  not null,
  action          varchar(40)  not null,
  outcome         varchar(8)   not null,
  reason          varchar(64)  not null,
  case_id         varchar(36),
  resource_owner  varchar(10),
  path            varchar(200),
  request_id      varchar(64),
  client_address  varchar(64),
  details         varchar(4000)
);

create index ix_audit_entry_case on audit_entry (case_id);
create index ix_audit_entry_actor on audit_entry (actor);
