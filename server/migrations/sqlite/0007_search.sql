-- Search the way people type it (#18). The PostgreSQL twin must produce
-- the same tables and columns; each engine has its own index over the
-- folded keys (here FTS5, there full text with GIN).

-- Each listing's folded words (domain::search::fold::key): its titles in
-- both languages, and separately its category, group, district and state.
-- Empty until the app indexes the listing (on every listing write, and at
-- start for rows written before this migration).
ALTER TABLE products ADD COLUMN search_title TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN search_other TEXT NOT NULL DEFAULT '';

-- The index: FTS5 over the two keys, reading its text from products, with
-- prefix indexes for words typed half-way. Triggers keep it in step with
-- every write to products, inside the writer's transaction.
CREATE VIRTUAL TABLE product_search USING fts5(
    search_title, search_other,
    content = 'products', content_rowid = 'id',
    tokenize = 'unicode61', prefix = '2 3'
);
INSERT INTO product_search(product_search) VALUES ('rebuild');
CREATE TRIGGER product_search_insert AFTER INSERT ON products BEGIN
    INSERT INTO product_search(rowid, search_title, search_other) VALUES (new.id, new.search_title, new.search_other);
END;
CREATE TRIGGER product_search_delete AFTER DELETE ON products BEGIN
    INSERT INTO product_search(product_search, rowid, search_title, search_other)
    VALUES ('delete', old.id, old.search_title, old.search_other);
END;
CREATE TRIGGER product_search_update AFTER UPDATE OF search_title, search_other ON products BEGIN
    INSERT INTO product_search(product_search, rowid, search_title, search_other)
    VALUES ('delete', old.id, old.search_title, old.search_other);
    INSERT INTO product_search(rowid, search_title, search_other) VALUES (new.id, new.search_title, new.search_other);
END;

-- Words the index knows, folded (see domain::search::fold), each with a
-- form a person reads for "did you mean"; and what each is stored under
-- for typo lookups: itself and the words made by deleting one letter
-- (domain::search::typos). Kept by the app beside every listing write.
CREATE TABLE search_words (
    word   TEXT PRIMARY KEY,
    shown  TEXT NOT NULL
);
CREATE TABLE search_word_variants (
    variant  TEXT NOT NULL,
    word     TEXT NOT NULL,
    PRIMARY KEY (variant, word)
);

-- Words that mean the same thing ("aam" and "mango"), as typed, and
-- folded by the app (an empty key is folded at the next start, so seeds
-- written here and a future change of folding both land).
-- Officials add more from /review/search.
CREATE TABLE search_synonyms (
    id         INTEGER PRIMARY KEY,
    one        TEXT NOT NULL,
    other      TEXT NOT NULL,
    one_key    TEXT NOT NULL DEFAULT '',
    other_key  TEXT NOT NULL DEFAULT '',
    added_by   BIGINT REFERENCES users(id),
    added_at   BIGINT NOT NULL,
    UNIQUE (one, other)
);
CREATE INDEX search_synonyms_one ON search_synonyms(one_key);
CREATE INDEX search_synonyms_other ON search_synonyms(other_key);

-- Queries that found nothing, folded, with how often and when last: the
-- words only, never who typed them.
CREATE TABLE search_misses (
    query    TEXT PRIMARY KEY,
    times    BIGINT NOT NULL,
    last_at  BIGINT NOT NULL
);
CREATE INDEX search_misses_times ON search_misses(times);

-- Hindi and English words for the same things, as shoppers type them.
INSERT INTO search_synonyms (one, other, added_at) VALUES
    ('aam', 'mango', 0),
    ('achar', 'pickle', 0),
    ('haldi', 'turmeric', 0),
    ('shahad', 'honey', 0),
    ('madhu', 'honey', 0),
    ('sabun', 'soap', 0),
    ('sarson', 'mustard', 0),
    ('tel', 'oil', 0),
    ('saree', 'sari', 0),
    ('lal', 'red', 0),
    ('mirch', 'chilli', 0),
    ('mirchi', 'chilli', 0),
    ('chilli', 'chili', 0),
    ('namak', 'salt', 0),
    ('cheeni', 'sugar', 0),
    ('gur', 'jaggery', 0),
    ('gud', 'jaggery', 0),
    ('atta', 'flour', 0),
    ('chawal', 'rice', 0),
    ('dal', 'lentil', 0),
    ('masala', 'spice', 0),
    ('jeera', 'cumin', 0),
    ('dhaniya', 'coriander', 0),
    ('saunf', 'fennel', 0),
    ('methi', 'fenugreek', 0),
    ('elaichi', 'cardamom', 0),
    ('nimbu', 'lemon', 0),
    ('amla', 'gooseberry', 0),
    ('aanvla', 'amla', 0),
    ('adrak', 'ginger', 0),
    ('lahsun', 'garlic', 0),
    ('thaila', 'bag', 0),
    ('jhola', 'bag', 0),
    ('tokri', 'basket', 0),
    ('baans', 'bamboo', 0),
    ('diya', 'lamp', 0),
    ('deepak', 'diya', 0),
    ('mombatti', 'candle', 0),
    ('kapda', 'cloth', 0),
    ('suti', 'cotton', 0),
    ('resham', 'silk', 0),
    ('shawl', 'shaal', 0),
    ('dari', 'rug', 0),
    ('chatai', 'mat', 0),
    ('mitti', 'clay', 0),
    ('mitti', 'terracotta', 0),
    ('phenyl', 'phinail', 0),
    ('sanitizer', 'sanitiser', 0),
    ('kagaz', 'paper', 0),
    ('lifafa', 'envelope', 0),
    ('register', 'rajistar', 0),
    ('chitra', 'painting', 0),
    ('doodh', 'milk', 0),
    ('ghee', 'ghi', 0),
    ('makkhan', 'butter', 0),
    ('bajra', 'millet', 0),
    ('ragi', 'millet', 0),
    ('kodo', 'millet', 0),
    ('kutki', 'millet', 0),
    ('imli', 'tamarind', 0),
    ('kaju', 'cashew', 0),
    ('badam', 'almond', 0),
    ('kishmish', 'raisin', 0),
    ('agarbatti', 'incense', 0),
    ('dhoop', 'incense', 0),
    ('safai', 'cleaning', 0),
    ('lakdi', 'wood', 0),
    ('khilona', 'toy', 0),
    ('petticoat', 'peticot', 0),
    ('arhar', 'toor', 0),
    ('arhar', 'tuar', 0),
    ('ladoo', 'laddu', 0),
    ('namkeen', 'snacks', 0),
    ('papad', 'papadum', 0);
