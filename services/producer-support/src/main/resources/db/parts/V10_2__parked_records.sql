-- Records of a consumed topic (budget platforms' submissions) that could not be handled for a reason that would recur
-- every time: kept with the reason, listed in the health data, never retried for ever and never silently dropped.
create table parked_record (
    id              bigserial primary key,
    topic           text        not null,
    kafka_partition integer     not null,
    kafka_offset    bigint      not null,
    event_key       text,
    ce_id           text,
    ce_source       text,
    ce_type         text,
    payload         bytea,
    reason          text        not null,
    parked_at       timestamptz not null default now()
);
create unique index parked_record_once on parked_record (topic, kafka_partition, kafka_offset);
