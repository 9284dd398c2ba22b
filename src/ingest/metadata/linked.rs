//! A page's JSON-LD (schema.org linked data) walked whole — arrays, `@graph`,
//! objects nested under `mainEntity` and the like — for publication dates (an
//! article's first, any other object's after), the publisher (given by name, or by
//! an `@id` looked up among the page's other objects) and the site's own name.

/// What a page's JSON-LD says, walked whole (arrays, `@graph`, nested objects such
/// as `mainEntity`), with publishers given only by `@id` looked up by that id.
#[derive(Debug, Default)]
pub struct LinkedData {
    /// `datePublished` of article types, in page order.
    pub article_dates: Vec<String>,
    /// `datePublished` of any other type.
    pub other_dates: Vec<String>,
    /// The publisher of the first article that names one: a name or an `@id`.
    publisher: Option<Named>,
    pub website: Option<String>,
    /// Every object's name by its `@id`.
    names: Vec<(String, String)>,
}

#[derive(Debug)]
enum Named {
    Name(String),
    Id(String),
}

impl LinkedData {
    pub fn read(&mut self, value: &serde_json::Value) {
        self.walk(value, 0);
    }

    fn walk(&mut self, value: &serde_json::Value, depth: usize) {
        use serde_json::Value;
        if depth > 8 {
            return;
        }
        match value {
            Value::Array(items) => items.iter().for_each(|v| self.walk(v, depth + 1)),
            Value::Object(map) => {
                let types: Vec<&str> = match map.get("@type") {
                    Some(Value::String(t)) => vec![t.as_str()],
                    Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
                    _ => Vec::new(),
                };
                let name = map.get("name").and_then(Value::as_str).map(str::trim);
                if let (Some(Value::String(id)), Some(name)) = (map.get("@id"), name) {
                    self.names.push((id.clone(), name.to_string()));
                }
                if types.contains(&"WebSite") && self.website.is_none() {
                    self.website = name.filter(|n| !n.is_empty()).map(str::to_string);
                }
                let is_article = types.iter().any(|t| is_article_type(t));
                if let Some(Value::String(stamp)) = map.get("datePublished") {
                    let dates = if is_article {
                        &mut self.article_dates
                    } else {
                        &mut self.other_dates
                    };
                    dates.push(stamp.clone());
                }
                if is_article && self.publisher.is_none() {
                    self.publisher = map.get("publisher").and_then(named);
                }
                for (key, v) in map {
                    if key != "@type" && (v.is_object() || v.is_array()) {
                        self.walk(v, depth + 1);
                    }
                }
            }
            _ => {}
        }
    }

    /// The publisher's name, its `@id` resolved through the page's other objects.
    pub fn publisher(&self) -> Option<String> {
        match self.publisher.as_ref()? {
            Named::Name(name) => Some(name.clone()),
            Named::Id(id) => self
                .names
                .iter()
                .find(|(i, _)| i == id)
                .map(|(_, n)| n.clone()),
        }
    }
}

/// A publisher given as a name, an object with a name or an `@id`, or a list of these.
fn named(value: &serde_json::Value) -> Option<Named> {
    use serde_json::Value;
    let nonempty = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
    match value {
        Value::String(name) => nonempty(name).map(Named::Name),
        Value::Object(p) => p
            .get("name")
            .and_then(Value::as_str)
            .and_then(nonempty)
            .map(Named::Name)
            .or_else(|| {
                p.get("@id")
                    .and_then(Value::as_str)
                    .and_then(nonempty)
                    .map(Named::Id)
            }),
        Value::Array(ps) => ps.iter().find_map(named),
        _ => None,
    }
}

fn is_article_type(t: &str) -> bool {
    t.ends_with("Article") || matches!(t, "BlogPosting" | "Report" | "LiveBlogPosting")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn linked(json: &str) -> LinkedData {
        let mut data = LinkedData::default();
        data.read(&serde_json::from_str(json).expect("test JSON"));
        data
    }

    #[test]
    fn publishers_by_name_or_id() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                r#"{"@type":"NewsArticle","publisher":"Wire"}"#,
                Some("Wire"),
            ),
            (
                r#"{"@type":"NewsArticle","publisher":[{"@type":"Organization","name":" Wire "}]}"#,
                Some("Wire"),
            ),
            (
                r##"[{"@type":"Article","publisher":{"@id":"#org"}},{"@id":"#org","name":"Org Name"}]"##,
                Some("Org Name"),
            ),
            (
                r##"{"@type":"Article","publisher":{"@id":"#nowhere"}}"##,
                None,
            ),
            // Only an article's publisher counts, not a page's.
            (r#"{"@type":"WebPage","publisher":"Not This"}"#, None),
        ];
        for (json, expected) in cases {
            assert_eq!(linked(json).publisher().as_deref(), *expected, "{json}");
        }
    }

    #[test]
    fn article_dates_come_before_other_dates() {
        let data = linked(
            r#"{"@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":["BlogPosting"],"datePublished":"2020-01-02"}]}"#,
        );
        assert_eq!(data.article_dates, ["2020-01-02"]);
        assert_eq!(data.other_dates, ["2020-01-01"]);
    }
}
