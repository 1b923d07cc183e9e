-- Carts, checkouts and orders (one per group), their lines and events.
-- The PostgreSQL twin must produce the same tables and columns.

-- How a group delivers: pickup at the group; home delivery to listed PIN
-- codes (whole codes, or 3-digit sorting districts) for a fee, free from
-- an order value; couriers from its own PIN code.
ALTER TABLE shg_groups ADD COLUMN offers_pickup BIGINT NOT NULL DEFAULT 1 CHECK (offers_pickup IN (0, 1));
ALTER TABLE shg_groups ADD COLUMN local_pincodes TEXT NOT NULL DEFAULT '';
ALTER TABLE shg_groups ADD COLUMN local_fee_paise BIGINT NOT NULL DEFAULT 0 CHECK (local_fee_paise >= 0);
ALTER TABLE shg_groups ADD COLUMN local_free_from_paise BIGINT;
-- A bulky listing's packed size, for the courier's volumetric weight.
ALTER TABLE products ADD COLUMN length_cm BIGINT;
ALTER TABLE products ADD COLUMN width_cm BIGINT;
ALTER TABLE products ADD COLUMN height_cm BIGINT;

-- A cart: a signed-out visitor's is found by the hash of her cart cookie,
-- a signed-in person's by her id (the two merge when she signs in).
CREATE TABLE carts (
    id          INTEGER PRIMARY KEY,
    token_hash  TEXT UNIQUE,
    user_id     BIGINT UNIQUE REFERENCES users(id) ON DELETE CASCADE,
    updated_at  BIGINT NOT NULL
);

CREATE TABLE cart_items (
    cart_id     BIGINT NOT NULL REFERENCES carts(id) ON DELETE CASCADE,
    product_id  BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    qty         BIGINT NOT NULL CHECK (qty >= 1),
    added_at    BIGINT NOT NULL,
    PRIMARY KEY (cart_id, product_id)
);

-- One checkout: the orders it made, found again by the buyer's
-- idempotency key (a retried checkout returns the same orders).
CREATE TABLE checkouts (
    id               INTEGER PRIMARY KEY,
    buyer_id         BIGINT NOT NULL REFERENCES users(id),
    idempotency_key  TEXT NOT NULL,
    created_at       BIGINT NOT NULL,
    UNIQUE (buyer_id, idempotency_key)
);

-- An order: one group's part of a checkout. Address and prices are copies,
-- so later edits to either change nothing here.
CREATE TABLE orders (
    id                 INTEGER PRIMARY KEY,
    number             TEXT NOT NULL UNIQUE,
    checkout_id        BIGINT NOT NULL REFERENCES checkouts(id),
    buyer_id           BIGINT NOT NULL REFERENCES users(id),
    group_id           BIGINT NOT NULL REFERENCES shg_groups(id),
    status             TEXT NOT NULL,
    delivery_method    TEXT NOT NULL CHECK (delivery_method IN ('pickup', 'local', 'courier')),
    payment_method     TEXT NOT NULL,
    goods_paise        BIGINT NOT NULL CHECK (goods_paise >= 0),
    delivery_paise     BIGINT NOT NULL CHECK (delivery_paise >= 0),
    total_paise        BIGINT NOT NULL CHECK (total_paise >= 0),
    ship_name          TEXT NOT NULL,
    ship_phone         TEXT NOT NULL,
    ship_line1         TEXT NOT NULL,
    ship_line2         TEXT NOT NULL,
    ship_city          TEXT NOT NULL,
    ship_district      TEXT NOT NULL,
    ship_state_id      BIGINT NOT NULL REFERENCES states(id),
    ship_pincode       TEXT NOT NULL,
    courier_name       TEXT,
    tracking_number    TEXT,
    tracking_url       TEXT,
    -- UPI straight to the group: its VPA at order time, and the buyer's UTR
    -- (her word that she paid, until the group confirms it).
    upi_vpa            TEXT,
    utr                TEXT,
    paid_claimed_at    BIGINT,
    -- Deadlines the worker acts on (NULL: none pending).
    pay_by             BIGINT,
    accept_by          BIGINT,
    escalated_at       BIGINT,
    return_until       BIGINT,
    created_at         BIGINT NOT NULL,
    updated_at         BIGINT NOT NULL
);
CREATE INDEX orders_buyer ON orders(buyer_id, created_at);
CREATE INDEX orders_group ON orders(group_id, status, created_at);
CREATE INDEX orders_checkout ON orders(checkout_id);
CREATE INDEX orders_status ON orders(status, updated_at);

CREATE TABLE order_lines (
    id                INTEGER PRIMARY KEY,
    order_id          BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    product_id        BIGINT NOT NULL REFERENCES products(id),
    location_id       BIGINT NOT NULL REFERENCES stock_locations(id),
    title_en          TEXT NOT NULL,
    title_hi          TEXT NOT NULL,
    unit_en           TEXT NOT NULL,
    unit_hi           TEXT NOT NULL,
    hsn               TEXT NOT NULL,
    gst_rate_bp       BIGINT NOT NULL,
    qty               BIGINT NOT NULL CHECK (qty >= 1),
    unit_price_paise  BIGINT NOT NULL CHECK (unit_price_paise > 0),
    line_paise        BIGINT NOT NULL CHECK (line_paise > 0)
);
CREATE INDEX order_lines_order ON order_lines(order_id);

-- The timeline: every change, who made it, when, and a note.
CREATE TABLE order_events (
    id           INTEGER PRIMARY KEY,
    order_id     BIGINT NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    actor_id     BIGINT REFERENCES users(id),
    from_status  TEXT,
    to_status    TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    at           BIGINT NOT NULL
);
CREATE INDEX order_events_order ON order_events(order_id, at);

-- The in-app inbox: one row per person per thing to know (an order step).
CREATE TABLE notifications (
    id          INTEGER PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    order_id    BIGINT REFERENCES orders(id) ON DELETE CASCADE,
    text_en     TEXT NOT NULL,
    text_hi     TEXT NOT NULL,
    link        TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    read_at     BIGINT,
    -- Set when the notice was handed to the mail server (at most once).
    emailed_at  BIGINT
);
-- Where a person wants notices by email too (optional).
ALTER TABLE users ADD COLUMN email TEXT;
CREATE INDEX notifications_user ON notifications(user_id, read_at, created_at);

-- The payment ledger: money a group received for an order, and refunds
-- (negative), by channel. A group's earnings are sums of these rows.
CREATE TABLE payments (
    id            INTEGER PRIMARY KEY,
    order_id      BIGINT NOT NULL REFERENCES orders(id),
    group_id      BIGINT NOT NULL REFERENCES shg_groups(id),
    channel       TEXT NOT NULL CHECK (channel IN ('cod', 'upi', 'gateway')),
    amount_paise  BIGINT NOT NULL,
    reference     TEXT NOT NULL DEFAULT '',
    recorded_by   BIGINT REFERENCES users(id),
    recorded_at   BIGINT NOT NULL,
    UNIQUE (order_id, channel, amount_paise)
);
CREATE INDEX payments_group ON payments(group_id, recorded_at);
