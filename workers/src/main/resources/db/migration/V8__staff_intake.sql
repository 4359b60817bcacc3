-- Issue 3: staff take requests by phone or at the store counter; integrations send them over the API.
ALTER TABLE service_requests DROP CONSTRAINT service_requests_channel_check;
ALTER TABLE service_requests ADD CONSTRAINT service_requests_channel_check
  CHECK (channel IN ('WEB', 'EMAIL', 'PHONE', 'STORE', 'API'));

-- Customer search (io.omnichannel.customers.CustomerSearch). A phone number is compared by its digits
-- in national form, so "+49 30 5550 1234", "0049 30 55501234" and "030/5550-1234" are one number.
CREATE FUNCTION customer_phone_digits(phone text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN regexp_replace(regexp_replace(phone, '[^0-9]', '', 'g'), '^(00|)49', '0');

CREATE INDEX customers_phone_digits_idx ON customers (customer_phone_digits(phone));

-- Name by prefix of any word ("kel" finds "Maria Keller"): a prefix tsquery on the 'simple'
-- configuration (lower case, no stemming) uses this GIN index; no extension needed.
CREATE INDEX customers_name_words_idx ON customers USING gin (to_tsvector('simple'::regconfig, name));

-- open requests per customer, counted for every search hit
CREATE INDEX service_requests_customer_status_idx ON service_requests (customer_id, status);
