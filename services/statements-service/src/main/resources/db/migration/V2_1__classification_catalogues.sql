-- Classification catalogues loaded at run time (docs/statements.md, 分类科目目录): one edition per load, for one year
-- and one scheme (func 支出功能分类, econ_gov 政府预算支出经济分类, econ_dept 部门预算支出经济分类). The newest edition of
-- a year and scheme is in force; older ones are kept. An edition lists its entries and the year-to-year changes
-- (a code of the year before → the code that replaces it this year).
create table catalogue_edition (
    id            bigserial   primary key,
    fiscal_year   integer     not null,
    scheme        text        not null,
    edition       integer     not null,   -- 1, 2, … per year and scheme
    complete      boolean     not null,   -- the loader states that the edition is the whole catalogue of the year
    source        text        not null,   -- the official document or system it comes from
    origin        text        not null,   -- admin:<subject> (REST) or platform:<ce_source> (Kafka)
    origin_id     text,                   -- the CloudEvents id of a platform's event (a redelivery loads nothing)
    loaded_at     timestamptz not null,
    unique (fiscal_year, scheme, edition),
    unique (origin, origin_id)
);

create table catalogue_entry (
    edition_id    bigint      not null references catalogue_edition (id),
    code          text        not null,
    name          text        not null,
    primary key (edition_id, code)
);

create table catalogue_change (
    edition_id    bigint      not null references catalogue_edition (id),
    previous_code text        not null,   -- the code of the year before
    code          text        not null,   -- the code of this edition's year
    primary key (edition_id, previous_code)
);

-- Catalogue events from the budget platform that could not be loaded, with the reason; the consumer goes on.
create table catalogue_parked (
    id              bigserial   primary key,
    topic           text        not null,
    kafka_partition integer     not null,
    kafka_offset    bigint      not null,
    event_key       text,
    ce_id           text,
    ce_source       text,
    reason          text        not null,
    payload         text,
    parked_at       timestamptz not null,
    unique (topic, kafka_partition, kafka_offset)
);
