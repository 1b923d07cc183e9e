//! Account interface strings, in Hindi and English.

use crate::i18n::Tr;

pub const SIGN_IN: Tr = Tr::new("साइन इन", "Sign in");
pub const SIGN_OUT: Tr = Tr::new("साइन आउट", "Sign out");
pub const SIGN_UP: Tr = Tr::new("नया खाता बनाएँ", "Create account");
pub const CHOOSE_STATE: Tr = Tr::new("राज्य चुनें", "Choose a state");
pub const MY_ACCOUNT: Tr = Tr::new("मेरा खाता", "My account");
pub const MY_GROUP: Tr = Tr::new("मेरा समूह", "My group");
pub const PEOPLE: Tr = Tr::new("लोग और समूह", "People and groups");
pub const MOBILE_NUMBER: Tr = Tr::new("मोबाइल नंबर", "Mobile number");
pub const MOBILE_HINT: Tr = Tr::new("10 अंकों का नंबर, जैसे 98260 12345", "10 digits, like 98260 12345");
pub const YOUR_NAME: Tr = Tr::new("आपका नाम", "Your name");
pub const NAME: Tr = Tr::new("नाम", "Name");
pub const SEND_CODE: Tr = Tr::new("कोड भेजें", "Send code");
pub const SIGN_IN_INTRO: Tr = Tr::new(
    "अपना मोबाइल नंबर लिखें। हम उस पर 6 अंकों का कोड भेजेंगे।",
    "Enter your mobile number. We will send a 6-digit code to it.",
);
pub const SIGN_UP_INTRO: Tr = Tr::new(
    "नाम और मोबाइल नंबर लिखें। नंबर पर आए कोड से खाता बन जाएगा।",
    "Write your name and mobile number. The code sent to the number creates your account.",
);
pub const WITH_PASSWORD: Tr = Tr::new("पासवर्ड से साइन इन करें", "Sign in with a password");
pub const WITH_CODE: Tr = Tr::new("कोड से साइन इन करें", "Sign in with a code");
pub const NO_ACCOUNT: Tr = Tr::new("खाता नहीं है?", "No account yet?");
pub const HAVE_ACCOUNT: Tr = Tr::new("खाता पहले से है?", "Already have an account?");
pub const ENTER_CODE: Tr = Tr::new("कोड लिखें", "Enter the code");
pub const CODE_SENT_TO: Tr = Tr::new("यह कोड भेजा गया:", "We sent a code to");
pub const CODE_VALID: Tr =
    Tr::new("कोड 10 मिनट तक चलेगा। 5 बार तक कोशिश कर सकती हैं।", "The code works for 10 minutes, for up to 5 tries.");
