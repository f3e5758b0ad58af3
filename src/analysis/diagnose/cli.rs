//! Findings from pasted CLI output: the XSP's certificate authentication
//! and chain depth, the authentication service on every XSP (its URL in
//! the web container, the same RSA key pair, mTLS), and the AS's
//! Integrated IM&P settings against the Partner Hub template.
//!
//! Settings are known by their CLI level and their names in any printing
//! (`Messaging Server URL`, `provisioningUrl`); a server is known by the
//! host its session names, or by its file when the output names none. A
//! check is made only on what the output shows: no listing, no finding.

use std::collections::BTreeMap;
use std::net::IpAddr;

use super::findings::{Builder, Ctx, Rule, host_of};
use crate::analysis::extract::cli::{Setting, Table, normalized};
use crate::analysis::extract::{Event, EventKind};
use crate::analysis::model::Known;
use crate::i18n::Text;
use crate::record::Bundle;

pub(super) const RULES: &[Rule] = &[
    Rule {
        name: "xsp-cli",
        produces: &[Known::XspCertAuthMisconfigured, Known::XspChainDepthTooLow],
        run: xsp_cli,
    },
    Rule {
        name: "authservice",
        produces: &[
            Known::AuthserviceUrlMissing,
            Known::AuthserviceKeysDiffer,
            Known::AuthserviceMtlsMisconfigured,
        ],
        run: authservice,
    },
    Rule {
        name: "impp-settings",
        produces: &[Known::ImppSettingsMismatch],
        run: impp_settings,
    },
];

fn settings(events: &[Event]) -> impl Iterator<Item = (usize, &Setting)> {
    events
        .iter()
        .enumerate()
        .filter_map(|(i, e)| match &e.kind {
            EventKind::CliSetting(s) => Some((i, &**s)),
            _ => None,
        })
}

fn tables(events: &[Event]) -> impl Iterator<Item = (usize, &Table)> {
    events
        .iter()
        .enumerate()
        .filter_map(|(i, e)| match &e.kind {
            EventKind::CliTable(t) => Some((i, &**t)),
            _ => None,
        })
}

/// Which server an output is of: its host, or its file's name.
fn server(bundle: &Bundle, e: &Event, host: &Option<String>) -> String {
    host.clone().unwrap_or_else(|| {
        let path = bundle
            .files
            .get(e.file as usize)
            .map_or("", |f| f.path.as_str());
        path.rsplit(['/', '\\']).next().unwrap_or(path).to_owned()
    })
}

fn level_has(level: &Option<String>, part: &str) -> bool {
    level
        .as_deref()
        .is_some_and(|l| l.to_ascii_lowercase().contains(part))
}

/// Certificate authentication and chain depth, as the guide gives them:
/// `allowUserApp = false`, `allowClientApp = true`, chainDepth 2 or more.
fn xsp_cli(b: &mut Builder, _: &Ctx) {
    let found: Vec<(usize, Known, String)> = settings(b.events)
        .filter_map(|(i, s)| {
            let v = s.value.to_ascii_lowercase();
            let wrong = match normalized(&s.name).as_str() {
                "allowuserapp" => v == "true",
                "allowclientapp" => v == "false",
                "chaindepth" => {
                    return s.value.parse::<u32>().is_ok_and(|d| d < 2).then(|| {
                        (
                            i,
                            Known::XspChainDepthTooLow,
                            format!("chainDepth = {}", s.value),
                        )
                    });
                }
                _ => false,
            };
            wrong.then(|| {
                (
                    i,
                    Known::XspCertAuthMisconfigured,
                    format!("{} = {}", s.name, s.value),
                )
            })
        })
        .collect();
    for (i, id, note) in found {
        b.add(id, Some(Text::plain(note)), [i]);
    }
}

/// A name of the AuthService URL option of the web container
/// (`bw.authservice.publicUrl`, or any option naming authService and a URL).
fn is_authservice_url(name: &str) -> bool {
    let n = normalized(name);
    n.contains("authservice") && n.contains("url")
}

