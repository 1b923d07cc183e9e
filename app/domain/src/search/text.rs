//! Strings of the search-words page, in Hindi and English.

use crate::i18n::Tr;

pub const SEARCH_WORDS: Tr = Tr::new("खोज के शब्द", "Search words");
pub const SEARCH_WORDS_INTRO: Tr = Tr::new(
    "एक ही चीज़ के हिंदी और अंग्रेज़ी नाम यहाँ जोड़ें — जैसे \"आम\" और \"mango\"। जोड़ते ही दोनों में से किसी से भी खोजने पर वही उत्पाद मिलेंगे।",
    "Pair the Hindi and English names of the same thing here — like \"aam\" and \"mango\". From then on, searching either finds the same products.",
);
pub const ADD_SYNONYM: Tr = Tr::new("नया जोड़ा जोड़ें", "Add a pair");
pub const WORD: Tr = Tr::new("शब्द", "Word");
pub const SAME_AS: Tr = Tr::new("इसी का मतलब", "Means the same as");
pub const ADD: Tr = Tr::new("जोड़ें", "Add");
pub const REMOVE: Tr = Tr::new("हटाएँ", "Remove");
pub const SYNONYMS: Tr = Tr::new("एक ही मतलब वाले शब्द", "Words that mean the same");
pub const SYNONYM_ADDED: Tr =
    Tr::new("जोड़ा जुड़ गया — खोज में अभी से काम करेगा।", "Pair added — search uses it from now on.");
pub const SYNONYM_REMOVED: Tr = Tr::new("जोड़ा हटा दिया गया।", "Pair removed.");
pub const SYNONYM_EXISTS: Tr = Tr::new("यह जोड़ा पहले से है।", "This pair is already there.");
pub const MISSES: Tr = Tr::new("जिन खोजों में कुछ नहीं मिला", "Searches that found nothing");
pub const MISSES_INTRO: Tr = Tr::new(
    "लोगों ने ये शब्द खोजे और कुछ नहीं मिला (किसने खोजा, यह नहीं रखा जाता)। कोई शब्द किसी उत्पाद का दूसरा नाम हो तो ऊपर जोड़ें।",
    "People searched for these and found nothing (who searched is never kept). If one is another name for a product, pair it above.",
);
pub const TIMES: Tr = Tr::new("बार", "Times");
pub const NO_MISSES: Tr = Tr::new("अभी तक ऐसी कोई खोज नहीं।", "No such searches yet.");
pub const SEEDED: Tr = Tr::new("शुरू से", "Built in");
pub const SUGGESTIONS: Tr = Tr::new("सुझाव", "Suggestions");
pub const KIND_PRODUCT: Tr = Tr::new("उत्पाद", "Product");
pub const KIND_CATEGORY: Tr = Tr::new("श्रेणी", "Category");
pub const KIND_GROUP: Tr = Tr::new("समूह", "Group");
pub const ALL_RESULTS_FOR: Tr = Tr::new("सभी नतीजे देखें:", "See all results for");
