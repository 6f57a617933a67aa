-- Document numbers run per issuing prefix and year across every kind of report (a 发文字号 counts
-- all of an organ's documents). The new sequence starts after the highest number any kind used.
insert into document_sequence (sequence_key, prefix, year_issued, kind, last_number)
select prefix || '|' || cast(year_issued as varchar(4)) || '|*', prefix, year_issued, '*', max(last_number)
from document_sequence
group by prefix, year_issued;
