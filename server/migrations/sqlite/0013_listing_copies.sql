-- Two copies on a listing's row, for the trader's table (#15), which reads
-- up to 5,000 listings at once: folding each one's tiers from
-- `price_tiers` cost ~20 ms of it, and summing its stock over `stock`
-- ~9 ms on SQLite and ~14 ms on PostgreSQL (docs/BENCHMARKS.md).
-- `price_tiers` and `stock` stay the record; the copies are kept by
-- triggers, so no write path can forget them.
--
-- `tier_list`: "min:paise" per tier, smallest minimum first,
-- space-separated ("50:11700 500:10400"); NULL when it has no tiers.
-- `on_hand_total`: its stock over all its locations.
-- The PostgreSQL twin must produce the same column.
ALTER TABLE products ADD COLUMN tier_list TEXT;
ALTER TABLE products ADD COLUMN on_hand_total BIGINT NOT NULL DEFAULT 0;

UPDATE products SET tier_list = (
    SELECT group_concat(t.min_qty || ':' || t.unit_price_paise, ' ' ORDER BY t.min_qty)
    FROM price_tiers t WHERE t.product_id = products.id
);

CREATE TRIGGER price_tiers_insert_tier_list AFTER INSERT ON price_tiers BEGIN
    UPDATE products SET tier_list = (
        SELECT group_concat(t.min_qty || ':' || t.unit_price_paise, ' ' ORDER BY t.min_qty)
        FROM price_tiers t WHERE t.product_id = new.product_id
    ) WHERE id = new.product_id;
END;
CREATE TRIGGER price_tiers_update_tier_list AFTER UPDATE ON price_tiers BEGIN
    UPDATE products SET tier_list = (
        SELECT group_concat(t.min_qty || ':' || t.unit_price_paise, ' ' ORDER BY t.min_qty)
        FROM price_tiers t WHERE t.product_id = products.id
    ) WHERE id IN (old.product_id, new.product_id);
END;
CREATE TRIGGER price_tiers_delete_tier_list AFTER DELETE ON price_tiers BEGIN
    UPDATE products SET tier_list = (
        SELECT group_concat(t.min_qty || ':' || t.unit_price_paise, ' ' ORDER BY t.min_qty)
        FROM price_tiers t WHERE t.product_id = old.product_id
    ) WHERE id = old.product_id;
END;

UPDATE products SET on_hand_total = COALESCE((SELECT SUM(st.on_hand) FROM stock st WHERE st.product_id = products.id), 0);

-- One writer at a time on SQLite: a fresh SUM sees every committed change.
-- (PostgreSQL's triggers add the difference instead; see its twin.)
CREATE TRIGGER stock_insert_on_hand_total AFTER INSERT ON stock BEGIN
    UPDATE products SET on_hand_total = (SELECT SUM(st.on_hand) FROM stock st WHERE st.product_id = new.product_id)
    WHERE id = new.product_id;
END;
CREATE TRIGGER stock_update_on_hand_total AFTER UPDATE ON stock BEGIN
    UPDATE products SET on_hand_total = COALESCE((SELECT SUM(st.on_hand) FROM stock st WHERE st.product_id = products.id), 0)
    WHERE id IN (old.product_id, new.product_id);
END;
CREATE TRIGGER stock_delete_on_hand_total AFTER DELETE ON stock BEGIN
    UPDATE products SET on_hand_total = COALESCE((SELECT SUM(st.on_hand) FROM stock st WHERE st.product_id = old.product_id), 0)
    WHERE id = old.product_id;
END;
