-- The reservation journey's own detail table: the store a piece is picked up at (the product is the
-- ledger's type number). Until now a nullable column of service_requests (V11); copied here and dropped there (V20).
CREATE TABLE reservation_details (
  request_id uuid PRIMARY KEY REFERENCES service_requests (id),
  store_id   varchar(64) NOT NULL REFERENCES stock_locations (id)
);

INSERT INTO reservation_details (request_id, store_id)
SELECT id, store_id FROM service_requests WHERE type = 'RESERVATION';
