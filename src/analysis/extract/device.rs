//! Device types and platforms: the one place that knows which BroadWorks
//! device type the Webex app asks for on which platform.
//!
//! The field guide names four device types of the Webex app. The Webex for
//! BroadWorks solution guide gives each form of the app its own: desktop
//! apps ask for `Business Communicator - PC`, phones for `Connect - Mobile`,
//! tablets (an iPad) for `Business Communicator - Tablet`.
//! `Business Communicator - Mobile` belongs to the older UC-One app; a
//! phone does not use it.

/// The device types of the Webex app, as BroadWorks names them.
pub const DEVICE_TYPES: [&str; 4] = [
    "Business Communicator - PC",
    "Business Communicator - Mobile",
    "Business Communicator - Tablet",
    "Connect - Mobile",
];

/// What kind of device the app runs on, which decides its device type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Desktop,
    Mobile,
    Tablet,
}

impl Form {
    /// The form of a platform name (`Windows 10`, `macOS 14.5`, `iOS 17.2`,
    /// `Android 14`, `iPadOS 17.5`); `None` when no platform is known (a
    /// log cut before the app's start line).
    pub fn of_platform(platform: Option<&str>) -> Option<Form> {
        let p = platform?.to_ascii_lowercase();
        Some(if p.contains("ipados") || p.contains("ipad") {
            Form::Tablet
        } else if p.contains("ios") || p.contains("android") || p.contains("iphone") {
            Form::Mobile
        } else {
            Form::Desktop
        })
    }

    /// The device type the app asks for first, as findings name it.
    pub fn wanted(self) -> &'static str {
        match self {
            Form::Desktop => "Business Communicator - PC",
            Form::Mobile => "Connect - Mobile",
            Form::Tablet => "Business Communicator - Tablet",
        }
    }

    /// Whether a device list offers a type this form can use.
    pub fn served_by<S: AsRef<str>>(self, types: &[S]) -> bool {
        types.iter().any(|t| match self {
            Form::Desktop => t.as_ref() == "Business Communicator - PC",
            Form::Mobile => t.as_ref() == "Connect - Mobile",
            Form::Tablet => t.as_ref() == "Business Communicator - Tablet",
        })
    }
}

/// Whether a device list serves the app: it offers the type of the app's
/// form, or, when the form is not known, the type of any form.
pub fn serves<S: AsRef<str>>(form: Option<Form>, types: &[S]) -> bool {
    match form {
        Some(f) => f.served_by(types),
        None => [Form::Desktop, Form::Mobile, Form::Tablet]
            .iter()
            .any(|f| f.served_by(types)),
    }
}

/// The device type the app needs, as findings name it: its form's, or
/// every form's when the form is not known.
pub fn wanted(form: Option<Form>) -> String {
    match form {
        Some(f) => f.wanted().to_owned(),
        None => [Form::Desktop, Form::Mobile, Form::Tablet]
            .map(Form::wanted)
            .join(" / "),
    }
}

/// The platform in a user agent: `WebexTeams (Windows/44.2.0.29562)`,
/// `Webex/44.2 (iOS 17.2; iPhone)`.
pub fn platform_of_agent(agent: &str) -> Option<&str> {
    let inner = agent.split_once('(')?.1;
    inner
        .split(['/', ')', ';'])
        .next()
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_and_their_device_types() {
        assert_eq!(
            Form::of_platform(Some("Windows 10 (64-bit)")),
            Some(Form::Desktop)
        );
        assert_eq!(Form::of_platform(Some("iOS 17.2")), Some(Form::Mobile));
        assert_eq!(Form::of_platform(None), None);
        // A log without its start line: any form's type serves.
        assert!(serves(None, &["Connect - Mobile"]));
        assert!(!serves(None, &["Business Communicator - Mobile"]));
        assert!(!serves(Some(Form::Desktop), &["Connect - Mobile"]));
        assert!(!Form::Mobile.served_by(&["Business Communicator - Mobile"]));
        assert!(Form::Mobile.served_by(&["Connect - Mobile"]));
        assert_eq!(Form::of_platform(Some("iPadOS 17.5.1")), Some(Form::Tablet));
        assert!(!Form::Tablet.served_by(&["Connect - Mobile"]));
        assert!(!Form::Desktop.served_by(&["Connect - Mobile"]));
        assert!(Form::Desktop.served_by(&[String::from("Business Communicator - PC")]));
        assert_eq!(
            platform_of_agent("WebexTeams (Windows/44.2.0.29562)"),
            Some("Windows")
        );
        assert_eq!(
            platform_of_agent("Webex/44.2 (iOS 17.2; iPhone)"),
            Some("iOS 17.2")
        );
    }
}
