-- PostgreSQL only: the application posts notices and records their reading; it never changes one.
grant select, insert on notice to ${app_role};
grant usage, select on notice_seq to ${app_role};
grant select, insert on notice_read to ${app_role};
grant select, insert, delete on watch to ${app_role};
grant usage, select on watch_seq to ${app_role};
