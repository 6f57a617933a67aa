-- Temporary party committees and branches over areas, with their members' history.

create table party_organisation (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    kind varchar(24) not null,
    org_name varchar(60) not null,
    parent_id uuid references party_organisation (id),
    division_code varchar(12) not null,
    place_kind varchar(16),
    place_id uuid,
    approved_by varchar(100) not null,
    document_number varchar(60) not null,
    set_up_on date not null,
    dissolved_on date,
    secretary_id uuid references person (id),
    deputy_id uuid references person (id),
    constraint party_organisation_name_unique unique (division_code, org_name),
    constraint party_organisation_dissolved_after check (dissolved_on is null or dissolved_on >= set_up_on),
    constraint party_organisation_place check ((place_kind is null) = (place_id is null))
);
create index party_organisation_area on party_organisation (division_code);

-- Who belongs to an organisation from when to when: leaving closes the row, never deletes it.
create table organisation_member (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    organisation_id uuid not null references party_organisation (id),
    person_id uuid not null references person (id),
    division_code varchar(12) not null,
    joined_on date not null,
    left_on date
);
create index organisation_member_organisation on organisation_member (organisation_id);
create index organisation_member_person on organisation_member (person_id);
