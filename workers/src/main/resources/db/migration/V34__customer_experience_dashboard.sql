-- The process owners' dashboard of what customers experience (experience.CustomerExperience): every
-- figure is one aggregate over a period, and each of these indexes lets its query read only the
-- period's rows (measured on a year of 1,000,000 requests, docs/benchmarks.md).

-- volume by channel and type, first response by the requests submitted in the period, the oldest request
CREATE INDEX service_requests_created_idx ON service_requests (created_at) INCLUDE (channel, type);
-- resolution time of the requests closed in the period
CREATE INDEX service_requests_closed_idx ON service_requests (closed_at) INCLUDE (created_at, type) WHERE closed_at IS NOT NULL;
-- the backlog: requests not closed
CREATE INDEX service_requests_unclosed_idx ON service_requests (created_at) WHERE closed_at IS NULL;

-- volume by team: the tasks offered in the period
CREATE INDEX user_tasks_created_idx ON user_tasks (created_at);
-- SLA attainment: targets that ended in the period, at their due time or at an in-time completion
CREATE INDEX user_tasks_due_idx ON user_tasks (due_at) WHERE due_at IS NOT NULL;
CREATE INDEX user_tasks_completed_idx ON user_tasks (completed_at) WHERE completed_at IS NOT NULL AND due_at IS NOT NULL;

-- first response: the customers' mails delivered since the period began
CREATE INDEX mail_outbox_sent_to_customers_idx ON mail_outbox (sent_at) INCLUDE (request_id, dedup_key)
  WHERE audience = 'CUSTOMER' AND status = 'SENT';

-- reopen rate: closings and reopenings in the period
CREATE INDEX request_events_closed_reopened_idx ON request_events (occurred_at) INCLUDE (request_id, kind)
  WHERE kind IN ('CLOSED', 'REOPENED');
