-- The administrative division tree (NBS codes): reference data, keyed by code.
create table division (
    code        varchar(12)  primary key,
    name        varchar(100) not null,
    division_level varchar(12) not null,
    parent_code varchar(12)
);
create index division_parent on division (parent_code);
