-- Haat foundation schema: geography, self-help groups, the catalogue and stock.
-- The PostgreSQL twin of this file must produce the same tables and columns
-- (checked by the store test `both_engines_have_the_same_schema`).
-- Conventions: BIGINT ids, money as BIGINT paise, times as BIGINT epoch ms,
-- flags as BIGINT 0/1 (sqlx's Any driver cannot decode SQLite booleans).

CREATE TABLE states (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,          -- e.g. 'CG', as on vehicle plates
    gst_code   TEXT NOT NULL UNIQUE,          -- two digits, e.g. '22' for Chhattisgarh
    slug       TEXT NOT NULL UNIQUE,
    name_en    TEXT NOT NULL,
    name_hi    TEXT NOT NULL
);

CREATE TABLE districts (
    id         INTEGER PRIMARY KEY,
    state_id   BIGINT NOT NULL REFERENCES states(id),
    slug       TEXT NOT NULL UNIQUE,
    name_en    TEXT NOT NULL,
    name_hi    TEXT NOT NULL
);
CREATE INDEX districts_state ON districts(state_id);

CREATE TABLE blocks (
    id          INTEGER PRIMARY KEY,
    district_id BIGINT NOT NULL REFERENCES districts(id),
    name_en     TEXT NOT NULL,
    name_hi     TEXT NOT NULL,
    UNIQUE (district_id, name_en)
);

CREATE TABLE villages (
    id         INTEGER PRIMARY KEY,
    block_id   BIGINT NOT NULL REFERENCES blocks(id),
    name_en    TEXT NOT NULL,
    name_hi    TEXT NOT NULL,
    pincode    TEXT NOT NULL,
    UNIQUE (block_id, name_en)
);

-- A women's Self-Help Group. block/district/state are copied from the village
-- so storefront filters by place need no four-table join.
CREATE TABLE shg_groups (
    id            INTEGER PRIMARY KEY,
    slug          TEXT NOT NULL UNIQUE,
    nrlm_code     TEXT NOT NULL UNIQUE,
    name_en       TEXT NOT NULL,
    name_hi       TEXT NOT NULL,
    village_id    BIGINT NOT NULL REFERENCES villages(id),
    block_id      BIGINT NOT NULL REFERENCES blocks(id),
    district_id   BIGINT NOT NULL REFERENCES districts(id),
    state_id      BIGINT NOT NULL REFERENCES states(id),
    members       BIGINT NOT NULL CHECK (members BETWEEN 5 AND 30),
    founded_year  BIGINT NOT NULL,
    story_en      TEXT NOT NULL,
    story_hi      TEXT NOT NULL,
    photo_key     TEXT,
    photo_width   BIGINT,
    photo_height  BIGINT,
    phone         TEXT NOT NULL,
    upi_vpa       TEXT,
    gstin         TEXT,                       -- NULL: enrolled without GST registration
    created_at    BIGINT NOT NULL
);
CREATE INDEX shg_groups_district ON shg_groups(district_id);
CREATE INDEX shg_groups_state ON shg_groups(state_id);

CREATE TABLE categories (
    id         INTEGER PRIMARY KEY,
    parent_id  BIGINT REFERENCES categories(id),
    slug       TEXT NOT NULL UNIQUE,
    name_en    TEXT NOT NULL,
    name_hi    TEXT NOT NULL,
    position   BIGINT NOT NULL DEFAULT 0,
    hsn_hint   TEXT,                         -- the HSN heading most listings here use
    image_key  TEXT                          -- media key of the category's picture
);
CREATE INDEX categories_parent ON categories(parent_id);

-- A listing: one product a group sells. status: draft | in_review | live | paused | rejected.
CREATE TABLE products (
    id                  INTEGER PRIMARY KEY,
    group_id            BIGINT NOT NULL REFERENCES shg_groups(id),
    category_id         BIGINT NOT NULL REFERENCES categories(id),
    slug                TEXT NOT NULL UNIQUE,
    title_en            TEXT NOT NULL,
    title_hi            TEXT NOT NULL,
    description_en      TEXT NOT NULL,
    description_hi      TEXT NOT NULL,
    unit_en             TEXT NOT NULL,
    unit_hi             TEXT NOT NULL,
    price_paise         BIGINT NOT NULL CHECK (price_paise > 0),
    market_price_paise  BIGINT NOT NULL CHECK (market_price_paise > 0),
    hsn                 TEXT NOT NULL,
    gst_rate_bp         BIGINT NOT NULL CHECK (gst_rate_bp >= 0 AND gst_rate_bp <= 4000),
    weight_grams        BIGINT NOT NULL CHECK (weight_grams > 0),
    min_order_qty       BIGINT NOT NULL DEFAULT 1 CHECK (min_order_qty >= 1),
    status              TEXT NOT NULL DEFAULT 'draft'
                        CHECK (status IN ('draft', 'in_review', 'live', 'paused', 'rejected')),
    featured            BIGINT NOT NULL DEFAULT 0 CHECK (featured IN (0, 1)),
    -- (market − price) / market in basis points, kept by the store so the
    -- "biggest saving" sort can use an index.
    saving_bp           BIGINT NOT NULL DEFAULT 0,
    created_at          BIGINT NOT NULL,
    updated_at          BIGINT NOT NULL
);
-- One index per storefront sort order, so a page of 24 is read in order
-- and the scan stops there, however large the catalogue.
CREATE INDEX products_group ON products(group_id, status, featured, created_at);
CREATE INDEX products_recommended ON products(status, featured, created_at, id);
CREATE INDEX products_newest ON products(status, created_at, id);
CREATE INDEX products_price ON products(status, price_paise, id);
CREATE INDEX products_saving ON products(status, saving_bp, id);
CREATE INDEX products_category_recommended ON products(category_id, status, featured, created_at);
CREATE INDEX products_category_price ON products(category_id, status, price_paise);

-- Photos in the order the seller chose; position 0 is the cover.
CREATE TABLE product_photos (
    id          INTEGER PRIMARY KEY,
    product_id  BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position    BIGINT NOT NULL,
    media_key   TEXT NOT NULL,
    width       BIGINT NOT NULL,
    height      BIGINT NOT NULL,
    UNIQUE (product_id, position)
);

-- Wholesale tiers: from min_qty units upward, each unit costs unit_price_paise.
CREATE TABLE price_tiers (
    id               INTEGER PRIMARY KEY,
    product_id       BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    min_qty          BIGINT NOT NULL CHECK (min_qty >= 2),
    unit_price_paise BIGINT NOT NULL CHECK (unit_price_paise > 0),
    UNIQUE (product_id, min_qty)
);

-- Where stock is held: a group's own store now; outlets holding consigned stock later.
CREATE TABLE stock_locations (
    id        INTEGER PRIMARY KEY,
    group_id  BIGINT NOT NULL REFERENCES shg_groups(id),
    kind      TEXT NOT NULL CHECK (kind IN ('group_store', 'outlet')),
    name_en   TEXT NOT NULL,
    name_hi   TEXT NOT NULL
);
CREATE INDEX stock_locations_group ON stock_locations(group_id);

CREATE TABLE stock (
    location_id  BIGINT NOT NULL REFERENCES stock_locations(id),
    product_id   BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    on_hand      BIGINT NOT NULL CHECK (on_hand >= 0),
    PRIMARY KEY (product_id, location_id)
);
