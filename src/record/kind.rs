//! What a file is: a kind from its name, confirmed or overruled by its
//! first lines.
//!
//! Content wins over names wherever content is telling, because support
//! bundles rename and re-nest files freely (`PSLog` may arrive as
//! `PSLog.txt`, `ps.log` or `appserver/log1`). Names decide only where the
//! content is the same for several kinds (the Webex app, BWC and media logs
//! share one grammar).

use super::grammar::Grammar;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FileKind {
    /// The Webex app's `current_log.txt` (and rotated or previous-run copies).
    WebexApp,
    /// The BroadWorks calling library's own log (`bwc/current_log.txt`).
    Bwc,
    /// Media engine logs (`media/*.log`, `media/calls/*.txt`).
    Media,
    /// Application Server provisioning log.
    Pslog,
    /// Application Server execution log.
    Xslog,
    XsiActions,
    AuthService,
    AccessLog,
    /// XSP command-line output pasted into a file.
    XspCli,
    /// `ced.dat`, *Export Calling Environment Data*: opaque, listed only.
    Ced,
    Text,
    Binary,
    /// Listed but not read (refused, encrypted, corrupt, missing): see its problems.
    Unread,
}

impl FileKind {
    pub fn name(self) -> &'static str {
        match self {
            FileKind::WebexApp => "webex-app",
            FileKind::Bwc => "bwc",
            FileKind::Media => "media",
            FileKind::Pslog => "pslog",
            FileKind::Xslog => "xslog",
            FileKind::XsiActions => "xsi-actions",
            FileKind::AuthService => "auth-service",
            FileKind::AccessLog => "access-log",
            FileKind::XspCli => "xsp-cli",
            FileKind::Ced => "ced",
            FileKind::Text => "text",
            FileKind::Binary => "binary",
            FileKind::Unread => "unread",
        }
    }

    pub fn is_client(self) -> bool {
        matches!(self, FileKind::WebexApp | FileKind::Bwc | FileKind::Media)
    }

    /// The logs that hold the app's sign-in and calling events: the Webex
    /// app log and the BWC log (media logs hold only call quality).
    pub fn is_app_log(self) -> bool {
        matches!(self, FileKind::WebexApp | FileKind::Bwc)
    }

    pub fn is_server(self) -> bool {
        matches!(
            self,
            FileKind::Pslog
                | FileKind::Xslog
                | FileKind::XsiActions
                | FileKind::AuthService
                | FileKind::AccessLog
                | FileKind::XspCli
        )
    }

    /// What the name alone says, for files whose content cannot be read.
    pub fn from_name(path: &str) -> Option<FileKind> {
        let lower = path.to_ascii_lowercase();
        // A rotated log may come gzipped: `current_log.txt.1.gz`.
        let lower = lower.strip_suffix(".gz").unwrap_or(&lower);
        let base = lower.rsplit(['/', '\\']).next().unwrap_or(lower);
        let in_dir = |dir: &str| lower.split(['/', '\\']).rev().skip(1).any(|c| c == dir);
        let kind = if base == "ced.dat" {
            FileKind::Ced
        } else if base.starts_with("pslog") {
            FileKind::Pslog
        } else if base.starts_with("xslog") {
            FileKind::Xslog
        } else if base.starts_with("xsiactionslog") {
            FileKind::XsiActions
        } else if base.starts_with("authenticationservice") {
            FileKind::AuthService
        } else if base.starts_with("access_log") || base.starts_with("localhost_access_log") {
            FileKind::AccessLog
        } else if in_dir("media") || base.starts_with("wme_") {
            FileKind::Media
        } else if base.contains("current_log")
            || base.starts_with("webex")
            || base.starts_with("spark")
        {
            if in_dir("bwc") {
                FileKind::Bwc
            } else {
                FileKind::WebexApp
            }
        } else {
            return None;
        };
        Some(kind)
    }
}

