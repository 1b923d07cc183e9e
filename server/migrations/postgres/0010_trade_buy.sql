-- Buying across groups (#15). A listing's pack size: traders buy whole
-- packs of it (a carton of 24 bottles); 1 means loose units.
ALTER TABLE products ADD COLUMN pack_size BIGINT NOT NULL DEFAULT 1 CHECK (pack_size BETWEEN 1 AND 10000);
-- Units of an order line its group makes for the order in the coming
-- weeks, beyond what it took from stock: an order that ends unsent puts
-- back only the rest, and a split counts them against the group's weekly
-- making (the partial index finds the few such lines).
ALTER TABLE order_lines ADD COLUMN made_qty BIGINT NOT NULL DEFAULT 0 CHECK (made_qty >= 0);
CREATE INDEX order_lines_made ON order_lines(product_id) WHERE made_qty > 0;
-- The buyer's own purchase-order number (a trader's), carried onto the
-- order, its tax invoice and the invoice's PDF. NULL: she gave none.
ALTER TABLE orders ADD COLUMN po_number TEXT;
-- Orders by phone: the hours (24-hour, India time) a group answers calls
-- for orders, as its leader sets them; both NULL: no call button.
ALTER TABLE shg_groups ADD COLUMN call_from BIGINT CHECK (call_from BETWEEN 0 AND 23);
ALTER TABLE shg_groups ADD COLUMN call_to BIGINT CHECK (call_to BETWEEN 1 AND 24);
-- An order a group member entered for a trader who gave it on the phone:
-- who entered it (NULL: the buyer placed it herself).
ALTER TABLE orders ADD COLUMN entered_by BIGINT REFERENCES users(id);
