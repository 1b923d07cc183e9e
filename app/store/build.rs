// `sqlx::migrate!` embeds the migration files at compile time; without this,
// adding a migration alone would not rebuild the crate (sqlx's advice).
fn main() {
    println!("cargo:rerun-if-changed=../../server/migrations");
}
