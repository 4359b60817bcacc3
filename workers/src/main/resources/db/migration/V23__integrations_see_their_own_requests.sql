-- An integration reads and writes the requests it submitted, unless an administrator grants it all.
ALTER TABLE api_keys ADD COLUMN access varchar(16) NOT NULL DEFAULT 'OWN_REQUESTS'
  CHECK (access IN ('OWN_REQUESTS', 'ALL_REQUESTS'));

ALTER TABLE service_requests ADD COLUMN submitted_through varchar(50);
UPDATE service_requests r SET submitted_through = substring(e.actor FROM 5)
  FROM request_events e
 WHERE e.request_id = r.id AND e.kind = 'RECEIVED_BY_API' AND e.actor LIKE 'api:%';

-- a pickup code is the customer's secret: her status page shows it, her history and mail subjects no longer do
UPDATE request_events
   SET summary = regexp_replace(summary, ' Your pickup code is [A-Z0-9]+,', ' Your pickup code is on your status page,')
 WHERE kind = 'PICKUP_CODE_SENT';
UPDATE request_events
   SET summary = regexp_replace(summary, '^(We sent you an e-mail: Your pickup code for [A-Z0-9-]+): [A-Z0-9]+$', '\1')
 WHERE kind = 'MAIL_SENT' AND summary LIKE 'We sent you an e-mail: Your pickup code for %';
UPDATE mail_outbox
   SET subject = regexp_replace(subject, '^(Your pickup code for [A-Z0-9-]+): [A-Z0-9]+$', '\1')
 WHERE dedup_key LIKE 'pickup-code:%';
