-- A helper with an account sees the requests they took and says when each is done.
alter table help_request add column taker_account varchar(64);
create index help_request_taker_account on help_request (taker_account, status);