/// Classifies a decoded file. `head` is its first lines, `grammar` the
/// grammar that fits them best.
pub fn classify<'a>(
    path: &str,
    grammar: Option<Grammar>,
    head: impl Iterator<Item = &'a str> + Clone,
) -> FileKind {
    let by_name = FileKind::from_name(path);
    if by_name == Some(FileKind::Ced) {
        return FileKind::Ced;
    }
    match grammar {
        // A server log's own name is telling (`XsiActionsLog…`,
        // `authenticationService…`); its categories decide otherwise.
        Some(Grammar::BroadWorks) => by_name
            .filter(|k| k.is_server())
            .or_else(|| broadworks_kind(head))
            .unwrap_or(FileKind::Text),
        Some(Grammar::Clf) => FileKind::AccessLog,
        // A server log named as one keeps its kind in another release's
        // shape (log4j's `date time,ms LEVEL [thread] class - …`).
        Some(Grammar::WebexApp | Grammar::Csf | Grammar::Logcat) => match by_name {
            Some(k @ (FileKind::Bwc | FileKind::Media | FileKind::WebexApp)) => k,
            Some(k) if k.is_server() => k,
            _ => client_kind(head),
        },
        None if is_cli_dump(head) => FileKind::XspCli,
        None => by_name
            .filter(|k| *k == FileKind::XspCli)
            .unwrap_or(FileKind::Text),
    }
}

/// The category field of BroadWorks headers tells the server log apart.
fn broadworks_kind<'a>(head: impl Iterator<Item = &'a str>) -> Option<FileKind> {
    let mut votes = [0usize; 4];
    for line in head {
        let Some(category) = line.split('|').nth(2).map(str::trim) else {
            continue;
        };
        let slot = match category {
            // Every server speaks OCI-P; it tells none apart.
            "ProvisioningServer" | "IntegratedIMP" | "Sip" | "CallP" | "Accounting" => 0,
            "Xsi" | "XsiActions" | "Xsi-Actions" => 1,
            "AuthService" | "AuthenticationService" | "authService" | "LongLivedTokenManager" => 2,
            "XsiEvents" | "CTI" | "Push" => 3,
            _ => continue,
        };
        votes[slot] += 1;
    }
    let (best, &n) = votes
        .iter()
        .enumerate()
        .max_by_key(|(i, n)| (**n, usize::MAX - i))?;
    if n == 0 {
        return None;
    }
    Some(
        [
            FileKind::Pslog,
            FileKind::XsiActions,
            FileKind::AuthService,
            FileKind::Xslog,
        ][best],
    )
}

/// A client file of unknown name: media if it reads like the media engine,
/// BWC if every header carries the BWC tag, the app log otherwise.
fn client_kind<'a>(head: impl Iterator<Item = &'a str>) -> FileKind {
    let (mut lines, mut bwc, mut media) = (0, 0, 0);
    for line in head.filter(|l| l.as_bytes().first().is_some_and(u8::is_ascii_digit)) {
        lines += 1;
        if line.contains(" WME:") || line.contains("SQAudio") || line.contains("SQVideo") {
            media += 1;
        }
        if line.contains("BWC:") {
            bwc += 1;
        }
    }
    if lines > 0 && media * 2 > lines {
        FileKind::Media
    } else if lines > 0 && bwc == lines {
        FileKind::Bwc
    } else {
        FileKind::WebexApp
    }
}

