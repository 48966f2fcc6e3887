-- Included by explain-searches.sql before it calls a bench.name_* function: auto_explain prints the plan of every
-- statement the function runs (EXPLAIN of the call itself would show only the function scan). Until the caller sets
-- client_min_messages back to warning and auto_explain.log_min_duration to -1.
LOAD 'auto_explain';
SET auto_explain.log_min_duration = 0;
SET auto_explain.log_analyze = on;
SET auto_explain.log_buffers = on;
SET auto_explain.log_nested_statements = on;
SET auto_explain.log_level = notice;
SET client_min_messages = notice;
