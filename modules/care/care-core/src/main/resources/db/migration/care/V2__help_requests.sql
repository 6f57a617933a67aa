-- A help request (后勤保障) from an observed household or any household of the register. Money in
-- yuan; a request is closed (done or cancelled) once.
create table help_request (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    observation_id uuid references observation (id),
    household_id uuid,
    -- the family counted as helped: the household, or the observed person when there is none
    family uuid not null,
    division_code varchar(12) not null,
    address varchar(200),
    asked_for varchar(30),
    kind varchar(16) not null,
    details varchar(200) not null,
    urgency varchar(16) not null,
    asked_by varchar(16) not null,
    status varchar(16) not null,
    due_at timestamp with time zone not null,
    taker_id uuid,
    taker_name varchar(30),
    taken_at timestamp with time zone,
    done_at timestamp with time zone,
    note varchar(200),
    advanced numeric(8, 2),
    repaid numeric(8, 2),
    cancel_reason varchar(200),
    constraint help_request_whose check (observation_id is not null or household_id is not null),
    constraint help_request_repaid check (repaid is null or advanced is not null and repaid <= advanced)
);
create index help_request_area on help_request (division_code, status);
create index help_request_done on help_request (division_code, done_at);
create index help_request_taker on help_request (taker_id, status);