/// The value a container option row gives the AuthService URL option, when
/// the row is of that option: what its value column holds (`Value`, `Option
/// Value`, any heading naming a value), else the URL printed anywhere in the
/// row (columns of another alignment, or name and value in one cell); an
/// empty string when the row names the option and shows no value.
fn option_url(row: &[(String, String)]) -> Option<String> {
    let name = |v: &str| !v.contains("://") && is_authservice_url(v);
    let names = |v: &str| name(v) || v.split_whitespace().any(name);
    let (named, _) = row.iter().find(|(_, v)| names(v))?;
    let valued = row
        .iter()
        .find(|(h, v)| h != named && normalized(h).contains("value") && !v.trim().is_empty())
        .map(|(_, v)| v.trim().to_owned());
    let printed = || {
        row.iter()
            .flat_map(|(_, v)| v.split_whitespace())
            .find(|w| w.contains("://"))
            .map(str::to_owned)
    };
    Some(valued.or_else(printed).unwrap_or_default())
}

/// A name of the authentication service's public key or its fingerprint.
fn is_key(name: &str, level: &Option<String>) -> bool {
    let n = normalized(name);
    n.contains("fingerprint")
        || ((n == "publickey" || n == "rsapublickey" || n == "key")
            && level_has(level, "authenticationservice"))
}

/// What the output of one XSP shows of its authentication service.
#[derive(Default)]
struct Xsp {
    /// The container options were listed (event), and the AuthService URL
    /// among them, if it was.
    options: Option<usize>,
    url: Option<(usize, String)>,
    /// Its key's fingerprint (or the key).
    key: Option<(usize, String)>,
    /// The trust anchors were listed: how many, where.
    trusts: Option<(usize, usize)>,
    /// The HTTP server interfaces, where they were listed.
    interfaces: Option<(usize, Vec<Interface>)>,
}

/// An HTTP server interface: its port, whether it requires client
/// certificates (when the listing says), whether it is secure.
type Interface = (Option<u16>, Option<bool>, bool);

fn cell(row: &[(String, String)], want: impl Fn(&str) -> bool) -> Option<&str> {
    row.iter()
        .find(|(h, _)| want(&normalized(h)))
        .map(|(_, v)| v.as_str())
}

fn truth(v: &str) -> Option<bool> {
    match v.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "on" | "enabled" | "required" | "1" => Some(true),
        "false" | "no" | "off" | "disabled" | "none" | "0" => Some(false),
        _ => None,
    }
}

/// The XSPs (and ADPs) of the bundle's CLI output, by server.
fn xsps(bundle: &Bundle, events: &[Event]) -> BTreeMap<String, Xsp> {
    let mut out: BTreeMap<String, Xsp> = BTreeMap::new();
    let is_xsp = |level: &Option<String>| {
        level.as_deref().is_some_and(|l| {
            let l = l.to_ascii_uppercase();
            l.starts_with("XSP_CLI") || l.starts_with("ADP_CLI")
        })
    };
    for (i, s) in settings(events) {
        let who = server(bundle, &events[i], &s.host);
        if is_authservice_url(&s.name) && (is_xsp(&s.level) || s.level.is_none()) {
            let x = out.entry(who.clone()).or_default();
            x.url = Some((i, s.value.clone()));
            x.options.get_or_insert(i);
        }
        if is_key(&s.name, &s.level) && !s.value.is_empty() {
            out.entry(who).or_default().key = Some((i, s.value.clone()));
        }
    }
    for (i, t) in tables(events) {
        if !is_xsp(&t.level) {
            continue;
        }
        let who = server(bundle, &events[i], &t.host);
        let headings: Vec<String> = t
            .rows
            .iter()
            .flatten()
            .map(|(h, _)| normalized(h))
            .collect();
        if level_has(&t.level, "containeroption") || headings.iter().any(|h| h == "containername") {
            let x = out.entry(who.clone()).or_default();
            x.options = Some(i);
            let url = t.rows.iter().find_map(|r| option_url(r));
            if let Some(u) = url {
                x.url = Some((i, u));
            }
        } else if level_has(&t.level, "trusts") {
            out.entry(who).or_default().trusts = Some((i, t.rows.len()));
        } else if level_has(&t.level, "httpserver")
            || headings.iter().any(|h| h.contains("clientauth"))
        {
            let rows = t
                .rows
                .iter()
                .map(|r| {
                    (
                        cell(r, |h| h == "port").and_then(|p| p.trim().parse().ok()),
                        cell(r, |h| h.contains("clientauth")).and_then(truth),
                        cell(r, |h| h == "secure").and_then(truth).unwrap_or(true),
                    )
                })
                .collect();
            out.entry(who).or_default().interfaces = Some((i, rows));
        }
    }
    out
}

