-- The job board: one row per background job, kept until it expires, so any node answers a poll.
create table job (
    id           uuid primary key,
    version      bigint        not null,
    kind         varchar(40)   not null,
    owner        varchar(64)   not null,
    subject      varchar(300)  not null,
    language     varchar(20)   not null,
    state        varchar(12)   not null,
    phase        varchar(20),
    units_done   integer       not null,
    units_total  integer       not null,
    failure      varchar(1000),
    result       bytea,
    node         varchar(200)  not null,
    started_at   timestamp with time zone not null,
    heartbeat_at timestamp with time zone not null,
    finished_at  timestamp with time zone,
    expires_at   timestamp with time zone not null
);
create index job_expiry on job (expires_at);
create index job_node_state on job (node, state);
