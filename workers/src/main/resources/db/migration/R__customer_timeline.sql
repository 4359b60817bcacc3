-- The customer timeline (read by timeline.CustomerTimeline): one row per thing that happened to a
-- customer, across the tables of the ledger, the outboxes, the task list, inbound mail, merges,
-- stock holds and purchases. Repeatable: Flyway re-creates it whenever this file changes, after the versioned
-- migrations, so a change to the view is an edit here, never a new copy of the whole view.
DROP VIEW IF EXISTS customer_timeline;
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
  -- a reservation's hold is line 0; an order holds each of its lines (ORDER_HOLD_*)
  SELECT r.customer_id, r.id, r.reference, h.held_at, 0, CASE WHEN h.line_no = 0 THEN 'RESERVATION_HELD' ELSE 'ORDER_HOLD_HELD' END, 'STOCK',
         CASE WHEN h.line_no = 0 THEN 'Reserved ' ELSE 'Held for the order: ' END || h.quantity || ' x ' || h.type_number || ' at ' || l.name
    FROM stock_holds h JOIN service_requests r ON r.id = h.request_id JOIN stock_locations l ON l.id = h.location_id
  UNION ALL
  SELECT r.customer_id, r.id, r.reference, h.confirmed_at, 0, CASE WHEN h.line_no = 0 THEN 'RESERVATION_CONFIRMED' ELSE 'ORDER_HOLD_CONFIRMED' END, 'STOCK',
         'Set aside at ' || l.name || coalesce(' by ' || h.confirmed_by, '') || coalesce(', pickup code ' || h.pickup_code, '')
    FROM stock_holds h JOIN service_requests r ON r.id = h.request_id JOIN stock_locations l ON l.id = h.location_id
   WHERE h.confirmed_at IS NOT NULL
  UNION ALL
  SELECT r.customer_id, r.id, r.reference, h.ended_at, 0, CASE WHEN h.line_no = 0 THEN 'RESERVATION_' ELSE 'ORDER_HOLD_' END || h.state, 'STOCK',
         CASE h.state WHEN 'PICKED_UP' THEN 'Picked up at ' ELSE 'Hold released at ' END || l.name
             || CASE h.end_reason WHEN 'EXPIRED' THEN ' (not picked up in time)' WHEN 'CANCELLED' THEN ' (cancelled by the customer)'
                                  WHEN 'STORE_DECLINED' THEN ' (the store could not set it aside)' ELSE '' END
             || coalesce(' by ' || h.ended_by, '')
    FROM stock_holds h JOIN service_requests r ON r.id = h.request_id JOIN stock_locations l ON l.id = h.location_id
   WHERE h.ended_at IS NOT NULL
  UNION ALL
  -- what she bought, online and at a till: the loyalty customer number links both to her
  SELECT p.customer_id, NULL, NULL, p.purchased_at, 0, 'PURCHASE', CASE WHEN p.receipt_number IS NOT NULL THEN 'STORE' ELSE 'WEB' END,
         'Bought ' || pr.name || ' (' || p.type_number || ') at ' || p.store
             || coalesce(', receipt ' || p.receipt_number, '') || coalesce(', order ' || p.order_number, '')
    FROM purchases p JOIN products pr ON pr.type_number = p.type_number
   WHERE p.customer_id IS NOT NULL
  UNION ALL
  -- the campaign a request came through (a poster's landing page, or named on the phone): its first touch
  SELECT r.customer_id, r.id, r.reference, a.attributed_at, 0, 'CAMPAIGN_FIRST_TOUCH', 'CAMPAIGN',
         'Came through the campaign ' || c.name || ' (' || c.code || ')'
             || coalesce(CASE a.channel WHEN 'PHONE' THEN ', named on the phone to ' WHEN 'STORE' THEN ', named at the counter to ' END
                         || a.attributed_by, '')
    FROM campaign_attributions a JOIN service_requests r ON r.id = a.request_id JOIN campaigns c ON c.code = a.campaign_code
  UNION ALL
  -- a salesperson's note of the advice she gave at the counter (advice.AdviceNotes)
  SELECT n.customer_id, n.request_id, r.reference, n.written_at, n.id, 'ADVICE_NOTE', 'STORE',
         'Advice note by ' || n.written_by || ': ' || n.text
    FROM advice_notes n LEFT JOIN service_requests r ON r.id = n.request_id
  UNION ALL
  -- how satisfied she was with the handling of her complaint (issue 14)
  SELECT r.customer_id, r.id, r.reference, c.rated_at, 0, 'COMPLAINT_RATED', 'WEB',
         'Rated the handling of complaint ' || r.reference || ': ' || c.rating || ' of 5' || coalesce(' — ' || c.comment, '')
    FROM complaint_ratings c JOIN service_requests r ON r.id = c.request_id
   WHERE c.rated_at IS NOT NULL;
