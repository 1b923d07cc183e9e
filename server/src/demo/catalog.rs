//! The demo's categories and products: the kinds of things SHGs really make,
//! at realistic prices (the group's below the market's), stock and tiers.

use super::art::{Fill, Kind, Palette, Weave};

const fn pal(main: &'static str, second: &'static str, accent: &'static str) -> Palette {
    Palette { main, second, accent }
}

const MANGO: Palette = pal("#f4a23c", "#c1440e", "#2a9d8f");
const LEMON: Palette = pal("#f6d743", "#a7c957", "#bc4749");
const CHILLI: Palette = pal("#c1121f", "#ff7b00", "#386641");
const GREEN_CHILLI: Palette = pal("#6a994e", "#a7c957", "#bc4749");
const AMLA: Palette = pal("#b5c99a", "#718355", "#e76f51");
const HONEY: Palette = pal("#e09f3e", "#9e2a2b", "#335c67");
const CASHEW: Palette = pal("#f2cc8f", "#b5838d", "#3d405b");
const TURMERIC: Palette = pal("#f2a900", "#e76f51", "#264653");
const SPICE: Palette = pal("#9c6644", "#7f5539", "#e9c46a");
const CLEAN_BLUE: Palette = pal("#219ebc", "#8ecae6", "#fb8500");
const NEEM: Palette = pal("#52b788", "#b7e4c7", "#1b4332");
const PHENYL: Palette = pal("#e9ecef", "#90e0ef", "#0077b6");
const PINK: Palette = pal("#f28482", "#f7ede2", "#84a59d");
const COTTON: Palette = pal("#8ecae6", "#ffb703", "#023047");
const PAPER: Palette = pal("#e76f51", "#2a9d8f", "#264653");
const TERRACOTTA: Palette = pal("#c0643f", "#8c3b1e", "#fefae0");
const BAMBOO: Palette = pal("#d4a373", "#a47148", "#606c38");
const GOND: Palette = pal("#e63946", "#1d3557", "#f4a261");
const WOOL: Palette = pal("#9d0208", "#faa307", "#264653");
const WOOL_GREY: Palette = pal("#6c757d", "#e9c46a", "#9d0208");
const CHANDERI: Palette = pal("#f1c0c0", "#d4af37", "#7b2cbf");
const CHANDERI_GREEN: Palette = pal("#b7e4c7", "#d4af37", "#2d6a4f");
const MAHESHWARI: Palette = pal("#5e60ce", "#d4af37", "#ff6b6b");
const MAHESHWARI_RED: Palette = pal("#d00000", "#ffba08", "#3f37c9");
const JUTE: Palette = pal("#c8a165", "#6b4a1f", "#2a9d8f");
const GROUNDNUT: Palette = pal("#e9c46a", "#bc6c25", "#606c38");
const MUSTARD: Palette = pal("#ffc300", "#6a994e", "#9b2226");
const MILLET: Palette = pal("#ddb892", "#7f5539", "#588157");
const MORINGA: Palette = pal("#55a630", "#aacc00", "#007f5f");
const BISCUIT: Palette = pal("#c68b59", "#8a5a44", "#e9c46a");
const GUAVA: Palette = pal("#ef476f", "#95d5b2", "#06d6a0");
const APPLE: Palette = pal("#d62828", "#fcbf49", "#003049");
const GAJAK: Palette = pal("#bc6c25", "#fefae0", "#dda15e");
const PETTICOAT: Palette = pal("#ff8fab", "#fb6f92", "#ffe5ec");
const DAL: Palette = pal("#f9c74f", "#f3722c", "#577590");

pub struct DemoCategory {
    pub slug: &'static str,
    pub parent: Option<&'static str>,
    pub en: &'static str,
    pub hi: &'static str,
    pub hsn: Option<&'static str>,
    pub kind: Kind,
    pub palette: Palette,
}

const fn cat(
    slug: &'static str,
    parent: Option<&'static str>,
    en: &'static str,
    hi: &'static str,
    hsn: Option<&'static str>,
    kind: Kind,
    palette: Palette,
) -> DemoCategory {
    DemoCategory { slug, parent, en, hi, hsn, kind, palette }
}

pub const CATEGORIES: &[DemoCategory] = &[
    cat("food", None, "Food & groceries", "खाद्य सामग्री", None, Kind::Jar(Fill::Chunks), MANGO),
    cat("pickles-jams", Some("food"), "Pickles & jams", "अचार और जैम", Some("2001"), Kind::Jar(Fill::Chunks), LEMON),
    cat(
        "flour-pulses",
        Some("food"),
        "Flour, millets & pulses",
        "आटा, मोटा अनाज और दालें",
        Some("1101"),
        Kind::Sack(Fill::Grains),
        MILLET,
    ),
    cat("oils", Some("food"), "Cooking oils", "खाद्य तेल", Some("1514"), Kind::OilBottle, MUSTARD),
    cat("spices", Some("food"), "Spices", "मसाले", Some("0910"), Kind::Pouch(Fill::Powder), TURMERIC),
    cat(
        "snacks",
        Some("food"),
        "Biscuits, namkeen & sweets",
        "बिस्किट, नमकीन और मिठाई",
        Some("1905"),
        Kind::Carton(Fill::Cookies),
        BISCUIT,
    ),
    cat(
        "honey-dry-fruits",
        Some("food"),
        "Honey & dry fruits",
        "शहद और मेवे",
        Some("0409"),
        Kind::Jar(Fill::Smooth),
        HONEY,
    ),
    cat(
        "health-foods",
        Some("food"),
        "Moringa, amla & herbs",
        "मुनगा, आंवला और जड़ी-बूटी",
        Some("1211"),
        Kind::Pouch(Fill::Herbs),
        MORINGA,
    ),
    cat("home-hygiene", None, "Home & hygiene", "घर और स्वच्छता", None, Kind::PumpBottle, NEEM),
    cat("cleaning", Some("home-hygiene"), "Cleaning", "सफ़ाई", Some("3402"), Kind::CleanerBottle, CLEAN_BLUE),
    cat(
        "personal-care",
        Some("home-hygiene"),
        "Soap, pads & masks",
        "साबुन, पैड और मास्क",
        Some("3401"),
        Kind::Soap,
        NEEM,
    ),
    cat("handloom", None, "Handloom & clothing", "हथकरघा और परिधान", None, Kind::Saree(Weave::Butis), CHANDERI),
    cat(
        "sarees",
        Some("handloom"),
        "Sarees & dupattas",
        "साड़ियाँ और दुपट्टे",
        Some("5007"),
        Kind::Saree(Weave::Butis),
        CHANDERI,
    ),
    cat("shawls", Some("handloom"), "Shawls & stoles", "शॉल और स्टोल", Some("6214"), Kind::Shawl(Weave::Diamonds), WOOL),
    cat(
        "garments",
        Some("handloom"),
        "Petticoats, caps & woollens",
        "पेटीकोट, टोपी और ऊनी वस्त्र",
        Some("6208"),
        Kind::Garment,
        PETTICOAT,
    ),
    cat("crafts", None, "Handicrafts", "हस्तशिल्प", None, Kind::Painting, GOND),
    cat("terracotta", Some("crafts"), "Terracotta", "टेराकोटा", Some("6913"), Kind::Pot, TERRACOTTA),
    cat("bamboo", Some("crafts"), "Bamboo craft", "बाँस शिल्प", Some("4602"), Kind::Basket, BAMBOO),
    cat("tribal-art", Some("crafts"), "Tribal painting", "जनजातीय चित्रकला", Some("9701"), Kind::Painting, GOND),
    cat("bags", Some("crafts"), "Jute & cloth bags", "जूट और कपड़े के थैले", Some("4202"), Kind::Bag(Weave::Jute), JUTE),
    cat("stationery", None, "Stationery & office", "स्टेशनरी और दफ़्तर", None, Kind::Stationery, PAPER),
    cat(
        "office-supplies",
        Some("stationery"),
        "Registers, files & envelopes",
        "रजिस्टर, फ़ाइल और लिफ़ाफ़े",
        Some("4820"),
        Kind::Stationery,
        PAPER,
    ),
];

