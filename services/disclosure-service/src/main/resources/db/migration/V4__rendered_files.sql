-- The renderings of a published version (JSON, HTML page; later XLSX, PDF, data package), produced once in the
-- transaction that publishes the version and served from here. Immutable like the version itself.
create table rendered_file (
    unit_code    text        not null,
    fiscal_year  integer     not null,
    version      integer     not null,
    format       text        not null,
    media_type   text        not null,
    content      bytea       not null,
    sha256       text        not null,
    rendered_at  timestamptz not null,
    primary key (unit_code, fiscal_year, version, format),
    foreign key (unit_code, fiscal_year, version) references disclosure_version (unit_code, fiscal_year, version)
);
create trigger rendered_file_immutable before update or delete on rendered_file
    for each row execute function refuse_change();
