-- The big repeated pieces of a part revision (a project's 自评表, a section of the published form), stored once per
-- unit, year and content and referred to by their SHA-256 from part_revision.document (see support.messaging.Segments):
-- a revision that changes one project of three hundred stores that project, not the whole department again.
create table part_segment (
    unit_code    text    not null,
    fiscal_year  integer not null,
    hash         text    not null,
    content      bytea   not null,
    primary key (unit_code, fiscal_year, hash)
);
