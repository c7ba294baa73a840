-- Issue 11. The newest version of each field, kept beside the append-only versions: a case read
-- joins its current values through this table instead of looking for each field's newest version
-- among all versions, which grew slower with every write (JFR: aggregates over the history).
-- The head names its version's row by id, so that a read fetches exactly those rows by primary key
-- whatever the planner knows of the tables (joining on case, path and version went through every
-- version of the case on tables not yet analysed).
create table field_head (
  case_id   varchar(36)  not null references case_file (id),
  path      varchar(200) not null,
  version   bigint       not null,
  value_id  bigint       not null references field_value (id),
  constraint pk_field_head primary key (case_id, path)
);

insert into field_head (case_id, path, version, value_id)
  select f.case_id, f.path, f.version, f.id from field_value f
  where f.version = (select max(g.version) from field_value g
                     where g.case_id = f.case_id and g.path = f.path);
