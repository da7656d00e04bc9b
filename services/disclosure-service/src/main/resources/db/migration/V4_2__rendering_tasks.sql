-- What each published version's renderings are waiting for. Publishing records the version and one PENDING row per
-- format in its transaction; the renderer renders them afterwards, one file at a time, and stores each file in
-- rendered_file and its row here as READY in one transaction, or FAILED with the reason after its last attempt. A row
-- still PENDING when the service stops is rendered when it starts again.
create table rendering_task (
    unit_code    text        not null,
    fiscal_year  integer     not null,
    version      integer     not null,
    format       text        not null,
    state        text        not null check (state in ('PENDING', 'READY', 'FAILED')),
    attempts     integer     not null default 0 check (attempts >= 0),
    error        text,
    requested_at timestamptz not null,
    finished_at  timestamptz,
    primary key (unit_code, fiscal_year, version, format),
    foreign key (unit_code, fiscal_year, version) references disclosure_version (unit_code, fiscal_year, version),
    check ((state = 'PENDING') = (finished_at is null))
);
create index rendering_task_pending on rendering_task (requested_at) where state = 'PENDING';

-- Versions published before: their files were rendered in the publishing transaction.
insert into rendering_task (unit_code, fiscal_year, version, format, state, attempts, requested_at, finished_at)
select unit_code, fiscal_year, version, format, 'READY', 1, rendered_at, rendered_at
from rendered_file where format not like 'files/%';
