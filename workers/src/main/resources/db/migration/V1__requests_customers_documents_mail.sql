-- Journey 1: the request ledger and what it needs (customers, purchases, the document library, the mail outbox).

CREATE TABLE customers (
  id              uuid PRIMARY KEY,
  customer_number varchar(64) UNIQUE,
  name            varchar(200) NOT NULL,
  email           varchar(320) NOT NULL,
  phone           varchar(64),
  created_at      timestamptz NOT NULL DEFAULT now()
);
-- e-mail is stored normalised (trimmed, lower case), so matching is an index lookup
CREATE INDEX customers_email_idx ON customers (email);

CREATE TABLE products (
  type_number varchar(64) PRIMARY KEY,
  name        varchar(200) NOT NULL,
  brand       varchar(100) NOT NULL
);

CREATE TABLE purchases (
  id             uuid PRIMARY KEY,
  customer_id    uuid REFERENCES customers (id),
  order_number   varchar(64),
  receipt_number varchar(64),
  type_number    varchar(64) NOT NULL REFERENCES products (type_number),
  purchased_at   timestamptz NOT NULL,
  store          varchar(100) NOT NULL
);
CREATE INDEX purchases_customer_idx ON purchases (customer_id, type_number);
CREATE INDEX purchases_order_idx ON purchases (order_number);
CREATE INDEX purchases_type_idx ON purchases (type_number);

CREATE TABLE documents (
  id          uuid PRIMARY KEY,
  type_number varchar(64) NOT NULL,
  kind        varchar(32) NOT NULL CHECK (kind IN ('MANUAL')),
  title       varchar(300) NOT NULL,
  file_name   varchar(255) NOT NULL,
  media_type  varchar(100) NOT NULL,
  content     bytea NOT NULL,
  created_at  timestamptz NOT NULL
);
CREATE INDEX documents_type_kind_idx ON documents (type_number, kind);

CREATE SEQUENCE service_request_reference_seq;

CREATE TABLE service_requests (
  id              uuid PRIMARY KEY,
  reference       varchar(32) NOT NULL UNIQUE,
  tracking_token  varchar(64) NOT NULL UNIQUE,
  type            varchar(32) NOT NULL CHECK (type IN ('MANUAL_REQUEST')),
  channel         varchar(16) NOT NULL CHECK (channel IN ('WEB')),
  status          varchar(32) NOT NULL
                  CHECK (status IN ('RECEIVED', 'IN_PROGRESS', 'WAITING_FOR_STAFF', 'RESOLVED', 'CLOSED')),
  customer_id     uuid REFERENCES customers (id),
  contact_name    varchar(200) NOT NULL,
  contact_email   varchar(320) NOT NULL,
  customer_number varchar(64),
  order_number    varchar(64),
  type_number     varchar(64) NOT NULL,
  message         text,
  expected_by     timestamptz NOT NULL,
  idempotency_key varchar(200) UNIQUE,
  created_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL,
  closed_at       timestamptz,
  resolution      text
);
CREATE INDEX service_requests_customer_idx ON service_requests (customer_id);
CREATE INDEX service_requests_status_idx ON service_requests (status);

CREATE TABLE request_attachments (
  id             uuid PRIMARY KEY,
  request_id     uuid NOT NULL REFERENCES service_requests (id),
  file_name      varchar(255) NOT NULL,
  media_type     varchar(100) NOT NULL,
  size_bytes     bigint NOT NULL,
  content        bytea NOT NULL,
  extracted_text text,
  created_at     timestamptz NOT NULL
);
CREATE INDEX request_attachments_request_idx ON request_attachments (request_id);

CREATE TABLE request_events (
  id               uuid PRIMARY KEY,
  -- keeps entries written at the same instant in the order they were written
  seq              bigint GENERATED ALWAYS AS IDENTITY,
  request_id       uuid NOT NULL REFERENCES service_requests (id),
  occurred_at      timestamptz NOT NULL,
  kind             varchar(64) NOT NULL,
  summary          text NOT NULL,
  customer_visible boolean NOT NULL,
  actor            varchar(100) NOT NULL
);
CREATE INDEX request_events_request_idx ON request_events (request_id, occurred_at, seq);

CREATE TABLE process_outbox (
  id               uuid PRIMARY KEY,
  request_id       uuid NOT NULL REFERENCES service_requests (id),
  message_name     varchar(100) NOT NULL,
  correlation_key  varchar(100) NOT NULL,
  variables        jsonb NOT NULL,
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL,
  dispatched_at    timestamptz,
  last_error       text,
  created_at       timestamptz NOT NULL
);
CREATE INDEX process_outbox_due_idx ON process_outbox (next_attempt_at) WHERE dispatched_at IS NULL;

CREATE TABLE mail_outbox (
  id                     uuid PRIMARY KEY,
  dedup_key              varchar(200) NOT NULL UNIQUE,
  request_id             uuid REFERENCES service_requests (id),
  recipient              varchar(320) NOT NULL,
  subject                varchar(300) NOT NULL,
  body                   text NOT NULL,
  attachment_document_id uuid REFERENCES documents (id),
  status                 varchar(16) NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
  attempts               integer NOT NULL DEFAULT 0,
  next_attempt_at        timestamptz NOT NULL,
  last_error             text,
  created_at             timestamptz NOT NULL,
  sent_at                timestamptz
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (next_attempt_at) WHERE status = 'PENDING';
