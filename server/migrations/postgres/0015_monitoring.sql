-- Officials' monitoring (#17). The PostgreSQL and SQLite twins produce the
-- same tables and columns.

-- The door each order came through (orders::types::OrderChannel), kept on
-- the order so sales split by channel without guessing. Existing orders:
-- an indent's supply orders are government, a trader's orders trade.
ALTER TABLE orders ADD COLUMN channel TEXT NOT NULL DEFAULT 'retail'
    CHECK (channel IN ('retail', 'trade', 'government'));
UPDATE orders SET channel = 'government' WHERE id IN (SELECT order_id FROM supply_orders);
UPDATE orders SET channel = 'trade'
    WHERE channel = 'retail' AND buyer_id IN (SELECT id FROM users WHERE role = 'trader');
-- The roll-up reads a day's orders by when they were placed.
CREATE INDEX orders_created ON orders(created_at);
-- The worker finds the days to roll up again by the orders changed since its last pass.
CREATE INDEX orders_updated ON orders(updated_at);

-- Daily roll-ups the worker keeps (monitoring::rollup): what was sold each
-- day (India time, a day number), by group and channel, and by group,
-- product and channel. A day is rolled up again whenever one of its
-- orders changes, so a later cancellation leaves it.
CREATE TABLE daily_group_sales (
    day          BIGINT NOT NULL,
    group_id     BIGINT NOT NULL REFERENCES shg_groups(id),
    channel      TEXT NOT NULL,
    orders       BIGINT NOT NULL,
    value_paise  BIGINT NOT NULL,
    PRIMARY KEY (day, group_id, channel)
);
CREATE TABLE daily_product_sales (
    day          BIGINT NOT NULL,
    group_id     BIGINT NOT NULL REFERENCES shg_groups(id),
    product_id   BIGINT NOT NULL REFERENCES products(id),
    channel      TEXT NOT NULL,
    units        BIGINT NOT NULL,
    value_paise  BIGINT NOT NULL,
    PRIMARY KEY (day, group_id, product_id, channel)
);
CREATE INDEX daily_product_sales_group ON daily_product_sales(group_id, day);
-- The flow of each day's orders (monitoring::flow), by block, channel,
-- the step reached and the band of time it took (-1 for placing, which
-- has none): a period's counts and medians are sums of these rows. The
-- place columns are the group's, so an official's scope reads them as it
-- reads groups.
CREATE TABLE daily_flow (
    day          BIGINT NOT NULL,
    state_id     BIGINT NOT NULL REFERENCES states(id),
    district_id  BIGINT NOT NULL REFERENCES districts(id),
    block_id     BIGINT NOT NULL REFERENCES blocks(id),
    channel      TEXT NOT NULL,
    step         TEXT NOT NULL,
    band         BIGINT NOT NULL,
    orders       BIGINT NOT NULL,
    value_paise  BIGINT NOT NULL,
    PRIMARY KEY (day, block_id, channel, step, band)
);
-- A payment recorded since the last pass rolls its order's day up again.
CREATE INDEX payments_recorded ON payments(recorded_at);
-- How far the roll-ups have read: orders changed after `rolled_to` (their
-- updated_at) have days still to roll up.
CREATE TABLE rollup_marks (
    name       TEXT PRIMARY KEY,
    rolled_to  BIGINT NOT NULL
);

-- Officials count why listings were sent back in a period (monitoring::quality).
CREATE INDEX listing_events_kind ON listing_events(kind, at);

-- Targets per block per financial year (monitoring::targets), set by a
-- state official or a whole district's; `fy` is the year the financial
-- year starts in (2026: April 2026 to March 2027).
CREATE TABLE block_targets (
    block_id        BIGINT NOT NULL REFERENCES blocks(id),
    fy              BIGINT NOT NULL,
    groups_selling  BIGINT NOT NULL CHECK (groups_selling >= 0),
    live_listings   BIGINT NOT NULL CHECK (live_listings >= 0),
    sales_paise     BIGINT NOT NULL CHECK (sales_paise >= 0),
    set_by          BIGINT NOT NULL REFERENCES users(id),
    set_at          BIGINT NOT NULL,
    PRIMARY KEY (block_id, fy)
);
