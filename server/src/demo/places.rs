//! The demo's geography: real states, districts, blocks and villages where
//! women's groups make the things Haat sells.

/// (state slug, code, GST state code, English, Hindi)
pub const STATES: &[(&str, &str, &str, &str, &str)] = &[
    ("chhattisgarh", "CG", "22", "Chhattisgarh", "छत्तीसगढ़"),
    ("himachal-pradesh", "HP", "02", "Himachal Pradesh", "हिमाचल प्रदेश"),
    ("madhya-pradesh", "MP", "23", "Madhya Pradesh", "मध्य प्रदेश"),
];

/// (district slug, state slug, English, Hindi)
pub const DISTRICTS: &[(&str, &str, &str, &str)] = &[
    ("raipur", "chhattisgarh", "Raipur", "रायपुर"),
    ("bastar", "chhattisgarh", "Bastar", "बस्तर"),
    ("hamirpur", "himachal-pradesh", "Hamirpur", "हमीरपुर"),
    ("kullu", "himachal-pradesh", "Kullu", "कुल्लू"),
    ("gwalior", "madhya-pradesh", "Gwalior", "ग्वालियर"),
    ("ashoknagar", "madhya-pradesh", "Ashoknagar", "अशोकनगर"),
    ("khargone", "madhya-pradesh", "Khargone", "खरगोन"),
];

/// (village key, district slug, block English, block Hindi, village English, village Hindi, PIN)
pub const VILLAGES: &[(&str, &str, &str, &str, &str, &str, &str)] = &[
    ("khorpa", "raipur", "Abhanpur", "अभनपुर", "Khorpa", "खोरपा", "493661"),
    ("nawagaon", "raipur", "Abhanpur", "अभनपुर", "Nawagaon", "नवागांव", "493661"),
    ("reewa", "raipur", "Arang", "आरंग", "Reewa", "रीवा", "493441"),
    ("sankra", "raipur", "Dharsiwa", "धरसींवा", "Sankra", "सांकरा", "493221"),
    ("khapri", "raipur", "Tilda", "तिल्दा", "Khapri", "खपरी", "493114"),
    ("nangur", "bastar", "Jagdalpur", "जगदलपुर", "Nangur", "नानगुर", "494221"),
    ("karanji", "bastar", "Bakawand", "बकावंड", "Karanji", "करंजी", "494441"),
    ("jahu", "hamirpur", "Bhoranj", "भोरंज", "Jahu", "जाहू", "176048"),
    ("tira", "hamirpur", "Sujanpur", "सुजानपुर", "Tira", "टीहरा", "176110"),
    ("kangoo", "hamirpur", "Nadaun", "नादौन", "Kangoo", "कांगू", "177042"),
    ("jagatsukh", "kullu", "Naggar", "नग्गर", "Jagatsukh", "जगतसुख", "175143"),
    ("tighra", "gwalior", "Morar", "मुरार", "Tighra", "तिघरा", "474011"),
    ("bilaua", "gwalior", "Dabra", "डबरा", "Bilaua", "बिलौआ", "475110"),
    ("pranpur", "ashoknagar", "Chanderi", "चंदेरी", "Pranpur", "प्राणपुर", "473446"),
    ("jalkoti", "khargone", "Maheshwar", "महेश्वर", "Jalkoti", "जलकोटी", "451224"),
    ("nimrani", "khargone", "Kasrawad", "कसरावद", "Nimrani", "निमरानी", "451660"),
];
