//! Seller-workspace and review strings, in Hindi and English. The Hindi is
//! plain, spoken Hindi: many sellers read little else.

use crate::i18n::{Lang, Text, Tr};

pub const MY_LISTINGS: Tr = Tr::new("मेरे उत्पाद", "My listings");
pub const ADD_LISTING: Tr = Tr::new("नया उत्पाद जोड़ें", "Add a listing");
pub const CSV_IMPORT_EXPORT: Tr = Tr::new("CSV से निकालें / डालें", "CSV export / import");
pub const ALL: Tr = Tr::new("सभी", "All");
pub const FILTER_BY_STATUS: Tr = Tr::new("स्थिति से छाँटें", "Filter by status");
pub const SEARCH_MY_LISTINGS: Tr = Tr::new("अपने उत्पाद खोजें", "Search my listings");
pub const NO_LISTINGS: Tr =
    Tr::new("यहाँ कोई उत्पाद नहीं है। \"नया उत्पाद जोड़ें\" से शुरू करें।", "No listings here. Start with \"Add a listing\".");
pub const STATUS: Tr = Tr::new("स्थिति", "Status");
pub const STATUS_DRAFT: Tr = Tr::new("मसौदा", "Draft");
pub const STATUS_IN_REVIEW: Tr = Tr::new("जाँच में", "In review");
pub const STATUS_LIVE: Tr = Tr::new("दुकान पर", "Live");
pub const STATUS_PAUSED: Tr = Tr::new("रुका हुआ", "Paused");
pub const STATUS_REJECTED: Tr = Tr::new("लौटाया गया", "Sent back");
pub const SENT_BACK_BECAUSE: Tr = Tr::new("लौटाने का कारण:", "Sent back because:");
pub const STOCK: Tr = Tr::new("स्टॉक", "Stock");
pub const ONE_LESS: Tr = Tr::new("एक कम करें", "One less");
pub const ONE_MORE: Tr = Tr::new("एक बढ़ाएँ", "One more");
pub const COUNTED_STOCK: Tr = Tr::new("गिनकर स्टॉक लिखें", "Counted stock");
pub const SET: Tr = Tr::new("सहेजें", "Set");
pub const STOCK_SAVED: Tr = Tr::new("स्टॉक बदल गया", "Stock updated");
pub const LOW_STOCK: Tr = Tr::new("कम स्टॉक", "Low stock");
pub const LOW_STOCK_WARNING: Tr = Tr::new("स्टॉक कम है — जल्दी और बनाएँ", "Stock is low — make more soon");
pub const SHOW_THEM: Tr = Tr::new("दिखाएँ", "Show them");

pub fn low_stock_count(lang: Lang, n: i64) -> String {
    match lang {
        Lang::Hi => format!("{n} उत्पादों का स्टॉक कम है।"),
        Lang::En if n == 1 => "1 listing is low on stock.".into(),
        Lang::En => format!("{n} listings are low on stock."),
    }
}

// The editor.
pub const STEP_CATEGORY: Tr = Tr::new("श्रेणी चुनें", "Choose the category");
pub const STEP_NAMES: Tr = Tr::new("नाम और विवरण", "Title and description");
pub const STEP_PRICE: Tr = Tr::new("इकाई और दाम", "Unit and price");
pub const STEP_TAX: Tr = Tr::new("टैक्स और वज़न", "Tax and weight");
pub const STEP_WHOLESALE: Tr = Tr::new("थोक दाम (चाहें तो)", "Wholesale prices (if you like)");
pub const STEP_STOCK: Tr = Tr::new("स्टॉक", "Stock");
pub const CATEGORY: Tr = Tr::new("श्रेणी", "Category");
pub const CHOOSE_CATEGORY: Tr = Tr::new("श्रेणी चुनें", "Choose a category");
pub const TITLE: Tr = Tr::new("नाम", "Title");
pub const TITLE_HI: Tr = Tr::new("उत्पाद का नाम (हिंदी में)", "Title (in Hindi)");
pub const TITLE_EN: Tr = Tr::new("नाम अंग्रेज़ी में", "Title in English");
pub const DESCRIPTION_HI: Tr = Tr::new("विवरण (हिंदी में)", "Description (in Hindi)");
pub const DESCRIPTION_EN: Tr = Tr::new("विवरण अंग्रेज़ी में", "Description in English");
pub const DESCRIPTION_PLACEHOLDER: Tr =
    Tr::new("क्या डाला है, कैसे बनाया, कितने दिन चलता है…", "What goes in it, how it is made, how long it keeps…");
