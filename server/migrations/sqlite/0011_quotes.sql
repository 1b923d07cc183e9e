-- Requests for quotes (#15). A trader asks one or several groups for a
-- quantity or terms beyond the listed ones; each group's answer is a
-- quote, and every offer, counter and step is a version that is kept.
-- Days (needed_by, open_until, valid_until) are day numbers in India
-- time; moments are milliseconds.
CREATE TABLE quote_requests (
    id                  INTEGER PRIMARY KEY,
    trader_id           BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    -- A resent form finds the request it made instead of asking twice.
    idempotency_key     TEXT NOT NULL,
    qty                 BIGINT NOT NULL CHECK (qty BETWEEN 1 AND 1000000),
    target_price_paise  BIGINT CHECK (target_price_paise > 0),
    needed_by           BIGINT,
    -- The last day the request stays open (her date, at most two weeks).
    open_until          BIGINT NOT NULL,
    -- Her saved address to deliver to, and how it read when she asked
    -- (the address may be deleted later; accepting then asks again).
    address_id          BIGINT REFERENCES addresses(id) ON DELETE SET NULL,
    place               TEXT NOT NULL,
    po_number           TEXT,
    note                TEXT NOT NULL DEFAULT '',
    created_at          BIGINT NOT NULL,
    CONSTRAINT quote_requests_key UNIQUE (trader_id, idempotency_key)
);

-- One group's side of a request, on one of its listings.
CREATE TABLE quotes (
    id              INTEGER PRIMARY KEY,
    request_id      BIGINT NOT NULL REFERENCES quote_requests(id) ON DELETE CASCADE,
    product_id      BIGINT NOT NULL REFERENCES products(id),
    group_id        BIGINT NOT NULL REFERENCES shg_groups(id),
    status          TEXT NOT NULL CHECK (status IN ('asked', 'offered', 'countered', 'accepted', 'declined', 'withdrawn', 'expired')),
    -- Bumped by every step: a step names the version it answers, so two
    -- answers at once cannot both win.
    version         BIGINT NOT NULL DEFAULT 0,
    -- When the present turn began (the group's 48 hours count from it).
    waiting_since   BIGINT NOT NULL,
    -- When the group's district official was told it waits (once per turn).
    escalated_at    BIGINT,
    order_id        BIGINT REFERENCES orders(id),
    updated_at      BIGINT NOT NULL,
    UNIQUE (request_id, product_id)
);
CREATE INDEX quotes_group ON quotes(group_id, updated_at);
CREATE INDEX quotes_request ON quotes(request_id);
-- The clock's sweep reads only open quotes.
CREATE INDEX quotes_open ON quotes(status, waiting_since) WHERE status IN ('asked', 'offered', 'countered');

-- Every step of a quote, in order: offers and counters carry terms.
CREATE TABLE quote_versions (
    id                INTEGER PRIMARY KEY,
    quote_id          BIGINT NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    n                 BIGINT NOT NULL,
    step              TEXT NOT NULL CHECK (step IN ('offer', 'counter', 'accept', 'decline', 'withdraw', 'expire', 'reopen')),
    side              TEXT NOT NULL CHECK (side IN ('trader', 'group', 'clock')),
    by_user           BIGINT REFERENCES users(id) ON DELETE SET NULL,
    unit_price_paise  BIGINT CHECK (unit_price_paise > 0),
    qty               BIGINT CHECK (qty BETWEEN 1 AND 1000000),
    dispatch_days     BIGINT CHECK (dispatch_days BETWEEN 0 AND 180),
    valid_until       BIGINT,
    note              TEXT NOT NULL DEFAULT '',
    created_at        BIGINT NOT NULL,
    UNIQUE (quote_id, n)
);

-- An order placed from an accepted quote names it, so the order page
-- links back to the talk that set its price.
ALTER TABLE orders ADD COLUMN quote_id BIGINT REFERENCES quotes(id);
