-- The division an audit entry is about, so auditors read only their area's entries.
-- Entries written before this have none: they are read by auditors of the whole district.
alter table audit_event add column area varchar(12);
create index audit_event_area on audit_event (area, occurred_at);
