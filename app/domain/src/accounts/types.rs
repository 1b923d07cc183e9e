//! Account types shared by server and browser. None of them carries a
//! secret: password hashes, TOTP secrets and session tokens stay in
//! server-only row types.

use crate::i18n::{Lang, Text, Tr};
use serde::{Deserialize, Serialize};

/// What kind of person an account belongs to (DESIGN.md §1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    Shopper,
    Seller,
    Trader,
    Department,
    DistrictOfficial,
    StateOfficial,
    OutletStaff,
}

impl Role {
    pub const ALL: [Role; 7] = [
        Role::Shopper,
        Role::Seller,
        Role::Trader,
        Role::Department,
        Role::DistrictOfficial,
        Role::StateOfficial,
        Role::OutletStaff,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Shopper => "shopper",
            Role::Seller => "seller",
            Role::Trader => "trader",
            Role::Department => "department",
            Role::DistrictOfficial => "district_official",
            Role::StateOfficial => "state_official",
            Role::OutletStaff => "outlet_staff",
        }
    }

    pub fn parse(value: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == value)
    }

    pub fn label(self) -> Tr {
        match self {
            Role::Shopper => Tr::new("ख़रीदार", "Shopper"),
            Role::Seller => Tr::new("समूह सदस्य (विक्रेता)", "Group member (seller)"),
            Role::Trader => Tr::new("व्यापारी", "Trader"),
            Role::Department => Tr::new("सरकारी विभाग", "Government department"),
            Role::DistrictOfficial => Tr::new("ज़िला अधिकारी", "District official"),
            Role::StateOfficial => Tr::new("राज्य अधिकारी", "State official"),
            Role::OutletStaff => Tr::new("आउटलेट कर्मचारी", "Outlet staff"),
        }
    }

    /// Officials act for many groups and see everyone's orders: they must
    /// pass a second factor (TOTP) on every sign-in.
    pub fn needs_second_factor(self) -> bool {
        matches!(self, Role::DistrictOfficial | Role::StateOfficial)
    }

    pub fn is_official(self) -> bool {
        self.needs_second_factor()
    }
}

/// What a department user may do for her office.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Duty {
    Indenter,
    Approver,
    Consignee,
    PayingOfficer,
}

impl Duty {
    pub const ALL: [Duty; 4] = [Duty::Indenter, Duty::Approver, Duty::Consignee, Duty::PayingOfficer];

    pub const fn as_str(self) -> &'static str {
        match self {
            Duty::Indenter => "indenter",
            Duty::Approver => "approver",
            Duty::Consignee => "consignee",
            Duty::PayingOfficer => "paying_officer",
        }
    }

    pub fn parse(value: &str) -> Option<Duty> {
        Duty::ALL.into_iter().find(|d| d.as_str() == value)
    }

    pub fn label(self) -> Tr {
        match self {
            Duty::Indenter => Tr::new("माँग-पत्र बनाने वाले", "Indenter"),
            Duty::Approver => Tr::new("स्वीकृति देने वाले", "Approver"),
            Duty::Consignee => Tr::new("माल प्राप्तकर्ता", "Consignee"),
            Duty::PayingOfficer => Tr::new("भुगतान अधिकारी", "Paying officer"),
        }
    }
}

/// The kind of government department an office belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Department {
    Collectorate,
    Health,
    Wcd,
    Education,
    RuralDevelopment,
    Other,
}

impl Department {
    pub const ALL: [Department; 6] = [
        Department::Collectorate,
        Department::Health,
        Department::Wcd,
        Department::Education,
        Department::RuralDevelopment,
        Department::Other,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Department::Collectorate => "collectorate",
            Department::Health => "health",
            Department::Wcd => "wcd",
            Department::Education => "education",
            Department::RuralDevelopment => "rural_development",
            Department::Other => "other",
        }
    }

    pub fn parse(value: &str) -> Option<Department> {
        Department::ALL.into_iter().find(|d| d.as_str() == value)
    }

    pub fn label(self) -> Tr {
        match self {
            Department::Collectorate => Tr::new("कलेक्टोरेट", "Collectorate"),
            Department::Health => Tr::new("स्वास्थ्य", "Health"),
            Department::Wcd => Tr::new("महिला एवं बाल विकास", "Women & Child Development"),
            Department::Education => Tr::new("शिक्षा", "Education"),
            Department::RuralDevelopment => Tr::new("ग्रामीण विकास", "Rural Development"),
            Department::Other => Tr::new("अन्य", "Other"),
        }
    }
}

