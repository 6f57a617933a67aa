-- Field work of the grids: sweeps, screening, WeChat groups, checkpoints and publicity.
-- grid_id and division_code are copied down so scope filters and roll-ups need no joins.

create table sweep (
    id            uuid primary key,
    version       bigint       not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(64)  not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(64)  not null,
    name          varchar(60)  not null,
    division_code varchar(12)  not null,
    start_date    date         not null,
    end_date      date         not null,
    constraint sweep_period check (end_date >= start_date)
);
create index sweep_division on sweep (division_code);

create table sweep_visit (
    id                uuid primary key,
    version           bigint       not null,
    created_at        timestamp with time zone not null,
    created_by        varchar(64)  not null,
    updated_at        timestamp with time zone not null,
    updated_by        varchar(64)  not null,
    sweep_id          uuid         not null references sweep (id),
    household_id      uuid         not null references household (id),
    grid_id           uuid         not null references grid (id),
    division_code     varchar(12)  not null,
    persons_seen      integer      not null,
    contacts_verified integer      not null,
    notes             varchar(500),
    visited_at        timestamp with time zone not null,
    -- One record per household and campaign; a revisit edits it.
    constraint sweep_visit_once unique (sweep_id, household_id)
);
create index sweep_visit_grid on sweep_visit (sweep_id, grid_id);

create table arrival (
    id            uuid primary key,
    version       bigint       not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(64)  not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(64)  not null,
    grid_id       uuid         not null references grid (id),
    division_code varchar(12)  not null,
    person_name   varchar(30)  not null,
    id_number     varchar(200),
    id_hash       varchar(64),
    phone         varchar(200) not null,
    origin        varchar(100) not null,
    arrival_date  date         not null,
    address       varchar(200) not null,
    status        varchar(24)  not null,
    note          varchar(500),
    resident_id   uuid references resident (id)
);
create index arrival_division on arrival (division_code, arrival_date);
create index arrival_id_hash on arrival (id_hash);

create table phone_list (
    id            uuid primary key,
    version       bigint       not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(64)  not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(64)  not null,
    name          varchar(60)  not null,
    source        varchar(60)  not null,
    division_code varchar(12)  not null,
    numbers       integer      not null
);
create index phone_list_division on phone_list (division_code);

create table phone_check (
    id            uuid primary key,
    version       bigint       not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(64)  not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(64)  not null,
    list_id       uuid         not null references phone_list (id),
    division_code varchar(12)  not null,
    phone         varchar(200) not null,
    phone_hash    varchar(64)  not null,
    outcome       varchar(16),
    note          varchar(200),
    constraint phone_check_once unique (list_id, phone_hash)
);
create index phone_check_list on phone_check (list_id, outcome);

create table wechat_group (
    id                 uuid primary key,
    version            bigint       not null,
    created_at         timestamp with time zone not null,
    created_by         varchar(64)  not null,
    updated_at         timestamp with time zone not null,
    updated_by         varchar(64)  not null,
    grid_id            uuid         not null references grid (id),
    division_code      varchar(12)  not null,
    name               varchar(60)  not null,
    administrator      varchar(30)  not null,
    households_covered integer      not null,
    constraint wechat_group_name unique (grid_id, name)
);
create index wechat_group_division on wechat_group (division_code);

create table checkpoint (
    id                uuid primary key,
    version           bigint       not null,
    created_at        timestamp with time zone not null,
    created_by        varchar(64)  not null,
    updated_at        timestamp with time zone not null,
    updated_by        varchar(64)  not null,
    grid_id           uuid         not null references grid (id),
    division_code     varchar(12)  not null,
    name              varchar(60)  not null,
    kind              varchar(16)  not null,
    location          varchar(200) not null,
    round_the_clock   boolean      not null,
    opens_at          time,
    closes_at         time,
    closed_management boolean      not null,
    active            boolean      not null,
    constraint checkpoint_name unique (grid_id, name)
);
create index checkpoint_division on checkpoint (division_code);

-- The passage log is append-only; passed_on is the Beijing day, for daily counts.
create table passage (
    id            uuid primary key,
    version       bigint       not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(64)  not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(64)  not null,
    checkpoint_id uuid         not null references checkpoint (id),
    division_code varchar(12)  not null,
    subject       varchar(8)   not null,
    vehicle_plate varchar(12),
    temperature   numeric(3,1) not null,
    flagged       boolean      not null,
    health_code   varchar(8)   not null,
    id_registered boolean      not null,
    passed_at     timestamp with time zone not null,
    passed_on     date         not null,
    constraint passage_temperature check (temperature between 34.0 and 43.0)
);
create index passage_day on passage (checkpoint_id, passed_on);
create index passage_division_day on passage (division_code, passed_on);

create table publicity_activity (
    id                 uuid primary key,
    version            bigint       not null,
    created_at         timestamp with time zone not null,
    created_by         varchar(64)  not null,
    updated_at         timestamp with time zone not null,
    updated_by         varchar(64)  not null,
    division_code      varchar(12)  not null,
    held_on            date         not null,
    title              varchar(100) not null,
    banners            integer      not null,
    slogans            integer      not null,
    households_visited integer      not null,
    person_times       integer      not null,
    wechat_posts       integer      not null,
    articles           integer      not null
);
create index publicity_division on publicity_activity (division_code, held_on);
