-- The psychological hotline: service set-up, the duty roster and the call log.
-- Other modules' records are referred to by id or division code only.

create table agency (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    name varchar(100) not null,
    constraint agency_name_unique unique (name)
);

create table team (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    name varchar(60) not null,
    agency_id uuid references agency (id),
    constraint team_name_unique unique (name)
);

create table hotline (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    name varchar(60) not null,
    number varchar(20) not null,
    round_the_clock boolean not null,
    hours varchar(60),
    constraint hotline_number_unique unique (number)
);

create table counsellor (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    name varchar(30) not null,
    qualification varchar(32) not null,
    team_id uuid not null references team (id),
    account varchar(64),
    constraint counsellor_account_unique unique (account)
);

create table duty (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    hotline_id uuid not null references hotline (id),
    counsellor_id uuid not null references counsellor (id),
    starts_at timestamp with time zone not null,
    ends_at timestamp with time zone not null,
    constraint duty_ends_after_start check (ends_at > starts_at)
);
create index duty_counsellor on duty (counsellor_id, starts_at);
create index duty_hotline on duty (hotline_id, starts_at);

-- A call. team_id is the answering counsellor's team at the time: it decides who may read it.
create table call_record (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    hotline_id uuid not null references hotline (id),
    counsellor_id uuid not null references counsellor (id),
    team_id uuid not null references team (id),
    started_at timestamp with time zone not null,
    ended_at timestamp with time zone not null,
    channel varchar(16) not null,
    callback_contact varchar(200),
    age_band varchar(16) not null,
    sex varchar(8) not null,
    division_code varchar(12),
    population_group varchar(24) not null,
    for_self boolean not null,
    caller_token varchar(12) not null,
    summary varchar(2000),
    suicidal_ideation boolean not null,
    suicide_plan boolean not null,
    means boolean not null,
    past_attempts boolean not null,
    self_harm boolean not null,
    harm_to_others boolean not null,
    protective_factors boolean not null,
    assessed_level varchar(10) not null,
    risk_level varchar(10) not null,
    override_reason varchar(500),
    review_due_at timestamp with time zone,
    reviewed_at timestamp with time zone,
    reviewed_by varchar(64),
    review_note varchar(1000),
    anonymised_at timestamp with time zone,
    constraint call_ends_after_start check (ended_at >= started_at),
    constraint call_override_has_reason
        check (risk_level = assessed_level or override_reason is not null)
);
create index call_started on call_record (started_at);
create index call_team on call_record (team_id, started_at);
create index call_token on call_record (caller_token);
create index call_review_due on call_record (review_due_at);

create table call_category (
    call_id uuid not null references call_record (id),
    category varchar(24) not null,
    primary key (call_id, category)
);

create table crisis_action (
    call_id uuid not null references call_record (id),
    kind varchar(24) not null,
    taken_at timestamp with time zone not null,
    primary key (call_id, kind)
);

create table referral (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    call_id uuid not null references call_record (id),
    target varchar(24) not null,
    note varchar(200),
    accepted boolean
);
create index referral_call on referral (call_id);

create table follow_up (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    call_id uuid not null references call_record (id),
    task varchar(200) not null,
    due_on date not null,
    assignee_id uuid not null references counsellor (id),
    outcome varchar(500),
    done_at timestamp with time zone
);
create index follow_up_call on follow_up (call_id);
create index follow_up_open on follow_up (done_at, due_on);
