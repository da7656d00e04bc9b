-- The SHA-256 of the latest revision's part as canonical JSON: a PUT identical to the latest revision is answered with
-- it by comparing this hash, without reading and joining the stored revision. Null for revisions stored before it was
-- kept (compared the slow way once, then set).
alter table part_head add column content_hash text;
