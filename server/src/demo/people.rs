//! The demo's logins: one of each kind of person (demo only; listed in the
//! README). All share one password; officials also have a known TOTP secret
//! so the second factor can be tried with any authenticator app.

/// The demo password of every demo login.
pub const PASSWORD: &str = "HaatDemo@2026";

/// Base32 TOTP secrets of the demo officials (20 bytes each).
pub const RAIPUR_OFFICIAL_TOTP: &str = "HAATDEMODISTRICTOFFICIALRAIPUR22";
pub const GWALIOR_OFFICIAL_TOTP: &str = "HAATDEMODISTRICTOFFICIALGWALIOR2";
pub const STATE_OFFICIAL_TOTP: &str = "HAATDEMOSTATEOFFICIALCHHATTISGAR";

pub enum Who {
    Shopper,
    Seller { group: &'static str, leader: bool },
    Trader { business: &'static str, gstin14: &'static str, district: &'static str, verified: bool },
    Department { office: &'static str, duties: &'static [&'static str] },
    DistrictOfficial { district: &'static str, totp: &'static str },
    StateOfficial { state: &'static str, totp: &'static str },
    OutletStaff { outlet: &'static str },
}

pub struct DemoPerson {
    pub phone: &'static str,
    pub name: &'static str,
    pub who: Who,
}

/// (key, name_en, name_hi, district slug)
pub const OUTLETS: &[(&str, &str, &str, &str)] =
    &[("raipur-city-centre", "Raipur City Sales Centre", "रायपुर सिटी विक्रय केंद्र", "raipur")];

/// (key, name_en, name_hi, department, district slug)
pub const OFFICES: &[(&str, &str, &str, &str, &str)] = &[
    ("collectorate-raipur", "Collectorate, Raipur", "कलेक्टोरेट, रायपुर", "collectorate", "raipur"),
    ("wcd-raipur", "District WCD Office, Raipur", "ज़िला महिला एवं बाल विकास कार्यालय, रायपुर", "wcd", "raipur"),
];

pub const PEOPLE: &[DemoPerson] = &[
    DemoPerson { phone: "9000000001", name: "Sunita Verma", who: Who::Shopper },
    DemoPerson {
        phone: "9000000002",
        name: "Kamla Sahu",
        who: Who::Seller { group: "maa-durga-shg-khorpa", leader: true },
    },
    DemoPerson {
        phone: "9000000003",
        name: "Rekha Nishad",
        who: Who::Seller { group: "maa-durga-shg-khorpa", leader: false },
    },
    DemoPerson {
        phone: "9000000004",
        name: "Meena Kushwaha",
        who: Who::Seller { group: "ekta-shg-tighra", leader: true },
    },
    DemoPerson {
        phone: "9000000005",
        name: "Rajesh Agrawal",
        who: Who::Trader {
            business: "Agrawal Wholesale, Raipur",
            gstin14: "22AAFCA4417B1Z",
            district: "raipur",
            verified: true,
        },
    },
    DemoPerson {
        phone: "9000000006",
        name: "Imran Khan",
        who: Who::Trader {
            business: "Khan Traders, Gwalior",
            gstin14: "23AAKFK9921C1Z",
            district: "gwalior",
            verified: false,
        },
    },
    DemoPerson {
        phone: "9000000007",
        name: "Anita Tiwari",
        who: Who::Department { office: "collectorate-raipur", duties: &["indenter", "approver"] },
    },
    DemoPerson {
        phone: "9000000008",
        name: "Priya Dewangan",
        who: Who::DistrictOfficial { district: "raipur", totp: RAIPUR_OFFICIAL_TOTP },
    },
    DemoPerson {
        phone: "9000000009",
        name: "Alok Sharma",
        who: Who::StateOfficial { state: "chhattisgarh", totp: STATE_OFFICIAL_TOTP },
    },
    DemoPerson { phone: "9000000010", name: "Sushila Yadav", who: Who::OutletStaff { outlet: "raipur-city-centre" } },
    // A second verified trader (pickles and spices for kirana shops), who
    // asks groups for quotes.
    DemoPerson {
        phone: "9000000012",
        name: "Suresh Jaiswal",
        who: Who::Trader {
            business: "Jaiswal Kirana Suppliers, Raipur",
            gstin14: "22AAJFJ5521D1Z",
            district: "raipur",
            verified: true,
        },
    },
    DemoPerson {
        phone: "9000000011",
        name: "Vandana Jain",
        who: Who::DistrictOfficial { district: "gwalior", totp: GWALIOR_OFFICIAL_TOTP },
    },
];
