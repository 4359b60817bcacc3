-- The customer-request journey's own detail table: where and when to call a customer back.
-- Until now these were nullable columns of service_requests (V6); they are copied here and dropped there (V20).
CREATE TABLE callback_details (
  request_id  uuid PRIMARY KEY REFERENCES service_requests (id),
  phone       varchar(64) NOT NULL,
  call_window varchar(32) NOT NULL
);

INSERT INTO callback_details (request_id, phone, call_window)
SELECT id, callback_phone, callback_window FROM service_requests WHERE type = 'CALLBACK';
