-- Dispatch: the registry of people who serve, posts and their shift needs, and the roster.
-- Other modules' records (checkpoints, divisions) are referred to by id or division code only.

-- Someone who serves. ID number and mobile are encrypted; their keyed hashes find and de-duplicate.
create table person (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    division_code varchar(12) not null,
    person_name varchar(30) not null,
    id_number varchar(200) not null,
    id_hash varchar(64) not null,
    mobile varchar(200) not null,
    mobile_hash varchar(64) not null,
    employer varchar(100),
    account varchar(64),
    -- weekly windows in which they can serve (none: any time), e.g. MONDAY 16:00-00:00;SATURDAY 00:00-00:00
    windows varchar(400) not null,
    party_organisation varchar(100),
    party_standing varchar(16),
    report_community varchar(12),
    seconded_unit varchar(100),
    seconded_order varchar(60),
    seconded_from date,
    seconded_until date,
    volunteer_consented_on date,
    volunteer_team varchar(60),
    constraint person_id_hash_unique unique (id_hash),
    constraint person_account_unique unique (account),
    constraint person_party_complete check (
        (party_standing is null and party_organisation is null)
        or (party_standing is not null and party_organisation is not null)),
    constraint person_secondment_order check (seconded_until is null or seconded_until >= seconded_from)
);
create index person_area_name on person (division_code, person_name);

create table person_skill (
    person_id uuid not null references person (id),
    skill varchar(16) not null,
    primary key (person_id, skill)
);

create table post (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    division_code varchar(12) not null,
    post_name varchar(60) not null,
    kind varchar(16) not null,
    checkpoint_id uuid,
    pattern varchar(16) not null,
    -- what each shift needs, in order: 22:00-06:00 3 POLICE,MEDICAL,COMMUNITY;06:00-22:00 2
    needs varchar(1000) not null,
    active boolean not null,
    constraint post_name_unique unique (division_code, post_name)
);
create unique index post_checkpoint_unique on post (checkpoint_id);

create table shift (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    post_id uuid not null references post (id),
    division_code varchar(12) not null,
    starts_at timestamp with time zone not null,
    ends_at timestamp with time zone not null,
    cancelled boolean not null,
    constraint shift_post_start_unique unique (post_id, starts_at),
    constraint shift_ends_after_start check (ends_at > starts_at)
);
create index shift_area_start on shift (division_code, starts_at);

-- One place on a shift. A slot filled by hand is pinned: the solver keeps it.
create table slot (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    shift_id uuid not null references shift (id),
    post_id uuid not null references post (id),
    division_code varchar(12) not null,
    position int not null,
    skill varchar(16),
    person_id uuid references person (id),
    starts_at timestamp with time zone not null,
    ends_at timestamp with time zone not null,
    pinned boolean not null,
    constraint slot_position_unique unique (shift_id, position)
);
create index slot_person_start on slot (person_id, starts_at);
create index slot_area_start on slot (division_code, starts_at);

-- What someone on the roster was told: a shift cancelled because its post stood down.
create table notice (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    person_id uuid not null references person (id),
    message_key varchar(60) not null,
    arguments varchar(400) not null,
    read_at timestamp with time zone
);
create index notice_person on notice (person_id, created_at);
