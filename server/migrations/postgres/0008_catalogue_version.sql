-- The catalogue's version: one number that changes whenever anything a
-- storefront page shows changes (a listing, its price tiers, photos or
-- stock; a category; a group or its place; an order, whose unpaid lines
-- a product page shows as held for payment). Pages rendered for visitors
-- without a session are cached per process under this number (see
-- server/src/page_cache.rs), so a change shows on the next request in
-- every process. Kept by triggers, so no write path can forget it.
CREATE TABLE catalogue_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO catalogue_version (id, version) VALUES (1, 1);

-- Bumped once per transaction, at commit (the triggers are deferred): the
-- row is locked only after everything else a transaction locks, so two
-- orders taking stock cannot deadlock on it, and a reader that sees the
-- new number also sees the change.
CREATE FUNCTION bump_catalogue_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('haat.catalogue_bumped', true) IS DISTINCT FROM 'yes' THEN
        PERFORM set_config('haat.catalogue_bumped', 'yes', true);
        UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER states_catalogue_version AFTER INSERT OR UPDATE OR DELETE ON states
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_version();
CREATE CONSTRAINT TRIGGER districts_catalogue_version AFTER INSERT OR UPDATE OR DELETE ON districts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_version();
CREATE CONSTRAINT TRIGGER blocks_catalogue_version AFTER INSERT OR UPDATE OR DELETE ON blocks
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_version();
CREATE CONSTRAINT TRIGGER villages_catalogue_version AFTER INSERT OR UPDATE OR DELETE ON villages
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_version();
CREATE CONSTRAINT TRIGGER shg_groups_catalogue_version AFTER INSERT OR UPDATE OR DELETE ON shg_groups
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_version();
CREATE CONSTRAINT TRIGGER categories_catalogue_version AFTER INSERT OR UPDATE OR DELETE ON categories
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_version();
CREATE CONSTRAINT TRIGGER products_catalogue_version AFTER INSERT OR UPDATE OR DELETE ON products
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_version();
CREATE CONSTRAINT TRIGGER product_photos_catalogue_version AFTER INSERT OR UPDATE OR DELETE ON product_photos
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_version();
CREATE CONSTRAINT TRIGGER price_tiers_catalogue_version AFTER INSERT OR UPDATE OR DELETE ON price_tiers
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_version();
CREATE CONSTRAINT TRIGGER stock_locations_catalogue_version AFTER INSERT OR UPDATE OR DELETE ON stock_locations
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_version();
CREATE CONSTRAINT TRIGGER stock_catalogue_version AFTER INSERT OR UPDATE OR DELETE ON stock
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_version();
CREATE CONSTRAINT TRIGGER orders_catalogue_version AFTER INSERT OR UPDATE OR DELETE ON orders
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_version();
CREATE CONSTRAINT TRIGGER order_lines_catalogue_version AFTER INSERT OR UPDATE OR DELETE ON order_lines
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_catalogue_version();
