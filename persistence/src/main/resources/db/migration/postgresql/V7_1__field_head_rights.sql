-- PostgreSQL only: the application keeps the newest version of each field current.
grant select, insert, update on field_head to ${app_role};
-- Versions of values are only ever added: the application may no longer change or delete one.
revoke update, delete on field_value from ${app_role};
