-- Submissions received on fiscal.inbound.v1, recorded in the transaction that answers them, so that a redelivered
-- submission is neither stored nor answered twice.
create table inbound_seen (
    source       text        not null,
    id           text        not null,
    seen_at      timestamptz not null default now(),
    primary key (source, id)
);
