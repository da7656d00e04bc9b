-- Explanations, approvals and published versions of a disclosure (docs/disclosure.md). All three are append-only:
-- a row is never updated or deleted (enforced below), so every explanation, approval and version stays in the
-- history.

-- A written explanation of a WARNING finding, addressed by its rule id and location. The newest row for a
-- (rule_id, location) is the one in force; it is part of the approved and published content.
create table explanation (
    id           bigserial   primary key,
    unit_code    text        not null,
    fiscal_year  integer     not null,
    rule_id      text        not null,
    location     text        not null,
    text         text        not null check (length(trim(text)) > 0),
    author       text        not null,
    explained_at timestamptz not null,
    foreign key (unit_code, fiscal_year) references disclosure (unit_code, fiscal_year)
);
create index explanation_of_disclosure on explanation (unit_code, fiscal_year, rule_id, location, id);

-- A reviewer's approval of one exact content, by its hash, with the two attestations (保密审查, 负责人审签).
create table approval (
    id                       bigserial   primary key,
    unit_code                text        not null,
    fiscal_year              integer     not null,
    content_hash             text        not null check (content_hash ~ '^[0-9a-f]{64}$'),
    approver                 text        not null,
    confidentiality_reviewed boolean     not null check (confidentiality_reviewed),
    confidentiality_reviewer text        not null,
    signed_off               boolean     not null check (signed_off),
    signed_off_by            text        not null,
    approved_at              timestamptz not null,
    foreign key (unit_code, fiscal_year) references disclosure (unit_code, fiscal_year)
);
create index approval_of_content on approval (unit_code, fiscal_year, content_hash);

-- An immutable published version: the approved content as published (document), numbered 1, 2, ... per
-- disclosure; every version after the first carries a correction note (更正说明).
create table disclosure_version (
    unit_code       text        not null,
    fiscal_year     integer     not null,
    version         integer     not null check (version >= 1),
    content_hash    text        not null,
    approval_id     bigint      not null references approval (id),
    published_by    text        not null,
    published_at    timestamptz not null,
    correction_note text,
    document        jsonb       not null,
    primary key (unit_code, fiscal_year, version),
    foreign key (unit_code, fiscal_year) references disclosure (unit_code, fiscal_year),
    check ((version = 1) = (correction_note is null))
);

create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end;
$$;
create trigger explanation_append_only before update or delete on explanation
    for each row execute function refuse_change();
create trigger approval_append_only before update or delete on approval
    for each row execute function refuse_change();
create trigger disclosure_version_immutable before update or delete on disclosure_version
    for each row execute function refuse_change();
