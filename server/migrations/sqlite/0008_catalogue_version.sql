-- The catalogue's version: one number that changes whenever anything a
-- storefront page shows changes (a listing, its price tiers, photos or
-- stock; a category; a group or its place; an order, whose unpaid lines
-- a product page shows as held for payment). Pages rendered for visitors
-- without a session are cached per process under this number (see
-- server/src/page_cache.rs), so a change shows on the next request in
-- every process. Kept by triggers, so no write path can forget it.
CREATE TABLE catalogue_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO catalogue_version (id, version) VALUES (1, 1);
CREATE TRIGGER states_insert_catalogue_version AFTER INSERT ON states BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER states_update_catalogue_version AFTER UPDATE ON states BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER states_delete_catalogue_version AFTER DELETE ON states BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER districts_insert_catalogue_version AFTER INSERT ON districts BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER districts_update_catalogue_version AFTER UPDATE ON districts BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER districts_delete_catalogue_version AFTER DELETE ON districts BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER blocks_insert_catalogue_version AFTER INSERT ON blocks BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER blocks_update_catalogue_version AFTER UPDATE ON blocks BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER blocks_delete_catalogue_version AFTER DELETE ON blocks BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER villages_insert_catalogue_version AFTER INSERT ON villages BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER villages_update_catalogue_version AFTER UPDATE ON villages BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER villages_delete_catalogue_version AFTER DELETE ON villages BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER shg_groups_insert_catalogue_version AFTER INSERT ON shg_groups BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER shg_groups_update_catalogue_version AFTER UPDATE ON shg_groups BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER shg_groups_delete_catalogue_version AFTER DELETE ON shg_groups BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER categories_insert_catalogue_version AFTER INSERT ON categories BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER categories_update_catalogue_version AFTER UPDATE ON categories BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER categories_delete_catalogue_version AFTER DELETE ON categories BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER products_insert_catalogue_version AFTER INSERT ON products BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER products_update_catalogue_version AFTER UPDATE ON products BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER products_delete_catalogue_version AFTER DELETE ON products BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER product_photos_insert_catalogue_version AFTER INSERT ON product_photos BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER product_photos_update_catalogue_version AFTER UPDATE ON product_photos BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER product_photos_delete_catalogue_version AFTER DELETE ON product_photos BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER price_tiers_insert_catalogue_version AFTER INSERT ON price_tiers BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER price_tiers_update_catalogue_version AFTER UPDATE ON price_tiers BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER price_tiers_delete_catalogue_version AFTER DELETE ON price_tiers BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER stock_locations_insert_catalogue_version AFTER INSERT ON stock_locations BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER stock_locations_update_catalogue_version AFTER UPDATE ON stock_locations BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER stock_locations_delete_catalogue_version AFTER DELETE ON stock_locations BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER stock_insert_catalogue_version AFTER INSERT ON stock BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER stock_update_catalogue_version AFTER UPDATE ON stock BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER stock_delete_catalogue_version AFTER DELETE ON stock BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER orders_insert_catalogue_version AFTER INSERT ON orders BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER orders_update_catalogue_version AFTER UPDATE ON orders BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER orders_delete_catalogue_version AFTER DELETE ON orders BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER order_lines_insert_catalogue_version AFTER INSERT ON order_lines BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER order_lines_update_catalogue_version AFTER UPDATE ON order_lines BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER order_lines_delete_catalogue_version AFTER DELETE ON order_lines BEGIN
    UPDATE catalogue_version SET version = version + 1 WHERE id = 1;
END;
