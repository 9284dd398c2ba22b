//! Fetching one URL, politely and within bounds: a blocking `ureq` agent (rustls,
//! gzip and brotli) with connect and overall timeouts, at most a few redirects, a cap
//! on the decoded body (so a compression bomb stops at the cap), an honest
//! User-Agent, conditional GET for feeds, and a pause between two requests to the
//! same host. The body is decoded to text by [`super::charset`]. Every failure is a
//! [`FetchError`] naming the URL and saying why in one line.

use super::charset;
use std::collections::HashMap;
use std::fmt;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The largest body read (after decompression).
pub const MAX_BODY_BYTES: u64 = crate::ingest::input::MAX_INPUT_BYTES;

/// What a request is for: the content types it accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Want {
    Page,
    Feed,
}

/// How patient and polite a fetcher is.
#[derive(Clone, Debug)]
pub struct Limits {
    pub connect: Duration,
    /// The whole request, body included.
    pub overall: Duration,
    pub max_redirects: u32,
    pub max_bytes: u64,
    /// Least time between the starts of two requests to one host.
    pub per_host_gap: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            connect: Duration::from_secs(10),
            overall: Duration::from_secs(30),
            max_redirects: 5,
            max_bytes: MAX_BODY_BYTES,
            per_host_gap: Duration::from_millis(500),
        }
    }
}

/// A fetched body, decoded.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The URL after redirects.
    pub url: String,
    pub content_type: Option<String>,
    pub text: String,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
}

/// The outcome of a conditional GET.
#[derive(Debug)]
pub enum Response {
    Fresh(Fetched),
    NotModified,
}

/// A URL that could not be fetched, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchError {
    pub url: String,
    pub reason: String,
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.url, self.reason)
    }
}

impl std::error::Error for FetchError {}

/// A shared HTTP client; safe to use from several threads.
pub struct Fetcher {
    agent: ureq::Agent,
    limits: Limits,
    last_by_host: Mutex<HashMap<String, Instant>>,
}

/// The User-Agent parallax sends.
pub fn user_agent() -> String {
    format!(
        "parallax/{} (news comparison reader; +https://github.com/parallax-news/parallax)",
        env!("CARGO_PKG_VERSION")
    )
}

impl Fetcher {
    pub fn new(limits: Limits) -> Self {
        let config = ureq::Agent::config_builder()
            .timeout_connect(Some(limits.connect))
            .timeout_global(Some(limits.overall))
            .max_redirects(limits.max_redirects)
            .max_redirects_will_error(true)
            .http_status_as_error(false)
            .user_agent(user_agent())
            .build();
        Self {
            agent: config.new_agent(),
            limits,
            last_by_host: Mutex::new(HashMap::new()),
        }
    }

    /// GETs `url`; `validators` (ETag, Last-Modified) make it conditional.
    pub fn get(
        &self,
        url: &str,
        want: Want,
        validators: (Option<&str>, Option<&str>),
    ) -> Result<Response, FetchError> {
        let fail = |reason: String| FetchError {
            url: crate::text::sanitize(url),
            reason,
        };
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            return Err(fail("only http and https addresses can be fetched".into()));
        }
        self.wait_for_host(url);
        let accept = match want {
            Want::Page => "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
            Want::Feed => {
                "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
            }
        };
        let mut request = self.agent.get(url).header("Accept", accept);
        if let Some(etag) = validators.0 {
            request = request.header("If-None-Match", etag);
        }
        if let Some(modified) = validators.1 {
            request = request.header("If-Modified-Since", modified);
        }
        let mut response = request.call().map_err(|e| fail(reason_of(&e)))?;
        let status = response.status().as_u16();
        if status == 304 {
            return Ok(Response::NotModified);
        }
        if !(200..300).contains(&status) {
            let phrase = response.status().canonical_reason().unwrap_or("error");
            return Err(fail(format!("HTTP {status} {phrase}")));
        }
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let content_type = header("content-type");
        let (etag, last_modified) = (header("etag"), header("last-modified"));
        let final_url = {
            use ureq::ResponseExt;
            response.get_uri().to_string()
        };
        // A feed asked for as a page is read, so that the caller can say it is one.
        let readable = |k: &str| acceptable(k, want) || want == Want::Page && is_feed_type(k);
        let refused = |k: &&String| !readable(k);
        if let Some(kind) = content_type.as_ref().filter(refused) {
            let kind = kind.split(';').next().unwrap_or(kind).trim();
            return Err(fail(format!(
                "not a web page or feed (content type {kind})"
            )));
        }
        let bytes = response
            .body_mut()
            .with_config()
            .limit(self.limits.max_bytes)
            .read_to_vec()
            .map_err(|e| fail(reason_of(&e)))?;
        let text = charset::decode(&bytes, content_type.as_deref());
        Ok(Response::Fresh(Fetched {
            url: final_url,
            content_type,
            text,
            etag,
            last_modified,
        }))
    }

    /// Sleeps until this host may be asked again.
    fn wait_for_host(&self, url: &str) {
        let host = crate::ingest::url_host(url).unwrap_or(url).to_string();
        let wait = {
            let Ok(mut last) = self.last_by_host.lock() else {
                return;
            };
            let now = Instant::now();
            let next = last
                .get(&host)
                .map_or(now, |t| (*t + self.limits.per_host_gap).max(now));
            last.insert(host, next);
            next - now
        };
        if !wait.is_zero() {
            std::thread::sleep(wait);
        }
    }
}

