-- Payments through the gateway, and tax invoices.
-- The SQLite twin must produce the same tables and columns.

-- The gateway's order for a Haat order (created when the buyer first opens
-- it to pay), and the payment that paid it.
ALTER TABLE orders ADD COLUMN gateway_order_id TEXT;
ALTER TABLE orders ADD COLUMN gateway_payment_id TEXT;
CREATE UNIQUE INDEX orders_gateway_order ON orders(gateway_order_id);

-- Every gateway webhook acted on, by its event id: a retried or duplicated
-- delivery finds its id here and changes nothing.
CREATE TABLE gateway_events (
    event_id          TEXT PRIMARY KEY,
    event             TEXT NOT NULL,
    gateway_order_id  TEXT,
    payment_id        TEXT,
    received_at       BIGINT NOT NULL
);

-- The last invoice serial a group used in a financial year (Rule 46:
-- consecutive per supplier per year). Taken with one upsert, so two
-- dispatches at once get two serials.
CREATE TABLE invoice_series (
    group_id     BIGINT NOT NULL REFERENCES shg_groups(id),
    fy           BIGINT NOT NULL,
    last_serial  BIGINT NOT NULL,
    PRIMARY KEY (group_id, fy)
);

-- One invoice per order, issued when the goods leave (dispatch). What the
-- supplier and recipient were then is copied, so later edits change nothing.
CREATE TABLE invoices (
    id                 INTEGER PRIMARY KEY,
    order_id           BIGINT NOT NULL UNIQUE REFERENCES orders(id),
    group_id           BIGINT NOT NULL REFERENCES shg_groups(id),
    fy                 BIGINT NOT NULL,
    serial             BIGINT NOT NULL,
    number             TEXT NOT NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('tax', 'supply')),
    supplier_name_en   TEXT NOT NULL,
    supplier_name_hi   TEXT NOT NULL,
    supplier_address   TEXT NOT NULL,
    supplier_gstin     TEXT,
    supplier_state_id  BIGINT NOT NULL REFERENCES states(id),
    recipient_name     TEXT NOT NULL,
    recipient_gstin    TEXT,
    issued_at          BIGINT NOT NULL,
    UNIQUE (group_id, fy, serial),
    UNIQUE (group_id, number)
);
