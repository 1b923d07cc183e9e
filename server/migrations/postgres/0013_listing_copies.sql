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
-- The SQLite twin must produce the same column.
ALTER TABLE products ADD COLUMN tier_list TEXT;
ALTER TABLE products ADD COLUMN on_hand_total BIGINT NOT NULL DEFAULT 0;

CREATE FUNCTION tier_list_of(listing BIGINT) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT string_agg(t.min_qty || ':' || t.unit_price_paise, ' ' ORDER BY t.min_qty)
    FROM price_tiers t WHERE t.product_id = listing
$$;

UPDATE products SET tier_list = tier_list_of(id);

-- Not deferred (unlike the catalogue version's): a read later in the same
-- transaction sees the listing's new tiers. A transaction that writes
-- tiers has locked the listing's row or is about to; orders never write
-- tiers, so this adds no lock an order waits on.
CREATE FUNCTION keep_tier_list() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE products SET tier_list = tier_list_of(OLD.product_id) WHERE id = OLD.product_id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE products SET tier_list = tier_list_of(NEW.product_id) WHERE id = NEW.product_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER price_tiers_tier_list AFTER INSERT OR UPDATE OR DELETE ON price_tiers
    FOR EACH ROW EXECUTE FUNCTION keep_tier_list();

UPDATE products SET on_hand_total = COALESCE((SELECT SUM(st.on_hand) FROM stock st WHERE st.product_id = products.id), 0);

-- The lock order: a stock row, then its listing's row. An order takes
-- stock and so locks the listing's row after it; a listing edit must set
-- stock before it updates the listing (`listings::store::update_listing`),
-- or the two could each hold what the other waits for.
--
-- By difference, not by a fresh SUM: two transactions may change two
-- locations of one listing at once (an order at the group's store, a tap
-- at an outlet). A SUM would see the other's row as its snapshot had it
-- and write that over the other's total once the row lock is free; an
-- addition is applied to the row as the other committed it.
CREATE FUNCTION keep_on_hand_total() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE products SET on_hand_total = on_hand_total + NEW.on_hand WHERE id = NEW.product_id;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE products SET on_hand_total = on_hand_total - OLD.on_hand WHERE id = OLD.product_id;
    ELSIF NEW.product_id = OLD.product_id THEN
        IF NEW.on_hand <> OLD.on_hand THEN
            UPDATE products SET on_hand_total = on_hand_total + NEW.on_hand - OLD.on_hand WHERE id = NEW.product_id;
        END IF;
    ELSE
        UPDATE products SET on_hand_total = on_hand_total - OLD.on_hand WHERE id = OLD.product_id;
        UPDATE products SET on_hand_total = on_hand_total + NEW.on_hand WHERE id = NEW.product_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER stock_on_hand_total AFTER INSERT OR UPDATE OR DELETE ON stock
    FOR EACH ROW EXECUTE FUNCTION keep_on_hand_total();