pub struct DemoProduct {
    pub group: &'static str,
    pub category: &'static str,
    pub slug: &'static str,
    pub en: &'static str,
    pub hi: &'static str,
    pub desc_en: &'static str,
    pub desc_hi: &'static str,
    pub unit_en: &'static str,
    pub unit_hi: &'static str,
    /// Rupees, as a seller would type them.
    pub price: &'static str,
    pub market: &'static str,
    pub hsn: &'static str,
    pub gst: &'static str,
    pub grams: i64,
    pub min_order: i64,
    pub stock: i64,
    /// (minimum quantity, unit price in rupees)
    pub tiers: &'static [(i64, &'static str)],
    pub featured: bool,
    /// What the group can make beyond stock: (units a week, days until the first are ready).
    pub capacity: (i64, i64),
    /// Traders buy whole packs of this many (1: loose units).
    pub pack: i64,
    pub kind: Kind,
    pub palette: Palette,
}

/// Defaults for the fields most products share.
const P: DemoProduct = DemoProduct {
    group: "",
    category: "",
    slug: "",
    en: "",
    hi: "",
    desc_en: "",
    desc_hi: "",
    unit_en: "",
    unit_hi: "",
    price: "",
    market: "",
    hsn: "",
    gst: "5",
    grams: 500,
    min_order: 1,
    stock: 50,
    tiers: &[],
    featured: false,
    capacity: (0, 7),
    pack: 1,
    kind: Kind::Jar(Fill::Chunks),
    palette: MANGO,
};