pub const CODE: Tr = Tr::new("6 अंकों का कोड", "6-digit code");
pub const CONTINUE: Tr = Tr::new("आगे बढ़ें", "Continue");
pub const RESEND: Tr = Tr::new("नया कोड भेजें", "Send a new code");
pub const DEMO_CODE: Tr = Tr::new("डेमो: आपका कोड है", "Demo: your code is");
pub const PASSWORD: Tr = Tr::new("पासवर्ड", "Password");
pub const CURRENT_PASSWORD: Tr = Tr::new("अभी का पासवर्ड", "Current password");
pub const NEW_PASSWORD: Tr = Tr::new("नया पासवर्ड", "New password");
pub const PASSWORD_RULES: Tr = Tr::new(
    "8 से 64 अक्षर। आम पासवर्ड (जैसे 12345678) और अपना मोबाइल नंबर न रखें।",
    "8 to 64 characters. Not a common password (like 12345678), not your mobile number.",
);
pub const SET_PASSWORD: Tr = Tr::new("पासवर्ड रखें", "Set password");
pub const CHANGE_PASSWORD: Tr = Tr::new("पासवर्ड बदलें", "Change password");
pub const SECOND_FACTOR: Tr = Tr::new("दूसरी सुरक्षा जाँच", "Second factor");
pub const SECOND_FACTOR_INTRO: Tr = Tr::new(
    "अधिकारियों के खाते में साइन इन के लिए ऑथेंटिकेटर ऐप (जैसे Google Authenticator) का 6 अंकों का कोड भी चाहिए।",
    "Officials' accounts also need the 6-digit code from an authenticator app (such as Google Authenticator) to sign in.",
);
pub const APP_CODE: Tr = Tr::new("ऐप में दिख रहा कोड", "Code shown in the app");
pub const VERIFY: Tr = Tr::new("जाँचें", "Verify");
pub const SETUP_SECOND_FACTOR: Tr = Tr::new("दूसरी सुरक्षा जाँच चालू करें", "Set up the second factor");
pub const SETUP_STEPS: Tr = Tr::new(
    "1. ऑथेंटिकेटर ऐप में यह QR कोड स्कैन करें (या नीचे की कुंजी लिखें)। 2. ऐप में दिख रहा 6 अंकों का कोड नीचे लिखें।",
    "1. Scan this QR code in your authenticator app (or type the key below). 2. Type the 6-digit code the app shows.",
);
pub const START_SETUP: Tr = Tr::new("QR कोड बनाएँ", "Create the QR code");
pub const SETUP_KEY: Tr = Tr::new("कुंजी (हाथ से लिखने के लिए)", "Key (to type in by hand)");
pub const SECOND_FACTOR_ON: Tr = Tr::new("चालू है", "On");
pub const SECOND_FACTOR_REPLACE: Tr = Tr::new("नए फ़ोन के लिए फिर से सेट करें", "Set up again for a new phone");
pub const PROFILE: Tr = Tr::new("परिचय", "Profile");
pub const LANGUAGE_PREF: Tr = Tr::new("भाषा", "Language");
pub const SAVE: Tr = Tr::new("सहेजें", "Save");
pub const SAVED: Tr = Tr::new("सहेज लिया गया", "Saved");
pub const ROLE: Tr = Tr::new("भूमिका", "Role");
pub const WHERE: Tr = Tr::new("कार्यक्षेत्र", "Scope");
pub const ADDRESSES: Tr = Tr::new("डिलीवरी के पते", "Delivery addresses");
pub const NO_ADDRESSES: Tr = Tr::new("अभी कोई पता नहीं है।", "No addresses yet.");
pub const EMAIL: Tr = Tr::new("ईमेल", "Email");
pub const EMAIL_HELP: Tr = Tr::new("(ज़रूरी नहीं: ऑर्डर की सूचनाएँ ईमेल पर भी)", "(optional: order notices by email too)");
pub const ADD_ADDRESS: Tr = Tr::new("नया पता जोड़ें", "Add an address");
pub const RECEIVER_NAME: Tr = Tr::new("पाने वाले का नाम", "Receiver's name");
pub const RECEIVER_PHONE: Tr = Tr::new("पाने वाले का मोबाइल", "Receiver's mobile");
pub const LINE1: Tr = Tr::new("मकान नंबर, गली, मोहल्ला", "House number, street, area");
pub const LINE2: Tr = Tr::new("पास में (वैकल्पिक)", "Landmark (optional)");
pub const CITY: Tr = Tr::new("गाँव / शहर", "Village / town");
pub const DISTRICT: Tr = Tr::new("ज़िला", "District");
pub const STATE: Tr = Tr::new("राज्य", "State");
pub const PINCODE: Tr = Tr::new("पिन कोड", "PIN code");
pub const DELETE: Tr = Tr::new("हटाएँ", "Delete");
pub const SECURITY: Tr = Tr::new("सुरक्षा", "Security");
pub const SIGN_OUT_EVERYWHERE: Tr = Tr::new("सभी फ़ोन और कंप्यूटर से साइन आउट करें", "Sign out on every device");
pub const OTHER_SESSIONS: Tr = Tr::new("अन्य जगहों पर भी साइन इन है:", "Also signed in elsewhere:");
pub const TRADER: Tr = Tr::new("थोक व्यापारी", "Wholesale trader");
pub const BECOME_TRADER: Tr = Tr::new(
    "थोक में ख़रीदते हैं? GSTIN के साथ व्यापारी के रूप में पंजीकरण करें। ज़िला अधिकारी जाँच के बाद सत्यापित करेंगे।",
    "Buy wholesale? Register as a trader with your GSTIN. A district official verifies it.",
);
pub const BUSINESS_NAME: Tr = Tr::new("व्यवसाय का नाम", "Business name");
pub const REGISTER: Tr = Tr::new("पंजीकरण करें", "Register");
pub const VERIFIED: Tr = Tr::new("सत्यापित", "Verified");
pub const NOT_VERIFIED: Tr = Tr::new("सत्यापन बाकी", "Awaiting verification");
pub const VERIFY_TRADER: Tr = Tr::new("सत्यापित करें", "Verify");
pub const MEMBERS: Tr = Tr::new("सदस्य", "Members");
pub const LEADER: Tr = Tr::new("प्रमुख", "Leader");
pub const ADD_MEMBER: Tr = Tr::new("नई सदस्य जोड़ें", "Add a member");
pub const REMOVE: Tr = Tr::new("हटाएँ", "Remove");
pub const ONLY_LEADER_MANAGES: Tr =
    Tr::new("सदस्य जोड़ना-हटाना समूह की प्रमुख करती हैं।", "The group's leader adds and removes members.");
