-- PostgreSQL only: the application keeps the matching index and the flags.
grant select, insert, update, delete on match_index to ${app_role};
grant select, insert, update on misuse_flag to ${app_role};
grant usage, select on misuse_flag_seq to ${app_role};
grant select, insert on document_examination to ${app_role};
grant usage, select on document_examination_seq to ${app_role};
