-- Government departments buy in bulk (#16): indents, sanction, supply
-- orders (one per group and consignee, through the order machinery),
-- receipt and acceptance, bills and payment. Moments are milliseconds;
-- needed_by is a day number in India time. The PostgreSQL twin must
-- produce the same tables and columns.

-- Where supplies go: an office's address and, when it has one, its GSTIN
-- (the invoice is made out to it).
ALTER TABLE department_offices ADD COLUMN address_line TEXT NOT NULL DEFAULT '';
ALTER TABLE department_offices ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE department_offices ADD COLUMN pincode TEXT NOT NULL DEFAULT '';
ALTER TABLE department_offices ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE department_offices ADD COLUMN gstin TEXT;

-- Whom an order's invoice is made out to, when not its buyer (an office
-- buys through its indenter; the invoice names the office and its GSTIN).
ALTER TABLE orders ADD COLUMN bill_to_name TEXT;
ALTER TABLE orders ADD COLUMN bill_to_gstin TEXT;

-- A state's purchase rules; a state without a row uses Haat's defaults
-- (procurement::rules::PurchaseRules::default).
CREATE TABLE purchase_rules (
    state_id            BIGINT PRIMARY KEY REFERENCES states(id),
    direct_up_to_paise  BIGINT NOT NULL CHECK (direct_up_to_paise > 0),
    lowest_up_to_paise  BIGINT NOT NULL,
    comparable_needed   BIGINT NOT NULL CHECK (comparable_needed BETWEEN 2 AND 10),
    split_window_days   BIGINT NOT NULL CHECK (split_window_days BETWEEN 0 AND 365),
    accept_within_days  BIGINT NOT NULL CHECK (accept_within_days BETWEEN 1 AND 90),
    deemed_acceptance   BIGINT NOT NULL CHECK (deemed_acceptance IN (0, 1)),
    pay_within_days     BIGINT NOT NULL CHECK (pay_within_days BETWEEN 1 AND 90),
    updated_by          BIGINT REFERENCES users(id),
    updated_at          BIGINT NOT NULL,
    CHECK (lowest_up_to_paise >= direct_up_to_paise)
);

-- The most an approver may sanction in one indent (none set: nothing).
CREATE TABLE approval_limits (
    user_id      BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    limit_paise  BIGINT NOT NULL CHECK (limit_paise > 0),
    set_by       BIGINT REFERENCES users(id),
    set_at       BIGINT NOT NULL
);

-- A department's demand, written by an indenter of the office.
CREATE TABLE indents (
    id               INTEGER PRIMARY KEY,
    number           TEXT NOT NULL UNIQUE,
    office_id        BIGINT NOT NULL REFERENCES department_offices(id),
    indenter_id      BIGINT NOT NULL REFERENCES users(id),
    status           TEXT NOT NULL CHECK (status IN ('draft', 'awaiting_approval', 'sent_back', 'ordered', 'withdrawn')),
    needed_by        BIGINT NOT NULL,
    budget_head      TEXT NOT NULL DEFAULT '',
    note             TEXT NOT NULL DEFAULT '',
    -- The estimate when it was sent for approval (goods and delivery).
    value_paise      BIGINT NOT NULL DEFAULT 0 CHECK (value_paise >= 0),
    submitted_at     BIGINT,
    remarks          TEXT NOT NULL DEFAULT '',
    sanction_number  TEXT,
    approved_by      BIGINT REFERENCES users(id),
    approved_at      BIGINT,
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL
);
CREATE INDEX indents_office ON indents(office_id, status, updated_at);

-- One item of an indent, for one consignee (one indent may deliver to
-- several offices).
CREATE TABLE indent_lines (
    id            INTEGER PRIMARY KEY,
    indent_id     BIGINT NOT NULL REFERENCES indents(id) ON DELETE CASCADE,
    product_id    BIGINT NOT NULL REFERENCES products(id),
    qty           BIGINT NOT NULL CHECK (qty BETWEEN 1 AND 1000000),
    consignee_id  BIGINT NOT NULL REFERENCES users(id),
    UNIQUE (indent_id, product_id, consignee_id)
);
CREATE INDEX indent_lines_indent ON indent_lines(indent_id);

