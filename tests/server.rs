//! Server logs in other wordings and layouts, and a bundle that holds both
//! sides of one sign-in.

mod common;

use common::{analyze_json, data, finding_ids as ids, run};
use wxbw_doctor::testutil::zip;

fn write(dir: &std::path::Path, name: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
    let entries: Vec<(&str, &[u8])> = files.iter().map(|(n, t)| (*n, t.as_bytes())).collect();
    let path = dir.join(name);
    std::fs::write(&path, zip(&entries)).unwrap();
    path
}

fn pslog(status_line: &str, phone: bool, email: &str, target: &str) -> String {
    let phone = if phone {
        "<primaryPhoneNumber>+3120555000</primaryPhoneNumber>"
    } else {
        ""
    };
    format!(
        "2024.06.02 10:00:00:100 CEST | Info | OCI-P | BCCT Worker #1 | Received the following request from: 127.0.0.1:40000 <?xml version=\"1.0\"?><BroadsoftDocument protocol=\"OCI\"><command xsi:type=\"UserGetRequest22\"/></BroadsoftDocument>\n\
2024.06.02 10:00:01:000 CEST | Info | ProvisioningServer | IMP Adapter 2 |\n\
\tsending POST to {target}\n\
<subscriberProfile><bwuserid>300100@sp.example</bwuserid><group>g</group><serviceProvider>sp</serviceProvider>{phone}<email>{email}</email><services/></subscriberProfile>\n\
2024.06.02 10:00:01:400 CEST | Info | ProvisioningServer | IMP Adapter 5 |\n\
\t{status_line}\n\
2024.06.02 10:00:02:000 CEST | Info | Http | Client |\n\
\tHTTP/1.1 200 OK from an unrelated service\n"
    )
}

