-- The disclosure read model, built only from the part topics (event-carried state transfer).

-- Every event applied or recognised as a duplicate, recorded in the same transaction as its effect.
create table consumed_event (
    source       text        not null,
    id           text        not null,
    consumed_at  timestamptz not null default now(),
    primary key (source, id)
);

-- One disclosure per unit and year.
create table disclosure (
    unit_code    text        not null,
    fiscal_year  integer     not null,
    region_code  text        not null,
    unit_name    text,
    updated_at   timestamptz not null,
    primary key (unit_code, fiscal_year)
);
create index disclosure_year_region on disclosure (fiscal_year, region_code);

-- The newest revision of each part seen so far; an older or equal revision never replaces it.
create table disclosure_part (
    unit_code    text        not null,
    fiscal_year  integer     not null,
    part         text        not null,
    revision     bigint      not null,
    revised_at   timestamptz not null,
    event_id     text        not null,
    document     jsonb       not null,
    received_at  timestamptz not null default now(),
    primary key (unit_code, fiscal_year, part),
    foreign key (unit_code, fiscal_year) references disclosure (unit_code, fiscal_year)
);

-- Events that could not be read: kept with the reason, never silently dropped.
create table parked_event (
    id              bigserial primary key,
    topic           text        not null,
    kafka_partition integer     not null,
    kafka_offset    bigint      not null,
    event_key       text,
    ce_id           text,
    ce_source       text,
    ce_type         text,
    payload         text,
    reason          text        not null,
    parked_at       timestamptz not null default now()
);
