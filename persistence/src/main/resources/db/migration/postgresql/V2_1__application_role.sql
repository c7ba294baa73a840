-- PostgreSQL only. The migrations run as the schema owner; the application connects as its
-- own role (placeholder app_role), which may change case data but only insert and read audit
-- entries. A trigger refuses update and delete of audit rows even to the owner.
grant select, insert, update, delete on agency, user_profile, case_file, case_member, field_value to ${app_role};
grant select, insert on audit_entry to ${app_role};
grant usage, select on all sequences in schema public to ${app_role};

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit entries are append-only (% refused)', tg_op;
end;
$$;

create trigger audit_entry_append_only
  before update or delete on audit_entry
  for each row execute function refuse_audit_change();

create trigger audit_entry_no_truncate
  before truncate on audit_entry
  for each statement execute function refuse_audit_change();
