-- The outboxes are read by request (a request's mails on its page, a reservation's earlier message,
-- the watchdog's undelivered starts) and never shrink; without these every such read scanned the
-- whole table (see docs/benchmarks.md, orchestration overhead).
CREATE INDEX process_outbox_request_idx ON process_outbox (request_id);
CREATE INDEX mail_outbox_request_idx ON mail_outbox (request_id);
-- the watchdog lists failed mails every minute
CREATE INDEX mail_outbox_failed_idx ON mail_outbox (created_at) WHERE status = 'FAILED';
