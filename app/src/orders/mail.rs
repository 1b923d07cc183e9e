//! Order notices by email (server only). The in-app inbox is the record;
//! email is a copy for people who gave an address. A notice is claimed
//! (`emailed_at`) before it is sent, so several workers never send one
//! twice; a send that fails is logged and not retried (the inbox has it).

use crate::db::Db;
use crate::error::AppError;

/// Something that delivers an email. Pluggable, like the SMS sender.
#[async_trait::async_trait]
pub trait Mailer: Send + Sync {
    async fn send(&self, to: &str, subject: &str, body: &str) -> Result<(), String>;
}

/// Plain SMTP to a relay (`smtp://host:port`).
pub struct SmtpMailer {
    transport: lettre::AsyncSmtpTransport<lettre::Tokio1Executor>,
    from: lettre::message::Mailbox,
}

impl SmtpMailer {
    pub fn new(url: &str, from: &str) -> Result<SmtpMailer, String> {
        let rest = url.strip_prefix("smtp://").ok_or("the mail server URL must start with smtp://")?;
        let (host, port) = match rest.trim_end_matches('/').rsplit_once(':') {
            Some((host, port)) => {
                (host.to_string(), port.parse::<u16>().map_err(|_| "bad port in the mail server URL")?)
            }
            None => (rest.trim_end_matches('/').to_string(), 25),
        };
        let transport =
            lettre::AsyncSmtpTransport::<lettre::Tokio1Executor>::builder_dangerous(host).port(port).build();
        let from = from.parse().map_err(|e| format!("the sender address is not valid: {e}"))?;
        Ok(SmtpMailer { transport, from })
    }
}

#[async_trait::async_trait]
impl Mailer for SmtpMailer {
    async fn send(&self, to: &str, subject: &str, body: &str) -> Result<(), String> {
        use lettre::AsyncTransport;
        let to = to.parse().map_err(|e| format!("bad recipient: {e}"))?;
        let message = lettre::Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(lettre::message::header::ContentType::TEXT_PLAIN)
            .body(body.to_string())
            .map_err(|e| e.to_string())?;
        self.transport.send(message).await.map(|_| ()).map_err(|e| e.to_string())
    }
}

/// Emails every notice not yet emailed (of the last day) to people with an
/// address; `site` is the public address links start with. Returns how many went.
pub async fn send_pending(db: &Db, mailer: &dyn Mailer, site: &str, now: i64) -> Result<usize, AppError> {
    let due = crate::orders::notify::to_email(db, now - 24 * 60 * 60 * 1000, 200).await?;
    let mut sent = 0;
    for (id, email, hi, en, link) in due {
        if !crate::orders::notify::claim_for_email(db, id, now).await? {
            continue;
        }
        let body = format!("{hi}\n{en}\n\n{}{link}\n\n— हाट / Haat", site.trim_end_matches('/'));
        match mailer.send(&email, &format!("हाट / Haat: {en}"), &body).await {
            Ok(()) => sent += 1,
            Err(error) => tracing::warn!(notice = id, %error, "emailing a notice failed"),
        }
    }
    Ok(sent)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::now_ms;
    use crate::db::testing::each_engine;
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

    /// A local SMTP server that accepts every message and hands it to the test.
    async fn smtp_server() -> (u16, tokio::sync::mpsc::UnboundedReceiver<String>) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let tx = tx.clone();
                tokio::spawn(async move {
                    let (read, mut write) = socket.into_split();
                    let mut lines = BufReader::new(read).lines();
                    write.write_all(b"220 test ESMTP\r\n").await.unwrap();
                    let mut message = String::new();
                    let mut in_data = false;
                    while let Ok(Some(line)) = lines.next_line().await {
                        if in_data {
                            if line == "." {
                                in_data = false;
                                tx.send(std::mem::take(&mut message)).unwrap();
                                write.write_all(b"250 queued\r\n").await.unwrap();
                            } else {
                                message.push_str(&line);
                                message.push('\n');
                            }
                            continue;
                        }
                        let reply: &[u8] = match line.get(..4).unwrap_or("").to_ascii_uppercase().as_str() {
                            "EHLO" | "HELO" => b"250 test\r\n",
                            "DATA" => {
                                in_data = true;
                                b"354 go on\r\n"
                            }
                            "QUIT" => {
                                write.write_all(b"221 bye\r\n").await.unwrap();
                                break;
                            }
                            _ => b"250 ok\r\n",
                        };
                        write.write_all(reply).await.unwrap();
                    }
                });
            }
        });
        (port, rx)
    }

    #[tokio::test]
    async fn notices_reach_people_with_an_email_once() {
        each_engine(|db| async move {
            let (port, mut inbox) = smtp_server().await;
            let mailer = SmtpMailer::new(&format!("smtp://127.0.0.1:{port}"), "Haat <orders@haat.local>").unwrap();
            let with_email: i64 = sqlx::query_scalar(
                "INSERT INTO users (phone, name, role, email, created_at, updated_at) \
                 VALUES ('9555555555', 'A', 'shopper', 'sunita@example.in', 0, 0) RETURNING id",
            )
            .fetch_one(&db.pool)
            .await
            .unwrap();
            let without = crate::testing::shopper(&db, "9555555556").await;
            for user in [with_email, without] {
                sqlx::query(
                    "INSERT INTO notifications (user_id, text_en, text_hi, link, created_at) \
                     VALUES ($1, 'Order HT-2611-00042-7: Dispatched', 'ऑर्डर HT-2611-00042-7: रवाना', '/orders/HT-2611-00042-7', $2)",
                )
                .bind(user)
                .bind(now_ms())
                .execute(&db.pool)
                .await
                .unwrap();
            }
            assert_eq!(send_pending(&db, &mailer, "https://haat.example", now_ms()).await.unwrap(), 1);
            let message = tokio::time::timeout(std::time::Duration::from_secs(5), inbox.recv()).await.unwrap().unwrap();
            assert!(message.contains("To: sunita@example.in"), "{message}");
            assert!(message.contains("https://haat.example/orders/HT-2611-00042-7"), "{message}");
            assert_eq!(send_pending(&db, &mailer, "https://haat.example", now_ms()).await.unwrap(), 0, "once");
        })
        .await;
    }

    #[test]
    fn the_mail_server_url_is_checked() {
        assert!(SmtpMailer::new("smtp://127.0.0.1:2525", "Haat <orders@haat.local>").is_ok());
        assert!(SmtpMailer::new("http://x", "Haat <orders@haat.local>").is_err());
        assert!(SmtpMailer::new("smtp://x:notaport", "Haat <orders@haat.local>").is_err());
        assert!(SmtpMailer::new("smtp://x", "not an address").is_err());
    }
}
