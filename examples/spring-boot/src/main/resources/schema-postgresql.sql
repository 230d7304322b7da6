-- PostgreSQL: the same tables as schema-h2.sql, with each event stored as jsonb, so that the server checks
-- it is JSON and it can be queried (e.g. event->>'type'). One row per event, chained by SHA-256 digests
-- (EventChain).
create table if not exists case_event (
  case_id varchar(200) not null,
  version bigint not null,
  event jsonb not null,
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
