-- Orders from the shop (issue 13). An order is a request of the ledger (its reference, customer,
-- tracking link, timeline, tasks and SLAs are the ledger's); these tables hold what only orders
-- have: the shop's order number, the delivery, the lines, and the shipments with their events.

-- Partner stores (a watch dealer in the customer's city) stock a few products and hand over
-- click & collect orders; they are stores with a team of their own.
ALTER TABLE stock_locations DROP CONSTRAINT stock_locations_kind_check;
ALTER TABLE stock_locations ADD CONSTRAINT stock_locations_kind_check CHECK (kind IN ('WAREHOUSE', 'STORE', 'PARTNER_STORE'));
ALTER TABLE stock_locations DROP CONSTRAINT stock_locations_store_team_check;
ALTER TABLE stock_locations ADD CONSTRAINT stock_locations_store_team_check CHECK (kind = 'WAREHOUSE' OR team_id IS NOT NULL);

CREATE TABLE orders (
  request_id    uuid PRIMARY KEY REFERENCES service_requests (id),
  -- the order number is the shop's: unique per integration, so a repeated call finds the order
  integration   varchar(64) NOT NULL,
  order_number  varchar(64) NOT NULL,
  delivery      varchar(16) NOT NULL CHECK (delivery IN ('SHIP', 'COLLECT')),
  ship_to       varchar(500),
  ship_to_city  varchar(100),
  collect_at    varchar(64) REFERENCES stock_locations (id),
  placed_at     timestamptz NOT NULL,
  UNIQUE (integration, order_number),
  CONSTRAINT orders_address_or_store_check CHECK (
    (delivery = 'SHIP' AND ship_to IS NOT NULL AND ship_to_city IS NOT NULL AND collect_at IS NULL)
    OR (delivery = 'COLLECT' AND collect_at IS NOT NULL AND ship_to IS NULL))
);

CREATE TABLE shipments (
  id               uuid PRIMARY KEY,
  request_id       uuid NOT NULL REFERENCES orders (request_id),
  location_id      varchar(64) NOT NULL REFERENCES stock_locations (id),
  state            varchar(16) NOT NULL
                   CHECK (state IN ('PLANNED', 'PACKED', 'HANDED_OVER', 'IN_TRANSIT', 'DELAYED', 'DELIVERED', 'LOST', 'CANCELLED')),
  carrier          varchar(64),
  tracking_number  varchar(64),
  updated_at       timestamptz NOT NULL,
  UNIQUE (request_id, location_id)
);
CREATE INDEX shipments_request_idx ON shipments (request_id);

CREATE TABLE order_lines (
  request_id   uuid NOT NULL REFERENCES orders (request_id),
  line_no      integer NOT NULL CHECK (line_no > 0),
  type_number  varchar(64) NOT NULL REFERENCES products (type_number),
  quantity     integer NOT NULL CHECK (quantity BETWEEN 1 AND 99),
  -- OPEN until allocated; BACKORDERED or CANCELLED when no location has it (the customer chooses)
  state        varchar(16) NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'ALLOCATED', 'BACKORDERED', 'CANCELLED')),
  shipment_id  uuid REFERENCES shipments (id),
  PRIMARY KEY (request_id, line_no),
  CONSTRAINT order_lines_allocated_check CHECK ((state = 'ALLOCATED') = (shipment_id IS NOT NULL))
);

-- What the carrier or the warehouse system reported, in the order it arrived; a repeated event (the
-- same Idempotency-Key of the same integration) is recorded once.
CREATE TABLE shipment_events (
  id               uuid PRIMARY KEY,
  shipment_id      uuid NOT NULL REFERENCES shipments (id),
  kind             varchar(16) NOT NULL CHECK (kind IN ('HANDED_OVER', 'IN_TRANSIT', 'DELAYED', 'DELIVERED', 'LOST')),
  tracking_number  varchar(64),
  carrier          varchar(64),
  detail           varchar(500),
  occurred_at      timestamptz NOT NULL,
  received_at      timestamptz NOT NULL,
  received_from    varchar(64) NOT NULL
);
CREATE INDEX shipment_events_shipment_idx ON shipment_events (shipment_id, received_at);

-- An order holds stock per line, with the holds reservations have (one per request until now:
-- line 0).
ALTER TABLE stock_holds ADD COLUMN line_no integer NOT NULL DEFAULT 0;
ALTER TABLE stock_holds DROP CONSTRAINT stock_holds_request_id_key;
ALTER TABLE stock_holds ADD CONSTRAINT stock_holds_request_line_key UNIQUE (request_id, line_no);
