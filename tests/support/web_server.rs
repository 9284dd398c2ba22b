//! A real HTTP server on 127.0.0.1 (port 0) for the web tests: recorded pages and
//! feeds written for the tests, and the faults a reader meets on the web (errors,
//! redirect loops, a server that never answers, endless and huge bodies, compression
//! bombs, wrong content types, other encodings). Nothing leaves the machine.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, LazyLock};
use std::time::Duration;

pub struct Server {
    pub base: String,
}

pub fn article_page(outlet: &str, title: &str, body: &[&str], canonical: &str) -> String {
    let paragraphs: String = body.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        r#"<!DOCTYPE html><html><head><title>{title} | {outlet}</title>
<meta property="og:site_name" content="{outlet}"><meta property="og:title" content="{title}">
<link rel="canonical" href="{canonical}">
<meta property="article:published_time" content="2024-06-12T08:30:00Z"></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<footer><p>Copyright {outlet}. All rights reserved.</p></footer></body></html>"#
    )
}

pub const BRIDGE: &[&str] = &[
    "The city council voted on Monday to close the old river bridge for eight months of repairs starting in March.",
    "Engineers found cracks in two of the bridge's steel supports during an inspection last autumn, the council said.",
    "Traffic will be sent over the northern ring road, which officials expect to add up to twenty minutes to a commute.",
    "Local shop owners near the bridge said they feared losing customers during the closure and asked for help.",
];

pub const FERRY: &[&str] = &[
    "A new ferry line across the river will start running in March while the old bridge is closed for repairs.",
    "The ferry will carry up to two hundred passengers an hour, the transport office said in a statement on Tuesday.",
    "Tickets will cost the same as a bus fare, and bicycles will be allowed on board free of charge.",
    "The service is due to end when the bridge reopens, although some council members want to keep it running.",
];

/// 16 MiB of spaces, gzipped to a few kilobytes.
static BOMB: LazyLock<Vec<u8>> = LazyLock::new(|| {
    use flate2::{Compression, write::GzEncoder};
    let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
    let spaces = vec![b' '; 1024 * 1024];
    for _ in 0..16 {
        let _ = gz.write_all(&spaces);
    }
    gz.finish().unwrap_or_default()
});

fn respond(stream: &mut TcpStream, status: &str, headers: &[(&str, String)], body: &[u8]) {
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
}

fn rss(base: &str, items: &[(&str, &str)]) -> String {
    let items: String = items
        .iter()
        .map(|(id, path)| {
            format!("<item><title>Item {id}</title><link>{base}{path}</link><guid>{id}</guid><description>A short teaser.</description><pubDate>Wed, 12 Jun 2024 08:30:00 GMT</pubDate></item>")
        })
        .collect();
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>River City Wire</title><link>{base}/</link>{items}</channel></rss>"#
    )
}

