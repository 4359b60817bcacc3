-- A reservation set aside with its pickup code waits for the customer (the model's expiry timer owns the wait).
ALTER TABLE service_requests DROP CONSTRAINT service_requests_status_check;
ALTER TABLE service_requests ADD CONSTRAINT service_requests_status_check
  CHECK (status IN ('RECEIVED', 'IN_PROGRESS', 'WAITING_FOR_STAFF', 'WAITING_FOR_CUSTOMER', 'WAITING_FOR_PICKUP', 'RESOLVED', 'CLOSED'));
