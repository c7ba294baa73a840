-- Issue 11. The newest version of each field, kept beside the append-only versions: a case read
-- joins its current values through this table instead of looking for each field's newest version
-- among all versions, which grew slower with every write (JFR: aggregates over the history).
create table field_head (
  case_id  varchar(36)  not null references case_file (id),
  path     varchar(200) not null,
  version  bigint       not null,
  constraint pk_field_head primary key (case_id, path)
);

insert into field_head (case_id, path, version)
  select case_id, path, max(version) from field_value group by case_id, path;
