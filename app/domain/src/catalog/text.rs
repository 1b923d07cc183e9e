//! Catalogue interface strings, in Hindi and English.

use crate::i18n::{Lang, Tr};

pub const CATEGORIES: Tr = Tr::new("श्रेणियाँ", "Categories");
pub const FEATURED: Tr = Tr::new("चुनिंदा उत्पाद", "Featured products");
pub const SHOP_BY_PLACE: Tr = Tr::new("राज्य और ज़िले से ख़रीदें", "Shop by state and district");
pub const SEE_ALL: Tr = Tr::new("सब देखें", "See all");
pub const PRODUCTS: Tr = Tr::new("उत्पाद", "products");
pub const GROUPS: Tr = Tr::new("समूह", "groups");
pub const HERO_TITLE: Tr =
    Tr::new("गाँव की दीदियों का हुनर, सीधे आपके घर", "The craft of village women, straight to your door");
pub const HERO_BODY: Tr = Tr::new(
    "अचार, मसाले, आटा, शहद, हथकरघा साड़ियाँ और हस्तशिल्प — स्वयं सहायता समूहों से सीधे, बाज़ार से कम दाम पर। पूरा पैसा बनाने वाले समूह को।",
    "Pickles, spices, flour, honey, handloom sarees and crafts — straight from Self-Help Groups, below market price. The money goes to the group that made it.",
);
pub const BROWSE_ALL: Tr = Tr::new("सभी उत्पाद देखें", "Browse all products");
pub const GROUP_PRICE: Tr = Tr::new("समूह का दाम", "Group's price");
pub const MARKET_PRICE: Tr = Tr::new("बाज़ार दाम", "Market price");
pub const YOU_SAVE: Tr = Tr::new("आपकी बचत", "You save");
pub const OFF: Tr = Tr::new("कम", "off");
pub const IN_STOCK: Tr = Tr::new("उपलब्ध", "In stock");
pub const OUT_OF_STOCK: Tr = Tr::new("अभी उपलब्ध नहीं", "Out of stock");
pub const ONLY_FEW_LEFT: Tr = Tr::new("केवल कुछ ही बचे", "Only a few left");
pub const UNIT: Tr = Tr::new("इकाई", "Unit");
pub const MIN_ORDER: Tr = Tr::new("न्यूनतम ऑर्डर", "Minimum order");
pub const PIECES: Tr = Tr::new("नग", "units");
pub const WHOLESALE_TIERS: Tr = Tr::new("थोक दाम", "Wholesale prices");
pub const WHOLESALE_HELP: Tr =
    Tr::new("ज़्यादा मात्रा में ख़रीदने पर प्रति नग दाम कम लगता है।", "Buy more and each unit costs less.");
