-- Room on each page for a check's one or two later versions (recorded, or found missed), so that
-- PostgreSQL updates it in place (HOT) instead of on another page with new index entries.
alter table health_check set (fillfactor = 80);