#[test]
fn provisioning_in_other_words_and_folders() {
    let dir = tempfile::tempdir().unwrap();
    let bridge =
        "https://bwprovisioningbridge-b.wbx2.com/api/v1/broadworks/provisioning/subscriber";
    let cases: [(&str, String, &[&str]); 6] = [
        (
            "as1/var/log/ps.log",
            pslog(
                "HTTP/1.1 409 Conflict <error><message>exists</message></error>",
                true,
                "a@sp.example",
                bridge,
            ),
            &["provisioning-conflict"],
        ),
        (
            "PSLog",
            pslog("response code = 401", true, "a@sp.example", bridge),
            &["provisioning-unauthorized"],
        ),
        (
            "logs/PSLog.log",
            pslog(
                "status=403",
                true,
                "a@sp.example",
                "https://[2001:db8::7]/api/v1/provisioning",
            ),
            &["provisioning-forbidden"],
        ),
        (
            "appserver/PSLog.txt",
            pslog(
                "HTTP response 400 Bad Request",
                false,
                "a@sp.example",
                bridge,
            ),
            &[
                "provisioning-missing-phone-number",
                "provisioning-bad-request",
            ],
        ),
        (
            "x/PSLog",
            pslog("HTTP/1.1 400", true, "not-an-email", bridge),
            &["provisioning-invalid-email"],
        ),
        (
            "PSLog.2024-06-02",
            pslog("HTTP response 200 OK", true, "a@sp.example", bridge),
            &["provisioning-accepted"],
        ),
    ];
    for (i, (name, text, must)) in cases.iter().enumerate() {
        let path = write(dir.path(), &format!("ps{i}.zip"), &[(name, text)]);
        let (code, r) = analyze_json(&[&path], &[]);
        assert_eq!(code, 0);
        let have = ids(&r);
        for m in *must {
            assert!(
                have.iter().any(|h| h == m),
                "{name}: missing {m}, have {have:?}"
            );
        }
        // Every log ends with an unrelated `HTTP/1.1 200 OK`: taken for the
        // bridge's answer, it would report an acceptance the bridge never sent.
        if !must.contains(&"provisioning-accepted") {
            assert!(
                !have.iter().any(|h| h == "provisioning-accepted"),
                "{name}: {have:?}"
            );
        }
        if name.ends_with("2024-06-02") {
            assert_eq!(r["verdict"]["severity"], "info");
            assert!(
                !have.iter().any(|h| h != "provisioning-accepted"),
                "{have:?}"
            );
        }
    }
    let forbidden = {
        let path = write(
            dir.path(),
            "ip.zip",
            &[(
                "PSLog",
                &pslog(
                    "status=403",
                    true,
                    "a@sp.example",
                    "https://198.51.100.4/api",
                ),
            )],
        );
        analyze_json(&[&path], &[]).1
    };
    let f = forbidden["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "provisioning-forbidden")
        .unwrap();
    assert!(f["detail"].as_str().unwrap().contains("ap373197"), "{f}");
}

#[test]
fn xsp_cli_in_other_layouts() {
    let dir = tempfile::tempdir().unwrap();
    let ok = "AS_CLI> cd /\nXSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> get\n  allowUserApp = false\n  allowClientApp = true\nXSP_CLI/Interface/Http/HttpClientAuthentication> get chainDepth\n  chainDepth = 3\n";
    let path = write(
        dir.path(),
        "cli-ok.zip",
        &[("support/xsp01-settings.txt", ok)],
    );
    let (_, r) = analyze_json(&[&path], &[]);
    assert!(ids(&r).is_empty(), "{:?}", ids(&r));
    let bad = ok
        .replace("allowClientApp = true", "allowClientApp = false")
        .replace("chainDepth = 3", "chainDepth = 0");
    let path = write(
        dir.path(),
        "cli-bad.zip",
        &[("support/xsp01-settings.txt", &bad)],
    );
    let (_, r) = analyze_json(&[&path], &[]);
    assert_eq!(
        ids(&r),
        ["xsp-cert-auth-misconfigured", "xsp-chain-depth-too-low"]
    );
}

/// The healthy client sample plus XSP logs of the same sign-in: same
/// tracking id, server clock in CET.
#[test]
fn client_and_server_of_one_sign_in_form_one_sequence() {
    let dir = tempfile::tempdir().unwrap();
    let id = "CLIENT_d3ac94af-0f21-ddb6-6cad-4a268d116ece";
    let xsi = format!(
        "2024.03.08 17:40:36:100 CET | Info       | Xsi | http-nio-443-exec-1 |\n\tGET /com.broadsoft.xsi-actions/v2.0/user/femke.popescu@contoso.example/profile\n\tauthorization: Basic ********\n\tuser-agent: broadworksTeamsClient\n\ttrackingid: {id}\n\tOCI-P AuthenticationVerifyRequest22 -> AuthenticationVerifyResponse22\n\t200 OK <Profile><details><userId>2062275869@contoso.example</userId></details></Profile>\n\n\
2024.03.08 17:40:39:500 CET | Info       | Xsi | http-nio-443-exec-2 |\n\tGET /com.broadsoft.xsi-actions/v2.0/user/2062275869%40contoso.example/profile/device\n\tauthorization: Bearer ********\n\tuser-agent: WebexTeams (Windows/43.8.0.28012)\n\ttrackingid: {id}\n\tPOST http://127.0.0.1:80/authService/token X-BROADSOFT-CORRELATION-ID: {id}\n\tOCI-P UserPrimaryAndSCADeviceGetListRequest -> UserPrimaryAndSCADeviceGetListResponse <accessDeviceTable><colHeading>Device Type</colHeading><row><col>Business Communicator - PC</col></row></accessDeviceTable>\n\t200 OK\n"
    );
    let auth = format!(
        "2024.03.08 17:40:38:600 CET | Info       | AuthService | http-nio-8443-exec-3 |\n\tGET /authService/token\n\thttp_bw_userid: 2062275869@contoso.example\n\ttrackingid: {id}\n\tOCI-P UserGetLoginInfoRequest -> UserGetLoginInfoResponse\n\n\
2024.03.08 17:40:38:900 CET | Info       | AuthService | LongLivedTokenManager |\n\tToken generated, subject: 2062275869@contoso.example, issuer: BroadWorks AuthService\n\tStatusCode=200 trackingid: {id}\n"
    );
    let server = write(
        dir.path(),
        "xsp.zip",
        &[
            ("xsp1/XsiActionsLog", &xsi),
            ("xsp1/authenticationService.log", &auth),
        ],
    );
    let (code, r) = analyze_json(&[&data("client-healthy.zip"), &server], &[]);
    assert_eq!(code, 0);
    assert!(ids(&r).is_empty(), "{:?}", ids(&r));
    assert_eq!(r["sign_in_join"], format!("by tracking id {id}"));
    let steps = r["sign_in"].as_array().unwrap();
    let sides: Vec<(&str, &str, &str)> = steps
        .iter()
        .map(|s| {
            (
                s["side"].as_str().unwrap(),
                s["step"].as_str().unwrap(),
                s["status"].as_str().unwrap(),
            )
        })
        .collect();
    for want in [
        ("server", "2.1", "ok"),
        ("server", "5.4", "ok"),
        ("server", "6", "ok"),
        ("client", "token", "ok"),
        ("client", "registered", "ok"),
    ] {
        assert!(sides.contains(&want), "{want:?} not in {sides:?}");
    }
    // Ordered by time, each side at its own (converted) clock: the XSP's
    // profile answer comes before the client's token.
    let pos = |side: &str, step: &str| {
        sides
            .iter()
            .position(|s| s.0 == side && s.1 == step)
            .unwrap()
    };
    assert!(pos("server", "2.1") < pos("client", "token"));
    assert!(pos("server", "5.4") < pos("client", "token"));
    let text = run([
        "analyze".as_ref(),
        data("client-healthy.zip").as_os_str(),
        server.as_os_str(),
    ]);
    assert!(
        text.stdout.contains(
            "Sign-in sequence (each side at its own clock, client and server joined by tracking id"
        ),
        "{}",
        text.stdout
    );
}

/// The guide: anything but 200 OK from the bridge is a provisioning error,
/// and so is an AS that cannot reach the bridge at all.
#[test]
fn every_answer_but_200_and_an_unreachable_bridge_are_provisioning_errors() {
    let dir = tempfile::tempdir().unwrap();
    let bridge =
        "https://bwprovisioningbridge-b.wbx2.com/api/v1/broadworks/provisioning/subscriber";
    for (status_line, detail) in [
        (
            "HTTP/1.1 500 Internal Server Error <error><message>Internal error, trackingId ROUTER_5f1e</message></error>",
            "the bridge answered 500; message: \"Internal error, trackingId ROUTER_5f1e\"",
        ),
        ("response code = 502", "the bridge answered 502"),
        (
            "HTTP response 503 Service Unavailable",
            "the bridge answered 503",
        ),
        ("status=404", "the bridge answered 404"),
    ] {
        let bundle = write(
            dir.path(),
            "ps.zip",
            &[("PSLog", &pslog(status_line, true, "a@sp.example", bridge))],
        );
        let (_, r) = analyze_json(&[&bundle], &["--lang", "en"]);
        assert_eq!(ids(&r), ["provisioning-error"], "{status_line}");
        assert_eq!(r["findings"][0]["detail"], detail, "{status_line}");
        assert_eq!(r["verdict"]["finding"], "provisioning-error");
    }
    for failure in [
        "java.net.ConnectException: Connection refused (Connection refused)",
        "java.net.SocketTimeoutException: connect timed out",
        "POST failed: java.net.UnknownHostException: bwprovisioningbridge-b.wbx2.com",
        "javax.net.ssl.SSLHandshakeException: PKIX path building failed",
    ] {
        let log = pslog(failure, true, "a@sp.example", bridge);
        let bundle = write(dir.path(), "ps.zip", &[("PSLog", &log)]);
        let (_, r) = analyze_json(&[&bundle], &["--lang", "en"]);
        assert_eq!(ids(&r), ["provisioning-unreachable"], "{failure}");
        let detail = r["findings"][0]["detail"].as_str().unwrap_or_default();
        assert!(
            detail.starts_with(&format!("the POST to {bridge} failed: ")),
            "{detail}"
        );
    }
}
