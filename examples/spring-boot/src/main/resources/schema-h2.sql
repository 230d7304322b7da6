-- H2 (the default, in memory): one row per event, in the library's wire format, chained by SHA-256 digests
-- (EventChain). schema-postgresql.sql is the same for PostgreSQL, with the event as jsonb.
create table if not exists case_event (
  case_id varchar(200) not null,
  version bigint not null,
  event varchar(1000000) not null,
  previous_digest char(71) not null,
  digest char(71) not null,
  primary key (case_id, version)
);

-- The head of each case's chain: the digest of its last event, written in the same transaction. A real
-- deployment keeps it where the events' writers cannot change it (another database, a signed receipt).
create table if not exists case_head (
  case_id varchar(200) not null primary key,
  version bigint not null,
  head char(71) not null
);
