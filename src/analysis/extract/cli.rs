//! BroadWorks CLI output pasted into a bundle (a `bwcli` session of an XSP,
//! ADP or AS), and a Partner Hub customer template pasted beside it.
//!
//! The CLI's layout is not fixed between releases, so nothing here keys on
//! it: a session is followed by its prompts (`XSP_CLI/Interface/Http/
//! HttpServer>`, whose path is the CLI level the guide names), the server
//! by the host it connected to (`Connected to xsp1…`, a shell prompt
//! `[user@xsp1 ~]$`); a value is a `name = value` or `Label: value` line,
//! and a listing is a table of columns under their headings (up to
//! `N entries found`). What the names mean is for the diagnosis.

/// A value the output shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting {
    /// The server the output is of, when the output says.
    pub host: Option<String>,
    /// The CLI level (`XSP_CLI/Interface/Messaging`); `None` outside a
    /// session (a template, notes).
    pub level: Option<String>,
    pub name: String,
    pub value: String,
}

/// A listing: each row's cells under their column headings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub host: Option<String>,
    pub level: Option<String>,
    pub rows: Vec<Vec<(String, String)>>,
}

/// What a piece of output is, with the byte offset of its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Setting(Setting),
    Table(Table),
}

re!(
    PROMPT,
    r"^\s*(?:\S+\s+)?((?:[A-Z]+)\\?_CLI(?:/[^>\s]*)?)>\s*(.*)$"
);
re!(
    CONNECTED,
    r"(?i)^\s*connected to\s+([A-Za-z0-9][A-Za-z0-9.\-]*)"
);
re!(
    SHELL,
    r"^\s*\[[^@\]\s]+@([A-Za-z0-9][A-Za-z0-9.\-]*)[^\]]*\][$#]"
);
re!(
    KEY_VALUE,
    r"^\s*([A-Za-z][A-Za-z0-9_.&/ ()\-]{0,60}?)\s*=\s*(.*?)\s*$"
);
re!(
    LABEL,
    r"^\s*([A-Za-z][A-Za-z0-9_.&/ ()\-]{0,60}?):\s+(\S.*?)\s*$"
);
re!(ENTRIES, r"(?i)^\s*(\d+)\s+entr(?:y|ies)\s+found");
re!(RULE, r"^\s*[=\-]{8,}\s*$");

/// Whether a text file holds CLI output or a pasted template worth
/// reading as such.
pub fn worth_reading(text: &str) -> bool {
    PROMPT_HINT.is_match(text)
}

re!(
    PROMPT_HINT,
    r"(?m)_CLI(?:/[^>\s]*)?>|(?i)provisioning\s+(?:url|account)"
);

/// The columns of a heading line: each heading and where it starts.
fn columns(line: &str) -> Vec<(usize, String)> {
    cells(line)
        .into_iter()
        .map(|(start, _, text)| (start, text.to_owned()))
        .collect()
}

/// The cells of a line: runs of text split where two or more spaces (or a
/// tab) stand, with where each starts and ends.
fn cells(line: &str) -> Vec<(usize, usize, &str)> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b'\t') {
            i += 1;
        }
        if i >= bytes.len() {
            break;
        }
        let start = i;
        let mut end = i;
        while i < bytes.len() {
            if bytes[i] == b'\t'
                || (bytes[i] == b' ' && bytes.get(i + 1).is_none_or(|b| *b == b' ' || *b == b'\t'))
            {
                break;
            }
            i += 1;
            end = i;
        }
        if let Some(text) = line.get(start..end) {
            out.push((start, end, text));
        }
    }
    out
}

