-- Name search is by beginning (LIKE 'x%'); under a non-C collation only a pattern_ops index serves it.
create index resident_name_prefix on resident (person_name varchar_pattern_ops);
