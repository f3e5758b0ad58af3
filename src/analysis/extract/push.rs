//! Mobile push-notification subscriptions, as the AS logs them (the guide
//! names the XSLog for "mobile push subscriptions").
//!
//! A subscription is a push token a device registers for calls. It is read
//! from protocol facts in any printing: the XSP's Xsi
//! `PushNotificationRegistration` request and the OCI-P
//! `…PushNotificationRegistration…Request` it becomes (XML), the same
//! attributes written `name = value`, `name: value` or as JSON members, and
//! RFC 8599 push parameters (`pn-provider`, `pn-prid`, `pn-param`) on the
//! Contact of a REGISTER. A record that removes a registration, or that
//! sends a notification to a token, is no subscription.

/// One push token registered by a device.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Subscription {
    /// `iOS` or `Android` when the record says so (an OS type, or a push
    /// service that only one of them uses), or as written.
    pub platform: Option<String>,
    /// The BroadWorks user or the SIP address of the record.
    pub user: Option<String>,
    /// The push token (`pn-prid` in RFC 8599).
    pub token: Option<String>,
    /// The kind of token or push service: `voip`, `apns`, `fcm`.
    pub service: Option<String>,
    /// The app that registered it (`applicationId`).
    pub application: Option<String>,
    /// The registration's own id, which a refresh repeats.
    pub id: Option<String>,
}

// A name, then its value as XML (`<name>value<`, or the first text of the
// elements it holds: `<token><value>…</value>…</token>`,
// `<pushNotificationToken><tokenValue>…`), `name = value`, `name: value` or
// a JSON member (`"name": "value"`).
macro_rules! named {
    ($names:literal) => {
        concat!(
            r#"(?i)(?:^|[^A-Za-z0-9_.-])(?:"#,
            $names,
            r#")(?:(?:\s[^<>\n]*)?>(?:\s*<[A-Za-z][^<>]*>)*|["']?[ \t]*[:=][ \t]*["']?)[ \t]*([^\s<>"',;&}\]\)]+)"#
        )
    };
}

re!(
    TOKEN,
    named!(
        "pushNotificationToken|pushToken|deviceToken|tokenValue|token|pn-prid|registrationToken|fcmToken|apnsToken|voipToken"
    )
);
re!(PLATFORM, named!("deviceOsType|osType|deviceOs|platform|os"));
re!(
    SERVICE,
    named!("tokenType|pushType|pushService|pn-provider|provider")
);
re!(USER, named!("userId|user|subscriberId|subscriber|aor"));
re!(APPLICATION, named!("applicationId|appId|bundleId"));
re!(ID, named!("registrationId|pushRegistrationId"));
re!(XSI_USER, r"/user/([^/\s?]+)/");
re!(SIP_TO, r"(?im)^\s*(?:to|t)\s*:[^\r\n]*?sips?:([^>;\s]+)");
// What makes a record about registering a token rather than using one.
re!(
    REGISTERS,
    r"(?i)regist|subscri|AddRequest|ModifyRequest|\bcreated\b|\bupdated\b|\bstored\b|\bpn-prid\b"
);
re!(
    REMOVES,
    r"(?i)DeleteRequest|\bdelet|\bremov|unregist|deregist|\bexpired\b"
);
re!(PUSH, r"(?i)push|\bpn-prid\b");

/// The values a token has at least: shorter ones are masks (`********`)
/// or words.
const MIN_TOKEN: usize = 16;

fn first<'t>(re: &regex::Regex, text: &'t str) -> Option<&'t str> {
    re.captures_iter(text)
        .filter_map(|c| c.get(1))
        .map(|m| m.as_str())
        .find(|v| !v.is_empty())
}

/// The subscription a record holds, if it holds one.
pub fn read(text: &str) -> Option<Subscription> {
    if !PUSH.is_match(text) || !REGISTERS.is_match(text) || REMOVES.is_match(text) {
        return None;
    }
    let token = TOKEN
        .captures_iter(text)
        .filter_map(|c| c.get(1))
        .map(|m| m.as_str())
        .find(|t| t.len() >= MIN_TOKEN && t.bytes().all(|b| b.is_ascii_graphic()))?;
    let service = first(&SERVICE, text).map(str::to_owned);
    let platform = first(&PLATFORM, text)
        .map(platform_name)
        .or_else(|| service.as_deref().and_then(platform_of_service))
        .map(str::to_owned)
        .or_else(|| first(&PLATFORM, text).map(str::to_owned));
    let user = first(&USER, text)
        .filter(|u| u.len() > 1)
        .or_else(|| {
            XSI_USER
                .captures(text)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str())
        })
        .or_else(|| {
            SIP_TO
                .captures(text)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str())
        })
        .map(|u| u.replace("%40", "@"));
    Some(Subscription {
        platform,
        user,
        token: Some(token.to_owned()),
        service,
        application: first(&APPLICATION, text).map(str::to_owned),
        id: first(&ID, text).map(str::to_owned),
    })
}

/// The platform's usual name, whatever case the record writes it in.
fn platform_name(os: &str) -> &str {
    let lower = os.to_ascii_lowercase();
    if lower.starts_with("ios") || lower == "iphone" || lower == "ipad" {
        "iOS"
    } else if lower.starts_with("android") {
        "Android"
    } else {
        os
    }
}

/// The platform a push service implies: Apple's (and its VoIP pushes) is
/// iOS's, Firebase's (formerly GCM) Android's.
fn platform_of_service(service: &str) -> Option<&'static str> {
    let lower = service.to_ascii_lowercase();
    if lower.starts_with("apn") || lower == "voip" || lower.contains("pushkit") {
        Some("iOS")
    } else if lower.starts_with("fcm") || lower.starts_with("gcm") || lower.contains("firebase") {
        Some("Android")
    } else {
        None
    }
}

