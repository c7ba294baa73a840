-- PostgreSQL only: invitations and disclosure requests change state (accepted, revoked, granted)
-- but are never deleted; participations and members end by deletion, disclosed values never do.
grant select, insert, update on invitation, disclosure_request to ${app_role};
grant select, insert, delete on case_participation to ${app_role};
grant select, insert on disclosed_value to ${app_role};
grant usage, select on case_participation_seq, disclosed_value_seq to ${app_role};
