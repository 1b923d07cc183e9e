-- The seller workspace and the district quality review.
-- The PostgreSQL twin must produce the same tables and columns.

-- When stock falls to this many units or fewer, the seller is warned.
ALTER TABLE products ADD COLUMN low_stock_at BIGINT NOT NULL DEFAULT 5 CHECK (low_stock_at >= 0);
-- The prices an official last approved: a live listing's price may move
-- within limits of these without a new review (listings::rules::after_edit).
ALTER TABLE products ADD COLUMN approved_price_paise BIGINT;
ALTER TABLE products ADD COLUMN approved_market_price_paise BIGINT;
UPDATE products SET approved_price_paise = price_paise, approved_market_price_paise = market_price_paise
 WHERE status IN ('live', 'paused');

-- The narrower widths of an uploaded photo, for srcset: "320:key 640:key".
ALTER TABLE product_photos ADD COLUMN smaller TEXT NOT NULL DEFAULT '';

-- A listing's history: who did what, when, and why (a rejection's reason).
CREATE TABLE listing_events (
    id          INTEGER PRIMARY KEY,
    product_id  BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    actor_id    BIGINT REFERENCES users(id),
    kind        TEXT NOT NULL CHECK (kind IN ('created', 'edited', 'submitted', 'approved', 'rejected',
                                             'back_to_review', 'paused', 'resumed', 'imported')),
    reason      TEXT,                         -- a rejection's preset, e.g. 'photos'
    note        TEXT NOT NULL DEFAULT '',
    at          BIGINT NOT NULL
);
CREATE INDEX listing_events_product ON listing_events(product_id, at);
-- The review queue: listings in review, by group.
CREATE INDEX products_status_group ON products(status, group_id);

-- A CSV import and its row-by-row report (JSON), so the report survives
-- the redirect of a form posted without JavaScript.
CREATE TABLE listing_imports (
    id            INTEGER PRIMARY KEY,
    group_id      BIGINT NOT NULL REFERENCES shg_groups(id),
    user_id       BIGINT NOT NULL REFERENCES users(id),
    rows_total    BIGINT NOT NULL,
    rows_applied  BIGINT NOT NULL,
    report        TEXT NOT NULL,
    created_at    BIGINT NOT NULL
);
CREATE INDEX listing_imports_group ON listing_imports(group_id, created_at);

-- What a seller typed into the listing form when the server refused it, so
-- a form posted without JavaScript comes back filled in (listing_id 0: a
-- new listing). Kept for an hour; the chores delete older ones.
CREATE TABLE listing_drafts (
    user_id     BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    listing_id  BIGINT NOT NULL,
    form        TEXT NOT NULL,
    saved_at    BIGINT NOT NULL,
    PRIMARY KEY (user_id, listing_id)
);
