-- Buildings, households and residents of small grids, and the special-population tags.
-- grid_id and division_code are copied down so scope filters need no joins.
create table population_tag (
    code     varchar(32) primary key,
    name_zh  varchar(30) not null,
    name_en  varchar(60) not null,
    built_in boolean     not null
);
insert into population_tag (code, name_zh, name_en, built_in) values
    ('ELDERLY_ALONE', '独居老人', 'Elderly living alone', true),
    ('STUDENT', '学生', 'Student', true),
    ('PREGNANT_OR_POSTPARTUM', '孕产妇', 'Pregnant or postpartum', true),
    ('CHRONIC_DISEASE', '慢性病', 'Chronic disease', true),
    ('DISABLED', '残疾', 'Disability', true),
    ('ARRIVAL', '来(返)人员', 'Arrival or returnee', true),
    ('HOME_HEALTH_MONITORING', '居家健康监测', 'Home health monitoring', true);

create table building (
    id            uuid primary key,
    version       bigint       not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(64)  not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(64)  not null,
    grid_id       uuid         not null references grid (id),
    name          varchar(60)  not null,
    address       varchar(200),
    constraint building_name_unique unique (grid_id, name)
);

create table household (
    id            uuid primary key,
    version       bigint       not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(64)  not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(64)  not null,
    grid_id       uuid         not null references grid (id),
    division_code varchar(12)  not null,
    building_id   uuid references building (id),
    address       varchar(200) not null,
    room          varchar(30),
    import_batch  varchar(36)
);
create index household_grid on household (grid_id);
create index household_division on household (division_code, id);

create table resident (
    id             uuid primary key,
    version        bigint       not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(64)  not null,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(64)  not null,
    household_id   uuid         not null references household (id),
    grid_id        uuid         not null references grid (id),
    division_code  varchar(12)  not null,
    person_name    varchar(30)  not null,
    id_number      varchar(200),
    id_hash        varchar(64),
    phone          varchar(200),
    phone_hash     varchar(64),
    sex            varchar(6)   not null,
    birth_date     date         not null,
    relation       varchar(16)  not null,
    residence_type varchar(24)  not null,
    import_batch   varchar(36),
    -- A person is recorded once: the keyed hash of the ID number is unique (NULLs are not).
    constraint resident_id_unique unique (id_hash)
);
create index resident_household on resident (household_id);
create index resident_grid on resident (grid_id);
create index resident_division on resident (division_code, id);
create index resident_name on resident (person_name);
create index resident_phone on resident (phone_hash);

create table resident_tag (
    resident_id uuid        not null references resident (id),
    tag_code    varchar(32) not null references population_tag (code),
    primary key (resident_id, tag_code)
);
create index resident_tag_code on resident_tag (tag_code);