/// The port a URL names, or its scheme's.
fn port_of(url: &str) -> Option<u16> {
    let authority = host_of(url).unwrap_or_else(|| url.split(['/', '?']).next().unwrap_or(url));
    match authority.rsplit_once(':') {
        Some((_, p)) if !p.contains(']') => p.parse().ok(),
        _ if url.starts_with("https") => Some(443),
        _ if url.starts_with("http") => Some(80),
        _ => None,
    }
}

/// The authentication service on every XSP (guide: the RSA keys copied to
/// all XSPs; the AuthService URL given to the web container on all XSPs;
/// with mTLS, the Webex client certificate chain in the trust store and the
/// interface requiring client certificates).
fn authservice(b: &mut Builder, ctx: &Ctx) {
    let xsps = xsps(ctx.bundle, b.events);
    let mut adds: Vec<(Known, String, Vec<usize>)> = Vec::new();
    for (who, x) in &xsps {
        match (&x.url, x.options) {
            (None, Some(i)) => adds.push((Known::AuthserviceUrlMissing, who.clone(), vec![i])),
            (Some((i, u)), _) if u.trim().is_empty() => {
                adds.push((Known::AuthserviceUrlMissing, who.clone(), vec![*i]))
            }
            _ => {}
        }
        if let Some((i, 0)) = x.trusts {
            adds.push((
                Known::AuthserviceMtlsMisconfigured,
                format!("{who}: Trusts 0"),
                vec![i],
            ));
        }
        if let Some((i, rows)) = &x.interfaces {
            let port = x.url.as_ref().and_then(|(_, u)| port_of(u));
            // Clients reach the service over TLS: a URL of a plain HTTP
            // port (the web container's loopback, `http://127.0.0.1:80/…`)
            // says nothing of which interface they reach.
            let by_port = |r: &&Interface| r.2 && r.0.is_some() && r.0 == port;
            let serving: Vec<&Interface> = if rows.iter().any(|r| by_port(&r)) {
                rows.iter().filter(by_port).collect()
            } else {
                rows.iter().filter(|r| r.2).collect()
            };
            let known: Vec<bool> = serving.iter().filter_map(|r| r.1).collect();
            if !known.is_empty() && !known.contains(&true) {
                let at = serving
                    .iter()
                    .filter_map(|r| r.0)
                    .map(|p| format!(" {p}"))
                    .collect::<String>();
                adds.push((
                    Known::AuthserviceMtlsMisconfigured,
                    format!("{who}: HttpServer{at} Client Auth Req = false"),
                    vec![*i],
                ));
            }
        }
    }
    // The key pair must be the same on every XSP.
    let keys: Vec<(&String, &(usize, String))> = xsps
        .iter()
        .filter_map(|(w, x)| x.key.as_ref().map(|k| (w, k)))
        .collect();
    let distinct = |v: &str| v.trim().to_ascii_lowercase();
    if keys
        .iter()
        .any(|(_, (_, k))| distinct(k) != distinct(&keys[0].1.1))
    {
        let note = keys
            .iter()
            .map(|(w, (_, k))| format!("{}: {}", w, short(k)))
            .collect::<Vec<_>>()
            .join(", ");
        adds.push((
            Known::AuthserviceKeysDiffer,
            note,
            keys.iter().map(|(_, (i, _))| *i).collect(),
        ));
    }
    for (id, note, evidence) in adds {
        b.add(id, Some(Text::plain(note)), evidence);
    }
}