/// XSP or AS CLI output: a `XSP_CLI/…>` prompt or the settings the guide
/// asks for.
fn is_cli_dump<'a>(head: impl Iterator<Item = &'a str>) -> bool {
    head.take(200).any(|l| {
        let l = l.trim_start();
        l.starts_with("XSP_CLI/")
            || l.starts_with("AS_CLI/")
            || l.starts_with("ADP_CLI/")
            || l.starts_with("allowUserApp")
            || l.starts_with("allowClientApp")
            || l.starts_with("chainDepth")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(path: &str, text: &str) -> FileKind {
        let lines = text.lines();
        let grammar = super::super::grammar::sniff(lines.clone().map(str::as_bytes));
        classify(path, grammar, lines)
    }

    const APP: &str = "2024-03-08T16:40:43.964Z <Info> [0x10d6] SparkApp.cpp:412 SparkApp::onStartup:Webex app version 43.8.0.28012 starting\n";
    const BWC: &str = "2024-03-08T16:40:38.126Z <Info> [0x94bd] BroadWorksManager.cpp:120 BroadWorksManager::init:BWC:SCF: Initializing\n";
    const MEDIA: &str =
        "2020-04-20T14:01:59.342Z <Info> [9968] WME:0 :[SQ] [SQ] INFO: SQAudioTX - vid=0\n";
    const PS: &str = "2024.04.21 13:20:01:771 CET | Info       | ProvisioningServer | IMP Provisioning Adapter 1 |\n\tHTTP POST https://x\n";
    const XSI: &str = "2024.05.16 09:06:02:651 CET | Info       | Xsi | http-nio-443-exec-47 |\n\tGET /com.broadsoft.xsi-actions/v2.0/user/x/profile\n";
    const AUTH: &str = "2024.05.16 09:06:04:651 CET | Info       | AuthService | http-nio-8443-exec-14 |\n\tGET /authService/token\n";
    const CLF: &str =
        "198.51.100.79 - - [16/May/2024:09:06:02 +0100] \"GET /x HTTP/1.1\" 200 812\n";

    #[test]
    fn client_logs_by_folder_and_content() {
        assert_eq!(kind("CiscoSpark/current_log.txt", APP), FileKind::WebexApp);
        assert_eq!(kind("CiscoSpark/bwc/current_log.txt", BWC), FileKind::Bwc);
        assert_eq!(kind("x/media/wme_2589.log", MEDIA), FileKind::Media);
        assert_eq!(kind("renamed.log", MEDIA), FileKind::Media);
        assert_eq!(kind("renamed.log", BWC), FileKind::Bwc);
        assert_eq!(
            kind("renamed.log", &format!("{APP}{BWC}")),
            FileKind::WebexApp
        );
        assert_eq!(
            kind("SparkMacDesktop/last_run_current_log", APP),
            FileKind::WebexApp
        );
    }

    #[test]
    fn server_logs_by_content_whatever_the_name() {
        assert_eq!(kind("PSLog", PS), FileKind::Pslog);
        assert_eq!(kind("appserver/log1.txt", PS), FileKind::Pslog);
        assert_eq!(kind("xsp/XsiActionsLog.txt", XSI), FileKind::XsiActions);
        assert_eq!(kind("some.log", XSI), FileKind::XsiActions);
        assert_eq!(
            kind("xsp/authenticationService.log", AUTH),
            FileKind::AuthService
        );
        assert_eq!(
            kind("xsp/access_log.2024-05-01.txt", CLF),
            FileKind::AccessLog
        );
        assert_eq!(kind("requests.txt", CLF), FileKind::AccessLog);
        // Another release's shape (log4j) under a server log's name.
        let log4j = "2024-10-01 09:08:33,717 INFO  [http-nio-8443-exec-4] c.b.x.authservice.TokenResource - GET /authService/token\n";
        assert_eq!(
            kind(
                "xsp2/logs/authenticationService/authenticationService.log",
                log4j
            ),
            FileKind::AuthService
        );
    }

    #[test]
    fn cli_dumps_ced_and_text() {
        let cli = "XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> get\n  allowUserApp = true\n";
        assert_eq!(kind("xsp/cli_dump.txt", cli), FileKind::XspCli);
        assert_eq!(kind("notes.txt", "  chainDepth = 1\n"), FileKind::XspCli);
        assert_eq!(kind("CiscoSpark/ced.dat", "whatever"), FileKind::Ced);
        assert_eq!(
            kind("README.txt", "Logs downloaded from Partner Hub\n"),
            FileKind::Text
        );
    }

    #[test]
    fn names_alone_for_unreadable_entries() {
        assert_eq!(FileKind::from_name("a/PSLog.txt"), Some(FileKind::Pslog));
        assert_eq!(
            FileKind::from_name("C:\\Users\\x\\CiscoSpark\\bwc\\current_log.txt"),
            Some(FileKind::Bwc)
        );
        assert_eq!(FileKind::from_name("photo.jpg"), None);
    }
}
