-- Accounts, roles with scopes, sessions, one-time codes, rate limits.
-- The PostgreSQL twin must produce the same tables and columns.

-- A physical shop or stall selling consigned stock (its stock comes later).
CREATE TABLE outlets (
    id          INTEGER PRIMARY KEY,
    name_en     TEXT NOT NULL,
    name_hi     TEXT NOT NULL,
    district_id BIGINT NOT NULL REFERENCES districts(id),
    created_at  BIGINT NOT NULL
);

-- A government office that buys: a department in a district.
CREATE TABLE department_offices (
    id          INTEGER PRIMARY KEY,
    name_en     TEXT NOT NULL,
    name_hi     TEXT NOT NULL,
    department  TEXT NOT NULL CHECK (department IN ('collectorate', 'health', 'wcd', 'education', 'rural_development', 'other')),
    district_id BIGINT NOT NULL REFERENCES districts(id),
    created_by  BIGINT,
    created_at  BIGINT NOT NULL,
    UNIQUE (district_id, name_en)
);

-- One row per person. The role decides what she may do; the scope columns
-- say where: a seller's group, an official's district (and block) or state,
-- a department user's office, outlet staff's outlet.
CREATE TABLE users (
    id                  INTEGER PRIMARY KEY,
    phone               TEXT NOT NULL UNIQUE,
    name                TEXT NOT NULL,
    lang                TEXT NOT NULL DEFAULT 'hi' CHECK (lang IN ('hi', 'en')),
    role                TEXT NOT NULL CHECK (role IN ('shopper', 'seller', 'trader', 'department',
                            'district_official', 'state_official', 'outlet_staff')),
    group_id            BIGINT REFERENCES shg_groups(id),
    group_leader        BIGINT NOT NULL DEFAULT 0 CHECK (group_leader IN (0, 1)),
    state_id            BIGINT REFERENCES states(id),
    district_id         BIGINT REFERENCES districts(id),
    block_id            BIGINT REFERENCES blocks(id),
    office_id           BIGINT REFERENCES department_offices(id),
    outlet_id           BIGINT REFERENCES outlets(id),
    password_hash       TEXT,
    totp_secret         TEXT,
    totp_pending_secret TEXT,
    totp_last_step      BIGINT,
    created_by          BIGINT,
    created_at          BIGINT NOT NULL,
    updated_at          BIGINT NOT NULL
);
CREATE INDEX users_group ON users(group_id);
CREATE INDEX users_office ON users(office_id);

-- What a department user may do for her office (one or more).
CREATE TABLE department_duties (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    duty    TEXT NOT NULL CHECK (duty IN ('indenter', 'approver', 'consignee', 'paying_officer')),
    PRIMARY KEY (user_id, duty)
);

-- A wholesale buyer's business; verified by a district official of her district.
CREATE TABLE traders (
    user_id        BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    business_name  TEXT NOT NULL,
    gstin          TEXT NOT NULL UNIQUE,
    district_id    BIGINT NOT NULL REFERENCES districts(id),
    verified_at    BIGINT,
    verified_by    BIGINT REFERENCES users(id)
);
CREATE INDEX traders_district ON traders(district_id);

CREATE TABLE addresses (
    id          INTEGER PRIMARY KEY,
    user_id     BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    phone       TEXT NOT NULL,
    line1       TEXT NOT NULL,
    line2       TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL,
    district    TEXT NOT NULL,
    state_id    BIGINT NOT NULL REFERENCES states(id),
    pincode     TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX addresses_user ON addresses(user_id);

-- Signed-in devices. The cookie holds a random token; only its SHA-256 is
-- stored, so a copy of this table signs nobody in.
CREATE TABLE sessions (
    token_hash        TEXT PRIMARY KEY,
    user_id           BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at        BIGINT NOT NULL,
    last_seen_at      BIGINT NOT NULL,
    idle_timeout_ms   BIGINT NOT NULL,
    expires_at        BIGINT NOT NULL,
    second_factor_at  BIGINT
);
CREATE INDEX sessions_user ON sessions(user_id);

-- One-time sign-in codes, stored hashed; 10 minutes, 5 tries.
CREATE TABLE login_codes (
    id          INTEGER PRIMARY KEY,
    phone       TEXT NOT NULL,
    code_hash   TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    attempts    BIGINT NOT NULL DEFAULT 0,
    used_at     BIGINT
);
CREATE INDEX login_codes_phone ON login_codes(phone, created_at);

-- Fixed-window counters for rate limits, shared by every server process.
CREATE TABLE rate_limits (
    bucket        TEXT NOT NULL,
    window_start  BIGINT NOT NULL,
    hits          BIGINT NOT NULL,
    PRIMARY KEY (bucket, window_start)
);
