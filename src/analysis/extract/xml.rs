//! The XML snippets inside logs: Xsi `AccessDevices`, the DMS device
//! configuration, and RFC 3680 `reginfo` bodies. Read with quick-xml,
//! tolerantly: a snippet cut off by the log still yields what it holds.

use quick_xml::Reader;

use super::fields::Key;
use quick_xml::events::{BytesStart, Event};

/// Calls `on` for every start (or empty) element with its local name, and
/// for text with the name of the element it sits in.
fn walk(xml: &str, mut on: impl FnMut(Item)) {
    let start = xml.find('<').unwrap_or(xml.len());
    let mut reader = Reader::from_str(&xml[start..]);
    reader.config_mut().check_end_names = false;
    let mut stack: Vec<String> = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                let name = local(&e);
                on(Item::Open(&name, &e));
                stack.push(name);
            }
            Ok(Event::Empty(e)) => on(Item::Open(&local(&e), &e)),
            Ok(Event::End(_)) => {
                stack.pop();
            }
            Ok(Event::Text(t)) => {
                if let Some(parent) = stack.last() {
                    on(Item::Text(parent, t.xml10_content().trim()));
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
}

enum Item<'a> {
    Open(&'a str, &'a BytesStart<'a>),
    Text(&'a str, &'a str),
}

fn local(e: &BytesStart) -> String {
    e.local_name().as_ref().to_owned()
}

fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .map(|a| a.value.into_owned())
}

/// `deviceType` values of an `AccessDevices` answer.
pub fn device_types(xml: &str) -> Vec<String> {
    let mut types = Vec::new();
    walk(xml, |item| {
        if let Item::Text("deviceType", t) = item
            && !t.is_empty()
        {
            types.push(t.to_owned());
        }
    });
    types
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConfigSummary {
    /// `%…%` placeholders left in the file, each once, in order.
    pub unresolved: Vec<String>,
    /// `address:port` of the SIP proxy (the SBC).
    pub proxy: Option<String>,
    pub user: Option<String>,
}

/// What a downloaded device configuration says about registration.
pub fn config_summary(xml: &str) -> ConfigSummary {
    let mut s = ConfigSummary::default();
    for (i, _) in xml.match_indices('%') {
        let rest = &xml[i + 1..];
        let len = rest
            .bytes()
            .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_')
            .count();
        if len >= 3 && rest.as_bytes().get(len) == Some(&b'%') {
            let tag = format!("%{}%", &rest[..len]);
            if !s.unresolved.contains(&tag) {
                s.unresolved.push(tag);
            }
        }
    }
    walk(xml, |item| match item {
        Item::Open("proxy", e) if s.proxy.is_none() => {
            if let Some(address) = attr(e, "address") {
                s.proxy = Some(match attr(e, "port") {
                    Some(port) => format!("{address}:{port}"),
                    None => address,
                });
            }
        }
        Item::Text("username", t) if s.user.is_none() && !t.is_empty() => {
            s.user = Some(t.to_owned())
        }
        _ => {}
    });
    s
}

/// A `<contact>` of a `reginfo` document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegContact {
    pub state: String,
    /// `registered`, `created`, `refreshed`, `shortened`, `expired`,
    /// `deactivated`, `probation`, `unregistered`, `rejected`.
    pub event: String,
    pub uri: Option<String>,
}

/// Contacts of an RFC 3680 registration-state document.
pub fn reginfo_contacts(xml: &str) -> Vec<RegContact> {
    let mut contacts: Vec<RegContact> = Vec::new();
    walk(xml, |item| match item {
        Item::Open("contact", e) => contacts.push(RegContact {
            state: attr(e, "state").unwrap_or_default(),
            event: attr(e, "event").unwrap_or_default(),
            uri: None,
        }),
        Item::Text("uri", t) => {
            if let Some(c) = contacts.last_mut() {
                c.uri = Some(t.to_ascii_lowercase());
            }
        }
        _ => {}
    });
    contacts
}

/// The fields of a flow-through provisioning request the guide says to
/// check; the `services` stanza is ignored, as the guide says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SubscriberProfile {
    pub bwuserid: Option<String>,
    pub group: Option<String>,
    pub service_provider: Option<String>,
    pub primary_phone_number: Option<String>,
    pub email: Option<String>,
}

pub fn subscriber_profile(xml: &str) -> SubscriberProfile {
    let at = xml
        .find("<subscriberProfile")
        .or_else(|| xml.find("<?xml"))
        .unwrap_or(0);
    let mut p = SubscriberProfile::default();
    walk(&xml[at..], |item| {
        if let Item::Text(name, t) = item {
            // Element names as any key: `bwuserid`, `bwUserId`, `BW_USER_ID`.
            let slot = match super::fields::key_of(name) {
                Some(Key::BroadworksUserId) => &mut p.bwuserid,
                Some(Key::Group) => &mut p.group,
                Some(Key::ServiceProvider) => &mut p.service_provider,
                Some(Key::PhoneNumber) => &mut p.primary_phone_number,
                Some(Key::Email) => &mut p.email,
                _ => return,
            };
            if slot.is_none() && !t.is_empty() {
                *slot = Some(t.to_owned());
            }
        }
    });
    p
}

