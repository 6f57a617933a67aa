-- Big and small grids (CJ/T 349-2010 codes) and the assignments of people to them.
create table grid (
    id            uuid primary key,
    version       bigint      not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(64) not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(64) not null,
    code          varchar(16) not null,
    kind          varchar(8)  not null,
    name          varchar(60) not null,
    division_code varchar(12) not null,
    parent_id     uuid references grid (id),
    sequence_no   integer     not null,
    constraint grid_code_unique unique (code)
);
create index grid_division on grid (division_code);

create table assignment (
    id          uuid primary key,
    version     bigint       not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(64)  not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(64)  not null,
    grid_id     uuid         not null references grid (id),
    staff_role  varchar(8)   not null,
    person_name varchar(30)  not null,
    phone       varchar(200) not null,
    phone_hash  varchar(64)  not null,
    source      varchar(16)  not null,
    account     varchar(64),
    since       timestamp with time zone not null,
    until       timestamp with time zone
);
create index assignment_grid on assignment (grid_id);
create index assignment_phone on assignment (phone_hash);
