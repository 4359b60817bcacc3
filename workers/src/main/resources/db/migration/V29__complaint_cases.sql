-- Issue 14: complaints on every channel become one case per customer.

-- a complaint can come from a public channel (a review, a post), entered by staff or by a social-listening integration
ALTER TABLE service_requests DROP CONSTRAINT service_requests_channel_check;
ALTER TABLE service_requests ADD CONSTRAINT service_requests_channel_check
  CHECK (channel IN ('WEB', 'EMAIL', 'PHONE', 'STORE', 'API', 'PUBLIC'));

-- The contacts of a request whose type keeps one open case per customer (requests.RepeatedContacts):
-- contact 1 is the request itself; every further submission or unasked-for reply of the customer while
-- it is open is the next number, and its process hears of it by repeated_message. The idempotency key
-- of the submission that joined (an API call's key, "email:<mail id>") makes a repeat count once.
CREATE TABLE request_contacts (
  request_id       uuid         NOT NULL REFERENCES service_requests (id),
  contact_no       integer      NOT NULL CHECK (contact_no >= 1),
  channel          varchar(16)  NOT NULL,
  idempotency_key  varchar(200) UNIQUE,
  repeated_message varchar(100) NOT NULL,
  created_at       timestamptz  NOT NULL,
  PRIMARY KEY (request_id, contact_no)
);

-- the complaint journey's own detail: the link of the public post or review it came from
CREATE TABLE complaint_details (
  request_id uuid PRIMARY KEY REFERENCES service_requests (id),
  public_url varchar(2000) NOT NULL CHECK (public_url ~ '^https?://')
);

-- the daily digest of late complaints to the process owners: one row per day, so a day's digest is
-- sent once however often its job is delivered; late_count 0 = nothing was late, nothing sent
CREATE TABLE complaint_digests (
  digest_date date        PRIMARY KEY,
  late_count  integer     NOT NULL CHECK (late_count >= 0),
  created_at  timestamptz NOT NULL
);

-- How satisfied the customer is after her complaint was closed: one invitation per case, by an
-- unguessable token (no login), valid until expires_at; rated once (1–5, an optional comment).
CREATE TABLE complaint_ratings (
  request_id uuid         PRIMARY KEY REFERENCES service_requests (id),
  token      varchar(64)  NOT NULL UNIQUE,
  invited_at timestamptz  NOT NULL,
  expires_at timestamptz  NOT NULL,
  rating     smallint     CHECK (rating BETWEEN 1 AND 5),
  comment    varchar(2000),
  rated_at   timestamptz,
  CHECK ((rating IS NULL) = (rated_at IS NULL))
);
CREATE INDEX complaint_ratings_rated ON complaint_ratings (rated_at DESC) WHERE rated_at IS NOT NULL;
