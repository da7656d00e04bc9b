-- Segments of part revisions as received on the part topics (see support.messaging.Segments): a revision's event
-- refers to them by SHA-256, and the consumer joins them back before reading it. Derived from the topics like
-- disclosure_part, so a rebuild clears them and reads them again.
create table part_segment (
    unit_code    text    not null,
    fiscal_year  integer not null,
    hash         text    not null,
    content      bytea   not null,
    primary key (unit_code, fiscal_year, hash)
);
create index part_segment_hash on part_segment (hash);
