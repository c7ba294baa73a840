-- Witnesses and the log's identity (issue 14; docs/audit-log.md, "Witnesses" and "One key signs
-- one log"; ADR 0013).

-- Witnesses' cosignatures (c2sp.org/tlog-cosignature, Ed25519 cosignature/v1) of checkpoints the
-- log signed, as an auditor brought them, each checked against the stored checkpoint of its size
-- before it was added. Served as extra signature lines of that checkpoint's note. One per witness
-- key and size; never changed.
create table audit_cosignature (
  tree_size       bigint        not null references audit_checkpoint (tree_size),
  witness_key     varchar(1000) not null,
  witness_name    varchar(500)  not null,
  cosigned_at     timestamp with time zone not null,
  signature_line  varchar(1000) not null,
  added_at        timestamp with time zone not null,
  added_by        varchar(255)  not null,
  primary key (tree_size, witness_key)
);
create index ix_audit_cosignature_witness on audit_cosignature (witness_key, tree_size);

-- Which log this database holds: its origin and the verifier key of the key that signs it,
-- written with the log's first checkpoint (or, for a log older than this table, by its first
-- round after the key was checked against the newest checkpoint). The checkpointer signs nothing
-- with a key that is not this one. One row, never changed.
create table audit_log_identity (
  id            integer       not null primary key check (id = 1),
  origin        varchar(500)  not null,
  verifier_key  varchar(1000) not null,
  recorded_at   timestamp with time zone not null
);
