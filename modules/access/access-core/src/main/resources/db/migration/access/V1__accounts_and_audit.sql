-- Accounts, their roles, and the append-only audit trail.
create table account (
    id                   uuid primary key,
    version              bigint       not null,
    created_at           timestamp with time zone not null,
    created_by           varchar(64)  not null,
    updated_at           timestamp with time zone not null,
    updated_by           varchar(64)  not null,
    username             varchar(64)  not null,
    display_name         varchar(64)  not null,
    password_hash        varchar(255) not null,
    must_change_password boolean      not null,
    enabled              boolean      not null,
    failed_logins        integer      not null,
    locked_until         timestamp with time zone,
    home_division        varchar(12)  not null,
    constraint account_username_unique unique (username)
);
create index account_home_division on account (home_division);

create table account_role (
    account_id uuid        not null references account (id),
    role_name  varchar(32) not null,
    primary key (account_id, role_name)
);

create table audit_event (
    id          uuid primary key,
    occurred_at timestamp with time zone not null,
    actor       varchar(64) not null,
    entity_type varchar(64) not null,
    entity_id   varchar(64),
    action      varchar(16) not null,
    changes     varchar(8000) not null
);
create index audit_event_occurred_at on audit_event (occurred_at);
create index audit_event_entity on audit_event (entity_type, entity_id);
