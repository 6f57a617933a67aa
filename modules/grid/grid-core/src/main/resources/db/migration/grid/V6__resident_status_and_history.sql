-- Someone who moved away or died stays on the register, marked with the day: counts of residents
-- leave them out, a search still finds them, and their history says what happened and when.
alter table resident add column status varchar(16) default 'PRESENT' not null;
alter table resident add column left_on date;

-- A resident's moves between households (and grids) and their leaving, oldest first.
create table resident_history (
    id                uuid primary key,
    version           bigint       not null,
    created_at        timestamp with time zone not null,
    created_by        varchar(64)  not null,
    updated_at        timestamp with time zone not null,
    updated_by        varchar(64)  not null,
    resident_id       uuid         not null references resident (id),
    division_code     varchar(12)  not null,
    kind              varchar(16)  not null,
    on_day            date         not null,
    from_household_id uuid,
    to_household_id   uuid,
    from_address      varchar(240),
    to_address        varchar(240),
    note              varchar(200)
);
create index resident_history_of on resident_history (resident_id, on_day);