/// A token as reports show it: enough to tell two apart, not enough to
/// use one.
pub fn shorten(token: &str) -> String {
    let chars: Vec<char> = token.chars().collect();
    if chars.len() <= 12 {
        return token.to_owned();
    }
    let head: String = chars[..6].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}…{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_of_an_oci_request() {
        let text = "OCI-P request <command xsi:type=\"UserPushNotificationRegistrationAddRequest\"><userId>alice@as.example.org</userId><registrationId>r-1</registrationId><applicationId>com.example.phone</applicationId><deviceOsType>IOS</deviceOsType><pushNotificationToken><tokenValue>0a1b2c3d4e5f60718293a4b5c6d7e8f9</tokenValue></pushNotificationToken></command>";
        let s = read(text).expect("a subscription");
        assert_eq!(s.platform.as_deref(), Some("iOS"));
        assert_eq!(s.user.as_deref(), Some("alice@as.example.org"));
        assert_eq!(s.token.as_deref(), Some("0a1b2c3d4e5f60718293a4b5c6d7e8f9"));
        assert_eq!(s.id.as_deref(), Some("r-1"));
        assert_eq!(s.application.as_deref(), Some("com.example.phone"));
    }

    #[test]
    fn a_token_nested_in_elements_in_two_printings() {
        // OCI-P: a token list, each token's value and events as elements.
        let oci = "<command xsi:type=\"UserPushNotificationRegistrationAddRequest\" xmlns=\"\">\n<userId>dan@as.example.org</userId><deviceOsType>android</deviceOsType>\n<tokenList>\n  <token type=\"fcm\">\n    <value>f1e2d3c4b5a69788796a5b4c3d2e1f00aa</value><eventType>Call</eventType>\n  </token>\n</tokenList></command>";
        let s = read(oci).expect("a subscription");
        assert_eq!(
            s.token.as_deref(),
            Some("f1e2d3c4b5a69788796a5b4c3d2e1f00aa")
        );
        assert_eq!(s.platform.as_deref(), Some("Android"));
        assert_eq!(s.user.as_deref(), Some("dan@as.example.org"));
        // Xsi: the token's kind before its value, both held by the token.
        let xsi = "PUT /com.broadsoft.xsi-actions/v2.0/user/erin%40as.example.org/push/registration\n<PushNotificationRegistration><registrationId>r-9</registrationId><pushNotificationTokens><pushNotificationToken><tokenType>voip</tokenType><tokenValue>9f8e7d6c5b4a39281706f5e4d3c2b1a0</tokenValue></pushNotificationToken></pushNotificationTokens></PushNotificationRegistration>";
        let s = read(xsi).expect("a subscription");
        assert_eq!(s.token.as_deref(), Some("9f8e7d6c5b4a39281706f5e4d3c2b1a0"));
        assert_eq!(s.platform.as_deref(), Some("iOS"));
        assert_eq!(s.user.as_deref(), Some("erin@as.example.org"));
        assert_eq!(s.id.as_deref(), Some("r-9"));
    }

    #[test]
    fn key_values_and_json() {
        let kv = "push registration updated\n  user: bob@as.example.org\n  tokenType: fcm\n  deviceToken: eXaMpLe:APA91b_abcdefghijklmnop\n";
        let s = read(kv).expect("a subscription");
        assert_eq!(s.platform.as_deref(), Some("Android"));
        assert_eq!(s.service.as_deref(), Some("fcm"));
        assert_eq!(s.user.as_deref(), Some("bob@as.example.org"));
        let json = r#"{"event":"pushSubscriptionCreated","osType":"android","pushToken":"ffeeddccbbaa99887766554433221100"}"#;
        let s = read(json).expect("a subscription");
        assert_eq!(s.platform.as_deref(), Some("Android"));
        assert_eq!(s.token.as_deref(), Some("ffeeddccbbaa99887766554433221100"));
    }

    #[test]
    fn rfc_8599_contact_parameters() {
        let text = "REGISTER sip:as.example.org SIP/2.0\nTo: <sip:carol@as.example.org>\nContact: <sip:carol@192.0.2.7:5060;pn-provider=apns;pn-prid=00fc13adff78512;pn-param=ABCD1234.com.example.voip>\n";
        let s = read(&text.replace(
            "00fc13adff78512",
            "00fc13adff785122b4ad28809a3420982341241421348097878e577c991de8f0",
        ))
        .expect("a subscription");
        assert_eq!(s.platform.as_deref(), Some("iOS"));
        assert_eq!(s.user.as_deref(), Some("carol@as.example.org"));
        assert!(s.token.is_some_and(|t| t.starts_with("00fc13")));
    }

    #[test]
    fn removal_sending_and_masked_tokens_are_no_subscription() {
        assert_eq!(
            read(
                "UserPushNotificationRegistrationDeleteRequest <registrationId>r-1</registrationId><tokenValue>0a1b2c3d4e5f60718293a4b5c6d7e8f9</tokenValue>"
            ),
            None
        );
        assert_eq!(
            read("Sending push notification NewCall to token=0a1b2c3d4e5f60718293a4b5c6d7e8f9"),
            None
        );
        assert_eq!(read("push registration stored: token = ********"), None);
        assert_eq!(shorten("0a1b2c3d4e5f60718293"), "0a1b2c…8293");
    }
}
