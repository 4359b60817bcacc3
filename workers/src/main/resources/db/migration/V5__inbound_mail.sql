-- Inbound e-mail intake, and requests that wait for the customer's answer.

ALTER TABLE service_requests DROP CONSTRAINT service_requests_status_check;
ALTER TABLE service_requests ADD CONSTRAINT service_requests_status_check
  CHECK (status IN ('RECEIVED', 'IN_PROGRESS', 'WAITING_FOR_STAFF', 'WAITING_FOR_CUSTOMER', 'RESOLVED', 'CLOSED'));
ALTER TABLE service_requests DROP CONSTRAINT service_requests_channel_check;
ALTER TABLE service_requests ADD CONSTRAINT service_requests_channel_check CHECK (channel IN ('WEB', 'EMAIL'));

-- staff's question while the request waits for the customer; cleared when she answers
ALTER TABLE service_requests ADD COLUMN open_question text;

-- a process message other than a start names its own id (e.g. the inbound mail's), so a re-read mail moves nothing twice
ALTER TABLE process_outbox ADD COLUMN message_id varchar(200);

CREATE TABLE inbound_mails (
  id          uuid PRIMARY KEY,
  -- the Message-ID header, or a digest of the raw mail when it has none: a mail read twice is processed once
  message_key varchar(1000) NOT NULL UNIQUE,
  sender      varchar(320),
  subject     text,
  state       varchar(16) NOT NULL CHECK (state IN ('APPENDED', 'OPENED', 'UNMATCHED', 'FAILED')),
  request_id  uuid REFERENCES service_requests (id),
  error       text,
  -- kept whole, so a mail that could not be taken in can be looked at and taken in by hand
  raw         bytea NOT NULL,
  received_at timestamptz NOT NULL
);
CREATE INDEX inbound_mails_failed_idx ON inbound_mails (received_at) WHERE state IN ('UNMATCHED', 'FAILED');
CREATE INDEX inbound_mails_request_idx ON inbound_mails (request_id);