pub const OPTIONAL: Tr = Tr::new("(ज़रूरी नहीं)", "(optional)");
pub const UNIT_HI: Tr = Tr::new("इकाई — एक नग क्या है", "Unit — what one piece is");
pub const UNIT_EN: Tr = Tr::new("इकाई अंग्रेज़ी में", "Unit in English");
pub const GROUP_PRICE_RS: Tr = Tr::new("समूह का दाम (₹, एक नग)", "Group's price (₹ per unit)");
pub const MARKET_PRICE_RS: Tr = Tr::new("बाज़ार दाम (₹)", "Market price (₹)");
pub const MARKET_PRICE_HELP: Tr = Tr::new(
    "बाज़ार दाम: दुकान में यही चीज़ कितने में मिलती है। ख़रीदार को बचत दिखेगी।",
    "Market price: what the same thing costs in a shop. Shoppers see the saving.",
);

pub fn shopper_sees_saving(lang: Lang, percent: u32) -> String {
    match lang {
        Lang::Hi => format!("ख़रीदार को बाज़ार से {percent}% बचत दिखती है।"),
        Lang::En => format!("Shoppers see a saving of {percent}% on the market price."),
    }
}

pub const HSN: Tr = Tr::new("HSN कोड", "HSN code");
pub const GST_RATE: Tr = Tr::new("GST दर", "GST rate");
pub const HSN_HELP: Tr = Tr::new(
    "HSN कोड न पता हो तो खाली छोड़ें: श्रेणी का सामान्य कोड लग जाएगा।",
    "Not sure of the HSN code? Leave it empty and the category's usual code is used.",
);

pub fn category_hsn(lang: Lang, hsn: &str) -> String {
    match lang {
        Lang::Hi => format!("इस श्रेणी का सामान्य HSN: {hsn}"),
        Lang::En => format!("This category's usual HSN: {hsn}"),
    }
}

pub const WEIGHT_GRAMS: Tr = Tr::new("पैकिंग सहित वज़न (ग्राम)", "Packed weight (grams)");
pub const SIZE_CM: Tr = Tr::new("पैकिंग का आकार (सेमी): लंबाई x चौड़ाई x ऊँचाई", "Packed size (cm): length x width x height");
pub const SIZE_HELP: Tr = Tr::new(
    "हल्के पर बड़े सामान (टोकरी, थैले, चटाई) के लिए लिखें: कूरियर आकार से भी दाम लगाता है।",
    "For light but bulky goods (baskets, bags, mats): couriers charge by size too.",
);
pub const MIN_ORDER: Tr = Tr::new("कम से कम कितने नग का ऑर्डर", "Minimum order (units)");
pub const TIERS_HELP: Tr = Tr::new(
    "ज़्यादा ख़रीदने पर कम दाम: जैसे 10 नग से ₹110, 50 नग से ₹100। हर दर पिछली से सस्ती हो।",
    "A lower price for more units: e.g. ₹110 from 10 units, ₹100 from 50. Each tier cheaper than the one before.",
);
pub const FROM_QTY: Tr = Tr::new("इतने नग से — दर", "From units — tier");
pub const PRICE_PER_UNIT_RS: Tr = Tr::new("एक नग का दाम (₹)", "Price per unit (₹)");
pub const STOCK_NOW: Tr = Tr::new("अभी कितने नग हैं", "Units in stock now");
pub const WARN_AT: Tr = Tr::new("इतने या कम बचें तो चेतावनी दें", "Warn me at this many or fewer");
pub const CAPACITY_HELP: Tr = Tr::new(
    "व्यापारी बड़े ऑर्डर इसी से तय करते हैं: स्टॉक के अलावा हर हफ़्ते और कितने बना सकती हैं, और पहले कितने दिन में तैयार होंगे। केवल स्टॉक बेचना हो तो ख़ाली छोड़ें।",
    "Traders plan bulk orders on this: how many more you can make each week beyond your stock, and in how many days the first of them are ready. Leave it empty to sell only your stock.",
);
pub const WEEKLY_CAPACITY: Tr = Tr::new("हर हफ़्ते और बना सकती हैं", "More you can make a week");
pub const CAPACITY_DAYS: Tr = Tr::new("पहले कितने दिन में तैयार", "Days until the first are ready");
pub const PACK_SIZE: Tr = Tr::new("थोक पैक में कितने", "Units in a wholesale pack");
pub const PACK_SIZE_HELP: Tr = Tr::new(
    "व्यापारी पूरे पैक ही ख़रीदेंगे (जैसे 24 बोतलों का डिब्बा)। खुला माल हो तो ख़ाली छोड़ें।",
    "Traders buy whole packs only (a box of 24 bottles, say). Leave empty for loose units.",
);
pub const SAVE_CHANGES: Tr = Tr::new("बदलाव सहेजें", "Save changes");
pub const SAVE_AND_ADD_PHOTOS: Tr = Tr::new("सहेजें और फ़ोटो लगाएँ", "Save and add photos");
pub const LIVE_EDIT_RULE: Tr = Tr::new(
    "यह उत्पाद दुकान पर है। स्टॉक, थोक दाम, वज़न और स्वीकृत दाम से 20% तक का बदलाव तुरंत लागू होगा। नाम, विवरण, श्रेणी, इकाई, HSN/GST या 20% से ज़्यादा दाम बदलने पर उत्पाद फिर जाँच में जाएगा और स्वीकृति तक दुकान से हट जाएगा।",
    "This listing is live. Stock, wholesale prices, weight and price changes within 20% of the approved price apply at once. Changing the title, description, category, unit, HSN/GST, or a price by more than 20% sends it back to review, off the storefront until approved.",
);
pub const LISTING_SAVED: Tr = Tr::new("सहेज लिया", "Saved");
pub const CREATED_ADD_PHOTOS: Tr =
    Tr::new("उत्पाद बन गया। अब फ़ोटो लगाएँ और जाँच के लिए भेजें।", "Listing created. Now add photos and send it for review.");
