-- An advance part payment on trade orders (#15). A group's leader sets the
-- share a trader pays first (by UPI, straight to the group) and when the
-- rest is due; an order placed on those terms copies them, so a later
-- change of terms changes no order. Each ledger row says which part of
-- an order's money it is, and is one per order, part and amount: an
-- advance and a balance of the same amount are two rows, two partial
-- refunds are two rows, and a retried step still adds nothing.
-- The PostgreSQL twin must produce the same tables and columns.
ALTER TABLE shg_groups ADD COLUMN advance_percent BIGINT NOT NULL DEFAULT 0
    CHECK (advance_percent = 0 OR advance_percent BETWEEN 5 AND 90);
ALTER TABLE shg_groups ADD COLUMN balance_due TEXT NOT NULL DEFAULT 'before_dispatch'
    CHECK (balance_due IN ('before_dispatch', 'on_delivery'));

ALTER TABLE orders ADD COLUMN advance_paise BIGINT CHECK (advance_paise > 0);
ALTER TABLE orders ADD COLUMN balance_due TEXT CHECK (balance_due IN ('before_dispatch', 'on_delivery'));
-- The buyer's UTR for the balance (her word), and when the group recorded it received.
ALTER TABLE orders ADD COLUMN balance_utr TEXT;
ALTER TABLE orders ADD COLUMN balance_received_at BIGINT;

-- SQLite cannot drop a table constraint: the ledger is rebuilt with the
-- new unique key (no table refers to it).
CREATE TABLE payments_by_part (
    id            INTEGER PRIMARY KEY,
    order_id      BIGINT NOT NULL REFERENCES orders(id),
    group_id      BIGINT NOT NULL REFERENCES shg_groups(id),
    channel       TEXT NOT NULL CHECK (channel IN ('cod', 'upi', 'gateway')),
    amount_paise  BIGINT NOT NULL,
    reference     TEXT NOT NULL DEFAULT '',
    recorded_by   BIGINT REFERENCES users(id),
    recorded_at   BIGINT NOT NULL,
    part          TEXT NOT NULL DEFAULT 'full' CHECK (part IN ('full', 'advance', 'balance', 'refund')),
    CONSTRAINT payments_order_part UNIQUE (order_id, part, amount_paise)
);
INSERT INTO payments_by_part (id, order_id, group_id, channel, amount_paise, reference, recorded_by, recorded_at, part)
    SELECT id, order_id, group_id, channel, amount_paise, reference, recorded_by, recorded_at,
           CASE WHEN amount_paise < 0 THEN 'refund' ELSE 'full' END FROM payments;
DROP TABLE payments;
ALTER TABLE payments_by_part RENAME TO payments;
CREATE INDEX payments_group ON payments(group_id, recorded_at);
