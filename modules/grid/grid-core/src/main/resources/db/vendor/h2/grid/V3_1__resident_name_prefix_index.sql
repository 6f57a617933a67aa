-- H2 compares by code point, so the plain index on person_name (V3) already serves LIKE 'x%'.
select 1;