pub const BACK_TO_REVIEW_SAVED: Tr = Tr::new(
    "सहेज लिया। बदलाव के कारण उत्पाद फिर जाँच में गया है।",
    "Saved. Because of the change, the listing is back in review.",
);
pub const COPY_MADE: Tr = Tr::new(
    "नकल बन गई (मसौदा)। नाम, दाम और स्टॉक बदलकर सहेजें।",
    "Copy made (a draft). Change its title, price and stock, then save.",
);
pub const NEXT_DRAFT: Tr =
    Tr::new("अभी मसौदा है: फ़ोटो लगाकर जाँच के लिए भेजें।", "A draft: add photos and send it for review.");
pub const NEXT_IN_REVIEW: Tr = Tr::new(
    "ज़िला अधिकारी इसकी जाँच करेंगे। स्वीकृत होते ही यह दुकान पर दिखेगा।",
    "The district official will check it. Once approved it appears on the storefront.",
);
pub const NEXT_LIVE: Tr = Tr::new("दुकान पर है: ख़रीदार इसे देख और ख़रीद सकते हैं।", "Live: shoppers can see and buy it.");
pub const NEXT_PAUSED: Tr = Tr::new(
    "रुका हुआ है: दुकान पर नहीं दिखता। जब चाहें फिर शुरू करें।",
    "Paused: not on the storefront. Resume whenever you like.",
);
pub const NEXT_REJECTED: Tr = Tr::new(
    "अधिकारी ने लौटाया है। कारण पढ़कर सुधारें और फिर भेजें।",
    "The official sent it back. Read the reason, fix it and send it again.",
);
pub const SUBMIT_FOR_REVIEW: Tr = Tr::new("जाँच के लिए भेजें", "Send for review");
pub const SUBMITTED: Tr = Tr::new("जाँच के लिए भेज दिया", "Sent for review");
pub const SEE_ON_STOREFRONT: Tr = Tr::new("दुकान पर देखें", "See on the storefront");
pub const PAUSE: Tr = Tr::new("कुछ समय रोकें", "Pause");
pub const PAUSED: Tr = Tr::new("रोक दिया: अब दुकान पर नहीं दिखेगा", "Paused: no longer on the storefront");
pub const RESUME: Tr = Tr::new("फिर शुरू करें", "Resume");
pub const RESUMED: Tr = Tr::new("फिर से दुकान पर है", "Back on the storefront");
pub const DUPLICATE: Tr = Tr::new("नकल बनाएँ (दूसरा आकार/स्वाद)", "Duplicate (another size or flavour)");
pub const HISTORY: Tr = Tr::new("इतिहास", "History");

