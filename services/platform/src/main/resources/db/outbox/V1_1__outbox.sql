-- Transactional outbox: an event row is written in the same transaction as the change it describes.
-- The relay sends unsent rows in seq order and stamps sent_at after the broker's acknowledgement.
create table outbox_event (
    seq           bigserial primary key,
    id            uuid        not null unique,
    topic         text        not null,
    event_key     text        not null,
    type          text        not null,
    source        text        not null,
    subject       text        not null,
    payload       jsonb       not null,
    created_at    timestamptz not null default now(),
    sent_at       timestamptz
);
create index outbox_event_unsent on outbox_event (seq) where sent_at is null;