fn handle(mut stream: TcpStream, base: &str) {
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    let mut if_none_match = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        if let Some((_, v)) = line
            .split_once(':')
            .filter(|(k, _)| k.eq_ignore_ascii_case("if-none-match"))
        {
            if_none_match = Some(v.trim().to_string());
        }
    }
    let path = request.split_whitespace().nth(1).unwrap_or("/").to_string();
    let html = |b: String| (String::from("text/html; charset=utf-8"), b.into_bytes());
    let (kind, body) = match path.as_str() {
        "/feed.xml" => {
            if if_none_match.as_deref() == Some("\"v1\"") {
                respond(&mut stream, "304 Not Modified", &[], b"");
                return;
            }
            let body = rss(
                base,
                &[
                    ("b1", "/bridge.html"),
                    ("f1", "/ferry.html"),
                    ("d1", "/dead.html"),
                ],
            );
            respond(
                &mut stream,
                "200 OK",
                &[
                    ("Content-Type", "application/rss+xml".into()),
                    ("ETag", "\"v1\"".into()),
                ],
                body.as_bytes(),
            );
            return;
        }
        "/plain-feed.xml" => (
            String::from("application/rss+xml"),
            rss(base, &[("b1", "/bridge.html")]).into_bytes(),
        ),
        "/feed-as-xml" => (
            String::from("application/xml"),
            rss(base, &[("b1", "/bridge.html")]).into_bytes(),
        ),
        "/feed-as-text" => (
            String::from("text/plain; charset=utf-8"),
            rss(base, &[("b1", "/bridge.html")]).into_bytes(),
        ),
        "/big-feed.xml" => {
            let items: Vec<(String, String)> = (0..10_000)
                .map(|i| (format!("n{i}"), format!("/none/{i}")))
                .collect();
            let refs: Vec<(&str, &str)> = items
                .iter()
                .map(|(a, b)| (a.as_str(), b.as_str()))
                .collect();
            (
                String::from("application/rss+xml"),
                rss(base, &refs).into_bytes(),
            )
        }
        "/bad-feed.xml" => (
            String::from("application/rss+xml"),
            b"<rss><channel><item><title>broken".to_vec(),
        ),
        "/bridge.html" => html(article_page(
            "River City Times",
            "Old bridge to close for repairs",
            BRIDGE,
            &format!("{base}/bridge.html"),
        )),
        "/ferry.html" => html(article_page(
            "Harbour Post",
            "Ferry to replace bridge",
            FERRY,
            &format!("{base}/ferry.html"),
        )),
        "/bridge-again.html" => html(article_page(
            "River City Times",
            "Old bridge to close for repairs",
            BRIDGE,
            &format!("{base}/bridge.html"),
        )),
        "/cp1251.html" => {
            let text = format!("<html><head><title>Мост закроют</title></head><body><article>{}</article></body></html>",
                ["Городской совет в понедельник проголосовал за закрытие старого моста на восемь месяцев ремонта.",
                 "Инженеры обнаружили трещины в двух стальных опорах моста во время осенней проверки, сообщили в совете.",
                 "Движение направят по северной кольцевой дороге, что добавит до двадцати минут к поездке."]
                .iter().map(|p| format!("<p>{p}</p>")).collect::<String>());
            let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&text);
            (
                String::from("text/html; charset=windows-1251"),
                bytes.into_owned(),
            )
        }
        "/pdf" => (String::from("application/pdf"), b"%PDF-1.4".to_vec()),
        "/server-error" => {
            respond(&mut stream, "500 Internal Server Error", &[], b"oops");
            return;
        }
        "/loop" => {
            respond(
                &mut stream,
                "302 Found",
                &[("Location", format!("{base}/loop"))],
                b"",
            );
            return;
        }
        "/never-ends" => {
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n<html><body>");
            std::thread::sleep(Duration::from_secs(30));
            return;
        }
        "/huge" => {
            let _ = stream.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 104857600\r\n\r\n",
            );
            let chunk = vec![b'a'; 64 * 1024];
            for _ in 0..1600 {
                if stream.write_all(&chunk).is_err() {
                    return;
                }
            }
            return;
        }
        "/bomb" => {
            respond(
                &mut stream,
                "200 OK",
                &[
                    ("Content-Type", "text/html".into()),
                    ("Content-Encoding", "gzip".into()),
                ],
                &BOMB,
            );
            return;
        }
        "/silent" => {
            // Reads the request, then never says a word.
            std::thread::sleep(Duration::from_secs(30));
            return;
        }
        _ => {
            respond(&mut stream, "404 Not Found", &[], b"not here");
            return;
        }
    };
    respond(&mut stream, "200 OK", &[("Content-Type", kind)], &body);
}

/// Starts the server on a free port; it lives as long as the test process.
pub fn start() -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").expect("binds a local port");
    let base = format!("http://{}", listener.local_addr().expect("has an address"));
    LazyLock::force(&BOMB);
    let b = Arc::new(base.clone());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let b = b.clone();
            std::thread::spawn(move || handle(stream, &b));
        }
    });
    Server { base }
}