/// The device types of an OCI-P `accessDeviceTable`: the column headed
/// `Device Type` of every row.
pub fn access_device_table(xml: &str) -> Vec<String> {
    let at = xml.find("<accessDeviceTable").unwrap_or(0);
    let mut headings: Vec<String> = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    walk(&xml[at..], |item| match item {
        Item::Text("colHeading", t) => headings.push(t.to_owned()),
        Item::Open("row", _) => rows.push(Vec::new()),
        Item::Text("col", t) => {
            if let Some(r) = rows.last_mut() {
                r.push(t.to_owned());
            }
        }
        _ => {}
    });
    let column = headings
        .iter()
        .position(|h| h.eq_ignore_ascii_case("Device Type"))
        .unwrap_or(0);
    rows.into_iter()
        .filter_map(|mut r| (column < r.len()).then(|| r.swap_remove(column)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_types_from_access_devices() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<AccessDevices xmlns="http://schema.broadsoft.com/xsi">
<accessDevice><deviceType>Business Communicator - PC</deviceType><deviceLevel>Group</deviceLevel></accessDevice>
<accessDevice><deviceType>Connect - Mobile</deviceType></accessDevice>
</AccessDevices>"#;
        assert_eq!(
            device_types(xml),
            ["Business Communicator - PC", "Connect - Mobile"]
        );
        assert!(device_types("<AccessDevices></AccessDevices>").is_empty());
        assert_eq!(
            device_types("<AccessDevices><accessDevice><deviceType>Connect - Mobile</deviceType>"),
            ["Connect - Mobile"]
        );
    }

    #[test]
    fn config_placeholders_and_proxy() {
        let xml = r#"<config><protocols><sip><proxy address="sbc1.acme-telecom.example" port="8934"/>
<credentials><username>20671680_wxt</username></credentials></sip></protocols>
<services><web-call-settings><url>%WEB_CALL_SETTINGS_URL_WXT%</url></web-call-settings></services></config>"#;
        let s = config_summary(xml);
        assert_eq!(s.unresolved, ["%WEB_CALL_SETTINGS_URL_WXT%"]);
        assert_eq!(s.proxy.as_deref(), Some("sbc1.acme-telecom.example:8934"));
        assert_eq!(s.user.as_deref(), Some("20671680_wxt"));
        let unset = config_summary(
            r#"<config><proxy address="%SBC_ADDRESS_WXT%" port="%SBC_PORT_WXT%"/></config>"#,
        );
        assert_eq!(unset.unresolved, ["%SBC_ADDRESS_WXT%", "%SBC_PORT_WXT%"]);
    }

    #[test]
    fn reginfo_terminated_contact() {
        let xml = r#"<?xml version="1.0"?>
<reginfo xmlns="urn:ietf:params:xml:ns:reginfo" version="1" state="partial">
  <registration aor="sip:u@example.net" id="a7" state="terminated">
    <contact id="76" state="terminated" event="deactivated"><uri>sip:u@192.0.2.42:52011;transport=tls</uri></contact>
  </registration>
</reginfo>"#;
        let c = reginfo_contacts(xml);
        assert_eq!(c.len(), 1);
        assert_eq!(
            (c[0].state.as_str(), c[0].event.as_str()),
            ("terminated", "deactivated")
        );
        assert_eq!(
            c[0].uri.as_deref(),
            Some("sip:u@192.0.2.42:52011;transport=tls")
        );
    }

    #[test]
    fn subscriber_profile_fields() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?><subscriberProfile><bwuserid>2477382663@example.net</bwuserid><group>SalesGroup</group><serviceProvider>AcmeEnterprise</serviceProvider><email>jan.devries@example.net</email><services><service>IM&amp;P</service></services></subscriberProfile>"#;
        let p = subscriber_profile(xml);
        assert_eq!(p.bwuserid.as_deref(), Some("2477382663@example.net"));
        assert_eq!(p.group.as_deref(), Some("SalesGroup"));
        assert_eq!(p.service_provider.as_deref(), Some("AcmeEnterprise"));
        assert_eq!(p.primary_phone_number, None);
        assert_eq!(p.email.as_deref(), Some("jan.devries@example.net"));
    }

    #[test]
    fn access_device_table_by_heading() {
        let xml = "<accessDeviceTable><colHeading>Device Level</colHeading><colHeading>Device Type</colHeading><row><col>Group</col><col>Business Communicator - PC</col></row><row><col>Group</col><col>Connect - Mobile</col></row></accessDeviceTable>";
        assert_eq!(
            access_device_table(xml),
            ["Business Communicator - PC", "Connect - Mobile"]
        );
    }

    #[test]
    fn junk_yields_nothing() {
        assert!(device_types("not xml at all <<<>>>").is_empty());
        assert_eq!(config_summary(""), ConfigSummary::default());
        assert!(reginfo_contacts("<reginfo><contact").len() <= 1);
    }
}
