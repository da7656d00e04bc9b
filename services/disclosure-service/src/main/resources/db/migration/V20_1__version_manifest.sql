-- The signed manifest of a published version: made once every file of the version is rendered (READY), never
-- changed. The JWS (compact serialization) carries the manifest itself as its payload: the content hash, the SHA-256
-- of every file as served, the approval and the publication facts; key_id names the publication key that signed it.
create table version_manifest (
    unit_code    text        not null,
    fiscal_year  integer     not null,
    version      integer     not null,
    jws          text        not null,
    key_id       text        not null,
    signed_at    timestamptz not null,
    primary key (unit_code, fiscal_year, version),
    foreign key (unit_code, fiscal_year, version) references disclosure_version (unit_code, fiscal_year, version)
);
create trigger version_manifest_immutable before update or delete on version_manifest
    for each row execute function refuse_change();
