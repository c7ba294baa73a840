-- Issue 9. A membership carries what the policy decides on: the sections it covers and the moment
-- it ends (members through an invitation are limited; members of the owner agency are not).
-- Existing memberships are members of the owner agency: every section, no end.
alter table case_member add column scope varchar(200);
alter table case_member add column valid_until timestamp with time zone;
update case_member set scope = 'overview,persons,documents,events,notes,tasks,attachments,decisions';
alter table case_member alter column scope set not null;

-- The skeleton's audit table has been dead since the verifiable log (V3) replaced it.
drop table audit_entry;
drop sequence audit_entry_seq;

-- Secrecy always has its provision (DOMAIN.md): CONFIDENTIAL and STRICT values now must name one.
-- Values written before the rule say so instead of inventing a provision.
update field_value set legal_reference = 'ej angiven (skriven före krav på hänvisning)'
  where level in ('CONFIDENTIAL', 'STRICT') and legal_reference is null;