/// A content type's media type, lower case, without its parameters
/// ("text/html; charset=utf-8" → "text/html").
fn media_type(content_type: &str) -> String {
    content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// True when a content type can be read as `want`.
fn acceptable(content_type: &str, want: Want) -> bool {
    let kind = media_type(content_type);
    let page = matches!(
        kind.as_str(),
        "text/html" | "application/xhtml+xml" | "text/plain"
    );
    let feed = kind.contains("xml") || kind.contains("json") || kind.contains("rss");
    match want {
        Want::Page => page || kind.is_empty(),
        Want::Feed => page || feed || kind.is_empty() || kind == "application/octet-stream",
    }
}

/// True for the content types feeds are served as (RSS, Atom, JSON Feed, XML).
pub fn is_feed_type(content_type: &str) -> bool {
    let kind = media_type(content_type);
    kind.ends_with("xml") && kind != "application/xhtml+xml" || kind == "application/feed+json"
}

/// A one-line reason for a transport error.
fn reason_of(e: &ureq::Error) -> String {
    use ureq::Error as E;
    match e {
        E::Timeout(_) => "timed out".into(),
        E::HostNotFound => "host not found (DNS)".into(),
        E::ConnectionFailed => "connection failed".into(),
        E::TooManyRedirects | E::RedirectFailed => "too many redirects (or a redirect loop)".into(),
        E::BodyExceedsLimit(limit) if *limit >= 1024 * 1024 => {
            format!("larger than {} MiB", limit / (1024 * 1024))
        }
        E::BodyExceedsLimit(limit) => format!("larger than {} KiB", limit / 1024),
        E::Io(io) => {
            // The system resolver's failure reaches ureq as an I/O error.
            let text = io.to_string();
            match text.strip_prefix("failed to lookup address information: ") {
                Some(why) => format!("host not found (DNS: {why})"),
                None => format!("connection error: {text}"),
            }
        }
        E::Tls(why) => format!("TLS error: {why}"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types() {
        let cases = [
            ("text/html; charset=utf-8", Want::Page, true),
            ("application/pdf", Want::Page, false),
            ("image/png", Want::Feed, false),
            ("application/rss+xml", Want::Feed, true),
            ("application/rss+xml", Want::Page, false),
            ("text/xml", Want::Feed, true),
        ];
        for (kind, want, ok) in cases {
            assert_eq!(acceptable(kind, want), ok, "{kind} {want:?}");
        }
        for (kind, feed) in [
            ("application/rss+xml; charset=utf-8", true),
            ("application/atom+xml", true),
            ("application/xml", true),
            ("text/xml", true),
            ("application/feed+json", true),
            ("application/xhtml+xml", false),
            ("text/html", false),
            ("application/pdf", false),
        ] {
            assert_eq!(is_feed_type(kind), feed, "{kind}");
        }
    }

    #[test]
    fn transport_errors_read_as_one_line() {
        let io = |text: &str| ureq::Error::Io(std::io::Error::other(text.to_string()));
        let cases = [
            (ureq::Error::HostNotFound, "host not found (DNS)"),
            (
                io("failed to lookup address information: Name or service not known"),
                "host not found (DNS: Name or service not known)",
            ),
            (
                io("Connection reset by peer (os error 104)"),
                "connection error: Connection reset by peer (os error 104)",
            ),
            (
                ureq::Error::BodyExceedsLimit(4 * 1024 * 1024),
                "larger than 4 MiB",
            ),
            (
                ureq::Error::BodyExceedsLimit(256 * 1024),
                "larger than 256 KiB",
            ),
        ];
        for (error, reason) in cases {
            assert_eq!(reason_of(&error), reason);
        }
    }

    #[test]
    fn refuses_other_schemes() {
        let fetcher = Fetcher::new(Limits::default());
        let e = fetcher
            .get("file:///etc/passwd", Want::Page, (None, None))
            .expect_err("refused");
        assert!(e.to_string().starts_with("file:///etc/passwd: only http"));
    }
}
