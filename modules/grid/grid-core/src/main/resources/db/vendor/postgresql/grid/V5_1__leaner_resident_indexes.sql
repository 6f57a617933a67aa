-- Bulk imports maintain every index on resident, so it carries only those a query uses.
-- The composite key of V5 covers the two single-column keys.
alter table resident drop constraint resident_household_id_fkey;
alter table resident drop constraint resident_grid_id_fkey;
-- Names are searched by beginning only; the pattern_ops index (V3_1) serves that and equality.
drop index resident_name;
-- Keyed hashes and division codes are compared byte by byte: no locale rules to apply, and
-- division-code prefixes (LIKE '350923%') can then use the btree directly.
alter table resident alter column id_hash type varchar(64) collate "C";
alter table resident alter column phone_hash type varchar(64) collate "C";
alter table resident alter column division_code type varchar(12) collate "C";
alter table household alter column division_code type varchar(12) collate "C";
