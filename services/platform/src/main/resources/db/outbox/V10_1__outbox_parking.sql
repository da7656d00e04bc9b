-- A row the broker can never accept (too large, refused by the topic) is parked with its reason instead of holding
-- up the rows after it; it stays visible in the health data and the metrics until an operator deals with it.
-- partition_key: rows that must land in the partition of another key (the parts of a segmented revision travel
-- in the partition of their revision's key, so a consumer always reads them before the revision).
alter table outbox_event add column parked_at timestamptz;
alter table outbox_event add column park_reason text;
alter table outbox_event add column partition_key text;
drop index outbox_event_unsent;
create index outbox_event_unsent on outbox_event (seq) where sent_at is null and parked_at is null;
create index outbox_event_parked on outbox_event (seq) where parked_at is not null;
-- The payload is kept as the exact text that goes on the wire: jsonb would reorder and re-space it, and the segments of
-- a revision are addressed by the SHA-256 of their exact bytes.
alter table outbox_event alter column payload type text using payload::text;
