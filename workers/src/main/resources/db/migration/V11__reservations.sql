-- Journey 3, the green velvet sofa: stock per location, holds for reservations, reservations in the
-- request ledger and in the customer timeline.

-- Where stock lies: the web warehouse and the stores. A store's team confirms set-asides; the web
-- warehouse has none (nothing there can be picked up). team_id is a plain column on purpose: teams
-- belong to the staff feature.
CREATE TABLE stock_locations (
  id      varchar(64) PRIMARY KEY,
  name    varchar(200) NOT NULL,
  city    varchar(100) NOT NULL,
  kind    varchar(16) NOT NULL CHECK (kind IN ('WAREHOUSE', 'STORE')),
  team_id text,
  CONSTRAINT stock_locations_store_team_check CHECK (kind <> 'STORE' OR team_id IS NOT NULL)
);

-- The row a hold locks (SELECT ... FOR UPDATE): two reservations of the last piece queue up here.
CREATE TABLE stock_levels (
  location_id varchar(64) NOT NULL REFERENCES stock_locations (id),
  type_number varchar(64) NOT NULL REFERENCES products (type_number),
  on_hand     integer NOT NULL CHECK (on_hand >= 0),
  PRIMARY KEY (location_id, type_number)
);
CREATE INDEX stock_levels_type_idx ON stock_levels (type_number);

-- One hold per reservation request (unique request_id: a job delivered twice holds once).
-- available = on_hand - quantity of the HELD holds. request_id is a plain column: the ledger is the
-- requests feature's.
CREATE TABLE stock_holds (
  id           uuid PRIMARY KEY,
  request_id   uuid NOT NULL UNIQUE,
  location_id  varchar(64) NOT NULL,
  type_number  varchar(64) NOT NULL,
  quantity     integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
  state        varchar(16) NOT NULL CHECK (state IN ('HELD', 'RELEASED', 'PICKED_UP')),
  held_at      timestamptz NOT NULL,
  -- the store confirmed the set-aside: the customer's pickup code, valid until hold_until
  confirmed_at timestamptz,
  confirmed_by varchar(100),
  pickup_code  varchar(16) UNIQUE,
  hold_until   timestamptz,
  ended_at     timestamptz,
  end_reason   varchar(32) CHECK (end_reason IN ('STORE_DECLINED', 'EXPIRED', 'CANCELLED', 'PICKED_UP')),
  ended_by     varchar(100),
  FOREIGN KEY (location_id, type_number) REFERENCES stock_levels (location_id, type_number),
  CONSTRAINT stock_holds_end_check CHECK ((state = 'HELD') = (ended_at IS NULL))
);
CREATE INDEX stock_holds_active_idx ON stock_holds (location_id, type_number) WHERE state = 'HELD';

-- Reservations share the request ledger: the product (type_number) and the store to pick it up at.
ALTER TABLE service_requests DROP CONSTRAINT service_requests_type_check;
ALTER TABLE service_requests ADD CONSTRAINT service_requests_type_check
  CHECK (type IN ('MANUAL_REQUEST', 'GENERAL_QUESTION', 'COMPLAINT', 'CALLBACK', 'RESERVATION'));
ALTER TABLE service_requests ADD COLUMN store_id varchar(64);
ALTER TABLE service_requests ADD CONSTRAINT service_requests_reservation_check
  CHECK (type <> 'RESERVATION' OR (type_number IS NOT NULL AND store_id IS NOT NULL));

-- The customer timeline (V7) with the reservation's hold: held, set aside (confirmed), picked up,
-- released (declined by the store, expired, cancelled).
DROP VIEW customer_timeline;
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
    FROM customer_merges m JOIN customers c ON c.id = m.merged_id
  UNION ALL
  SELECT r.customer_id, r.id, r.reference, h.held_at, 0, 'RESERVATION_HELD', 'STOCK',
         'Reserved ' || h.quantity || ' x ' || h.type_number || ' at ' || l.name
    FROM stock_holds h JOIN service_requests r ON r.id = h.request_id JOIN stock_locations l ON l.id = h.location_id
  UNION ALL
  SELECT r.customer_id, r.id, r.reference, h.confirmed_at, 0, 'RESERVATION_CONFIRMED', 'STOCK',
         'Set aside at ' || l.name || coalesce(' by ' || h.confirmed_by, '') || ', pickup code ' || h.pickup_code
    FROM stock_holds h JOIN service_requests r ON r.id = h.request_id JOIN stock_locations l ON l.id = h.location_id
   WHERE h.confirmed_at IS NOT NULL
  UNION ALL
  SELECT r.customer_id, r.id, r.reference, h.ended_at, 0, 'RESERVATION_' || h.state, 'STOCK',
         CASE h.state WHEN 'PICKED_UP' THEN 'Picked up at ' ELSE 'Hold released at ' END || l.name
             || CASE h.end_reason WHEN 'EXPIRED' THEN ' (not picked up in time)' WHEN 'CANCELLED' THEN ' (cancelled by the customer)'
                                  WHEN 'STORE_DECLINED' THEN ' (the store could not set it aside)' ELSE '' END
             || coalesce(' by ' || h.ended_by, '')
    FROM stock_holds h JOIN service_requests r ON r.id = h.request_id JOIN stock_locations l ON l.id = h.location_id
   WHERE h.ended_at IS NOT NULL;
