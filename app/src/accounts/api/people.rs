//! The people a leader or an official looks after: a group's members,
//! traders to verify, department offices and their users.

use crate::accounts::types::*;
use crate::error::AppError;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
use super::ssr;

/// A seller's own group and its members.
#[server(prefix = "/api", endpoint = "my_group")]
pub async fn get_my_group() -> Result<MyGroup, AppError> {
    use ssr::*;
    respond(
        async {
            let caller = access::with_role(&[Role::Seller]).await?;
            let Scope::Group { group_id, leader } = caller.scope else { return Err(AppError::Forbidden) };
            let state = app_state()?;
            let (slug, name, place) = people::my_group(&state.db, group_id).await?.ok_or(AppError::NotFound)?;
            Ok(MyGroup {
                slug,
                name,
                place,
                members: people::members_of(&state.db, group_id).await?,
                i_am_leader: leader,
                me: caller.user_id,
            })
        }
        .await,
    )
}

/// Adds a member's login to the leader's own group.
#[server(prefix = "/api", endpoint = "add_group_member")]
pub async fn add_group_member(name: String, phone: String) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, group_id) = access::leader_of_own_group().await?;
            let state = app_state()?;
            let new = NewUser {
                phone: parse_phone(&phone)?.as_str().into(),
                name: parse_name(&name)?,
                role: Some(Role::Seller),
                group_id: Some(group_id),
                created_by: Some(caller.user_id),
                ..Default::default()
            };
            create_person(&state.db, &new, &[]).await?;
            go_to("/my-group?saved=member");
            Ok(())
        }
        .await,
    )
}

/// Removes a member's login from the leader's own group (not her own).
#[server(prefix = "/api", endpoint = "remove_group_member")]
pub async fn remove_group_member(user_id: i64) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let (caller, group_id) = access::leader_of_own_group().await?;
            if user_id == caller.user_id {
                return Err(AppError::validation(
                    "user_id",
                    Tr::new("आप स्वयं को नहीं हटा सकतीं", "You cannot remove yourself"),
                ));
            }
            let mut tx = app_state()?.db.begin().await?;
            if !people::remove_member(&mut tx, group_id, user_id).await? {
                return Err(AppError::NotFound);
            }
            tx.commit().await?;
            go_to("/my-group?saved=removed");
            Ok(())
        }
        .await,
    )
}

/// An official's people: groups, traders and offices in her scope.
#[server(prefix = "/api", endpoint = "people")]
pub async fn get_people() -> Result<PeopleView, AppError> {
    use ssr::*;
    respond(
        async {
            let caller = access::with_role(&[Role::DistrictOfficial, Role::StateOfficial]).await?;
            let state = app_state()?;
            Ok(PeopleView {
                scope_name: places::scope_name(&state.db, &caller.scope).await?.unwrap_or_default(),
                groups: people::groups_in_scope(&state.db, &caller.scope).await?,
                traders: people::traders_in_scope(&state.db, &caller.scope).await?,
                offices: people::offices_in_scope(&state.db, &caller.scope).await?,
                districts: places::districts_in_scope(&state.db, &caller.scope).await?,
            })
        }
        .await,
    )
}

/// Creates the first member login (its leader) of a group in the official's scope.
#[server(prefix = "/api", endpoint = "create_first_member")]
pub async fn create_first_member(group_id: i64, name: String, phone: String) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let state = app_state()?;
            let caller = access::official_over(places::group_place(&state.db, group_id).await?).await?;
            if people::count_members(&state.db, group_id).await? > 0 {
                return Err(AppError::Conflict {
                    message: Text::new(
                        "इस समूह की सदस्य लॉगिन पहले से है; नई सदस्य समूह की प्रमुख जोड़ेंगी",
                        "This group already has member logins; its leader adds new members",
                    ),
                });
            }
            let new = NewUser {
                phone: parse_phone(&phone)?.as_str().into(),
                name: parse_name(&name)?,
                role: Some(Role::Seller),
                group_id: Some(group_id),
                group_leader: true,
                created_by: Some(caller.user_id),
                ..Default::default()
            };
            create_person(&state.db, &new, &[]).await?;
            go_to("/people?saved=member");
            Ok(())
        }
        .await,
    )
}

/// Verifies a trader registered in the official's scope.
#[server(prefix = "/api", endpoint = "verify_trader")]
pub async fn verify_trader(trader_id: i64) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let state = app_state()?;
            let caller = access::official_over(people::trader_place(&state.db, trader_id).await?).await?;
            people::verify_trader(&state.db, trader_id, caller.user_id).await?;
            tracing::info!(official = caller.user_id, trader = trader_id, "trader verified");
            go_to("/people?saved=trader#traders");
            Ok(())
        }
        .await,
    )
}