// Photos.
pub const PHOTOS: Tr = Tr::new("फ़ोटो", "Photos");
pub const PHOTO: Tr = Tr::new("फ़ोटो", "Photo");
pub const COVER: Tr = Tr::new("मुख्य फ़ोटो", "Cover");
pub const NO_PHOTOS_YET: Tr = Tr::new("अभी कोई फ़ोटो नहीं है।", "No photos yet.");
pub const MOVE_EARLIER: Tr = Tr::new("पहले लाएँ", "Move earlier");
pub const MOVE_LATER: Tr = Tr::new("बाद में ले जाएँ", "Move later");
pub const MAKE_COVER: Tr = Tr::new("मुख्य फ़ोटो बनाएँ", "Make cover");
pub const DELETE_PHOTO: Tr = Tr::new("फ़ोटो हटाएँ", "Delete photo");
pub const CHOOSE_PHOTOS: Tr = Tr::new("कैमरे से खींचें या गैलरी से चुनें", "Take with the camera or choose from the gallery");
pub const UPLOAD_PHOTOS: Tr = Tr::new("फ़ोटो लगाएँ", "Upload photos");
pub const UPLOADING: Tr = Tr::new("फ़ोटो जा रही है…", "Uploading…");
pub const UPLOAD_FAILED: Tr = Tr::new("फ़ोटो नहीं लग पाई। फिर कोशिश करें।", "The photo could not be added. Try again.");
pub const UPLOAD_CONNECTION_LOST: Tr = Tr::new(
    "इंटरनेट टूट गया, फ़ोटो नहीं गई। नेटवर्क मिलने पर फिर लगाएँ।",
    "The connection dropped and the photo did not arrive. Try again when you have a network.",
);
pub const PHOTOS_ADDED: Tr = Tr::new("फ़ोटो लग गईं", "Photos added");
pub const PHOTOS_ADDED_REVIEW: Tr = Tr::new(
    "फ़ोटो लग गईं। नई फ़ोटो के कारण उत्पाद फिर जाँच में है।",
    "Photos added. Because of the new photos the listing is back in review.",
);
pub const PHOTOS_CHANGED: Tr = Tr::new("फ़ोटो बदल गईं", "Photos updated");
pub const PHOTO_HINT: Tr = Tr::new(
    "अच्छी रोशनी में, साफ़ पृष्ठभूमि पर फ़ोटो खींचें। बड़ी फ़ोटो अपने आप छोटी हो जाती है; फ़ोन की जगह (GPS) जैसी जानकारी हटा दी जाती है। JPEG, PNG या WebP, 20 MB तक, एक उत्पाद पर 8 फ़ोटो तक।",
    "Take photos in good light on a plain background. Large photos are reduced automatically, and details like the phone's location (GPS) are removed. JPEG, PNG or WebP, up to 20 MB, up to 8 photos a listing.",
);

// CSV.
pub const EXPORT: Tr = Tr::new("CSV निकालें", "Export CSV");
pub const EXPORT_HELP: Tr = Tr::new(
    "अपने सभी उत्पाद एक फ़ाइल में: Excel या Google Sheets में खोलें, बदलें और वापस डालें।",
    "All your listings in one file: open it in Excel or Google Sheets, change it and import it back.",
);
pub const DOWNLOAD_CSV: Tr = Tr::new("CSV फ़ाइल डाउनलोड करें", "Download the CSV file");
pub const IMPORT: Tr = Tr::new("CSV डालें", "Import CSV");
pub const IMPORT_HELP: Tr = Tr::new(
    "id वाली पंक्ति उसी उत्पाद को बदलती है; id खाली हो तो नया मसौदा बनता है। ग़लत पंक्ति छोड़ दी जाती है और बताया जाता है क्या ग़लत था; बाक़ी पंक्तियाँ लागू होती हैं।",
    "A row with an id changes that listing; an empty id makes a new draft. A wrong row is skipped and the report says what was wrong; the other rows are applied.",
);
pub const CSV_FILE: Tr = Tr::new("CSV फ़ाइल (UTF-8)", "CSV file (UTF-8)");
pub const COLUMNS: Tr = Tr::new("कॉलम", "Columns");
pub const COLUMNS_HELP: Tr = Tr::new(
    "category में श्रेणी का अंग्रेज़ी नाम (जैसे pickles-jams) लिखें। status केवल पढ़ने के लिए है। दाम रुपये में (जैसे 120.50)।",
    "category takes the category's short name (like pickles-jams). status is for reading only. Prices in rupees (like 120.50).",
);
pub const IMPORT_REPORT: Tr = Tr::new("पिछली CSV का नतीजा", "Import report");
pub const LINE: Tr = Tr::new("पंक्ति", "Line");
pub const RESULT: Tr = Tr::new("नतीजा", "Result");
pub const ROW_CREATED: Tr = Tr::new("नया मसौदा बना", "New draft created");
pub const ROW_UPDATED: Tr = Tr::new("बदला गया", "Updated");
pub const ROW_UNCHANGED: Tr = Tr::new("कोई बदलाव नहीं", "No change");
pub const ROW_BACK_TO_REVIEW: Tr = Tr::new("फिर जाँच में", "back in review");
pub const ROW_REFUSED: Tr = Tr::new("छोड़ी गई", "Skipped");

