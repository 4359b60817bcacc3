-- Issue 3: one customer across channels. Phone numbers are kept as typed and, for matching, in E.164
-- (default country DE); e-mail is already stored normalised (V1). A merged customer points to the survivor.
ALTER TABLE customers ADD COLUMN phone_e164 varchar(32);
ALTER TABLE customers ADD COLUMN merged_into uuid REFERENCES customers (id);
ALTER TABLE customers ADD COLUMN merged_at timestamptz;
ALTER TABLE customers ADD CONSTRAINT customers_not_merged_into_self CHECK (merged_into IS NULL OR merged_into <> id);

-- best effort for rows written before this migration; new rows get it from PhoneNumbers
UPDATE customers
   SET phone_e164 = CASE
         WHEN phone ~ '^\s*\+' THEN '+' || regexp_replace(phone, '[^0-9]', '', 'g')
         WHEN regexp_replace(phone, '[^0-9]', '', 'g') ~ '^00' THEN '+' || substr(regexp_replace(phone, '[^0-9]', '', 'g'), 3)
         WHEN regexp_replace(phone, '[^0-9]', '', 'g') ~ '^0' THEN '+49' || substr(regexp_replace(phone, '[^0-9]', '', 'g'), 2)
       END
 WHERE phone IS NOT NULL;

CREATE INDEX customers_phone_e164_idx ON customers (phone_e164) WHERE merged_into IS NULL;
CREATE INDEX customers_lower_name_idx ON customers (lower(name)) WHERE merged_into IS NULL;
CREATE INDEX customers_merged_into_idx ON customers (merged_into);

CREATE TABLE customer_merges (
  id           uuid PRIMARY KEY,
  survivor_id  uuid NOT NULL REFERENCES customers (id),
  merged_id    uuid NOT NULL REFERENCES customers (id) UNIQUE,
  merged_by    varchar(100) NOT NULL,
  reason       text,
  requests     integer NOT NULL,
  merged_at    timestamptz NOT NULL
);
CREATE INDEX customer_merges_survivor_idx ON customer_merges (survivor_id);

-- The customer timeline read model: everything that happened on any request of a customer, in one
-- shape. Read-only; the owning features keep writing their own tables.
CREATE VIEW customer_timeline AS
  SELECT r.customer_id, r.id AS request_id, r.reference, r.created_at AS occurred_at, 0::bigint AS seq,
         'REQUEST' AS kind, r.channel AS channel, 'Request ' || r.reference || ' received (' || r.type || ')' AS summary
    FROM service_requests r
  UNION ALL
  SELECT r.customer_id, r.id, r.reference, e.occurred_at, e.seq, 'EVENT', e.actor, e.summary
    FROM request_events e JOIN service_requests r ON r.id = e.request_id
  UNION ALL
  SELECT r.customer_id, r.id, r.reference, coalesce(m.sent_at, m.created_at), 0, 'MAIL_' || m.status, 'EMAIL',
         CASE m.status WHEN 'SENT' THEN 'Mail sent: ' WHEN 'FAILED' THEN 'Mail failed: ' ELSE 'Mail queued: ' END || m.subject
    FROM mail_outbox m JOIN service_requests r ON r.id = m.request_id
  UNION ALL
  SELECT r.customer_id, r.id, r.reference, t.created_at, 0, 'TASK_CREATED', 'TASK', 'Task created: ' || t.name
    FROM user_tasks t JOIN service_requests r ON r.id = t.request_id
  UNION ALL
  SELECT r.customer_id, r.id, r.reference, t.completed_at, 0, 'TASK_' || t.state, 'TASK',
         CASE t.state WHEN 'COMPLETED' THEN 'Task completed: ' ELSE 'Task cancelled: ' END || t.name
             || coalesce(' by ' || t.completed_by, '')
    FROM user_tasks t JOIN service_requests r ON r.id = t.request_id
   WHERE t.state <> 'OPEN' AND t.completed_at IS NOT NULL
  UNION ALL
  SELECT r.customer_id, r.id, r.reference, i.received_at, 0, 'MAIL_RECEIVED', 'EMAIL',
         'Mail received from ' || coalesce(i.sender, 'unknown') || coalesce(': ' || i.subject, '')
    FROM inbound_mails i JOIN service_requests r ON r.id = i.request_id
  UNION ALL
  SELECT m.survivor_id, NULL, NULL, m.merged_at, 0, 'MERGE', 'STAFF',
         'Merged customer ' || c.name || ' <' || c.email || '> into this one by ' || m.merged_by
             || ' (' || m.requests || ' request(s) moved)'
    FROM customer_merges m JOIN customers c ON c.id = m.merged_id;