/// Creates a department office in a district of the official's scope.
#[server(prefix = "/api", endpoint = "create_office")]
#[allow(clippy::too_many_arguments)]
pub async fn create_office(
    name_hi: String,
    name_en: String,
    department: String,
    district_id: i64,
    #[server(default)] address_line: String,
    #[server(default)] city: String,
    #[server(default)] pincode: String,
    #[server(default)] gstin: String,
) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let state = app_state()?;
            let caller = access::official_over(places::district_place(&state.db, district_id).await?).await?;
            let name = Text::new(parse_office_name(&name_hi)?, parse_office_name(&name_en)?);
            let department = Department::parse(&department)
                .ok_or_else(|| AppError::validation("department", Tr::new("विभाग चुनें", "Choose a department")))?;
            // Where supply orders are delivered, and whom the invoice names.
            let address_line = address_line.split_whitespace().collect::<Vec<_>>().join(" ");
            if !(3..=200).contains(&address_line.chars().count()) {
                return Err(AppError::validation(
                    "address_line",
                    Tr::new("कार्यालय का पता लिखें (3 से 200 अक्षर)", "Write the office's address (3 to 200 letters)"),
                ));
            }
            let city = city.split_whitespace().collect::<Vec<_>>().join(" ");
            let pincode =
                crate::groups::phone::Pincode::parse(&pincode).map_err(|m| AppError::validation("pincode", m))?;
            let gstin = match gstin.trim() {
                "" => None,
                given => Some(
                    crate::groups::gstin::Gstin::parse(given)
                        .map_err(|m| AppError::validation("gstin", m))?
                        .as_str()
                        .to_string(),
                ),
            };
            let office = people::create_office(&state.db, &name, department, district_id, caller.user_id)
                .await
                .map_err(|e| {
                    if crate::db::violated_unique_key(&e).as_deref()
                        == Some("department_offices_district_id_name_en_key")
                    {
                        AppError::Conflict {
                            message: Text::new(
                                "इस ज़िले में इस नाम का कार्यालय पहले से है",
                                "This district already has an office with that name",
                            ),
                        }
                    } else {
                        AppError::from(e)
                    }
                })?;
            let address = crate::procurement::offices::OfficeContact {
                address_line,
                city,
                pincode: pincode.as_str().to_string(),
                gstin,
            };
            crate::procurement::offices::set_office_address(&mut *state.db.pool.acquire().await?, office, &address)
                .await?;
            go_to("/people?saved=office#offices");
            Ok(())
        }
        .await,
    )
}

/// Creates a login for a department office in the official's scope, with
/// one or more duties (checkboxes: each present means the duty is given).
#[server(prefix = "/api", endpoint = "create_office_user")]
#[allow(clippy::too_many_arguments)]
pub async fn create_office_user(
    office_id: i64,
    name: String,
    phone: String,
    indenter: Option<String>,
    approver: Option<String>,
    consignee: Option<String>,
    paying_officer: Option<String>,
    #[server(default)] limit: String,
) -> Result<(), AppError> {
    use ssr::*;
    respond(
        async {
            let state = app_state()?;
            let caller = access::official_over(places::office_place(&state.db, office_id).await?).await?;
            let duties: Vec<Duty> = [
                (indenter, Duty::Indenter),
                (approver, Duty::Approver),
                (consignee, Duty::Consignee),
                (paying_officer, Duty::PayingOfficer),
            ]
            .into_iter()
            .filter_map(|(given, duty)| given.map(|_| duty))
            .collect();
            if duties.is_empty() {
                return Err(AppError::validation(
                    "duties",
                    Tr::new("कम से कम एक ज़िम्मेदारी चुनें", "Choose at least one duty"),
                ));
            }
            let new = NewUser {
                phone: parse_phone(&phone)?.as_str().into(),
                name: parse_name(&name)?,
                role: Some(Role::Department),
                office_id: Some(office_id),
                created_by: Some(caller.user_id),
                ..Default::default()
            };
            // An approver sanctions up to her limit (none: nothing).
            let limit = match limit.trim() {
                "" => None,
                given => Some(
                    crate::money::Money::parse_price(given).map_err(|e| AppError::validation("limit", e.message()))?,
                ),
            };
            let id = create_person(&state.db, &new, &duties).await?;
            if let (Some(limit), true) = (limit, duties.contains(&Duty::Approver)) {
                let mut conn = state.db.pool.acquire().await?;
                crate::procurement::offices::set_approval_limit(
                    &mut conn,
                    id,
                    limit,
                    caller.user_id,
                    crate::db::now_ms(),
                )
                .await?;
            }
            go_to("/people?saved=office-user#offices");
            Ok(())
        }
        .await,
    )
}

#[cfg(feature = "ssr")]
fn parse_office_name(input: &str) -> Result<String, AppError> {
    let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
    if (3..=120).contains(&name.chars().count()) {
        Ok(name)
    } else {
        Err(AppError::validation(
            "name",
            crate::i18n::Tr::new(
                "कार्यालय का नाम हिन्दी और अंग्रेज़ी दोनों में लिखें",
                "Write the office name in both Hindi and English",
            ),
        ))
    }
}

/// Creates a login (with duties, for department users), refusing a phone
/// number that already has an account.
#[cfg(feature = "ssr")]
async fn create_person(db: &crate::db::Db, new: &ssr::NewUser, duties: &[Duty]) -> Result<i64, AppError> {
    use ssr::*;
    if store::user_by_phone(db, &new.phone).await?.is_some() {
        return Err(AppError::Conflict {
            message: Text::new("इस मोबाइल नंबर का खाता पहले से है", "This mobile number already has an account"),
        });
    }
    let mut tx = db.begin().await?;
    let id = store::create_user(&mut tx, new).await?;
    store::set_duties(&mut tx, id, duties).await?;
    tx.commit().await?;
    tracing::info!(user = id, role = ?new.role, by = ?new.created_by, "account created");
    Ok(id)
}
