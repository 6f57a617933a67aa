-- H2 keeps its single-column keys (it names them itself, so they cannot be dropped by name here)
-- and its plain name index, which serves LIKE 'x%' under code-point order. H2 is the embedded
-- demo database; bulk-import speed is measured on PostgreSQL.
select 1;
