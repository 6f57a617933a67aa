-- A resident's grid is its household's grid: one key on (grid, household) says so, and costs
-- one look-up per inserted resident where the two single keys cost two.
-- The unique (grid_id, id) also serves as the households-of-a-grid index.
alter table household add constraint household_in_grid unique (grid_id, id);
drop index household_grid;
alter table resident add constraint resident_in_household
    foreign key (grid_id, household_id) references household (grid_id, id);
-- One index for both "residents of a grid" and "residents of a household" (always asked with
-- its grid): each index costs every bulk import a write per resident.
create index resident_in_household on resident (grid_id, household_id);
drop index resident_household;
drop index resident_grid;
