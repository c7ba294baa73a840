-- PostgreSQL only. The application's role records events (insert into audit_pending) and reads the
-- log; it can neither read nor take back a pending event, nor change the log. The integrator runs
-- as the schema owner, and even the owner cannot update, delete or truncate the log's tables: only a
-- superuser who disables the triggers could, and the signed checkpoints expose that.
grant insert on audit_pending to ${app_role};
grant usage, select on sequence audit_pending_seq to ${app_role};
grant select on audit_leaf, audit_subtree, audit_checkpoint to ${app_role};

create trigger audit_leaf_append_only
  before update or delete on audit_leaf
  for each row execute function refuse_audit_change();
create trigger audit_leaf_no_truncate
  before truncate on audit_leaf
  for each statement execute function refuse_audit_change();

create trigger audit_subtree_append_only
  before update or delete on audit_subtree
  for each row execute function refuse_audit_change();
create trigger audit_subtree_no_truncate
  before truncate on audit_subtree
  for each statement execute function refuse_audit_change();

create trigger audit_checkpoint_append_only
  before update or delete on audit_checkpoint
  for each row execute function refuse_audit_change();
create trigger audit_checkpoint_no_truncate
  before truncate on audit_checkpoint
  for each statement execute function refuse_audit_change();

-- Pending events are consumed (deleted) by the integrator, never changed.
create trigger audit_pending_no_update
  before update on audit_pending
  for each row execute function refuse_audit_change();
create trigger audit_pending_no_truncate
  before truncate on audit_pending
  for each statement execute function refuse_audit_change();
