-- Campaigns (issue 14, journey 5): a poster's QR code leads to /p/{code}. Scans are counted per day
-- without anything about the person; a request she sends from the landing page, or that staff take
-- when she names the campaign, is attributed to it once (its first touch).
CREATE TABLE campaigns (
  code        varchar(20) PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{2,19}$'),
  name        varchar(100) NOT NULL,
  offer_text  varchar(1000) NOT NULL,
  valid_from  date NOT NULL,
  valid_to    date NOT NULL,
  created_at  timestamptz NOT NULL,
  created_by  varchar(64),
  updated_at  timestamptz NOT NULL,
  updated_by  varchar(64),
  CHECK (valid_to >= valid_from)
);

CREATE TABLE campaign_products (
  campaign_code varchar(20) NOT NULL REFERENCES campaigns (code) ON DELETE CASCADE,
  type_number   varchar(64) NOT NULL REFERENCES products (type_number),
  position      integer NOT NULL,
  PRIMARY KEY (campaign_code, type_number)
);

CREATE TABLE campaign_stores (
  campaign_code varchar(20) NOT NULL REFERENCES campaigns (code) ON DELETE CASCADE,
  location_id   varchar(64) NOT NULL REFERENCES stock_locations (id),
  PRIMARY KEY (campaign_code, location_id)
);

-- How often the landing page was opened, per business day; no address, no cookie value, no person.
CREATE TABLE campaign_scans (
  campaign_code varchar(20) NOT NULL REFERENCES campaigns (code) ON DELETE CASCADE,
  day           date NOT NULL,
  scans         integer NOT NULL CHECK (scans >= 0),
  PRIMARY KEY (campaign_code, day)
);

-- One row per request: the campaign it came through, by which channel, when and which staff member
-- (null when the customer sent it herself). The first attribution wins.
CREATE TABLE campaign_attributions (
  request_id    uuid PRIMARY KEY REFERENCES service_requests (id),
  campaign_code varchar(20) NOT NULL REFERENCES campaigns (code),
  request_type  varchar(32) NOT NULL,
  channel       varchar(16) NOT NULL,
  attributed_at timestamptz NOT NULL,
  attributed_by varchar(64)
);
CREATE INDEX campaign_attributions_by_campaign ON campaign_attributions (campaign_code, request_type);
