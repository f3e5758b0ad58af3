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
    /// `Android 14`, `iPadOS 17.5`); desktop when it is not known.
    pub fn of_platform(platform: Option<&str>) -> Form {
        let p = platform.unwrap_or("").to_ascii_lowercase();
        if p.contains("ipados") || p.contains("ipad") {
            Form::Tablet
        } else if p.contains("ios") || p.contains("android") || p.contains("iphone") {
            Form::Mobile
        } else {
            Form::Desktop
        }
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
            Form::Desktop
        );
        assert_eq!(Form::of_platform(Some("iOS 17.2")), Form::Mobile);
        assert_eq!(Form::of_platform(None), Form::Desktop);
        assert!(!Form::Mobile.served_by(&["Business Communicator - Mobile"]));
        assert!(Form::Mobile.served_by(&["Connect - Mobile"]));
        assert_eq!(Form::of_platform(Some("iPadOS 17.5.1")), Form::Tablet);
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