/// The cells of a row under the columns whose span they overlap most.
fn row(cols: &[(usize, String)], line: &str) -> Vec<(String, String)> {
    let spans: Vec<(usize, usize)> = cols
        .iter()
        .enumerate()
        .map(|(k, (start, _))| (*start, cols.get(k + 1).map_or(usize::MAX, |c| c.0)))
        .collect();
    let mut out: Vec<(String, String)> = Vec::new();
    for (s, e, text) in cells(line) {
        let best = spans
            .iter()
            .enumerate()
            .map(|(k, (cs, ce))| (k, e.min(*ce).saturating_sub(s.max(*cs))))
            .max_by_key(|(k, overlap)| (*overlap, usize::MAX - k));
        let Some((k, _)) = best else { continue };
        let name = &cols[k].1;
        match out.iter_mut().find(|(n, _)| n == name) {
            Some((_, v)) => {
                v.push(' ');
                v.push_str(text);
            }
            None => out.push((name.clone(), text.to_owned())),
        }
    }
    out
}

/// At most this many settings and listing rows are read from one file: a
/// pasted session holds a few hundred, and a hostile file of millions of
/// `a = b` lines must not cost an event each.
const MAX_ITEMS: usize = 20_000;

/// A listing being read: its columns, its rows so far and the offset of
/// its heading.
struct Open {
    cols: Vec<(usize, String)>,
    rows: Vec<Vec<(String, String)>>,
    start: usize,
}

/// Where the reading is: the server and CLI level the lines are of, and
/// the listing being read.
struct Reader<P: FnMut(usize, Item)> {
    push: P,
    host: Option<String>,
    level: Option<String>,
    table: Option<Open>,
    /// Settings and rows read so far.
    items: usize,
}

impl<P: FnMut(usize, Item)> Reader<P> {
    /// Hands over the open listing, if any.
    fn close(&mut self) {
        if let Some(t) = self.table.take() {
            (self.push)(
                t.start,
                Item::Table(Table {
                    host: self.host.clone(),
                    level: self.level.clone(),
                    rows: t.rows,
                }),
            );
        }
    }
}

/// Every setting and listing of a text, each with the byte offset of the
/// line it starts on.
pub fn read(text: &str, push: impl FnMut(usize, Item)) {
    let mut r = Reader {
        push,
        host: None,
        level: None,
        table: None,
        items: 0,
    };
    let mut heading: Option<(usize, &str)> = None;
    let mut offset = 0;
    let lines: Vec<&str> = text.split('\n').collect();
    for (n, raw) in lines.iter().enumerate() {
        let at = offset;
        offset += raw.len() + 1;
        let line = raw.trim_end_matches('\r');
        if r.items >= MAX_ITEMS {
            break;
        }
        if let Some(c) = PROMPT.captures(line) {
            r.close();
            heading = None;
            let command = c[2].trim().to_ascii_lowercase();
            r.level = if command == "quit" || command == "exit" || command.starts_with("q ") {
                None
            } else {
                Some(c[1].replace("\\_", "_"))
            };
            continue;
        }
        if let Some(c) = CONNECTED.captures(line).or_else(|| SHELL.captures(line)) {
            r.close();
            heading = None;
            r.host = Some(c[1].to_ascii_lowercase());
            r.level = None;
            continue;
        }
        if let Some(c) = ENTRIES.captures(line) {
            // A listing with no heading shown: what it counts is all it says.
            if r.table.is_none() && c[1].parse::<u32>().is_ok_and(|n| n == 0) {
                r.table = Some(Open {
                    cols: Vec::new(),
                    rows: Vec::new(),
                    start: at,
                });
            }
            r.close();
            heading = None;
            continue;
        }
        if RULE.is_match(line) {
            // The line above was the heading of a listing.
            if let Some((start, h)) = heading.take() {
                r.close();
                r.table = Some(Open {
                    cols: columns(h),
                    rows: Vec::new(),
                    start,
                });
            }
            continue;
        }
        if let Some(t) = &mut r.table {
            if line.trim().is_empty() {
                r.close();
            } else {
                let cells = row(&t.cols, line);
                t.rows.push(cells);
                r.items += 1;
            }
            continue;
        }
        let kv = KEY_VALUE.captures(line).or_else(|| LABEL.captures(line));
        if let Some(c) = kv {
            (r.push)(
                at,
                Item::Setting(Setting {
                    host: r.host.clone(),
                    level: r.level.clone(),
                    name: c[1].trim().to_owned(),
                    value: c[2].trim().trim_matches('"').to_owned(),
                }),
            );
            heading = None;
            r.items += 1;
            continue;
        }
        // A line of several cells may head a listing.
        heading = (cells(line).len() >= 2 && lines.get(n + 1).is_some_and(|l| RULE.is_match(l)))
            .then_some((at, line));
    }
    r.close();
}

