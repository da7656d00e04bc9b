-- Every accepted PUT of a part stores a new immutable revision; part_head points at the latest one and is the
-- row locked to number revisions.
create table part_head (
    unit_code     text        not null,
    fiscal_year   integer     not null,
    region_code   text        not null,
    revision      bigint      not null,
    revised_at    timestamptz not null,
    headline      jsonb       not null,
    primary key (unit_code, fiscal_year)
);
create index part_head_year_region on part_head (fiscal_year, region_code);

create table part_revision (
    unit_code     text        not null,
    fiscal_year   integer     not null,
    revision      bigint      not null,
    revised_at    timestamptz not null,
    document      jsonb       not null,
    primary key (unit_code, fiscal_year, revision)
);