/// Where a person's role applies. An official's scope is a district (or one
/// block of it) or a state; a seller's is her group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scope {
    /// Only her own account, addresses and orders.
    Own,
    Group {
        group_id: i64,
        leader: bool,
    },
    Trader {
        verified: bool,
    },
    Office {
        office_id: i64,
        duties: Vec<Duty>,
    },
    District {
        district_id: i64,
        block_id: Option<i64>,
    },
    State {
        state_id: i64,
    },
    Outlet {
        outlet_id: i64,
    },
}

/// The signed-in person making a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Caller {
    pub user_id: i64,
    pub name: String,
    pub phone: String,
    pub lang: Lang,
    pub role: Role,
    pub scope: Scope,
}

/// A delivery address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    pub id: i64,
    pub name: String,
    pub phone: String,
    pub line1: String,
    pub line2: String,
    pub city: String,
    pub district: String,
    pub state: Text,
    pub pincode: String,
}

/// A state, for address forms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StateOption {
    pub id: i64,
    pub name: Text,
}

/// A district, for forms that pick one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DistrictOption {
    pub id: i64,
    pub name: Text,
    pub state: Text,
}

/// A trader's business as shown on her account and to officials.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraderInfo {
    pub user_id: i64,
    pub name: String,
    pub phone: String,
    pub business_name: String,
    pub gstin: String,
    pub district: Text,
    pub verified: bool,
}

/// The "my account" page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountView {
    pub caller: Caller,
    /// Where order notices are emailed too, if she gave an address.
    pub email: Option<String>,
    /// Where the role applies, in words: the group's name, the district…
    pub scope_name: Option<Text>,
    pub addresses: Vec<Address>,
    pub states: Vec<StateOption>,
    pub districts: Vec<DistrictOption>,
    pub has_password: bool,
    pub second_factor_on: bool,
    pub trader: Option<TraderInfo>,
    pub other_sessions: i64,
}

/// A member of a group, as her group's leader sees her.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub user_id: i64,
    pub name: String,
    pub phone: String,
    pub leader: bool,
}

/// A seller's "my group" page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyGroup {
    pub slug: String,
    pub name: Text,
    pub place: Text,
    pub members: Vec<Member>,
    pub i_am_leader: bool,
    pub me: i64,
}

/// A group in an official's scope.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScopedGroup {
    pub id: i64,
    pub slug: String,
    pub name: Text,
    pub place: Text,
    pub members: i64,
}

/// A department office and its people.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeView {
    pub id: i64,
    pub name: Text,
    pub department: Department,
    pub district: Text,
    pub users: Vec<OfficeUser>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeUser {
    pub user_id: i64,
    pub name: String,
    pub phone: String,
    pub duties: Vec<Duty>,
}

/// An official's "people" page: everything in her scope she manages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeopleView {
    pub scope_name: Text,
    pub groups: Vec<ScopedGroup>,
    pub traders: Vec<TraderInfo>,
    pub offices: Vec<OfficeView>,
    pub districts: Vec<DistrictOption>,
}

/// The second-factor enrolment page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecondFactorSetup {
    /// Present once enrolment has started: the QR code (SVG) and the secret
    /// to type in by hand.
    pub pending: Option<(String, String)>,
    pub enabled: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_and_duties_round_trip_through_their_codes() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        for duty in Duty::ALL {
            assert_eq!(Duty::parse(duty.as_str()), Some(duty));
        }
        for department in Department::ALL {
            assert_eq!(Department::parse(department.as_str()), Some(department));
        }
        assert_eq!(Role::parse("admin"), None);
    }

    #[test]
    fn only_officials_need_a_second_factor() {
        let needing: Vec<Role> = Role::ALL.into_iter().filter(|r| r.needs_second_factor()).collect();
        assert_eq!(needing, vec![Role::DistrictOfficial, Role::StateOfficial]);
    }
}