/// A long value cut to what tells two apart.
fn short(v: &str) -> String {
    let chars: Vec<char> = v.trim().chars().collect();
    if chars.len() <= 24 {
        return chars.into_iter().collect();
    }
    format!("{}…", chars[..24].iter().collect::<String>())
}

/// What one side of the Integrated IM&P comparison says.
#[derive(Default, Debug)]
struct Impp {
    url: Option<(usize, String)>,
    user: Option<(usize, String)>,
    enabled: Option<(usize, bool)>,
}

/// The AS's Integrated IM&P settings (`AS_CLI/Interface/Messaging> get`,
/// by server) and the Partner Hub template's provisioning parameters.
fn impp(bundle: &Bundle, events: &[Event]) -> (BTreeMap<String, Impp>, Impp) {
    let mut as_side: BTreeMap<String, Impp> = BTreeMap::new();
    let mut template = Impp::default();
    for (i, s) in settings(events) {
        let n = normalized(&s.name);
        let messaging = level_has(&s.level, "messaging")
            || (s.level.is_none() && n.starts_with("messagingserver"));
        if messaging {
            let x = as_side
                .entry(server(bundle, &events[i], &s.host))
                .or_default();
            if n.ends_with("url") {
                x.url = Some((i, s.value.clone()));
            } else if n.ends_with("username") || n.ends_with("userid") || n.ends_with("user") {
                x.user = Some((i, s.value.clone()));
            } else if (n == "isactive" || n.ends_with("enabled") || n == "active")
                && let Some(t) = truth(&s.value)
            {
                x.enabled = Some((i, t));
            }
        } else if s.level.is_none() {
            // Partner Hub's customer template: Provisioning URL,
            // Provisioning Account Name.
            match n.as_str() {
                "provisioningurl" => template.url = Some((i, s.value.clone())),
                "provisioningaccountname" | "provisioningaccount" | "provisioningusername" => {
                    template.user = Some((i, s.value.clone()))
                }
                _ => {}
            }
        }
    }
    (as_side, template)
}

/// Whether a URL's `host[:port]` is an IP address (`203.0.113.80`,
/// `[2001:db8::1]:443`).
fn is_ip(authority: &str) -> bool {
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(v6),
        None => authority.split(':').next().unwrap_or(authority),
    };
    host.parse::<IpAddr>().is_ok()
}

fn same_url(a: &str, b: &str) -> bool {
    a.trim()
        .trim_end_matches('/')
        .eq_ignore_ascii_case(b.trim().trim_end_matches('/'))
}

