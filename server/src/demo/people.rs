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

/// A government office of the demo: where supplies are delivered.
pub struct DemoOffice {
    pub key: &'static str,
    pub name_en: &'static str,
    pub name_hi: &'static str,
    pub department: &'static str,
    pub district: &'static str,
    pub address: &'static str,
    pub pincode: &'static str,
}

/// The four departments that buy in Raipur (the seeds' SHG Mart).
pub const OFFICES: &[DemoOffice] = &[
    DemoOffice {
        key: "collectorate-raipur",
        name_en: "Collectorate, Raipur",
        name_hi: "कलेक्टोरेट, रायपुर",
        department: "collectorate",
        district: "raipur",
        address: "Collectorate Campus, Civil Lines",
        pincode: "492001",
    },
    DemoOffice {
        key: "wcd-raipur",
        name_en: "District WCD Office, Raipur",
        name_hi: "ज़िला महिला एवं बाल विकास कार्यालय, रायपुर",
        department: "wcd",
        district: "raipur",
        address: "Near Collectorate, Civil Lines",
        pincode: "492001",
    },
    DemoOffice {
        key: "cmho-raipur",
        name_en: "Chief Medical & Health Officer, Raipur",
        name_hi: "मुख्य चिकित्सा एवं स्वास्थ्य अधिकारी, रायपुर",
        department: "health",
        district: "raipur",
        address: "Kalibadi Chowk",
        pincode: "492001",
    },
    DemoOffice {
        key: "deo-raipur",
        name_en: "District Education Office, Raipur",
        name_hi: "ज़िला शिक्षा अधिकारी कार्यालय, रायपुर",
        department: "education",
        district: "raipur",
        address: "Shankar Nagar Road",
        pincode: "492007",
    },
];

/// Approvers' limits in rupees (by phone): what each may sanction in one indent.
pub const APPROVAL_LIMITS: &[(&str, i64)] = &[
    ("9000000007", 50_000),
    ("9000000013", 5_00_000),
    ("9000000021", 2_00_000),
    ("9000000024", 2_00_000),
    ("9000000027", 2_00_000),
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
    // The Collectorate's other duties: the officer who sanctions (above
    // Anita's limit, and her own indents), the store keeper who receives,
    // the drawing and disbursing officer who pays.
    DemoPerson {
        phone: "9000000013",
        name: "Rakesh Sahu",
        who: Who::Department { office: "collectorate-raipur", duties: &["approver"] },
    },
    DemoPerson {
        phone: "9000000014",
        name: "Kavita Nag",
        who: Who::Department { office: "collectorate-raipur", duties: &["consignee"] },
    },
    DemoPerson {
        phone: "9000000015",
        name: "Manoj Verma",
        who: Who::Department { office: "collectorate-raipur", duties: &["paying_officer"] },
    },
    // Each other office has one person per duty too: she writes the
    // indents, her officer sanctions them, the store keeper receives and
    // the drawing and disbursing officer pays.
    DemoPerson {
        phone: "9000000016",
        name: "Shobha Patel",
        who: Who::Department { office: "wcd-raipur", duties: &["indenter"] },
    },
    DemoPerson {
        phone: "9000000017",
        name: "Dr. Nitin Rao",
        who: Who::Department { office: "cmho-raipur", duties: &["indenter"] },
    },
    DemoPerson {
        phone: "9000000018",
        name: "Geeta Sinha",
        who: Who::Department { office: "deo-raipur", duties: &["indenter"] },
    },
    DemoPerson {
        phone: "9000000021",
        name: "Sunanda Mishra",
        who: Who::Department { office: "wcd-raipur", duties: &["approver"] },
    },
    DemoPerson {
        phone: "9000000022",
        name: "Pushpa Kurre",
        who: Who::Department { office: "wcd-raipur", duties: &["consignee"] },
    },
    DemoPerson {
        phone: "9000000023",
        name: "Deepak Chandrakar",
        who: Who::Department { office: "wcd-raipur", duties: &["paying_officer"] },
    },
    DemoPerson {
        phone: "9000000024",
        name: "Dr. Usha Thakur",
        who: Who::Department { office: "cmho-raipur", duties: &["approver"] },
    },
    DemoPerson {
        phone: "9000000025",
        name: "Ramesh Patel",
        who: Who::Department { office: "cmho-raipur", duties: &["consignee"] },
    },
    DemoPerson {
        phone: "9000000026",
        name: "Lalita Markam",
        who: Who::Department { office: "cmho-raipur", duties: &["paying_officer"] },
    },
    DemoPerson {
        phone: "9000000027",
        name: "Vinod Sharma",
        who: Who::Department { office: "deo-raipur", duties: &["approver"] },
    },
    DemoPerson {
        phone: "9000000028",
        name: "Ganesh Yadav",
        who: Who::Department { office: "deo-raipur", duties: &["consignee"] },
    },
    DemoPerson {
        phone: "9000000029",
        name: "Neelam Baghel",
        who: Who::Department { office: "deo-raipur", duties: &["paying_officer"] },
    },
    // Leaders of the Raipur groups that supply offices: handwash (Sankra)
    // and file folders (Khapri).
    DemoPerson {
        phone: "9000000019",
        name: "Lata Sahu",
        who: Who::Seller { group: "pragati-shg-sankra", leader: true },
    },
    DemoPerson {
        phone: "9000000020",
        name: "Sarita Dhruw",
        who: Who::Seller { group: "ujala-shg-khapri", leader: true },
    },
];
