//! The guide's two code tables, shipped as data in `assets/codes/`: end-user
//! error codes (shown by the activation portal, with a suggested action)
//! and directory-synchronization codes.

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, Text};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CodeTable {
    EndUser,
    DirectorySync,
}

impl CodeTable {
    /// What kind of code this is, as a person reads it.
    pub fn name(self) -> Text {
        Text::key(match self {
            CodeTable::EndUser => "code-table-end-user",
            CodeTable::DirectorySync => "code-table-directory-sync",
        })
    }

    /// Where the table is in the troubleshooting guide.
    pub fn guide(self) -> Text {
        Text::key(match self {
            CodeTable::EndUser => "codes-end-user-guide",
            CodeTable::DirectorySync => "codes-directory-sync-guide",
        })
    }
}

/// One code of the guide; its texts are in `i18n/<lang>/codes.ftl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeInfo {
    pub table: CodeTable,
    pub code: u32,
}

impl CodeInfo {
    pub fn meaning(self) -> Text {
        Text::key(format!("code-{}-meaning", self.code))
    }

    /// What to do; the guide gives none for most directory-sync codes.
    pub fn action(self) -> Option<Text> {
        let key = format!("code-{}-action", self.code);
        Lang::has(&key).then(|| Text::key(key))
    }
}

#[derive(Debug, Deserialize)]
struct TableFile {
    codes: Vec<u32>,
}

static TABLES: LazyLock<Vec<(CodeTable, Vec<u32>)>> = LazyLock::new(|| {
    // The tables are compiled in; a malformed one is a build defect that
    // the unit tests below catch, not a runtime condition.
    let parse = |json: &str| {
        serde_json::from_str::<TableFile>(json)
            .expect("assets/codes/*.json parses")
            .codes
    };
    vec![
        (
            CodeTable::EndUser,
            parse(include_str!("../../assets/codes/end-user.json")),
        ),
        (
            CodeTable::DirectorySync,
            parse(include_str!("../../assets/codes/directory-sync.json")),
        ),
    ]
});

pub fn lookup(code: u32) -> Option<CodeInfo> {
    TABLES
        .iter()
        .find(|(_, codes)| codes.contains(&code))
        .map(|(table, _)| CodeInfo {
            table: *table,
            code,
        })
}

/// Every code of a table, in the guide's order.
pub fn all(table: CodeTable) -> impl Iterator<Item = CodeInfo> {
    TABLES
        .iter()
        .filter(move |(t, _)| *t == table)
        .flat_map(|(t, codes)| codes.iter().map(|&code| CodeInfo { table: *t, code }))
}

/// Reads a code as a person types it: `200018`, `Error 200018`, `#200 018`.
pub fn parse_code(typed: &str) -> Option<u32> {
    let digits: String = typed.chars().filter(char::is_ascii_digit).collect();
    if digits.len() != 6 {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_tables_parse_and_have_the_guides_codes() {
        let end_user: Vec<u32> = all(CodeTable::EndUser).map(|e| e.code).collect();
        for code in [100006, 200010, 200018, 200026, 200054, 300005] {
            assert!(end_user.contains(&code), "{code}");
        }
        assert!(all(CodeTable::EndUser).all(|e| e.action().is_some()));
        for e in all(CodeTable::EndUser).chain(all(CodeTable::DirectorySync)) {
            let key = format!("code-{}-meaning", e.code);
            assert!(Lang::has(&key), "{key}");
        }
        let sync: Vec<u32> = all(CodeTable::DirectorySync).map(|e| e.code).collect();
        assert_eq!(sync.first(), Some(&600000));
        assert_eq!(sync.last(), Some(&600029));
        assert!(sync.iter().all(|c| (600000..600100).contains(c)));
    }

    #[test]
    fn codes_are_unique_across_tables() {
        let mut codes: Vec<u32> = all(CodeTable::EndUser)
            .chain(all(CodeTable::DirectorySync))
            .map(|e| e.code)
            .collect();
        let n = codes.len();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), n);
    }

    #[test]
    fn lookup_finds_the_table_and_the_action() {
        let info = lookup(200018).unwrap();
        assert_eq!(info.table, CodeTable::EndUser);
        assert!(info.meaning().render(Lang::En).contains("locked"));
        assert!(
            info.action()
                .map(|a| a.render(Lang::En))
                .unwrap_or_default()
                .contains("10 minutes")
        );
        assert_eq!(lookup(600014).unwrap().table, CodeTable::DirectorySync);
        assert_eq!(lookup(123456), None);
    }

    #[test]
    fn typed_codes_are_read_leniently() {
        assert_eq!(parse_code("200018"), Some(200018));
        assert_eq!(parse_code("Error 200 018"), Some(200018));
        assert_eq!(parse_code("1507"), None);
        assert_eq!(parse_code(""), None);
    }
}
