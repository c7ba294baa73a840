-- PostgreSQL only. The application adds and reads cosignatures (each checked before it is added)
-- and reads the log's identity, which only the integrator (the schema owner) writes. Neither table
-- is ever changed, not even by the owner.
grant select, insert on audit_cosignature to ${app_role};
grant select on audit_log_identity to ${app_role};

create trigger audit_cosignature_append_only
  before update or delete on audit_cosignature
  for each row execute function refuse_audit_change();
create trigger audit_cosignature_no_truncate
  before truncate on audit_cosignature
  for each statement execute function refuse_audit_change();

create trigger audit_log_identity_append_only
  before update or delete on audit_log_identity
  for each row execute function refuse_audit_change();
create trigger audit_log_identity_no_truncate
  before truncate on audit_log_identity
  for each statement execute function refuse_audit_change();
