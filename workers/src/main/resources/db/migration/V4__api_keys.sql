-- The HTTP API for integrations (shop, till, chat tools): their keys and their idempotency keys.

-- Only the SHA-256 of a key is stored: a leaked table does not let anyone call the API.
CREATE TABLE api_keys (
  id         uuid PRIMARY KEY,
  name       varchar(50) NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9][a-z0-9-]*$'),
  key_hash   varchar(64) NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  revoked_at timestamptz
);

-- One row per Idempotency-Key an integration used: the first call claims the key (the unique key
-- serialises concurrent repeats), the fingerprint tells a true repeat from a different payload,
-- the result names what the first call created.
CREATE TABLE api_idempotency_keys (
  integration     varchar(50) NOT NULL,
  idempotency_key varchar(100) NOT NULL,
  operation       varchar(50) NOT NULL,
  fingerprint     varchar(64) NOT NULL,
  result          varchar(200),
  created_at      timestamptz NOT NULL,
  PRIMARY KEY (integration, idempotency_key)
);
