-- Journey 5, the poster, the phone and the counter: advice at the store.

-- A reservation whose customer wants advice when she picks it up: what about and when she plans to
-- come (within the hold). One row per reservation; the reservation journey's own detail, beside
-- reservation_details.
CREATE TABLE reservation_advice (
  request_id uuid PRIMARY KEY REFERENCES service_requests (id),
  topic      varchar(1000) NOT NULL CHECK (char_length(btrim(topic)) BETWEEN 1 AND 1000),
  visit_at   timestamptz NOT NULL
);

-- What a salesperson noted after advising a customer at the counter (advice.AdviceNotes); it joins
-- the customer timeline (kind ADVICE_NOTE). form_token makes a form sent twice one note.
CREATE TABLE advice_notes (
  id         bigserial PRIMARY KEY,
  customer_id uuid NOT NULL REFERENCES customers (id),
  request_id uuid REFERENCES service_requests (id),
  text       varchar(4000) NOT NULL CHECK (char_length(btrim(text)) BETWEEN 1 AND 4000),
  written_by varchar(100) NOT NULL,
  written_at timestamptz NOT NULL,
  form_token uuid NOT NULL UNIQUE
);
CREATE INDEX advice_notes_customer_idx ON advice_notes (customer_id, written_at);