pub fn import_summary(lang: Lang, applied: usize, refused: usize) -> String {
    match lang {
        Lang::Hi => format!("{applied} पंक्तियाँ लागू हुईं, {refused} में ग़लती थी (वे नहीं बदलीं)।"),
        Lang::En => format!("{applied} rows applied, {refused} had mistakes (nothing changed for them)."),
    }
}

// The review.
pub const REVIEW_QUEUE: Tr = Tr::new("उत्पादों की जाँच", "Listing review");
pub const SENT_AT: Tr = Tr::new("भेजा:", "Sent:");
pub const DECISION: Tr = Tr::new("फ़ैसला", "Decision");
pub const APPROVE: Tr = Tr::new("स्वीकार करें — दुकान पर लाएँ", "Approve — put it on the storefront");
pub const REJECT: Tr = Tr::new("समूह को लौटाएँ", "Send back to the group");
pub const REJECT_BECAUSE: Tr = Tr::new("लौटाने का कारण", "Reason for sending back");
pub const NOTE_FOR_GROUP: Tr = Tr::new("समूह के लिए संदेश", "Note for the group");
pub const REJECT_NOTE_PLACEHOLDER: Tr = Tr::new("क्या सुधारना है, साफ़ शब्दों में", "What to fix, in plain words");
pub const APPROVED_SAVED: Tr = Tr::new("स्वीकार किया: उत्पाद दुकान पर है", "Approved: the listing is live");
pub const REJECTED_SAVED: Tr = Tr::new("समूह को कारण के साथ लौटाया", "Sent back to the group with the reason");
pub const HSN_DIFFERS: Tr = Tr::new("श्रेणी के HSN से अलग", "differs from the category's HSN");

pub fn waiting_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Hi => format!("{n} उत्पाद जाँच की राह देख रहे हैं।"),
        Lang::En if n == 1 => "1 listing is waiting for review.".into(),
        Lang::En => format!("{n} listings are waiting for review."),
    }
}

/// The seller's list: units off the shelf for orders not yet paid.
pub fn held_unpaid(lang: Lang, held: i64) -> String {
    match lang {
        Lang::Hi => format!("{held} नग ऐसे ऑर्डरों के लिए रुके हैं जिनका भुगतान बाक़ी है (भुगतान न हुआ तो स्टॉक में लौटेंगे)"),
        Lang::En => format!("{held} held for orders awaiting payment (back in stock if not paid)"),
    }
}

/// The notice to the group's sellers when a listing goes live.
pub fn approved_notice(title: &Text) -> Text {
    Text::new(
        format!("\"{}\" जाँच में पास हुआ और अब दुकान पर है", title.hi),
        format!("\"{}\" was approved and is now live", title.en),
    )
}

/// The notice to the group's sellers when a listing is sent back, with why.
pub fn rejected_notice(title: &Text, reason: Tr, note: &str) -> Text {
    let with_note = |reason: &str| if note.is_empty() { reason.to_string() } else { format!("{reason} — {note}") };
    Text::new(
        format!("\"{}\" लौटाया गया: {}। सुधारकर फिर भेजें।", title.hi, with_note(reason.hi)),
        format!("\"{}\" was sent back: {}. Correct it and send it again.", title.en, with_note(reason.en)),
    )
}

#[cfg(test)]
mod notice_tests {
    use super::*;

    #[test]
    fn review_notices_name_the_listing_and_the_reason_in_both_languages() {
        let title = Text::new("आम का अचार", "Mango pickle");
        assert!(approved_notice(&title).hi.contains("आम का अचार"));
        assert!(approved_notice(&title).en.contains("now live"));
        let back = rejected_notice(&title, Tr::new("फ़ोटो धुंधली", "Blurred photo"), "");
        assert_eq!(back.en, "\"Mango pickle\" was sent back: Blurred photo. Correct it and send it again.");
        let with_note = rejected_notice(&title, Tr::new("दूसरा", "Other"), "weight missing");
        assert!(with_note.hi.contains("दूसरा — weight missing"));
    }
}
