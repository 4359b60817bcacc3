-- The ledger keeps what every request has; a journey's own data is in its detail table (V18, V19),
-- and which request types exist is the journey registry's to say, not a CHECK re-created per journey.
ALTER TABLE service_requests DROP CONSTRAINT service_requests_type_check;
ALTER TABLE service_requests DROP CONSTRAINT service_requests_callback_check;
ALTER TABLE service_requests DROP CONSTRAINT service_requests_reservation_check;
ALTER TABLE service_requests DROP COLUMN callback_phone;
ALTER TABLE service_requests DROP COLUMN callback_window;
ALTER TABLE service_requests DROP COLUMN store_id;
