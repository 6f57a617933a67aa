-- Care: observation types, people under home observation, their care teams, checks, tests and
-- alerts. Residents (grid) and team members (dispatch) are referred to by id only.

-- The district's reference list. The rules columns recur in observation: a placement copies them.
create table observation_type (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    type_name varchar(30) not null,
    name_en varchar(60) not null,
    period_days integer not null,
    -- days of the period with a nucleic-acid test, e.g. 1,4,7
    test_days varchar(100) not null,
    -- check slots and their windows (Beijing time), e.g. MORNING 06:00-10:00;EVENING 18:00-22:00
    check_windows varchar(100) not null,
    fever_threshold numeric(3, 1) not null,
    -- symptoms that make a check abnormal, e.g. FEVER,DRY_COUGH
    symptoms varchar(200) not null,
    active boolean not null,
    constraint observation_type_name_unique unique (type_name),
    constraint observation_type_period check (period_days between 1 and 28)
);

insert into observation_type (id, version, created_at, created_by, updated_at, updated_by,
        type_name, name_en, period_days, test_days, check_windows, fever_threshold, symptoms, active)
values
    ('019a0000-0000-7000-8000-000000000001', 0, current_timestamp, 'system', current_timestamp, 'system',
     '居家隔离医学观察', 'Home quarantine medical observation', 7, '1,4,7',
     'MORNING 06:00-10:00;EVENING 18:00-22:00', 37.3,
     'FEVER,DRY_COUGH,FATIGUE,SORE_THROAT,SMELL_OR_TASTE_LOSS,DIARRHOEA', true),
    ('019a0000-0000-7000-8000-000000000002', 0, current_timestamp, 'system', current_timestamp, 'system',
     '居家健康监测', 'Home health monitoring', 7, '1,4,7',
     'MORNING 06:00-10:00;EVENING 18:00-22:00', 37.3,
     'FEVER,DRY_COUGH,FATIGUE,SORE_THROAT,SMELL_OR_TASTE_LOSS,DIARRHOEA', true),
    ('019a0000-0000-7000-8000-000000000003', 0, current_timestamp, 'system', current_timestamp, 'system',
     '居家医学观察（14天）', 'Home medical observation (14 days)', 14, '1,7,14',
     'MORNING 06:00-10:00;EVENING 18:00-22:00', 37.3,
     'FEVER,DRY_COUGH,FATIGUE,SORE_THROAT,SMELL_OR_TASTE_LOSS,DIARRHOEA', true),
    ('019a0000-0000-7000-8000-000000000004', 0, current_timestamp, 'system', current_timestamp, 'system',
     '三天两检健康监测', 'Three-day health monitoring', 3, '1,3',
     'MORNING 06:00-10:00;EVENING 18:00-22:00', 37.3,
     'FEVER,DRY_COUGH,FATIGUE,SORE_THROAT,SMELL_OR_TASTE_LOSS,DIARRHOEA', true);

-- Someone observed. running_resident holds resident_id while the observation runs: its unique key
-- keeps a resident observed once at a time (a partial index would do it, but H2 has none).
create table observation (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    resident_id uuid not null,
    running_resident uuid,
    division_code varchar(12) not null,
    person_name varchar(30) not null,
    masked_id_number varchar(18),
    address varchar(200),
    type_id uuid not null references observation_type (id),
    type_name varchar(30) not null,
    period_days integer not null,
    test_days varchar(100) not null,
    check_windows varchar(100) not null,
    fever_threshold numeric(3, 1) not null,
    symptoms varchar(200) not null,
    reason varchar(32) not null,
    details varchar(100),
    start_date date not null,
    planned_end date not null,
    status varchar(16) not null,
    ended_at timestamp with time zone,
    end_note varchar(200),
    constraint observation_running_unique unique (running_resident),
    constraint observation_period_order check (planned_end >= start_date),
    constraint observation_running_state check (
        (status = 'OBSERVED' and running_resident is not null and ended_at is null)
        or (status <> 'OBSERVED' and running_resident is null and ended_at is not null))
);
create index observation_area on observation (division_code, start_date);
create index observation_resident on observation (resident_id);

create table end_date_change (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    observation_id uuid not null references observation (id),
    division_code varchar(12) not null,
    from_day date not null,
    to_day date not null,
    reason varchar(200) not null
);
create index end_date_change_observation on end_date_change (observation_id);

-- A place of a 1+1+1 team held by someone of the dispatch registry, from .. until (open: held).
create table team_place (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    observation_id uuid not null references observation (id),
    division_code varchar(12) not null,
    team_role varchar(16) not null,
    person_id uuid not null,
    person_name varchar(30) not null,
    account varchar(64),
    from_at timestamp with time zone not null,
    until_at timestamp with time zone,
    constraint team_place_order check (until_at is null or until_at >= from_at)
);
create index team_place_observation on team_place (observation_id);
create index team_place_person on team_place (person_id, until_at);
create index team_place_account on team_place (account, until_at);

-- Expected checks (one per day and slot, generated at placement) and extra ones (no slot).
-- pending: expected, not yet recorded nor found missed; the missed-check watch reads (pending, closes_at).
-- temperature, symptoms and note are encrypted (health information).
create table health_check (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    observation_id uuid not null references observation (id),
    division_code varchar(12) not null,
    check_day date not null,
    slot varchar(16),
    opens_at timestamp with time zone,
    closes_at timestamp with time zone,
    pending boolean not null,
    checked_at timestamp with time zone,
    temperature varchar(200),
    symptoms varchar(400),
    measured_by varchar(16),
    recorded_by varchar(64),
    status varchar(16),
    note varchar(600),
    too_close boolean not null,
    missed_at timestamp with time zone,
    constraint health_check_slot_once unique (observation_id, check_day, slot),
    constraint health_check_recorded check (
        (checked_at is null and status is null) or (checked_at is not null and status is not null))
);
create index health_check_observation on health_check (observation_id, check_day);
create index health_check_pending on health_check (pending, closes_at);
create index health_check_area_day on health_check (division_code, check_day);

create table nucleic_test (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    observation_id uuid not null references observation (id),
    division_code varchar(12) not null,
    day_number integer not null,
    due_day date not null,
    sampled_at timestamp with time zone,
    result varchar(16) not null,
    constraint nucleic_test_day_once unique (observation_id, day_number)
);

-- An alert, raised once per check or test and kind; open until someone says what was done.
create table care_alert (
    id uuid primary key, version bigint not null,
    created_at timestamp with time zone not null, created_by varchar(64) not null,
    updated_at timestamp with time zone not null, updated_by varchar(64) not null,
    observation_id uuid not null references observation (id),
    division_code varchar(12) not null,
    person_name varchar(30) not null,
    kind varchar(16) not null,
    subject_id uuid not null,
    subject_day date not null,
    slot varchar(16),
    raised_at timestamp with time zone not null,
    escalated_at timestamp with time zone,
    action varchar(16),
    transferred_to varchar(24),
    note varchar(600),
    acted_at timestamp with time zone,
    acted_by varchar(64),
    constraint care_alert_once unique (subject_id, kind),
    constraint care_alert_closed check (
        (action is null and acted_at is null) or (action is not null and acted_at is not null))
);
create index care_alert_open on care_alert (action, division_code, raised_at);
create index care_alert_observation on care_alert (observation_id);
