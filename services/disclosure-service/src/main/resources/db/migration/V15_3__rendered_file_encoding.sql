-- A rendering whose format compresses well (JSON, HTML, CSV) is stored gzip-compressed once, at publish time, and
-- served as stored to a client that accepts gzip (decompressed for one that does not); content_encoding says so
-- (null: stored as rendered). sha256 is always that of the rendering as rendered (the ETag).
alter table rendered_file add column content_encoding text;