pub const SEE_GROUP_PAGE: Tr = Tr::new("समूह का पेज देखें", "See the group's page");
pub const GROUPS_IN_SCOPE: Tr = Tr::new("समूह", "Groups");
pub const NO_LOGIN_YET: Tr = Tr::new("अभी कोई लॉगिन नहीं", "No login yet");
pub const FIRST_MEMBER: Tr = Tr::new("पहली सदस्य (प्रमुख) का लॉगिन बनाएँ", "Create the first member's (leader's) login");
pub const CREATE: Tr = Tr::new("बनाएँ", "Create");
pub const TRADERS: Tr = Tr::new("व्यापारी", "Traders");
pub const NO_TRADERS: Tr = Tr::new("कोई व्यापारी पंजीकृत नहीं है।", "No traders registered.");
pub const OFFICES: Tr = Tr::new("सरकारी कार्यालय", "Government offices");
pub const NEW_OFFICE: Tr = Tr::new("नया कार्यालय", "New office");
pub const OFFICE_NAME_HI: Tr = Tr::new("कार्यालय का नाम (हिन्दी)", "Office name (Hindi)");
pub const OFFICE_NAME_EN: Tr = Tr::new("कार्यालय का नाम (अंग्रेज़ी)", "Office name (English)");
/// Where supply orders are delivered (government purchase).
pub const OFFICE_ADDRESS: Tr =
    Tr::new("कार्यालय का पता (सामान यहीं पहुँचेगा)", "Office address (supplies are delivered here)");
pub const OFFICE_CITY: Tr = Tr::new("शहर", "City");
pub const OFFICE_PINCODE: Tr = Tr::new("पिन कोड", "PIN code");
pub const OFFICE_GSTIN: Tr = Tr::new("GSTIN (हो तो; बिल इसी नाम बनेगा)", "GSTIN (if any; invoices name it)");
pub const APPROVAL_LIMIT: Tr = Tr::new("स्वीकृति सीमा ₹ में (स्वीकृतिकर्ता के लिए)", "Approval limit in ₹ (for an approver)");
pub const DEPARTMENT: Tr = Tr::new("विभाग", "Department");
pub const NEW_OFFICE_USER: Tr = Tr::new("इस कार्यालय के लिए लॉगिन बनाएँ", "Create a login for this office");
pub const DUTIES: Tr = Tr::new("ज़िम्मेदारियाँ", "Duties");
pub const MEMBERS_COUNT: Tr = Tr::new("सदस्य लॉगिन", "member logins");
pub const SIGNED_IN_AS: Tr = Tr::new("साइन इन:", "Signed in:");
