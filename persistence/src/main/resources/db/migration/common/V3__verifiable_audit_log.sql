-- The verifiable audit log (issue 5; docs/audit-log.md, "Storage"). Replaces audit_entry, which
-- keeps the skeleton's rows as they were (they predate the log and are not part of it).

-- Recorded in the caller's transaction: the canonical leaf bytes with index 0. The integrator
-- (the only writer of the tables below, connected as the schema owner) gives each its index in the
-- order it finds them committed, and deletes it here in the same transaction.
create sequence audit_pending_seq start with 50 increment by 50;

create table audit_pending (
  id     bigint not null primary key,
  event  bytea  not null
);

-- One row per leaf, never changed: the canonical leaf bytes are the entry; the other columns are
-- copies for filtering /audit/entries (what an auditor reads is always decoded from leaf).
create table audit_leaf (
  idx             bigint       not null primary key,
  recorded_at     timestamp with time zone not null,
  actor           varchar(255) not null,
  actor_agency    varchar(255) not null,
  action          varchar(255) not null,
  outcome         varchar(8)   not null,
  case_id         varchar(255),
  resource_owner  varchar(255),
  leaf            bytea        not null
);

create index ix_audit_leaf_actor_agency on audit_leaf (actor_agency, idx);
create index ix_audit_leaf_owner on audit_leaf (resource_owner, idx);
create index ix_audit_leaf_case on audit_leaf (case_id, idx);
create index ix_audit_leaf_actor on audit_leaf (actor, idx);

-- The hashes of the complete perfect subtrees (level 0 = leaf hashes); complete means final.
create table audit_subtree (
  level  smallint not null,
  idx    bigint   not null,
  hash   bytea    not null,
  primary key (level, idx)
);

-- Every signed checkpoint, one per tree size; the newest is the largest.
create table audit_checkpoint (
  tree_size  bigint not null primary key,
  signed_at  timestamp with time zone not null,
  note       varchar(8000) not null
);

-- One row the integrator locks (select ... for update) so that only one integrates at a time,
-- however many threads or servers try.
create table audit_integrator_lock (
  id integer not null primary key
);
insert into audit_integrator_lock (id) values (1);
