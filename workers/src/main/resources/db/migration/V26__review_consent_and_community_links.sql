-- Review invitations (issue 13) go to every customer at the same point of her journey, unless she
-- said she does not want such mail: when, and through which channel, she said it.
ALTER TABLE customers ADD COLUMN review_mail_declined_at timestamptz;
ALTER TABLE customers ADD COLUMN review_mail_declined_via varchar(32);

-- A store's community page, where the community card's QR code leads.
ALTER TABLE stock_locations ADD COLUMN community_url varchar(500);

-- The community card's link: one per parcel of a store, so that a scan joins the customer's timeline.
CREATE TABLE community_links (
  token            varchar(32) PRIMARY KEY,
  shipment_id      uuid NOT NULL UNIQUE REFERENCES shipments (id),
  request_id       uuid NOT NULL REFERENCES orders (request_id),
  location_id      varchar(64) NOT NULL REFERENCES stock_locations (id),
  created_at       timestamptz NOT NULL,
  first_scanned_at timestamptz,
  scans            integer NOT NULL DEFAULT 0
);

-- An order whose parcels are on their way: the model's delivery timers own the wait (issue 13).
ALTER TABLE service_requests DROP CONSTRAINT service_requests_status_check;
ALTER TABLE service_requests ADD CONSTRAINT service_requests_status_check
  CHECK (status IN ('RECEIVED', 'IN_PROGRESS', 'WAITING_FOR_STAFF', 'WAITING_FOR_CUSTOMER', 'WAITING_FOR_PICKUP',
                    'DELIVERING_ANSWER', 'IN_DELIVERY', 'RESOLVED', 'CLOSED'));
