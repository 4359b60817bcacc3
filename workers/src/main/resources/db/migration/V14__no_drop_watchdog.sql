-- What the no-drop watchdog raised: a request (or a mail) that has no owner any more.
CREATE TABLE watchdog_findings (
  id                   uuid PRIMARY KEY,
  kind                 varchar(32)  NOT NULL
                       CHECK (kind IN ('NO_OWNER', 'START_NOT_DELIVERED', 'INCIDENT', 'MAIL_FAILED', 'INBOUND_MAIL_FAILED')),
  -- what the finding is about: the request for NO_OWNER, START_NOT_DELIVERED and INCIDENT, the mail otherwise
  subject_id           uuid         NOT NULL,
  request_id           uuid REFERENCES service_requests (id),
  reference            varchar(32),
  detail               text         NOT NULL,
  process_instance_key bigint,
  element_id           text,
  first_seen_at        timestamptz  NOT NULL,
  last_seen_at         timestamptz  NOT NULL,
  times_raised         integer      NOT NULL DEFAULT 1,
  resolved_at          timestamptz,
  -- a person who took it over; null while open or when the watchdog saw it resolve by itself
  resolved_by          varchar(100),
  resolution           text,
  UNIQUE (kind, subject_id)
);
CREATE INDEX watchdog_findings_open ON watchdog_findings (first_seen_at) WHERE resolved_at IS NULL;
