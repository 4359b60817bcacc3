-- Whom a mail is for, and whether its journey waits for its delivery (the mail that answers the request).
ALTER TABLE mail_outbox ADD COLUMN audience varchar(16) NOT NULL DEFAULT 'CUSTOMER'
  CHECK (audience IN ('CUSTOMER', 'STAFF', 'WATCHDOG'));
ALTER TABLE mail_outbox ADD COLUMN awaited boolean NOT NULL DEFAULT false;

UPDATE mail_outbox SET audience = 'WATCHDOG' WHERE dedup_key LIKE 'watchdog:%';
UPDATE mail_outbox SET audience = 'STAFF'
 WHERE dedup_key LIKE 'remind:%' OR dedup_key LIKE 'escalate:%' OR dedup_key LIKE 'process-owners:%'
    OR dedup_key LIKE 'absence:%' OR dedup_key LIKE 'task-assigned:%';

-- customers were told of internal mails ("We sent you an e-mail: Watchdog: …"): staff history only from now on
UPDATE request_events e
   SET customer_visible = false, summary = 'Internal mail sent: ' || substring(e.summary FROM 24)
 WHERE e.kind = 'MAIL_SENT' AND e.customer_visible
   AND EXISTS (SELECT 1 FROM mail_outbox m
                WHERE m.request_id = e.request_id AND m.audience <> 'CUSTOMER'
                  AND e.summary = 'We sent you an e-mail: ' || m.subject);
-- an alert is about a finding, not a customer's mail
UPDATE mail_outbox SET request_id = NULL WHERE audience = 'WATCHDOG';

-- a failed mail is tried again (less often) until it goes out
DROP INDEX mail_outbox_due_idx;
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status IN ('PENDING', 'FAILED');

-- the answer is queued but not yet delivered: the request is not answered yet
ALTER TABLE service_requests DROP CONSTRAINT service_requests_status_check;
ALTER TABLE service_requests ADD CONSTRAINT service_requests_status_check
  CHECK (status IN ('RECEIVED', 'IN_PROGRESS', 'WAITING_FOR_STAFF', 'WAITING_FOR_CUSTOMER', 'WAITING_FOR_PICKUP',
                    'DELIVERING_ANSWER', 'RESOLVED', 'CLOSED'));
