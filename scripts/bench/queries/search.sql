-- Frontline's own search statement (as postgraphile/functions.sql has it), the labels joined on.
select json_agg(json_build_object('kind', kind, 'id', row_id, 'label', label))
from postgraphile_bench.search(:text, 10);
