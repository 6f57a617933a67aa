-- Person-times a social-work agency served on a day in one mode, entered by hand (services not
-- logged as calls). Calls are counted from call_record; the statistics add the two.
create table service_count (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    agency_id uuid not null references agency (id),
    served_on date not null,
    mode varchar(8) not null,
    person_times integer not null,
    constraint service_count_one_per_day unique (agency_id, served_on, mode),
    constraint service_count_not_negative check (person_times >= 0)
);
