-- The audit trail (docs/security.md): every accepted change of a part (a revision), every explanation, approval and publication,
-- with who (the token's subject and name, or the submitting platform), when, what revision or version, and a summary
-- of what changed. Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE, and no API writes it except by
-- recording a change in the change's own transaction.
create table audit_entry (
    id             bigserial   primary key,
    unit_code      text        not null,
    fiscal_year    integer     not null,
    subject        text        not null,   -- final-accounts | procurement | performance | disclosure
    action         text        not null,   -- REVISED | EXPLAINED | APPROVED | PUBLISHED
    revision       bigint,                 -- the part's revision, or the published version
    content_hash   text,
    actor_subject  text        not null,   -- the token's sub, or platform:<ce_source>
    actor_name     text        not null,   -- the token's name / preferred_username, or the platform
    actor_kind     text        not null,   -- USER | PLATFORM | SYSTEM
    stated_by      text,                   -- the name the request body gave (approver, author, publishedBy)
    recorded_at    timestamptz not null,
    summary        jsonb       not null
);
create index audit_entry_of on audit_entry (unit_code, fiscal_year, subject, id);

create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
