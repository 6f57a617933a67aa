-- H2 has no SQL trigger bodies (only Java classes on its own class path); on the embedded
-- database the archive is append-only through the application alone. Kept so both databases
-- share one version history.
select 1;
