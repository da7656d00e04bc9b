-- Sent rows are deleted after a retention (support.outbox.OutboxRetention): found by the time the broker acknowledged them.
create index outbox_event_sent on outbox_event (sent_at) where sent_at is not null and parked_at is null;
