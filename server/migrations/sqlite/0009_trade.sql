-- Wholesale trade (#15). What a group can make beyond its stock, per
-- listing: units a week (0: it sells only what it holds), and days until
-- the first week's extra units are ready. Traders' table reads both.
ALTER TABLE products ADD COLUMN weekly_capacity BIGINT NOT NULL DEFAULT 0 CHECK (weekly_capacity >= 0);
ALTER TABLE products ADD COLUMN capacity_days BIGINT NOT NULL DEFAULT 7 CHECK (capacity_days BETWEEN 1 AND 90);