pub const QUANTITY: Tr = Tr::new("मात्रा", "Quantity");
pub const PRICE_PER_UNIT: Tr = Tr::new("प्रति नग दाम", "Price per unit");
pub const AND_ABOVE: Tr = Tr::new("या अधिक", "or more");
pub const DESCRIPTION: Tr = Tr::new("विवरण", "Description");
pub const DETAILS: Tr = Tr::new("जानकारी", "Details");
pub const HSN_CODE: Tr = Tr::new("HSN कोड", "HSN code");
pub const GST_RATE: Tr = Tr::new("GST दर", "GST rate");
pub const WEIGHT: Tr = Tr::new("वज़न (पैकिंग सहित)", "Weight (packed)");
pub const MADE_BY: Tr = Tr::new("बनाने वाला समूह", "Made by");
pub const MEMBERS: Tr = Tr::new("सदस्य", "members");
pub const VISIT_GROUP: Tr = Tr::new("समूह के बारे में और उसके सभी उत्पाद", "About the group and all its products");
pub const FILTERS: Tr = Tr::new("फ़िल्टर", "Filters");
pub const PRICE_RANGE: Tr = Tr::new("दाम (₹)", "Price (₹)");
pub const MIN: Tr = Tr::new("कम से कम", "Min");
pub const MAX: Tr = Tr::new("अधिक से अधिक", "Max");
pub const STATE: Tr = Tr::new("राज्य", "State");
pub const DISTRICT: Tr = Tr::new("ज़िला", "District");
pub const ANY_STATE: Tr = Tr::new("सभी राज्य", "All states");
pub const ANY_DISTRICT: Tr = Tr::new("सभी ज़िले", "All districts");
pub const IN_STOCK_ONLY: Tr = Tr::new("केवल उपलब्ध उत्पाद", "In stock only");
pub const SORT_BY: Tr = Tr::new("क्रम", "Sort by");
pub const APPLY: Tr = Tr::new("लागू करें", "Apply");
pub const CLEAR: Tr = Tr::new("सब हटाएँ", "Clear all");
pub const SORT_RECOMMENDED: Tr = Tr::new("हमारी पसंद", "Recommended");
pub const SORT_PRICE_ASC: Tr = Tr::new("दाम: कम से ज़्यादा", "Price: low to high");
pub const SORT_PRICE_DESC: Tr = Tr::new("दाम: ज़्यादा से कम", "Price: high to low");
pub const SORT_NEWEST: Tr = Tr::new("सबसे नए", "Newest");
pub const SORT_SAVING: Tr = Tr::new("सबसे ज़्यादा बचत", "Biggest saving");
pub const RESULTS: Tr = Tr::new("उत्पाद मिले", "products found");
pub const NO_RESULTS: Tr = Tr::new(
    "इन फ़िल्टरों से कोई उत्पाद नहीं मिला। कुछ फ़िल्टर हटाकर देखें।",
    "No products match these filters. Try removing some of them.",
);
pub const PAGE_PAST_END: Tr = Tr::new("इस पृष्ठ पर कोई उत्पाद नहीं है।", "There are no products on this page.");
pub const FIRST_PAGE: Tr = Tr::new("पहले पृष्ठ पर जाएँ", "Go to the first page");
pub const PREVIOUS: Tr = Tr::new("पिछला", "Previous");
pub const NEXT: Tr = Tr::new("अगला", "Next");
pub const PAGE: Tr = Tr::new("पृष्ठ", "Page");
pub const OF: Tr = Tr::new("में से", "of");
pub const SEARCH_RESULTS_FOR: Tr = Tr::new("खोज:", "Search:");
pub const SEARCH_EMPTY: Tr = Tr::new(
    "क्या ढूँढ रहे हैं? ऊपर खोज में लिखें — जैसे अचार, साड़ी या शहद।",
    "What are you looking for? Type above — pickle, saree or honey, for example.",
);
pub const SUBCATEGORIES: Tr = Tr::new("उप-श्रेणियाँ", "Subcategories");
pub const ALL_IN: Tr = Tr::new("सभी", "All");
pub const PHOTO: Tr = Tr::new("फ़ोटो", "Photo");
pub const PREVIOUS_PHOTO: Tr = Tr::new("पिछली फ़ोटो", "Previous photo");
pub const NEXT_PHOTO: Tr = Tr::new("अगली फ़ोटो", "Next photo");
pub const ENLARGE_PHOTO: Tr = Tr::new("फ़ोटो बड़ी करके देखें", "View larger photo");
pub const CLOSE: Tr = Tr::new("बंद करें", "Close");
pub const NO_PHOTO: Tr = Tr::new("फ़ोटो नहीं है", "No photo yet");
pub const FROM: Tr = Tr::new("से", "from");

/// "active since 2016" / "2016 से सक्रिय": the word order differs.
pub fn active_since(lang: crate::i18n::Lang, year: i64) -> String {
    match lang {
        crate::i18n::Lang::Hi => format!("{year} से सक्रिय"),
        crate::i18n::Lang::En => format!("active since {year}"),
    }
}

/// The product page when what is left is only held by unpaid orders.
pub fn held_for_payment(lang: Lang, held: i64) -> String {
    match lang {
        Lang::Hi => format!("{held} नग उन ऑर्डरों के लिए रुके हैं जिनका भुगतान बाक़ी है। भुगतान न हुआ तो ये जल्द फिर बिकने लगेंगे।"),
        Lang::En => format!(
            "{held} held for orders awaiting payment. If they are not paid for soon, they will be on sale again."
        ),
    }
}

/// Before a search as it was read after a typo was corrected.
pub const SHOWING_RESULTS_FOR: Tr = Tr::new("इसके नतीजे दिखा रहे हैं:", "Showing results for");
pub const SEARCH_NOTHING: Tr = Tr::new(
    "इस खोज से कोई उत्पाद नहीं मिला। कम शब्द या दूसरी वर्तनी आज़माएँ — हिंदी, अंग्रेज़ी या रोमन में लिखा हिंदी, सब चलता है। या ऊपर दी गई श्रेणियों में देखें।",
    "Nothing matched this search. Try fewer words or another spelling — Hindi, English or Hindi in Latin letters all work. Or browse the categories above.",
);
pub const BULK_COMPARE: Tr =
    Tr::new("थोक में चाहिए? हर समूह के दाम मिलाएँ या कोटेशन माँगें", "Buying in bulk? Compare every group, or ask for a quote");
