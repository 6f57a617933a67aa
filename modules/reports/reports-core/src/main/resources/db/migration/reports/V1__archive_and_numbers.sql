-- Document numbers (发文字号) per issuing prefix, year and kind; the archive of issued reports.
create table document_sequence (
    sequence_key varchar(120) primary key,
    prefix       varchar(40)  not null,
    year_issued  integer      not null,
    kind         varchar(40)  not null,
    last_number  integer      not null
);

create table issued_report (
    id              uuid primary key,
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(64)   not null,
    updated_at      timestamp with time zone not null,
    updated_by      varchar(64)   not null,
    kind            varchar(40)   not null,
    document_number varchar(80)   not null,
    title           varchar(200)  not null,
    area_code       varchar(12)   not null,
    parameters      varchar(2000) not null,
    data_as_of      timestamp with time zone not null,
    sha256          varchar(64)   not null,
    size_bytes      bigint        not null,
    pdf             bytea         not null,
    constraint issued_report_number_unique unique (document_number)
);
create index issued_report_area on issued_report (area_code);
