//! The server functions of `/monitor/targets`: targets per block per
//! financial year. District and state officials read them in their scope;
//! a state official or a whole district's official sets them
//! (`targets::may_set_targets`), for blocks in her scope only.

use crate::error::AppError;
use crate::monitoring::types::TargetsView;
use leptos::prelude::*;

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use crate::accounts::types::{Caller, Scope};
    use crate::error::AppError;
    use crate::i18n::Text;
    use crate::monitoring::targets::{achieved_percent, behind_first, may_set_targets, Measure};
    use crate::monitoring::types::{TargetRow, TargetsView};
    use haat_store::db::Db;
    use haat_store::monitoring::target_store as store;

    /// The financial year a form names (the current one when none).
    pub fn fy_of(word: &Option<String>, now: i64) -> Result<i64, AppError> {
        match word.as_deref().map(str::trim).filter(|w| !w.is_empty()) {
            None => Ok(crate::dates::financial_year_of(crate::dates::day_of(now))),
            Some(word) => word.parse::<i64>().ok().filter(|y| (2000..=2200).contains(y)).ok_or_else(|| {
                AppError::validation("fy", Text::new("वित्त वर्ष सूची से चुनें", "Choose a financial year from the list"))
            }),
        }
    }

    pub async fn targets_view(
        db: &Db,
        caller: &Caller,
        [fy, district, measure]: [&Option<String>; 3],
        now: i64,
    ) -> Result<TargetsView, AppError> {
        let fy = fy_of(fy, now)?;
        let measure = match measure.as_deref().map(str::trim).filter(|w| !w.is_empty()) {
            None => Measure::Sales,
            Some(word) => Measure::parse(word)
                .ok_or_else(|| AppError::validation("measure", Text::new("सूची से चुनें", "Choose from the list")))?,
        };
        let asked = crate::monitoring::api::sales_ssr::place_id("district", district)?;
        let (districts, district) = match &caller.scope {
            Scope::District { district_id, .. } => (Vec::new(), Some(*district_id)),
            Scope::State { .. } => {
                let options: Vec<(i64, Text)> = crate::accounts::places::districts_in_scope(db, &caller.scope)
                    .await?
                    .into_iter()
                    .map(|d| (d.id, d.name))
                    .collect();
                let chosen = asked.or_else(|| options.first().map(|d| d.0));
                (options, chosen)
            }
            _ => return Err(AppError::Forbidden),
        };
        let (first, last) = crate::dates::financial_year_days(fy).ok_or(AppError::Internal)?;
        let mut rows = Vec::new();
        if let Some(district) = district {
            let blocks = store::blocks_in_scope(db, &caller.scope, district).await?;
            let targets = store::targets(db, district, fy).await?;
            let achieved = store::achieved(db, district, (first, last)).await?;
            for (block_id, name) in blocks {
                rows.push(TargetRow {
                    block_id,
                    name,
                    target: targets.iter().find(|(b, _)| *b == block_id).map(|(_, f)| *f),
                    achieved: achieved.iter().find(|(b, _)| *b == block_id).map(|(_, f)| *f).unwrap_or_default(),
                });
            }
        }
        let shares: Vec<(Text, Option<f64>)> = rows
            .iter()
            .map(|r| (r.name.clone(), r.target.and_then(|t| achieved_percent(r.achieved.of(measure), t.of(measure)))))
            .collect();
        let (shares, average) = behind_first(&shares);
        let scope = crate::accounts::places::scope_name(db, &caller.scope).await?.unwrap_or_default();
        Ok(TargetsView {
            scope,
            fy,
            districts,
            district,
            measure,
            rows,
            shares,
            average,
            may_set: may_set_targets(&caller.scope),
        })
    }
}

/// Targets per block for a financial year (the current one by default) in
/// one district of the official's scope, beside what each block achieved.
/// District and state officials.
#[server(prefix = "/api", endpoint = "monitor_targets")]
pub async fn get_monitor_targets(
    fy: Option<String>,
    district: Option<String>,
    measure: Option<String>,
) -> Result<TargetsView, AppError> {
    use crate::monitoring::api::ssr::{db, now_ms, official, respond};
    respond(
        async {
            let (caller, _) = official().await?;
            ssr::targets_view(&db()?, &caller, [&fy, &district, &measure], now_ms()).await
        }
        .await,
    )
}

/// Sets one block's targets for a financial year. A state official (a
/// block of her state) or a district official over the whole district (a
/// block of her district).
#[server(prefix = "/api", endpoint = "set_block_targets")]
pub async fn set_block_targets(
    block: String,
    fy: String,
    groups: String,
    listings: String,
    sales: String,
) -> Result<(), AppError> {
    use crate::accounts::types::Scope;
    use crate::i18n::Text;
    use crate::monitoring::api::ssr::{db, now_ms, official, respond};
    respond(
        async {
            let (caller, _) = official().await?;
            if !crate::monitoring::targets::may_set_targets(&caller.scope) {
                return Err(AppError::Forbidden);
            }
            let fy = ssr::fy_of(&Some(fy), now_ms())?;
            let block_id = block.trim().parse::<i64>().map_err(|_| {
                AppError::validation("block", Text::new("ब्लॉक सूची से चुनें", "Choose a block from the list"))
            })?;
            let figures = crate::monitoring::targets::parse_targets(&groups, &listings, &sales)
                .map_err(|why| AppError::validation("targets", why))?;
            let db = db()?;
            let mut tx = db.begin().await?;
            let place = haat_store::monitoring::target_store::block_place(&mut tx, block_id).await?;
            let (district_id, state_id) = place.ok_or(AppError::NotFound)?;
            let mine = match caller.scope {
                Scope::District { district_id: own, block_id: None } => own == district_id,
                Scope::State { state_id: own } => own == state_id,
                _ => false,
            };
            if !mine {
                return Err(AppError::Forbidden);
            }
            haat_store::monitoring::target_store::set_targets(
                &mut tx,
                block_id,
                fy,
                &figures,
                caller.user_id,
                now_ms(),
            )
            .await?;
            tx.commit().await?;
            leptos_axum::redirect(&format!(
                "/monitor/targets?fy={fy}&district={district_id}&saved=targets#block-{block_id}"
            ));
            Ok(())
        }
        .await,
    )
}
