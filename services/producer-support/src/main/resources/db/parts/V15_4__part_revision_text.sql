-- A revision's manifest is kept as the exact text that was cut and sent (the outbox payload's text), not as jsonb:
-- measured with the same documents (bench, StorageFormats), jsonb took about twice as long to write as text, longer to
-- read back as text, and half as much space again on disk; PostgreSQL compresses a long text in its TOAST storage anyway.
alter table part_revision alter column document type text using document::text;