/// The Integrated IM&P settings of the AS must match the Partner Hub
/// template exactly (messaging server URL = provisioning URL, user name =
/// provisioning account name), or provisioning fails for every user of
/// the enterprise; the URL is the bridge's, not an IP address.
fn impp_settings(b: &mut Builder, ctx: &Ctx) {
    let (servers, template) = impp(ctx.bundle, b.events);
    let mut adds: Vec<(String, Vec<usize>)> = Vec::new();
    for x in servers.values() {
        if let Some((i, url)) = &x.url {
            let ip = host_of(url).is_some_and(is_ip);
            if ip {
                adds.push((format!("Messaging Server URL = {url}"), vec![*i]));
            } else if let Some((t, want)) = &template.url
                && !same_url(url, want)
            {
                adds.push((
                    format!("Messaging Server URL = {url}; template: Provisioning URL = {want}"),
                    vec![*i, *t],
                ));
            }
        }
        if let (Some((i, user)), Some((t, want))) = (&x.user, &template.user)
            && user.trim() != want.trim()
        {
            adds.push((
                format!(
                    "Messaging Server User Name = {user}; template: Provisioning Account Name = {want}"
                ),
                vec![*i, *t],
            ));
        }
        if let Some((i, false)) = x.enabled {
            adds.push(("Integrated IM&P = false".to_owned(), vec![i]));
        }
    }
    for (note, evidence) in adds {
        b.add(
            Known::ImppSettingsMismatch,
            Some(Text::plain(note)),
            evidence,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::record::{Bundle, LogFile};

    fn ids(files: &[(&str, &str)]) -> Vec<String> {
        let bundle = Bundle::from_files(
            files
                .iter()
                .map(|(p, t)| LogFile::parse((*p).into(), t.as_bytes().to_vec()))
                .collect(),
        );
        crate::analysis::analyze(&bundle)
            .findings
            .iter()
            .map(|f| f.id.as_str().to_owned())
            .collect()
    }

    /// One XSP's session in the listing printing: `key` its fingerprint,
    /// `url` its container option (or none), `client_auth` of port 8443,
    /// `trusts` how many anchors.
    fn listing(host: &str, key: &str, url: bool, client_auth: bool, trusts: usize) -> String {
        let url = if url {
            format!(
                "  platform        bw.authservice.publicUrl      https://{host}:8443/authService\n"
            )
        } else {
            String::new()
        };
        let anchors: String = (0..trusts)
            .map(|k| {
                format!("  ca-{k}                  CN=Example CA {k}, O=Example     2040-01-01\n")
            })
            .collect();
        format!(
            "Connected to {host}\nXSP_CLI/Maintenance/ContainerOptions> get\n  Container Name  Name                          Value\n======================================================\n{url}  tomcat          bw.apps.maxThreads            400\n\nXSP_CLI/Applications/AuthenticationService/KeyManagement> get\n  publicKeyFingerprint = {key}\nXSP_CLI/Interface/Http/HttpServer> get\n  Interface      Port  Name           Secure  Client Auth Req\n==============================================================\n  192.0.2.5       443  {host}   true    false\n  192.0.2.5      8443  {host}   true    {client_auth}\n\nXSP_CLI/Interface/HttpClientAuthentication/Trusts> get\n  Alias                 Owner                              Valid Until\n=======================================================================\n{anchors}\n{trusts} entries found.\n"
        )
    }

    #[test]
    fn the_authentication_service_on_every_xsp_in_a_listing_printing() {
        let a = listing("xspa.example.org", "SHA256:AA:BB", true, true, 2);
        let b = listing("xspb.example.org", "SHA256:AA:BB", true, true, 2);
        let found = ids(&[("a.txt", &a), ("b.txt", &b)]);
        assert!(
            !found.iter().any(|f| f.starts_with("authservice")),
            "{found:?}"
        );
        let b = listing("xspb.example.org", "SHA256:CC:DD", false, false, 0);
        let found = ids(&[("a.txt", &a), ("b.txt", &b)]);
        for id in [
            "authservice-url-missing",
            "authservice-keys-differ",
            "authservice-mtls-misconfigured",
        ] {
            assert!(found.iter().any(|f| f == id), "{id}: {found:?}");
        }
    }

    #[test]
    fn the_authservice_url_option_in_any_listing_layout() {
        let missing = |text: &str| {
            ids(&[("xsp9.txt", text)])
                .iter()
                .any(|f| f == "authservice-url-missing")
        };
        // Right-aligned cells under `Option Name` / `Option Value` headings.
        let right = "XSP_CLI/Maintenance/ContainerOptions> get\n Container   Option Name                      Option Value\n=============================================================\n    webapps  bw.authService.url  https://xsp9.example.org/authService\n    webapps     bw.jvm.heapSize                          2048\n2 entries found.\n";
        assert!(!missing(right));
        assert!(missing(&right.replace(
            "bw.authService.url  https://xsp9.example.org/authService",
            "bw.other.settingName                                    x"
        )));
        // Headings that name no value, and name and value in one cell.
        let merged = "XSP_CLI/Maintenance/ContainerOptions> get\n  Container Name    Option\n  --------------------------------------------\n  tomcat            authServiceURL http://127.0.0.1:80/authService\n  tomcat            bw.xsi.timeout 30\n";
        assert!(!missing(merged));
        assert!(missing(&merged.replace(
            "authServiceURL http://127.0.0.1:80/authService",
            "bw.apps.maxThreads 400"
        )));
        // The option named with no value is no URL given.
        assert!(missing(
            &merged.replace(" http://127.0.0.1:80/authService", "")
        ));
    }

    #[test]
    fn a_loopback_authservice_url_leaves_mtls_to_the_secure_interfaces() {
        let text = |auth: &str| {
            format!(
                "XSP_CLI/Maintenance/ContainerOptions> get\n  Container  Name                       Value\n  ---------------------------------------------------------------\n  tomcat     bw.authservice.publicUrl   http://127.0.0.1:80/authService\n\nXSP_CLI/Interface/Http/HttpServer> get\n  Interface   Port  Secure  Client Auth Req\n  -----------------------------------------\n  192.0.2.7   8443  true    {auth}\n  127.0.0.1     80  false   false\n"
            )
        };
        let mtls = |t: &str| {
            ids(&[("xsp7.txt", t)])
                .iter()
                .any(|f| f == "authservice-mtls-misconfigured")
        };
        assert!(!mtls(&text("true")));
        assert!(mtls(&text("false")));
    }

    #[test]
    fn the_authentication_service_in_a_label_printing() {
        // Two sessions in one file, named by shell prompts, values as labels.
        let text = "[admin@adp1 ~]$ bwcli\nADP_CLI/Applications/AuthenticationService> get\n  Public Key Fingerprint: 01:02:03\nADP_CLI/Applications/AuthenticationService> quit\n[admin@adp2 ~]$ bwcli\nADP_CLI/Applications/AuthenticationService> get\n  Public Key Fingerprint: 01:02:04\nADP_CLI/Applications/AuthenticationService> quit\n";
        let found = ids(&[("notes/cli.txt", text)]);
        assert!(
            found.iter().any(|f| f == "authservice-keys-differ"),
            "{found:?}"
        );
        let same = text.replace("01:02:04", "01:02:03");
        let found = ids(&[("notes/cli.txt", &same)]);
        assert!(
            !found.iter().any(|f| f == "authservice-keys-differ"),
            "{found:?}"
        );
    }

    #[test]
    fn integrated_impp_against_the_template_in_two_printings() {
        let template = "Customer template (Partner Hub)\n  Provisioning URL: https://bridge.example.net/prov\n  Provisioning Account Name: acme-prov\n";
        let labels = "AS_CLI/Interface/Messaging> get\n  Messaging Server URL:  https://bridge.example.net/prov/\n  Messaging Server User Name:  acme-prov\n  Integrated IM&P Enabled: true\n";
        let found = ids(&[("as.txt", labels), ("template.txt", template)]);
        assert!(
            !found.iter().any(|f| f == "impp-settings-mismatch"),
            "{found:?}"
        );
        let other_user = labels.replace("Name:  acme-prov", "Name:  acme");
        let found = ids(&[("as.txt", &other_user), ("template.txt", template)]);
        assert!(
            found.iter().any(|f| f == "impp-settings-mismatch"),
            "{found:?}"
        );
        // `name = value`, no template: an IP address is wrong on its own.
        let kv = "AS_CLI/Interface/Messaging> get\n  isActive = true\n  provisioningUrl = https://198.51.100.9:443/prov\n  provisioningUserId = acme-prov\n";
        let found = ids(&[("as_cli.txt", kv)]);
        assert!(
            found.iter().any(|f| f == "impp-settings-mismatch"),
            "{found:?}"
        );
        let found = ids(&[(
            "as_cli.txt",
            &kv.replace("198.51.100.9:443", "bridge.example.net"),
        )]);
        assert!(
            !found.iter().any(|f| f == "impp-settings-mismatch"),
            "{found:?}"
        );
    }
}
