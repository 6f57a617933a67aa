-- Sign-in and sign-out at the post; hours are what lies between. A shift has a code that the
-- people on it may sign themselves in with.
alter table shift add column sign_in_code varchar(6);
alter table slot add column signed_in_at timestamp with time zone;
alter table slot add column signed_out_at timestamp with time zone;
alter table slot add column signed_by varchar(64);
alter table slot add column back_entry_reason varchar(200);
create index slot_signed_in on slot (division_code, signed_in_at);
