-- Issue 15: a person may choose a daily mail that tells how many notices they have not read.
alter table user_profile add column notice_digest boolean default false not null;
