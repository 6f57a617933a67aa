-- Mobilisation orders (动员令) and the people who reported in against them.
create table mobilisation_order (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    order_number varchar(60) not null,
    title varchar(100) not null,
    division_code varchar(12) not null,
    issued_on date not null,
    from_date date not null,
    until_date date not null,
    -- the units asked and how many each is to send: 县公安局=12;县卫健局=8
    units varchar(8000) not null,
    -- the posts to fill: CHECKPOINT=120;SWEEP_TEAM=30
    posts varchar(1000) not null,
    constraint mobilisation_order_number_unique unique (order_number),
    constraint mobilisation_order_period check (until_date >= from_date)
);
create index mobilisation_order_area on mobilisation_order (division_code, issued_on);

create table order_report (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    order_id uuid not null references mobilisation_order (id),
    person_id uuid not null references person (id),
    division_code varchar(12) not null,
    unit varchar(100) not null,
    reported_at timestamp with time zone not null,
    constraint order_report_once unique (order_id, person_id)
);
