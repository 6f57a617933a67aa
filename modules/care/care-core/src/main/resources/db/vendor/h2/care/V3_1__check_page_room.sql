-- Page fill is PostgreSQL's setting (see the PostgreSQL script of this version); H2 has none.
select 1;