-- The office's side of one order placed for an indent: one per group and consignee.
CREATE TABLE supply_orders (
    order_id        BIGINT PRIMARY KEY REFERENCES orders(id),
    indent_id       BIGINT NOT NULL REFERENCES indents(id),
    office_id       BIGINT NOT NULL REFERENCES department_offices(id),
    consignee_id    BIGINT NOT NULL REFERENCES users(id),
    stage           TEXT NOT NULL CHECK (stage IN ('ordered', 'received', 'accepted', 'rejected', 'billed', 'paid', 'void')),
    received_at     BIGINT,
    accept_by       BIGINT,
    accepted_at     BIGINT,
    deemed          BIGINT NOT NULL DEFAULT 0 CHECK (deemed IN (0, 1)),
    bill_number     TEXT UNIQUE,
    bill_paise      BIGINT CHECK (bill_paise >= 0),
    pay_by          BIGINT,
    paid_at         BIGINT,
    -- The day the treasury paid (India time), as the paying officer gives it.
    paid_on         BIGINT,
    pay_reference   TEXT,
    paid_by         BIGINT REFERENCES users(id),
    -- When the overdue bill was flagged to the office and the district (once).
    overdue_noticed_at BIGINT,
    updated_at      BIGINT NOT NULL
);
CREATE INDEX supply_orders_indent ON supply_orders(indent_id);
CREATE INDEX supply_orders_office ON supply_orders(office_id, stage);
CREATE INDEX supply_orders_stage ON supply_orders(stage, accept_by, pay_by);

-- What the consignee counted and accepted of each order line.
CREATE TABLE supply_lines (
    order_line_id  BIGINT PRIMARY KEY REFERENCES order_lines(id),
    order_id       BIGINT NOT NULL REFERENCES supply_orders(order_id),
    received       BIGINT NOT NULL CHECK (received >= 0),
    accepted       BIGINT CHECK (accepted >= 0 AND accepted <= received),
    reason         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX supply_lines_order ON supply_lines(order_id);

-- The indent's timeline: every step, who took it (NULL: the system), when.
CREATE TABLE indent_events (
    id         INTEGER PRIMARY KEY,
    indent_id  BIGINT NOT NULL REFERENCES indents(id) ON DELETE CASCADE,
    order_id   BIGINT REFERENCES orders(id),
    step       TEXT NOT NULL,
    actor_id   BIGINT REFERENCES users(id),
    note       TEXT NOT NULL DEFAULT '',
    at         BIGINT NOT NULL
);
CREATE INDEX indent_events_indent ON indent_events(indent_id, at);

-- The ledger takes a government payment ('bill': paid against a bill,
-- through PFMS or the treasury). SQLite cannot change a CHECK: the ledger
-- is rebuilt (no table refers to it).
CREATE TABLE payments_with_bills (
    id            INTEGER PRIMARY KEY,
    order_id      BIGINT NOT NULL REFERENCES orders(id),
    group_id      BIGINT NOT NULL REFERENCES shg_groups(id),
    channel       TEXT NOT NULL CHECK (channel IN ('cod', 'upi', 'gateway', 'bill')),
    amount_paise  BIGINT NOT NULL,
    reference     TEXT NOT NULL DEFAULT '',
    recorded_by   BIGINT REFERENCES users(id),
    recorded_at   BIGINT NOT NULL,
    part          TEXT NOT NULL DEFAULT 'full' CHECK (part IN ('full', 'advance', 'balance', 'refund')),
    CONSTRAINT payments_order_part UNIQUE (order_id, part, amount_paise)
);
INSERT INTO payments_with_bills (id, order_id, group_id, channel, amount_paise, reference, recorded_by, recorded_at, part)
    SELECT id, order_id, group_id, channel, amount_paise, reference, recorded_by, recorded_at, part FROM payments;
DROP TABLE payments;
ALTER TABLE payments_with_bills RENAME TO payments;
CREATE INDEX payments_group ON payments(group_id, recorded_at);
