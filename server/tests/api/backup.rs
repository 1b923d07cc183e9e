//! A backup taken while buyers check out holds every order acknowledged
//! before it began, and restores into a working database with its photos.

use crate::contention::shopper;
use crate::helpers::spawn_app;
use app::db::{Db, Engine};

#[tokio::test]
async fn a_backup_taken_during_checkouts_restores_every_acknowledged_order() {
    let running = spawn_app(Engine::Sqlite).await;
    let app = running.app.clone();
    // Orders answered before the backup begins.
    let before: Vec<_> = (0..3).map(|n| tokio::spawn(shopper(app.clone(), n))).collect();
    for task in before {
        assert!(task.await.unwrap().iter().all(|s| *s == 200));
    }
    let acknowledged: Vec<String> =
        sqlx::query_scalar("SELECT number FROM orders ORDER BY number").fetch_all(&app.db.pool).await.unwrap();
    assert_eq!(acknowledged.len(), 9);

    // More checkouts while the backup runs.
    let during: Vec<_> = (3..7).map(|n| tokio::spawn(shopper(app.clone(), n))).collect();
    let folder = app.data_dir.join("backup-1");
    let report = haat_server::backup::backup(&app.db, &app.data_dir.join("media"), &folder).await.unwrap();
    for task in during {
        assert!(task.await.unwrap().iter().all(|s| *s == 200));
    }
    assert!(report.media_files > 0, "{report}");
    // A backup never writes over another.
    assert!(haat_server::backup::backup(&app.db, &app.data_dir.join("media"), &folder).await.is_err());

    let restored_dir = app.data_dir.join("restored");
    let database = restored_dir.join("haat.db");
    haat_server::backup::restore(&folder, &restored_dir, &database).await.unwrap();
    assert!(haat_server::backup::restore(&folder, &restored_dir, &database).await.is_err(), "never overwrites");
    let restored = Db::connect(&format!("sqlite://{}", database.display())).await.unwrap();
    let numbers: Vec<String> =
        sqlx::query_scalar("SELECT number FROM orders ORDER BY number").fetch_all(&restored.pool).await.unwrap();
    for number in &acknowledged {
        assert!(numbers.contains(number), "{number} was acknowledged before the backup began");
    }
    // Whole orders only: every order in the copy has its lines.
    let orphans: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id)",
    )
    .fetch_one(&restored.pool)
    .await
    .unwrap();
    assert_eq!(orphans, 0);
    // Every photo the copy names came along.
    let keys: Vec<String> =
        sqlx::query_scalar("SELECT media_key FROM product_photos").fetch_all(&restored.pool).await.unwrap();
    assert!(!keys.is_empty());
    for key in keys {
        assert!(restored_dir.join("media").join(&key).is_file(), "{key}");
    }
    restored.pool.close().await;
    running.stop().await;
}