pub const PRODUCTS: &[DemoProduct] = &[
    // — Maa Durga, Khorpa (Raipur): pickles and amla
    DemoProduct { group: "maa-durga-shg-khorpa", category: "pickles-jams", slug: "mango-pickle-khorpa", en: "Mango pickle (aam ka achar)", hi: "आम का अचार", desc_en: "Raw mangoes from the group's own trees, cut with the stone, cured in the sun for three weeks in cold-pressed mustard oil with hand-ground fennel, fenugreek and red chilli.", desc_hi: "समूह के अपने पेड़ों के कच्चे आम, गुठली समेत कटे, कच्ची घानी के सरसों तेल में हाथ से पिसी सौंफ, मेथी और लाल मिर्च के साथ तीन हफ़्ते धूप में पकाए गए।", unit_en: "500 g glass jar", unit_hi: "500 ग्राम काँच का जार", price: "140", market: "190", hsn: "2001", grams: 780, stock: 80, tiers: &[(12, "130"), (48, "118")], featured: true, kind: Kind::Jar(Fill::Chunks), palette: MANGO, ..P },
    DemoProduct { group: "maa-durga-shg-khorpa", category: "pickles-jams", slug: "lemon-pickle-khorpa", en: "Lemon pickle (nimbu ka achar)", hi: "नींबू का अचार", desc_en: "Whole lemons quartered and matured with salt, turmeric and ajwain until the rind turns soft. Tangy, with very little oil.", desc_hi: "पूरे नींबू चार टुकड़ों में, नमक, हल्दी और अजवाइन के साथ तब तक रखे गए जब तक छिलका नरम न हो जाए। खट्टा-चटपटा, बहुत कम तेल में।", unit_en: "500 g glass jar", unit_hi: "500 ग्राम काँच का जार", price: "120", market: "160", hsn: "2001", grams: 760, stock: 60, tiers: &[(12, "112")], kind: Kind::Jar(Fill::Chunks), palette: LEMON, ..P },
    DemoProduct { group: "maa-durga-shg-khorpa", category: "pickles-jams", slug: "green-chilli-pickle-khorpa", en: "Green chilli pickle", hi: "हरी मिर्च का अचार", desc_en: "Stuffed green chillies with mustard and lemon juice. Hot — a little goes a long way.", desc_hi: "राई और नींबू के रस से भरी हरी मिर्च। तीखा — थोड़ा ही काफ़ी है।", unit_en: "400 g glass jar", unit_hi: "400 ग्राम काँच का जार", price: "110", market: "150", hsn: "2001", grams: 640, stock: 40, kind: Kind::Jar(Fill::Chunks), palette: GREEN_CHILLI, ..P },
    DemoProduct { group: "maa-durga-shg-khorpa", category: "health-foods", slug: "amla-candy-khorpa", en: "Amla candy", hi: "आंवला कैंडी", desc_en: "Indian gooseberry pieces soaked in jaggery syrup and sun-dried. Sweet, tangy and rich in vitamin C; loved by children.", desc_hi: "आंवले के टुकड़े गुड़ की चाशनी में भिगोकर धूप में सुखाए गए। मीठे-खट्टे और विटामिन C से भरपूर; बच्चों की पसंद।", unit_en: "250 g pack", unit_hi: "250 ग्राम पैक", price: "90", market: "130", hsn: "2006", grams: 280, stock: 120, tiers: &[(20, "82"), (100, "75")], featured: true, kind: Kind::Jar(Fill::Candy), palette: AMLA, ..P },
    // — Jai Maa Bamleshwari, Reewa (Raipur): cleaning and soap
    DemoProduct { group: "jai-maa-bamleshwari-shg-reewa", category: "cleaning", slug: "toilet-cleaner-reewa", en: "Toilet cleaner", hi: "टॉयलेट क्लीनर", desc_en: "Thick acid cleaner with an angled neck that reaches under the rim. Removes yellow stains and hard-water deposits. Each batch tested at the block lab.", desc_hi: "गाढ़ा एसिड क्लीनर, मुड़ी गर्दन वाली बोतल जो किनारे के नीचे तक पहुँचे। पीले दाग और खारे पानी की परत हटाता है। हर खेप की ब्लॉक लैब में जाँच।", unit_en: "1 litre bottle", unit_hi: "1 लीटर बोतल", price: "85", market: "120", hsn: "3402", gst: "18", grams: 1150, stock: 200, tiers: &[(24, "78"), (120, "70")], featured: true, kind: Kind::CleanerBottle, palette: CLEAN_BLUE, ..P },
    DemoProduct { group: "jai-maa-bamleshwari-shg-reewa", category: "personal-care", slug: "neem-handwash-reewa", en: "Neem handwash", hi: "नीम हैंडवॉश", desc_en: "Mild liquid handwash with neem and aloe vera. Gentle on hands that wash many times a day.", desc_hi: "नीम और एलोवेरा वाला हल्का तरल हैंडवॉश। दिन में कई बार धुलने वाले हाथों के लिए कोमल।", unit_en: "500 ml pump bottle", unit_hi: "500 मिली पंप बोतल", price: "70", market: "99", hsn: "3401", grams: 560, stock: 150, tiers: &[(24, "64")], capacity: (250, 3), kind: Kind::PumpBottle, palette: NEEM, ..P },
    DemoProduct { group: "jai-maa-bamleshwari-shg-reewa", category: "cleaning", slug: "white-phenyl-5l-reewa", en: "White phenyl floor cleaner", hi: "सफ़ेद फिनाइल", desc_en: "Concentrated white phenyl for floors of schools, hostels and offices. Dilute one capful in a bucket of water.", desc_hi: "स्कूल, छात्रावास और दफ़्तरों के फ़र्श के लिए गाढ़ा सफ़ेद फिनाइल। एक ढक्कन एक बाल्टी पानी में मिलाएँ।", unit_en: "5 litre can", unit_hi: "5 लीटर कैन", price: "240", market: "320", hsn: "3808", gst: "18", grams: 5400, stock: 60, tiers: &[(10, "225"), (50, "210")], kind: Kind::Can, palette: PHENYL, ..P },
    DemoProduct { group: "jai-maa-bamleshwari-shg-reewa", category: "cleaning", slug: "dishwash-gel-reewa", en: "Dishwash gel", hi: "बर्तन धोने का जेल", desc_en: "Lemon dishwash gel that cuts oil on kadhais and tawas without harsh scrubbing.", desc_hi: "नींबू वाला बर्तन धोने का जेल, कड़ाही और तवे की चिकनाई बिना ज़्यादा रगड़े हटाता है।", unit_en: "500 ml bottle", unit_hi: "500 मिली बोतल", price: "60", market: "85", hsn: "3402", gst: "18", grams: 560, stock: 90, kind: Kind::PumpBottle, palette: LEMON, ..P },
    DemoProduct { group: "jai-maa-bamleshwari-shg-reewa", category: "personal-care", slug: "hand-sanitiser-reewa", en: "Hand sanitiser (70% alcohol)", hi: "हैंड सैनिटाइज़र (70% अल्कोहल)", desc_en: "Alcohol-based hand rub to the WHO formula, with glycerine so hands do not dry out.", desc_hi: "WHO के फ़ॉर्मूले पर अल्कोहल आधारित हैंड रब, ग्लिसरीन के साथ ताकि हाथ रूखे न हों।", unit_en: "500 ml bottle", unit_hi: "500 मिली बोतल", price: "95", market: "150", hsn: "3808", gst: "18", grams: 540, stock: 70, tiers: &[(24, "88")], kind: Kind::PumpBottle, palette: CLEAN_BLUE, ..P },
    DemoProduct { group: "jai-maa-bamleshwari-shg-reewa", category: "personal-care", slug: "neem-tulsi-soap-reewa", en: "Neem-tulsi herbal soap (pack of 3)", hi: "नीम-तुलसी हर्बल साबुन (3 का पैक)", desc_en: "Cold-process bathing soap with neem oil and tulsi leaves. No artificial colour.", desc_hi: "नीम तेल और तुलसी पत्तों से बना कोल्ड-प्रोसेस नहाने का साबुन। कोई कृत्रिम रंग नहीं।", unit_en: "3 × 100 g bars", unit_hi: "3 × 100 ग्राम टिकिया", price: "90", market: "135", hsn: "3401", grams: 330, stock: 110, tiers: &[(20, "84")], kind: Kind::Soap, palette: NEEM, ..P },
    // — Pragati, Sankra (Raipur): pads, masks, bags
    DemoProduct { group: "pragati-shg-sankra", category: "personal-care", slug: "sanitary-pads-sankra", en: "Cotton sanitary pads (pack of 8)", hi: "सूती सैनिटरी पैड (8 का पैक)", desc_en: "Soft, absorbent pads made on the group's machine from wood pulp and cotton, individually wrapped.", desc_hi: "समूह की मशीन पर लकड़ी की लुगदी और सूती कपड़े से बने मुलायम, सोखने वाले पैड, हर एक अलग पैक में।", unit_en: "Pack of 8, regular", unit_hi: "8 का पैक, रेगुलर", price: "35", market: "50", hsn: "9619", gst: "0", grams: 150, stock: 400, tiers: &[(50, "32"), (500, "29")], featured: true, kind: Kind::Carton(Fill::Pads), palette: PINK, ..P },
    DemoProduct { group: "pragati-shg-sankra", category: "personal-care", slug: "reusable-cloth-pads-sankra", en: "Reusable cloth pads (set of 3)", hi: "दोबारा इस्तेमाल होने वाले कपड़े के पैड (3 का सेट)", desc_en: "Layered cotton flannel pads with a leak-proof lining and press buttons. Washable for a year of use.", desc_hi: "परतदार सूती फ़लालैन के पैड, रिसाव-रोधी परत और बटन के साथ। धोकर एक साल तक इस्तेमाल।", unit_en: "Set of 3", unit_hi: "3 का सेट", price: "180", market: "250", hsn: "9619", gst: "0", grams: 120, stock: 45, kind: Kind::Carton(Fill::Pads), palette: PINK, ..P },
    DemoProduct { group: "pragati-shg-sankra", category: "personal-care", slug: "cotton-masks-sankra", en: "Three-layer cotton masks (pack of 5)", hi: "तीन परत वाले सूती मास्क (5 का पैक)", desc_en: "Washable three-layer cotton masks with soft ear loops and a nose pleat.", desc_hi: "धोने योग्य तीन परत वाले सूती मास्क, मुलायम कान के फंदे और नाक की चुन्नट के साथ।", unit_en: "Pack of 5", unit_hi: "5 का पैक", price: "60", market: "100", hsn: "6307", grams: 90, stock: 300, tiers: &[(50, "55"), (500, "48")], kind: Kind::Carton(Fill::Masks), palette: COTTON, ..P },
    DemoProduct { group: "pragati-shg-sankra", category: "bags", slug: "cloth-shopping-bag-sankra", en: "Printed cotton shopping bag", hi: "छपा हुआ सूती थैला", desc_en: "Sturdy cotton bag with double-stitched handles; carries 8 kg of vegetables. Folds into a pocket.", desc_hi: "दोहरी सिलाई वाले हत्थों का मज़बूत सूती थैला; 8 किलो सब्ज़ी उठा ले। तह करके जेब में आ जाए।", unit_en: "1 bag, 40 × 35 cm", unit_hi: "1 थैला, 40 × 35 सेमी", price: "45", market: "70", hsn: "4202", grams: 110, stock: 250, tiers: &[(100, "40")], kind: Kind::Bag(Weave::Print), palette: COTTON, ..P },
    // — Ujala, Khapri (Raipur): stationery
    DemoProduct { group: "ujala-shg-khapri", category: "office-supplies", slug: "file-folders-khapri", en: "Office file folders (pack of 10)", hi: "ऑफ़िस फ़ाइल फ़ोल्डर (10 का पैक)", desc_en: "Hard-board file covers with a metal clip and cotton tie, the kind every government office uses.", desc_hi: "धातु की क्लिप और सूती फ़ीते वाले मोटे गत्ते के फ़ाइल कवर, जैसे हर सरकारी दफ़्तर में चलते हैं।", unit_en: "Pack of 10", unit_hi: "10 का पैक", price: "150", market: "220", hsn: "4820", gst: "18", grams: 1200, stock: 300, tiers: &[(10, "140"), (50, "125")], capacity: (200, 6), kind: Kind::Stationery, palette: PAPER, ..P },
    DemoProduct { group: "ujala-shg-khapri", category: "office-supplies", slug: "long-register-khapri", en: "Long register, 200 pages", hi: "लंबा रजिस्टर, 200 पृष्ठ", desc_en: "Ruled long-book register with a cloth-bound spine for stock, attendance and cash books.", desc_hi: "स्टॉक, हाज़िरी और कैश-बुक के लिए कपड़े की जिल्द वाला लाइनदार लंबा रजिस्टर।", unit_en: "1 register, 200 pages", unit_hi: "1 रजिस्टर, 200 पृष्ठ", price: "85", market: "120", hsn: "4820", gst: "0", grams: 650, stock: 180, tiers: &[(25, "79"), (100, "72")], kind: Kind::Stationery, palette: pal("#3a86ff", "#8338ec", "#ffbe0b"), ..P },
    DemoProduct { group: "ujala-shg-khapri", category: "office-supplies", slug: "brown-envelopes-khapri", en: "Brown envelopes A4 (pack of 50)", hi: "भूरे लिफ़ाफ़े A4 (50 का पैक)", desc_en: "Strong kraft-paper envelopes for A4 documents, gummed flap.", desc_hi: "A4 काग़ज़ों के लिए मज़बूत क्राफ़्ट पेपर के लिफ़ाफ़े, गोंद वाले फ़्लैप के साथ।", unit_en: "Pack of 50", unit_hi: "50 का पैक", price: "120", market: "170", hsn: "4817", gst: "18", grams: 900, stock: 140, kind: Kind::Stationery, palette: pal("#bc6c25", "#dda15e", "#283618"), ..P },
    // — Bastar Kala, Nangur: painting, bamboo, terracotta
    DemoProduct { group: "bastar-kala-shg-nangur", category: "tribal-art", slug: "tree-of-life-painting-nangur", en: "Tree of life — tribal painting", hi: "जीवन-वृक्ष — जनजातीय चित्र", desc_en: "Acrylic on canvas, 12 × 16 inches, in the dot-and-line style of Bastar. Signed on the back by the painter.", desc_hi: "कैनवास पर एक्रेलिक, 12 × 16 इंच, बस्तर की बिंदु-रेखा शैली में। पीछे चित्रकार के हस्ताक्षर।", unit_en: "1 painting, 12 × 16 in, unframed", unit_hi: "1 चित्र, 12 × 16 इंच, बिना फ़्रेम", price: "1800", market: "2600", hsn: "9701", grams: 600, stock: 6, featured: true, kind: Kind::Painting, palette: GOND, ..P },
    DemoProduct { group: "bastar-kala-shg-nangur", category: "tribal-art", slug: "peacock-painting-nangur", en: "Dancing peacock — tribal painting", hi: "नाचता मोर — जनजातीय चित्र", desc_en: "Acrylic on canvas, 10 × 12 inches: a peacock among mahua flowers.", desc_hi: "कैनवास पर एक्रेलिक, 10 × 12 इंच: महुआ के फूलों के बीच मोर।", unit_en: "1 painting, 10 × 12 in", unit_hi: "1 चित्र, 10 × 12 इंच", price: "1200", market: "1800", hsn: "9701", grams: 450, stock: 0, kind: Kind::Painting, palette: pal("#2a9d8f", "#264653", "#e9c46a"), ..P },
    DemoProduct { group: "bastar-kala-shg-nangur", category: "bamboo", slug: "bamboo-table-lamp-nangur", en: "Bamboo table lamp", hi: "बाँस का टेबल लैंप", desc_en: "Hand-split bamboo shade on a turned base, wired for an LED bulb. Throws a warm, patterned light.", desc_hi: "हाथ से चीरे बाँस की छतरी, खराद वाले आधार पर, LED बल्ब के लिए तार सहित। गर्म, नक़्क़ाशीदार रोशनी।", unit_en: "1 lamp, 35 cm tall", unit_hi: "1 लैंप, 35 सेमी ऊँचा", price: "650", market: "950", hsn: "4602", grams: 700, stock: 15, kind: Kind::Lamp, palette: BAMBOO, ..P },
    DemoProduct { group: "bastar-kala-shg-nangur", category: "bamboo", slug: "bamboo-fruit-basket-nangur", en: "Bamboo fruit basket", hi: "बाँस की फल टोकरी", desc_en: "Tightly woven round basket for fruit or bread, 30 cm across.", desc_hi: "फल या रोटी के लिए कसकर बुनी गोल टोकरी, 30 सेमी चौड़ी।", unit_en: "1 basket, 30 cm", unit_hi: "1 टोकरी, 30 सेमी", price: "280", market: "400", hsn: "4602", grams: 350, stock: 30, tiers: &[(10, "255")], kind: Kind::Basket, palette: BAMBOO, ..P },
    DemoProduct { group: "bastar-kala-shg-nangur", category: "terracotta", slug: "terracotta-diyas-nangur", en: "Terracotta diyas (set of 12)", hi: "टेराकोटा दीये (12 का सेट)", desc_en: "Hand-thrown clay lamps fired in the village kiln, painted with rice-paste white.", desc_hi: "गाँव के भट्ठे में पकाए हाथ से बने मिट्टी के दीये, चावल के लेप से सफ़ेद चित्रकारी।", unit_en: "Set of 12", unit_hi: "12 का सेट", price: "150", market: "220", hsn: "6913", grams: 900, stock: 4, kind: Kind::Diyas, palette: TERRACOTTA, ..P },
    DemoProduct { group: "bastar-kala-shg-nangur", category: "terracotta", slug: "terracotta-planters-nangur", en: "Painted terracotta planters (pair)", hi: "चित्रित टेराकोटा गमले (जोड़ी)", desc_en: "Two round planters with drainage holes, painted with Bastar motifs.", desc_hi: "पानी निकलने के छेद वाले दो गोल गमले, बस्तर के चित्रों से सजे।", unit_en: "Pair, 15 cm", unit_hi: "जोड़ी, 15 सेमी", price: "380", market: "550", hsn: "6913", grams: 2200, stock: 18, kind: Kind::Pot, palette: TERRACOTTA, ..P },
    // — Van Dhan, Karanji (Bastar): forest produce
    DemoProduct { group: "van-dhan-shg-karanji", category: "honey-dry-fruits", slug: "wild-forest-honey-karanji", en: "Wild forest honey", hi: "जंगली शहद", desc_en: "Multi-flower honey from wild rock-bee combs, harvested without killing the colony, filtered through cloth, never heated.", desc_hi: "जंगली मधुमक्खियों के छत्तों से, छत्ता नष्ट किए बिना निकाला गया बहु-पुष्प शहद, कपड़े से छना, कभी गरम नहीं किया।", unit_en: "500 g glass jar", unit_hi: "500 ग्राम काँच का जार", price: "260", market: "350", hsn: "0409", grams: 720, stock: 70, tiers: &[(12, "245"), (48, "230")], featured: true, kind: Kind::Jar(Fill::Smooth), palette: HONEY, ..P },
    DemoProduct { group: "van-dhan-shg-karanji", category: "honey-dry-fruits", slug: "bastar-cashew-karanji", en: "Bastar cashew, whole W240", hi: "बस्तर काजू, साबुत W240", desc_en: "Large whole cashews from Bastar's plantations, shelled and graded by hand.", desc_hi: "बस्तर के बाग़ानों के बड़े साबुत काजू, हाथ से छिले और छाँटे गए।", unit_en: "500 g pouch", unit_hi: "500 ग्राम पाउच", price: "480", market: "620", hsn: "0801", grams: 520, stock: 50, tiers: &[(10, "455")], kind: Kind::Pouch(Fill::Nuts), palette: CASHEW, ..P },
    DemoProduct { group: "van-dhan-shg-karanji", category: "snacks", slug: "mahua-laddoo-karanji", en: "Mahua laddoo", hi: "महुआ लड्डू", desc_en: "Laddoos of dried mahua flower, roasted sesame and jaggery — a Bastar winter sweet.", desc_hi: "सूखे महुआ फूल, भुने तिल और गुड़ के लड्डू — बस्तर की सर्दियों की मिठाई।", unit_en: "250 g box", unit_hi: "250 ग्राम डिब्बा", price: "120", market: "160", hsn: "2106", grams: 300, stock: 35, kind: Kind::Carton(Fill::Cookies), palette: GAJAK, ..P },
    DemoProduct { group: "van-dhan-shg-karanji", category: "spices", slug: "deseeded-tamarind-karanji", en: "Deseeded tamarind", hi: "बीज रहित इमली", desc_en: "Forest tamarind, seeds and fibre removed by hand, pressed into a block.", desc_hi: "जंगल की इमली, बीज और रेशे हाथ से निकाले, ब्लॉक में दबाई हुई।", unit_en: "500 g block", unit_hi: "500 ग्राम ब्लॉक", price: "90", market: "130", hsn: "0813", grams: 520, stock: 80, kind: Kind::Pouch(Fill::Chunks), palette: pal("#7f4f24", "#b08968", "#ddb892"), ..P },
    DemoProduct { group: "van-dhan-shg-karanji", category: "health-foods", slug: "giloy-powder-karanji", en: "Giloy stem powder", hi: "गिलोय चूर्ण", desc_en: "Stems of giloy (Tinospora) gathered from neem trees, shade-dried and finely ground.", desc_hi: "नीम के पेड़ों पर चढ़ी गिलोय के तने, छाया में सुखाकर बारीक पीसे गए।", unit_en: "100 g pouch", unit_hi: "100 ग्राम पाउच", price: "80", market: "120", hsn: "1211", grams: 120, stock: 60, kind: Kind::Pouch(Fill::Herbs), palette: pal("#588157", "#a3b18a", "#344e41"), ..P },
    DemoProduct { group: "van-dhan-shg-karanji", category: "health-foods", slug: "ashwagandha-powder-karanji", en: "Ashwagandha root powder", hi: "अश्वगंधा चूर्ण", desc_en: "Dried ashwagandha roots, cleaned and stone-ground.", desc_hi: "सूखी अश्वगंधा जड़ें, साफ़ करके पत्थर पर पीसी गईं।", unit_en: "100 g pouch", unit_hi: "100 ग्राम पाउच", price: "140", market: "200", hsn: "1211", grams: 120, stock: 3, kind: Kind::Pouch(Fill::Powder), palette: pal("#ddb892", "#7f5539", "#6a994e"), ..P },
    // — Himalayan Naari, Jahu (Hamirpur): hill pickles and flour
    DemoProduct { group: "himalayan-naari-shg-jahu", category: "pickles-jams", slug: "lingdu-pickle-jahu", en: "Lingdu (fiddlehead fern) pickle", hi: "लिंगड़ का अचार", desc_en: "Young fern shoots from the hill streams, pickled with mustard and garlic: a Himachal delicacy made only in the monsoon.", desc_hi: "पहाड़ी नालों के किनारे उगे लिंगड़ के कोमल अंकुर, राई और लहसुन के साथ: केवल बरसात में बनने वाला हिमाचली व्यंजन।", unit_en: "400 g glass jar", unit_hi: "400 ग्राम काँच का जार", price: "180", market: "240", hsn: "2001", grams: 640, stock: 25, kind: Kind::Jar(Fill::Herbs), palette: pal("#606c38", "#283618", "#dda15e"), ..P },
    DemoProduct { group: "himalayan-naari-shg-jahu", category: "pickles-jams", slug: "galgal-pickle-jahu", en: "Galgal (hill lemon) pickle", hi: "गलगल का अचार", desc_en: "The big, thick-skinned hill lemon, pickled sweet-and-sour with jaggery.", desc_hi: "मोटे छिलके वाला बड़ा पहाड़ी नींबू, गुड़ के साथ खट्टा-मीठा अचार।", unit_en: "500 g glass jar", unit_hi: "500 ग्राम काँच का जार", price: "150", market: "200", hsn: "2001", grams: 760, stock: 3, kind: Kind::Jar(Fill::Chunks), palette: LEMON, ..P },
    DemoProduct { group: "himalayan-naari-shg-jahu", category: "pickles-jams", slug: "apple-jam-jahu", en: "Apple jam", hi: "सेब का जैम", desc_en: "Jam of Himachal apples with a little lemon, cooked in small pans.", desc_hi: "हिमाचली सेब का जैम, थोड़े नींबू के साथ छोटी कड़ाहियों में पकाया गया।", unit_en: "450 g glass jar", unit_hi: "450 ग्राम काँच का जार", price: "150", market: "200", hsn: "2007", grams: 700, stock: 40, kind: Kind::Jar(Fill::Smooth), palette: APPLE, ..P },
    DemoProduct { group: "himalayan-naari-shg-jahu", category: "flour-pulses", slug: "multigrain-atta-jahu", en: "Pahadi multigrain atta", hi: "पहाड़ी मल्टीग्रेन आटा", desc_en: "Stone-ground flour of wheat, barley, maize and ragi from terraced fields. Makes soft, filling rotis.", desc_hi: "सीढ़ीदार खेतों के गेहूँ, जौ, मक्का और रागी का चक्की-पिसा आटा। नरम, पेट भरने वाली रोटियाँ।", unit_en: "5 kg bag", unit_hi: "5 किलो थैला", price: "320", market: "400", hsn: "1101", grams: 5100, stock: 40, tiers: &[(10, "300")], kind: Kind::Sack(Fill::Grains), palette: MILLET, ..P },
    DemoProduct { group: "himalayan-naari-shg-jahu", category: "flour-pulses", slug: "red-rajma-jahu", en: "Red rajma (hill kidney beans)", hi: "लाल राजमा (पहाड़ी)", desc_en: "Small red rajma from the hills that cooks soft and creamy.", desc_hi: "पहाड़ का छोटा लाल राजमा, जो नरम और मलाईदार पकता है।", unit_en: "1 kg pouch", unit_hi: "1 किलो पाउच", price: "180", market: "220", hsn: "0713", grams: 1020, stock: 55, kind: Kind::Pouch(Fill::Nuts), palette: pal("#9d0208", "#dc2f02", "#ffba08"), ..P },
    // — Sujanpur Mahila Mandal, Tira (Hamirpur): bakery
    DemoProduct { group: "sujanpur-mahila-mandal-tira", category: "snacks", slug: "ragi-biscuits-tira", en: "Ragi biscuits", hi: "रागी बिस्किट", desc_en: "Crisp biscuits of ragi and whole wheat, sweetened with jaggery, baked in a wood-fired oven.", desc_hi: "रागी और गेहूँ के आटे के कुरकुरे बिस्किट, गुड़ की मिठास, लकड़ी की भट्ठी में सिके।", unit_en: "200 g pack", unit_hi: "200 ग्राम पैक", price: "60", market: "85", hsn: "1905", grams: 230, stock: 150, tiers: &[(24, "55")], kind: Kind::Carton(Fill::Cookies), palette: BISCUIT, ..P },
    DemoProduct { group: "sujanpur-mahila-mandal-tira", category: "snacks", slug: "atta-jaggery-biscuits-tira", en: "Atta-jaggery biscuits", hi: "आटा-गुड़ बिस्किट", desc_en: "Whole-wheat biscuits with jaggery and a pinch of cardamom. No maida.", desc_hi: "गुड़ और चुटकी भर इलायची वाले गेहूँ के आटे के बिस्किट। बिना मैदा।", unit_en: "400 g pack", unit_hi: "400 ग्राम पैक", price: "90", market: "120", hsn: "1905", grams: 440, stock: 90, kind: Kind::Carton(Fill::Cookies), palette: pal("#a47148", "#6f4518", "#ffe8d6"), ..P },
    DemoProduct { group: "sujanpur-mahila-mandal-tira", category: "pickles-jams", slug: "guava-jam-tira", en: "Guava jam", hi: "अमरूद का जैम", desc_en: "Pink guava jam, thick and fragrant, with no added colour.", desc_hi: "गुलाबी अमरूद का गाढ़ा, ख़ुशबूदार जैम, बिना रंग मिलाए।", unit_en: "450 g glass jar", unit_hi: "450 ग्राम काँच का जार", price: "130", market: "175", hsn: "2007", grams: 700, stock: 45, kind: Kind::Jar(Fill::Smooth), palette: GUAVA, ..P },
    DemoProduct { group: "sujanpur-mahila-mandal-tira", category: "snacks", slug: "mathri-tira", en: "Ajwain mathri", hi: "अजवाइन मठरी", desc_en: "Flaky fried mathri with carom seeds, for tea time.", desc_hi: "चाय के साथ अजवाइन वाली खस्ता मठरी।", unit_en: "250 g pack", unit_hi: "250 ग्राम पैक", price: "70", market: "100", hsn: "2106", grams: 280, stock: 70, kind: Kind::Carton(Fill::Cookies), palette: pal("#e9c46a", "#f4a261", "#264653"), ..P },
    // — Gaura Devi, Jagatsukh (Kullu): wool
    DemoProduct { group: "gaura-devi-shg-jagatsukh", category: "shawls", slug: "kullu-shawl-jagatsukh", en: "Kullu shawl, pure wool", hi: "कुल्लू शॉल, शुद्ध ऊन", desc_en: "Handwoven on a pit loom from local sheep wool, with the valley's geometric border in eight colours. About a week's work.", desc_hi: "स्थानीय भेड़ की ऊन से खड्डी पर हाथ से बुनी, घाटी के आठ रंगों वाले ज्यामितीय बॉर्डर के साथ। लगभग एक हफ़्ते का काम।", unit_en: "1 shawl, 100 × 200 cm", unit_hi: "1 शॉल, 100 × 200 सेमी", price: "2400", market: "3500", hsn: "6214", grams: 450, stock: 12, featured: true, kind: Kind::Shawl(Weave::Diamonds), palette: WOOL, ..P },
    DemoProduct { group: "gaura-devi-shg-jagatsukh", category: "shawls", slug: "kullu-stole-jagatsukh", en: "Kullu stole", hi: "कुल्लू स्टोल", desc_en: "Lighter woollen stole with a narrow Kullu border, for autumn evenings.", desc_hi: "पतले कुल्लू बॉर्डर वाला हल्का ऊनी स्टोल, शरद की शामों के लिए।", unit_en: "1 stole, 70 × 200 cm", unit_hi: "1 स्टोल, 70 × 200 सेमी", price: "950", market: "1400", hsn: "6214", grams: 220, stock: 20, kind: Kind::Shawl(Weave::Stripes), palette: WOOL_GREY, ..P },
    DemoProduct { group: "gaura-devi-shg-jagatsukh", category: "garments", slug: "woollen-socks-jagatsukh", en: "Hand-knitted woollen socks", hi: "हाथ से बुने ऊनी मोज़े", desc_en: "Thick socks knitted from hand-spun wool. One size fits most adults.", desc_hi: "हाथ से कती ऊन के मोटे मोज़े। ज़्यादातर वयस्कों के नाप के।", unit_en: "1 pair", unit_hi: "1 जोड़ी", price: "250", market: "350", hsn: "6115", grams: 120, stock: 60, tiers: &[(12, "230")], kind: Kind::Cap, palette: WOOL_GREY, ..P },
    DemoProduct { group: "gaura-devi-shg-jagatsukh", category: "garments", slug: "kullu-cap-jagatsukh", en: "Kullu cap (topi)", hi: "कुल्लू टोपी", desc_en: "The round Kullu cap with a woven band in front, lined with cotton.", desc_hi: "आगे बुनी पट्टी वाली गोल कुल्लू टोपी, सूती अस्तर के साथ।", unit_en: "1 cap", unit_hi: "1 टोपी", price: "350", market: "500", hsn: "6505", grams: 90, stock: 30, kind: Kind::Cap, palette: WOOL, ..P },
    // — Shivani, Kangoo (Hamirpur): spices (unregistered)
    DemoProduct { group: "shivani-shg-kangoo", category: "spices", slug: "turmeric-powder-kangoo", en: "Turmeric powder", hi: "हल्दी पाउडर", desc_en: "Rooftop-dried turmeric, ground in small lots for a deep colour and strong aroma.", desc_hi: "छत पर सुखाई हल्दी, गहरे रंग और तेज़ ख़ुशबू के लिए थोड़ी-थोड़ी मात्रा में पिसी।", unit_en: "200 g pouch", unit_hi: "200 ग्राम पाउच", price: "60", market: "80", hsn: "0910", grams: 220, stock: 200, tiers: &[(50, "55")], capacity: (300, 4), kind: Kind::Pouch(Fill::Powder), palette: TURMERIC, ..P },
    DemoProduct { group: "shivani-shg-kangoo", category: "spices", slug: "red-chilli-powder-kangoo", en: "Red chilli powder", hi: "लाल मिर्च पाउडर", desc_en: "Medium-hot chilli powder with a bright colour.", desc_hi: "चटक रंग वाला मध्यम तीखा मिर्च पाउडर।", unit_en: "200 g pouch", unit_hi: "200 ग्राम पाउच", price: "70", market: "95", hsn: "0904", grams: 220, stock: 160, kind: Kind::Pouch(Fill::Powder), palette: CHILLI, ..P },
    DemoProduct { group: "shivani-shg-kangoo", category: "spices", slug: "garam-masala-kangoo", en: "Garam masala", hi: "गरम मसाला", desc_en: "Our family blend of eleven whole spices, roasted and ground together.", desc_hi: "ग्यारह साबुत मसालों का हमारा पारिवारिक मिश्रण, एक साथ भूनकर पीसा।", unit_en: "100 g pouch", unit_hi: "100 ग्राम पाउच", price: "65", market: "90", hsn: "0910", grams: 120, stock: 90, kind: Kind::Pouch(Fill::Powder), palette: SPICE, ..P },
    DemoProduct { group: "shivani-shg-kangoo", category: "spices", slug: "coriander-powder-kangoo", en: "Coriander powder", hi: "धनिया पाउडर", desc_en: "Fresh-smelling coriander powder from this season's seed.", desc_hi: "इस मौसम के बीज का ताज़ी ख़ुशबू वाला धनिया पाउडर।", unit_en: "200 g pouch", unit_hi: "200 ग्राम पाउच", price: "50", market: "70", hsn: "0909", grams: 220, stock: 120, kind: Kind::Pouch(Fill::Powder), palette: pal("#a3b18a", "#588157", "#dda15e"), ..P },
    // — Ekta, Tighra (Gwalior): oil, besan, gajak
    DemoProduct { group: "ekta-shg-tighra", category: "flour-pulses", slug: "chana-besan-tighra", en: "Chana besan", hi: "चना बेसन", desc_en: "Fine gram flour milled from desi chana at the group's own chakki.", desc_hi: "समूह की अपनी चक्की पर देसी चने से पिसा बारीक बेसन।", unit_en: "1 kg pack", unit_hi: "1 किलो पैक", price: "105", market: "130", hsn: "1106", grams: 1030, stock: 150, tiers: &[(25, "98"), (100, "92")], kind: Kind::Sack(Fill::Powder), palette: DAL, ..P },
    DemoProduct { group: "ekta-shg-tighra", category: "oils", slug: "groundnut-oil-tighra", en: "Cold-pressed groundnut oil", hi: "कच्ची घानी मूँगफली तेल", desc_en: "Groundnut oil pressed slowly in a wooden ghani and settled for a week, never refined.", desc_hi: "लकड़ी की घानी में धीरे-धीरे पेरा और एक हफ़्ता निथारा मूँगफली का तेल, कभी रिफ़ाइंड नहीं।", unit_en: "1 litre bottle", unit_hi: "1 लीटर बोतल", price: "230", market: "290", hsn: "1508", grams: 980, stock: 65, tiers: &[(12, "218")], featured: true, kind: Kind::OilBottle, palette: GROUNDNUT, ..P },
    DemoProduct { group: "ekta-shg-tighra", category: "snacks", slug: "til-gajak-tighra", en: "Til gajak", hi: "तिल गजक", desc_en: "Gwalior's winter sweet: roasted sesame beaten into jaggery, thin and crisp.", desc_hi: "ग्वालियर की सर्दियों की मिठाई: भुने तिल गुड़ में कूटकर, पतली और कुरकुरी।", unit_en: "400 g box", unit_hi: "400 ग्राम डिब्बा", price: "160", market: "220", hsn: "1704", grams: 450, stock: 45, kind: Kind::Carton(Fill::Cookies), palette: GAJAK, ..P },
    DemoProduct { group: "ekta-shg-tighra", category: "snacks", slug: "namkeen-mixture-tighra", en: "Namkeen mixture", hi: "नमकीन मिक्सचर", desc_en: "Sev, boondi, peanuts and curry leaves fried in groundnut oil.", desc_hi: "मूँगफली तेल में तले सेव, बूँदी, मूँगफली और करी पत्ते।", unit_en: "400 g pack", unit_hi: "400 ग्राम पैक", price: "90", market: "120", hsn: "2106", grams: 430, stock: 75, kind: Kind::Pouch(Fill::Sev), palette: pal("#f8961e", "#f9c74f", "#90be6d"), ..P },
    // — Shakti, Bilaua (Gwalior): petticoats and bags (unregistered)
    DemoProduct { group: "shakti-shg-bilaua", category: "garments", slug: "cotton-petticoat-bilaua", en: "Cotton petticoat, six-panel", hi: "सूती पेटीकोट, छह कली", desc_en: "Six-panel cotton petticoat with a strong drawstring, in 30 colours to match any saree. Sizes S to XXL.", desc_hi: "मज़बूत नाड़े वाला छह कली का सूती पेटीकोट, हर साड़ी से मिलते 30 रंगों में। नाप S से XXL।", unit_en: "1 petticoat", unit_hi: "1 पेटीकोट", price: "220", market: "320", hsn: "6208", grams: 260, stock: 600, tiers: &[(20, "200"), (100, "185"), (500, "170")], featured: true, capacity: (400, 5), kind: Kind::Garment, palette: PETTICOAT, ..P },
    DemoProduct { group: "shakti-shg-bilaua", category: "garments", slug: "shaper-petticoat-bilaua", en: "Shaper petticoat, cotton-lycra", hi: "शेपर पेटीकोट, कॉटन-लाइक्रा", desc_en: "Fish-cut shaper petticoat that makes a saree fall smoothly.", desc_hi: "फ़िश-कट शेपर पेटीकोट, जिससे साड़ी का गिराव सुंदर आता है।", unit_en: "1 petticoat", unit_hi: "1 पेटीकोट", price: "280", market: "400", hsn: "6208", grams: 240, stock: 120, tiers: &[(20, "260")], kind: Kind::Garment, palette: pal("#cdb4db", "#a2d2ff", "#ffafcc"), ..P },
    DemoProduct { group: "shakti-shg-bilaua", category: "bags", slug: "jute-shopping-bag-bilaua", en: "Jute shopping bag", hi: "जूट का थैला", desc_en: "Laminated jute bag with cotton handles and a gusset; stands up on its own.", desc_hi: "सूती हत्थों और चौड़े तले वाला लैमिनेटेड जूट थैला; अपने आप खड़ा रहता है।", unit_en: "1 bag, 40 × 38 cm", unit_hi: "1 थैला, 40 × 38 सेमी", price: "120", market: "180", hsn: "4202", grams: 300, stock: 220, tiers: &[(50, "108"), (250, "98")], kind: Kind::Bag(Weave::Jute), palette: JUTE, ..P },
    DemoProduct { group: "shakti-shg-bilaua", category: "bags", slug: "jute-office-bag-bilaua", en: "Jute office bag with zip", hi: "ज़िप वाला जूट ऑफ़िस बैग", desc_en: "Padded jute bag with zip, inner pockets and a shoulder strap; fits a 14-inch laptop.", desc_hi: "ज़िप, भीतरी जेबों और कंधे की पट्टी वाला गद्दीदार जूट बैग; 14 इंच लैपटॉप आ जाए।", unit_en: "1 bag", unit_hi: "1 बैग", price: "450", market: "650", hsn: "4202", grams: 650, stock: 40, tiers: &[(10, "420")], kind: Kind::Bag(Weave::Jute), palette: pal("#a68a64", "#582f0e", "#936639"), ..P },
    // — Chanderi Bunkar, Pranpur (Ashoknagar)
    DemoProduct { group: "chanderi-bunkar-shg-pranpur", category: "sarees", slug: "chanderi-silk-cotton-saree-pranpur", en: "Chanderi silk-cotton saree with zari butis", hi: "ज़री बूटी वाली चंदेरी सिल्क-कॉटन साड़ी", desc_en: "Sheer silk-cotton saree with hand-inserted zari butis and a gold border, with blouse piece. Dry clean.", desc_hi: "हाथ से डाली ज़री बूटियों और सुनहरे बॉर्डर वाली झीनी सिल्क-कॉटन साड़ी, ब्लाउज़ पीस सहित। ड्राई क्लीन करें।", unit_en: "1 saree, 6.3 m with blouse piece", unit_hi: "1 साड़ी, 6.3 मीटर ब्लाउज़ पीस सहित", price: "3200", market: "4800", hsn: "5007", grams: 550, stock: 8, featured: true, kind: Kind::Saree(Weave::Butis), palette: CHANDERI, ..P },
    DemoProduct { group: "chanderi-bunkar-shg-pranpur", category: "sarees", slug: "chanderi-cotton-saree-pranpur", en: "Chanderi cotton saree", hi: "चंदेरी कॉटन साड़ी", desc_en: "Light everyday Chanderi in fine cotton with a woven temple border.", desc_hi: "महीन सूत की हल्की रोज़मर्रा चंदेरी, बुने मंदिर बॉर्डर के साथ।", unit_en: "1 saree, 6.3 m", unit_hi: "1 साड़ी, 6.3 मीटर", price: "1900", market: "2700", hsn: "5208", grams: 480, stock: 14, kind: Kind::Saree(Weave::Stripes), palette: CHANDERI_GREEN, ..P },
    DemoProduct { group: "chanderi-bunkar-shg-pranpur", category: "sarees", slug: "chanderi-dupatta-pranpur", en: "Chanderi dupatta", hi: "चंदेरी दुपट्टा", desc_en: "Silk-cotton dupatta with zari butis all over.", desc_hi: "पूरे में ज़री बूटियों वाला सिल्क-कॉटन दुपट्टा।", unit_en: "1 dupatta, 2.5 m", unit_hi: "1 दुपट्टा, 2.5 मीटर", price: "750", market: "1100", hsn: "6214", grams: 150, stock: 25, kind: Kind::Shawl(Weave::Butis), palette: CHANDERI, ..P },
    // — Narmada, Jalkoti (Khargone)
    DemoProduct { group: "narmada-shg-jalkoti", category: "sarees", slug: "maheshwari-saree-jalkoti", en: "Maheshwari saree, reversible border", hi: "महेश्वरी साड़ी, उलटा-सीधा बॉर्डर", desc_en: "Cotton-silk Maheshwari with the reversible 'bugdi' border that looks the same on both sides.", desc_hi: "दोनों तरफ़ एक जैसे दिखने वाले 'बुगड़ी' बॉर्डर की कॉटन-सिल्क महेश्वरी साड़ी।", unit_en: "1 saree, 6 m with blouse piece", unit_hi: "1 साड़ी, 6 मीटर ब्लाउज़ पीस सहित", price: "2400", market: "3400", hsn: "5007", grams: 500, stock: 10, featured: true, kind: Kind::Saree(Weave::Stripes), palette: MAHESHWARI, ..P },
    DemoProduct { group: "narmada-shg-jalkoti", category: "sarees", slug: "maheshwari-checks-saree-jalkoti", en: "Maheshwari saree in checks", hi: "चौख़ाने वाली महेश्वरी साड़ी", desc_en: "Small checks in red and gold, the classic Maheshwar look.", desc_hi: "लाल और सुनहरे छोटे चौख़ाने — महेश्वर की पारंपरिक छटा।", unit_en: "1 saree, 6 m", unit_hi: "1 साड़ी, 6 मीटर", price: "2100", market: "3000", hsn: "5007", grams: 490, stock: 7, kind: Kind::Saree(Weave::Checks), palette: MAHESHWARI_RED, ..P },
    DemoProduct { group: "narmada-shg-jalkoti", category: "shawls", slug: "maheshwari-stole-jalkoti", en: "Maheshwari stole", hi: "महेश्वरी स्टोल", desc_en: "Cotton-silk stole with a zari stripe.", desc_hi: "ज़री की धारी वाला कॉटन-सिल्क स्टोल।", unit_en: "1 stole, 2 m", unit_hi: "1 स्टोल, 2 मीटर", price: "650", market: "950", hsn: "6214", grams: 120, stock: 22, kind: Kind::Shawl(Weave::Stripes), palette: MAHESHWARI, ..P },
    // — Nimar Kisan Didi, Nimrani (Khargone)
    DemoProduct { group: "nimar-kisan-didi-shg-nimrani", category: "spices", slug: "whole-red-chilli-nimrani", en: "Khargone whole red chilli", hi: "खरगोन की साबुत लाल मिर्च", desc_en: "Sun-dried whole chillies from Nimar, stalks removed.", desc_hi: "निमाड़ की धूप में सूखी साबुत मिर्च, डंठल हटाए हुए।", unit_en: "250 g pouch", unit_hi: "250 ग्राम पाउच", price: "90", market: "120", hsn: "0904", grams: 270, stock: 140, tiers: &[(40, "82")], kind: Kind::Pouch(Fill::Chunks), palette: CHILLI, ..P },
    DemoProduct { group: "nimar-kisan-didi-shg-nimrani", category: "oils", slug: "mustard-oil-nimrani", en: "Kachi ghani mustard oil", hi: "कच्ची घानी सरसों तेल", desc_en: "Pungent mustard oil pressed cold at the group's ghani; for cooking and for pickles.", desc_hi: "समूह की घानी में ठंडा पेरा तीखा सरसों तेल; खाना पकाने और अचार के लिए।", unit_en: "1 litre bottle", unit_hi: "1 लीटर बोतल", price: "190", market: "240", hsn: "1514", grams: 980, stock: 85, tiers: &[(12, "180")], kind: Kind::OilBottle, palette: MUSTARD, ..P },
    DemoProduct { group: "nimar-kisan-didi-shg-nimrani", category: "flour-pulses", slug: "toor-dal-nimrani", en: "Unpolished toor dal", hi: "बिना पॉलिश तुअर दाल", desc_en: "Toor dal from members' fields, split at the village mill and never polished.", desc_hi: "सदस्यों के खेतों की तुअर, गाँव की चक्की पर दली, कभी पॉलिश नहीं।", unit_en: "1 kg pouch", unit_hi: "1 किलो पाउच", price: "150", market: "180", hsn: "0713", grams: 1020, stock: 110, tiers: &[(25, "142")], kind: Kind::Pouch(Fill::Grains), palette: DAL, ..P },
    // — Sangwari, Nawagaon (Raipur): moringa and millets (unregistered)
    DemoProduct { group: "sangwari-shg-nawagaon", category: "health-foods", slug: "moringa-powder-nawagaon", en: "Moringa leaf powder", hi: "मुनगा पत्ती पाउडर", desc_en: "Young moringa leaves, shade-dried to keep their green and ground fine. A spoonful in dal or atta.", desc_hi: "मुनगे की कोमल पत्तियाँ, हरापन बचाने के लिए छाया में सुखाकर बारीक पीसी गईं। दाल या आटे में एक चम्मच।", unit_en: "100 g pouch", unit_hi: "100 ग्राम पाउच", price: "90", market: "140", hsn: "1211", grams: 120, stock: 180, tiers: &[(20, "82"), (100, "75")], featured: true, kind: Kind::Pouch(Fill::Herbs), palette: MORINGA, ..P },
    DemoProduct { group: "sangwari-shg-nawagaon", category: "flour-pulses", slug: "millet-atta-nawagaon", en: "Millet multigrain atta", hi: "मिलेट मल्टीग्रेन आटा", desc_en: "Kodo, ragi, jowar and wheat milled together: the flour the anganwadis use.", desc_hi: "कोदो, रागी, ज्वार और गेहूँ एक साथ पिसे: वही आटा जो आंगनबाड़ियों में चलता है।", unit_en: "1 kg pack", unit_hi: "1 किलो पैक", price: "95", market: "130", hsn: "1102", grams: 1030, stock: 130, tiers: &[(25, "88")], kind: Kind::Sack(Fill::Grains), palette: MILLET, ..P },
    DemoProduct { group: "sangwari-shg-nawagaon", category: "flour-pulses", slug: "kodo-millet-nawagaon", en: "Kodo millet (dehusked)", hi: "कोदो (छिलका रहित)", desc_en: "Dehusked kodo millet from Chhattisgarh's uplands; cook it like rice.", desc_hi: "छत्तीसगढ़ की ऊँची ज़मीन का छिलका रहित कोदो; चावल की तरह पकाएँ।", unit_en: "1 kg pouch", unit_hi: "1 किलो पाउच", price: "120", market: "160", hsn: "1008", grams: 1020, stock: 70, kind: Kind::Pouch(Fill::Grains), palette: pal("#ddb892", "#b08968", "#6a994e"), ..P },
    // — The same goods from more groups, so a trader's table compares something
    DemoProduct { group: "pragati-shg-sankra", category: "garments", slug: "cotton-petticoat-sankra", en: "Cotton petticoat, five-panel", hi: "सूती पेटीकोट, पाँच कली", desc_en: "Plain cotton petticoat with a double-stitched waistband and drawstring, stitched in Sankra's tailoring centre. Sizes M to XXL.", desc_hi: "दोहरी सिलाई वाले कमरबंद और नाड़े का सादा सूती पेटीकोट, सांकरा के सिलाई केंद्र में सिला। नाप M से XXL।", unit_en: "1 petticoat", unit_hi: "1 पेटीकोट", price: "195", market: "290", hsn: "6208", grams: 240, min_order: 10, stock: 180, tiers: &[(50, "180"), (200, "165")], capacity: (150, 7), kind: Kind::Garment, palette: pal("#ffc8dd", "#bde0fe", "#fff1f5"), ..P },
    DemoProduct { group: "ujala-shg-khapri", category: "garments", slug: "poplin-petticoat-khapri", en: "Poplin petticoat, plain", hi: "पॉपलिन पेटीकोट, सादा", desc_en: "Smooth poplin petticoat with a broad waistband, stitched by Ujala's members for shops in Durg and Raipur. Sold in bundles of 10.", desc_hi: "चौड़े कमरबंद वाला चिकना पॉपलिन पेटीकोट, उजाला की सदस्यों का सिला, दुर्ग और रायपुर की दुकानों के लिए। 10 के बंडल में।", unit_en: "1 petticoat", unit_hi: "1 पेटीकोट", price: "215", market: "300", hsn: "6208", grams: 250, min_order: 20, stock: 200, tiers: &[(50, "198"), (200, "186")], pack: 10, kind: Kind::Garment, palette: pal("#bde0fe", "#a2d2ff", "#f1faee"), ..P },
    DemoProduct { group: "narmada-shg-jalkoti", category: "garments", slug: "cotton-petticoat-jalkoti", en: "Cotton petticoat, eight-panel", hi: "सूती पेटीकोट, आठ कली", desc_en: "Eight-panel petticoat in soft handloom cotton from Maheshwar's looms, with a wide flare for heavy sarees.", desc_hi: "महेश्वर के करघों के मुलायम हथकरघा सूती कपड़े का आठ कली पेटीकोट, भारी साड़ियों के लिए खुले घेर वाला।", unit_en: "1 petticoat", unit_hi: "1 पेटीकोट", price: "240", market: "340", hsn: "6208", grams: 280, min_order: 5, stock: 300, tiers: &[(100, "215"), (500, "199")], capacity: (120, 10), kind: Kind::Garment, palette: pal("#e5989b", "#ffb4a2", "#ffe5d9"), ..P },
    DemoProduct { group: "nimar-kisan-didi-shg-nimrani", category: "spices", slug: "turmeric-powder-nimrani", en: "Turmeric powder, Nimar", hi: "हल्दी पाउडर, निमाड़", desc_en: "Turmeric grown on the group's own fields along the Narmada, boiled, sun-dried and stone-ground.", desc_hi: "नर्मदा किनारे समूह के अपने खेतों की हल्दी, उबालकर, धूप में सुखाकर पत्थर की चक्की में पिसी।", unit_en: "500 g pouch", unit_hi: "500 ग्राम पाउच", price: "140", market: "190", hsn: "0910", grams: 520, min_order: 10, stock: 400, tiers: &[(100, "128"), (500, "118")], capacity: (500, 5), kind: Kind::Pouch(Fill::Powder), palette: TURMERIC, ..P },
    DemoProduct { group: "van-dhan-shg-karanji", category: "spices", slug: "turmeric-powder-karanji", en: "Turmeric powder, Bastar", hi: "हल्दी पाउडर, बस्तर", desc_en: "Small-lot turmeric from the forest villages around Karanji, ground at the Van Dhan centre.", desc_hi: "करंजी के आसपास के वन गाँवों की थोड़ी-थोड़ी हल्दी, वन धन केंद्र में पिसी।", unit_en: "200 g pouch", unit_hi: "200 ग्राम पाउच", price: "55", market: "75", hsn: "0910", grams: 215, stock: 250, tiers: &[(100, "50")], kind: Kind::Pouch(Fill::Powder), palette: TURMERIC, ..P },
    DemoProduct { group: "pragati-shg-sankra", category: "personal-care", slug: "lemon-handwash-sankra", en: "Lemon handwash", hi: "नींबू हैंडवॉश", desc_en: "Liquid handwash with lemon oil for school and office washrooms.", desc_hi: "स्कूल और दफ़्तर के वॉशरूम के लिए नींबू के तेल वाला तरल हैंडवॉश।", unit_en: "500 ml pump bottle", unit_hi: "500 मिली पंप बोतल", price: "65", market: "95", hsn: "3401", grams: 560, min_order: 6, stock: 240, tiers: &[(48, "58")], capacity: (300, 4), pack: 6, kind: Kind::PumpBottle, palette: LEMON, ..P },
    DemoProduct { group: "sangwari-shg-nawagaon", category: "personal-care", slug: "aloe-handwash-nawagaon", en: "Aloe vera handwash", hi: "एलोवेरा हैंडवॉश", desc_en: "Gentle aloe vera handwash made in small batches in Nawagaon.", desc_hi: "नवागाँव में थोड़ी-थोड़ी मात्रा में बना कोमल एलोवेरा हैंडवॉश।", unit_en: "500 ml pump bottle", unit_hi: "500 मिली पंप बोतल", price: "72", market: "99", hsn: "3401", grams: 560, stock: 90, tiers: &[(24, "66")], kind: Kind::PumpBottle, palette: NEEM, ..P },
    DemoProduct { group: "ekta-shg-tighra", category: "office-supplies", slug: "file-folders-tighra", en: "Office file folders (pack of 10)", hi: "ऑफ़िस फ़ाइल फ़ोल्डर (10 का पैक)", desc_en: "Board file covers with a steel clip, printed to order with the office's name.", desc_hi: "स्टील क्लिप वाले गत्ते के फ़ाइल कवर, दफ़्तर के नाम की छपाई के साथ भी।", unit_en: "Pack of 10", unit_hi: "10 का पैक", price: "160", market: "230", hsn: "4820", gst: "18", grams: 1250, min_order: 5, stock: 120, tiers: &[(25, "148"), (100, "132")], capacity: (100, 7), kind: Kind::Stationery, palette: PAPER, ..P },
];
