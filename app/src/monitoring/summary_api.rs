//! The server function of `/monitor/summary`: one district's month on a
//! printable page, composed of the dashboard's own views (flow, sales,
//! targets, quality, what is late), each read for that district only.

use crate::error::AppError;
use crate::monitoring::types::SummaryView;
use leptos::prelude::*;

/// A district's month (the last complete one by default) for its own
/// official, a state official of its state, or a block official (her
/// block only). District and state officials.
#[server(prefix = "/api", endpoint = "monitor_summary")]
pub async fn get_monitor_summary(month: Option<String>, district: Option<String>) -> Result<SummaryView, AppError> {
    use crate::accounts::types::{Caller, Scope};
    use crate::i18n::Text;
    use crate::monitoring::api::ssr::{db, now_ms, official, respond};
    use crate::monitoring::waits::Wait;
    respond(
        async {
            let (caller, _) = official().await?;
            let db = db()?;
            let now = now_ms();
            let today = crate::dates::day_of(now);
            let this_month = crate::dates::month_start(today);
            let months: Vec<i64> =
                std::iter::successors(Some(this_month), |m| Some(crate::dates::month_start(m - 1))).take(13).collect();
            let first = match month.as_deref().map(str::trim).filter(|m| !m.is_empty()) {
                None => months[1],
                Some(m) => {
                    crate::dates::parse_iso_day(&format!("{m}-01")).filter(|d| months.contains(d)).ok_or_else(|| {
                        AppError::validation("month", Text::new("महीना सूची से चुनें", "Choose a month from the list"))
                    })?
                }
            };
            let last = (crate::dates::next_month_start(first) - 1).min(today);
            let asked = match district.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
                None => None,
                Some(d) => Some(d.parse::<i64>().map_err(|_| {
                    AppError::validation("district", Text::new("ज़िला सूची से चुनें", "Choose a district from the list"))
                })?),
            };
            // The district read, and the scope it is read in: the caller's
            // own for a district or block official, the district chosen
            // (of her state) for a state official.
            let (districts, scope) = match &caller.scope {
                Scope::District { .. } => (Vec::new(), caller.scope.clone()),
                Scope::State { .. } => {
                    let options: Vec<(i64, Text)> = crate::accounts::places::districts_in_scope(&db, &caller.scope)
                        .await?
                        .into_iter()
                        .map(|d| (d.id, d.name))
                        .collect();
                    let chosen = match asked {
                        Some(id) => options.iter().find(|d| d.0 == id).map(|d| d.0).ok_or(AppError::Forbidden)?,
                        None => options.first().map(|d| d.0).ok_or(AppError::NotFound)?,
                    };
                    (options, Scope::District { district_id: chosen, block_id: None })
                }
                _ => return Err(AppError::Forbidden),
            };
            let Scope::District { district_id, .. } = scope else { return Err(AppError::Internal) };
            let groups = crate::accounts::access::groups_in_scope(&scope).ok_or(AppError::Forbidden)?;
            let reader = Caller { scope: scope.clone(), ..caller.clone() };
            let (period, from, to) =
                (Some("custom".to_string()), Some(crate::dates::iso_day(first)), Some(crate::dates::iso_day(last)));
            let flow =
                crate::monitoring::flow_api::ssr::flow_view(&db, &reader, groups, [&period, &from, &to, &None], now)
                    .await?;
            let sales_query = crate::monitoring::api::SalesQuery {
                period: period.clone(),
                from: from.clone(),
                to: to.clone(),
                ..Default::default()
            };
            let sales = crate::monitoring::api::sales_ssr::sales_view(&db, &scope, &sales_query, now).await?;
            let fy = Some(crate::dates::financial_year_of(last).to_string());
            let targets = crate::monitoring::targets_api::ssr::targets_view(
                &db,
                &reader,
                [&fy, &Some(district_id.to_string()), &None],
                now,
            )
            .await?;
            let quality =
                crate::monitoring::quality_api::ssr::quality_view(&db, &reader, groups, (&period, &from, &to), now, 0)
                    .await?;
            let mut waits = Vec::new();
            for wait in Wait::ALL {
                waits.push(crate::monitoring::now::count(&db, wait, groups, now).await?);
            }
            let district = crate::accounts::places::scope_name(&db, &scope).await?.unwrap_or_default();
            Ok(SummaryView {
                district,
                districts,
                district_id,
                first,
                last,
                months,
                flow,
                sales,
                targets,
                quality,
                waits,
                now,
            })
        }
        .await,
    )
}
