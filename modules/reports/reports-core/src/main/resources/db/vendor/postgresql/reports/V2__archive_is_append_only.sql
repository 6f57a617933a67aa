-- On PostgreSQL the database itself refuses to change or delete an issued report.
create function refuse_archive_change() returns trigger language plpgsql as $$
begin
  raise exception 'issued reports are never changed or deleted (%)', old.document_number;
end;
$$;

create trigger issued_report_immutable
  before update or delete on issued_report
  for each row execute function refuse_archive_change();
