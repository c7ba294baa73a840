-- Knutpunkt schema, version 1: agencies, people, cases, members, field values.
-- Portable SQL: the same file runs on H2 (embedded default) and PostgreSQL (production).

create table agency (
  code      varchar(10)  not null primary key,
  name_sv   varchar(200) not null,
  name_en   varchar(200) not null
);

insert into agency (code, name_sv, name_en) values
  ('PMY',  'Polismyndigheten',              'Swedish Police Authority'),
  ('MIG',  'Migrationsverket',              'Swedish Migration Agency'),
  ('SKV',  'Skatteverket',                  'Swedish Tax Agency'),
  ('FK',   'Försäkringskassan',             'Swedish Social Insurance Agency'),
  ('AF',   'Arbetsförmedlingen',            'Swedish Public Employment Service'),
  ('PM',   'Pensionsmyndigheten',           'Swedish Pensions Agency'),
  ('EBM',  'Ekobrottsmyndigheten',          'Swedish Economic Crime Authority'),
  ('ÅM',   'Åklagarmyndigheten',            'Swedish Prosecution Authority'),
  ('TV',   'Tullverket',                    'Swedish Customs'),
  ('KFM',  'Kronofogdemyndigheten',         'Swedish Enforcement Authority'),
  ('KV',   'Kriminalvården',                'Swedish Prison and Probation Service'),
  ('KBV',  'Kustbevakningen',               'Swedish Coast Guard'),
  ('UBM',  'Utbetalningsmyndigheten',       'Swedish Payments Agency'),
  ('BV',   'Bolagsverket',                  'Swedish Companies Registration Office'),
  ('SÄPO', 'Säkerhetspolisen',              'Swedish Security Service'),
  ('SSC',  'Statens servicecenter',         'National Government Service Centre'),
  ('IMY',  'Integritetsskyddsmyndigheten',  'Swedish Authority for Privacy Protection'),
  ('PLATFORM', 'Knutpunkts drift',          'Knutpunkt operations');

create table user_profile (
  username       varchar(64)  not null primary key,
  agency         varchar(10)  not null references agency (code),
  display_name   varchar(200),
  email          varchar(320),
  clearance      varchar(16),
  roles          varchar(200) not null,
  first_seen_at  timestamp with time zone not null,
  last_login_at  timestamp with time zone
);

create table case_file (
  id            varchar(36) not null primary key,
  case_type     varchar(32) not null,
  owner_agency  varchar(10) not null references agency (code),
  created_by    varchar(64) not null,
  created_at    timestamp with time zone not null,
  row_version   bigint      not null
);

-- Ids come from sequences that hand out blocks of 50, so that inserts can be batched. EclipseLink
-- reads a value as the last of its block, so a sequence starts at its block size.
create sequence case_member_seq start with 50 increment by 50;
create sequence field_value_seq start with 50 increment by 50;

create table case_member (
  id        bigint      not null primary key,
  case_id   varchar(36) not null references case_file (id),
  username  varchar(64) not null,
  agency    varchar(10) not null references agency (code),
  kind      varchar(16) not null,
  added_by  varchar(64) not null,
  added_at  timestamp with time zone not null,
  constraint uq_case_member unique (case_id, username)
);

create index ix_case_member_username on case_member (username);

-- One row per version of a field: rows are only ever added, so the history is the table.
create table field_value (
  id               bigint       not null primary key,
  case_id          varchar(36)  not null references case_file (id),
  path             varchar(200) not null,
  version          bigint       not null,
  content          varchar(32768),
  level            varchar(16)  not null,
  owner_agency     varchar(10)  not null references agency (code),
  releasable       varchar(200) not null,
  legal_reference  varchar(200),
  handling_code    varchar(2),
  author           varchar(64)  not null,
  author_agency    varchar(10)  not null references agency (code),
  written_at       timestamp with time zone not null,
  constraint uq_field_version unique (case_id, path, version),
  constraint ck_field_version check (version >= 1)
);
