//! The checkout's total, an island around the checkout's choices.
//!
//! Without JavaScript the total is the server's, for the choices the page
//! was rendered with; "see the total" renders it again for new choices,
//! and placing refuses a total that is not the one shown. With JavaScript
//! this island listens for a changed delivery (the radios are its server-
//! rendered children) and updates the total, and the amount (in paise) the
//! form sends, in place, with the same rule the server uses.

use crate::i18n::Lang;
use crate::money::format_paise;
use crate::orders::choice::checkout_total_paise;
use crate::orders::delivery::DeliveryMethod;
use crate::orders::text;
use leptos::prelude::*;

/// One group: its id, its goods and the fee of each delivery it can make,
/// in whole paise (integers keep decimal arithmetic out of the WASM).
pub type GroupFees = (i64, i64, Vec<(DeliveryMethod, i64)>);

/// The total in paise of `groups` with `chosen` deliveries (a group
/// without a possible choice adds its goods only).
fn total_of(groups: &[GroupFees], chosen: &[(i64, DeliveryMethod)]) -> i64 {
    checkout_total_paise(groups.iter().map(|(group, goods, fees)| {
        let method = chosen.iter().find(|(g, _)| g == group).map(|(_, m)| *m);
        let fee = fees.iter().find(|(m, _)| Some(*m) == method).map_or(0, |(_, fee)| *fee);
        (*goods, fee)
    }))
}

/// `delivery[12]` → 12.
fn group_of_field(name: &str) -> Option<i64> {
    name.strip_prefix("delivery[")?.strip_suffix(']')?.parse().ok()
}

#[island]
pub fn CheckoutTotal(
    lang: Lang,
    groups: Vec<GroupFees>,
    chosen: Vec<(i64, DeliveryMethod)>,
    children: Children,
) -> impl IntoView {
    let shown = total_of(&groups, &chosen);
    // Plain DOM writes, not reactive views: the smallest WASM for two numbers.
    let amount = NodeRef::<leptos::html::Strong>::new();
    let field = NodeRef::<leptos::html::Input>::new();
    let chosen = StoredValue::new(chosen);
    let groups = StoredValue::new(groups);
    let on_change = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let (Some(group), Some(method)) = (group_of_field(&input.name()), DeliveryMethod::parse(&input.value())) else {
            return;
        };
        chosen.update_value(|c| {
            c.retain(|(g, _)| *g != group);
            c.push((group, method));
        });
        let total = groups.with_value(|g| chosen.with_value(|c| total_of(g, c)));
        if let Some(amount) = amount.get_untracked() {
            amount.set_text_content(Some(&format_paise(total)));
        }
        if let Some(field) = field.get_untracked() {
            field.set_value(&total.to_string());
        }
    };
    view! {
        <div class="checkout-choices" on:change=on_change>
            {children()}
            <p class="checkout__total" id="total" aria-live="polite">
                {text::GRAND_TOTAL.get(lang)} ": " <strong node_ref=amount>{format_paise(shown)}</strong>
            </p>
            <input type="hidden" name="total" node_ref=field value=shown.to_string()/>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_total_follows_the_chosen_deliveries() {
        let groups: Vec<GroupFees> = vec![
            (1, 28_000, vec![(DeliveryMethod::Pickup, 0), (DeliveryMethod::Courier, 14_500)]),
            (2, 26_000, vec![(DeliveryMethod::Courier, 8_500)]),
        ];
        let courier = [(1, DeliveryMethod::Courier), (2, DeliveryMethod::Courier)];
        assert_eq!(total_of(&groups, &courier), 77_000);
        let pickup = [(1, DeliveryMethod::Pickup), (2, DeliveryMethod::Courier)];
        assert_eq!(total_of(&groups, &pickup), 62_500);
        assert_eq!(format_paise(total_of(&groups, &pickup)), "₹625");
    }

    #[test]
    fn only_delivery_fields_name_a_group() {
        assert_eq!(group_of_field("delivery[12]"), Some(12));
        assert_eq!(group_of_field("payment[12]"), None);
        assert_eq!(group_of_field("delivery[x]"), None);
    }
}
