-- Issue 3: general questions, complaints and callback wishes share the request ledger with manual requests.

ALTER TABLE service_requests DROP CONSTRAINT service_requests_type_check;
ALTER TABLE service_requests ADD CONSTRAINT service_requests_type_check
  CHECK (type IN ('MANUAL_REQUEST', 'GENERAL_QUESTION', 'COMPLAINT', 'CALLBACK'));

-- only a manual request is about one product
ALTER TABLE service_requests ALTER COLUMN type_number DROP NOT NULL;
ALTER TABLE service_requests ADD CONSTRAINT service_requests_manual_type_number_check
  CHECK (type <> 'MANUAL_REQUEST' OR type_number IS NOT NULL);

-- what the customer wrote as the topic, and for a callback where and when to call
ALTER TABLE service_requests ADD COLUMN subject varchar(200);
ALTER TABLE service_requests ADD COLUMN callback_phone varchar(64);
ALTER TABLE service_requests ADD COLUMN callback_window varchar(32);
ALTER TABLE service_requests ADD CONSTRAINT service_requests_callback_check
  CHECK (type <> 'CALLBACK' OR (callback_phone IS NOT NULL AND callback_window IS NOT NULL));