/// A name as the diagnosis compares it: letters and digits, lower case
/// (`Messaging Server URL`, `messagingServerUrl` and `messaging_server_url`
/// are one).
pub fn normalized(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(text: &str) -> Vec<Item> {
        let mut out = Vec::new();
        read(text, |_, i| out.push(i));
        out
    }

    #[test]
    fn a_session_with_host_levels_values_and_listings() {
        let text = "$ bwcli\nConnected to adp2.example.org\nADP_CLI> cd Interface/Http/HttpServer\nADP_CLI/Interface/Http/HttpServer> get\n Interface    Port   Name              Secure   Client Auth Req\n ------------------------------------------------------------\n 192.0.2.8     443   adp2.example.org  true     false\n 192.0.2.8    8443   adp2.example.org  true     true\n\n2 entries found.\nADP_CLI/Interface/Http/HttpServer> cd /Applications/AuthenticationService\nADP_CLI/Applications/AuthenticationService> get\n  publicKeyFingerprint = ab:cd:ef\nADP_CLI/Applications/AuthenticationService> q\n";
        let items = items(text);
        let Item::Table(t) = &items[0] else {
            panic!("{items:?}")
        };
        assert_eq!(t.host.as_deref(), Some("adp2.example.org"));
        assert_eq!(
            t.level.as_deref(),
            Some("ADP_CLI/Interface/Http/HttpServer")
        );
        assert_eq!(t.rows.len(), 2);
        assert!(t.rows[1].contains(&("Port".into(), "8443".into())));
        assert!(t.rows[1].contains(&("Client Auth Req".into(), "true".into())));
        let Item::Setting(s) = &items[1] else {
            panic!("{items:?}")
        };
        assert_eq!(
            (s.level.as_deref(), s.name.as_str(), s.value.as_str()),
            (
                Some("ADP_CLI/Applications/AuthenticationService"),
                "publicKeyFingerprint",
                "ab:cd:ef"
            )
        );
    }

    #[test]
    fn labels_an_empty_listing_and_text_outside_a_session() {
        let text = "AS_CLI/Interface/Messaging> get\n\tMessaging Server URL: https://bridge.example.com/prov\n\tEnabled: false\nAS_CLI/Interface/Messaging> quit\nXSP_CLI/Interface/HttpClientAuthentication/Trusts> get\n\n   0 entries found\n";
        let items = items(text);
        assert_eq!(items.len(), 3, "{items:?}");
        let Item::Setting(s) = &items[0] else {
            panic!()
        };
        assert_eq!(normalized(&s.name), "messagingserverurl");
        assert_eq!(s.value, "https://bridge.example.com/prov");
        let Item::Table(t) = &items[2] else { panic!() };
        assert!(t.rows.is_empty());
        assert_eq!(
            t.level.as_deref(),
            Some("XSP_CLI/Interface/HttpClientAuthentication/Trusts")
        );
        let outside = items_of("Customer template\n  Provisioning Account Name:  acme-prov\n");
        let Item::Setting(s) = &outside[0] else {
            panic!()
        };
        assert_eq!((s.level.as_deref(), s.value.as_str()), (None, "acme-prov"));
    }

    fn items_of(text: &str) -> Vec<Item> {
        items(text)
    }
}
