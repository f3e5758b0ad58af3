//! Languages: the six the tool speaks, and [`Text`], a message that is
//! rendered in one of them only when it is shown.
//!
//! The translations are Fluent files in `i18n/<lang>/*.ftl`, compiled into
//! the binary. English is the fallback for a message a language lacks (a
//! test keeps every language complete). The analysis stores [`Text`]s, not
//! sentences, so one analysis can be shown in any language without being
//! redone; the outputs render them.
//!
//! Unicode isolation marks are off: the texts are shown left to right only,
//! and the marks would break AccessKit label matching and copied text.
//!
//! ```
//! use wxbw_doctor::i18n::{Lang, Text};
//!
//! let n = Text::key("findings-heading").num("count", 3);
//! assert_eq!(n.render(Lang::En), "3 findings");
//! assert_eq!(n.render(Lang::De), "3 Befunde");
//! ```

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use serde::{Deserialize, Serialize};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./i18n",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language of the user interface and the reports.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    De,
    Tr,
    Ro,
    Nl,
    Pl,
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::En, Lang::De, Lang::Tr, Lang::Ro, Lang::Nl, Lang::Pl];

    /// The BCP 47 code, which is also the folder under `i18n/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Tr => "tr",
            Lang::Ro => "ro",
            Lang::Nl => "nl",
            Lang::Pl => "pl",
        }
    }

    /// The language's name in itself, for the picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Tr => "Türkçe",
            Lang::Ro => "Română",
            Lang::Nl => "Nederlands",
            Lang::Pl => "Polski",
        }
    }

    fn id(self) -> LanguageIdentifier {
        match self {
            Lang::En => langid!("en"),
            Lang::De => langid!("de"),
            Lang::Tr => langid!("tr"),
            Lang::Ro => langid!("ro"),
            Lang::Nl => langid!("nl"),
            Lang::Pl => langid!("pl"),
        }
    }

    /// The language of a locale tag as systems write it: `de-DE`,
    /// `tr_TR.UTF-8`, `nl`, `pl-PL@euro`. Only the language part counts.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let language = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == language)
    }

    /// The first of the system's preferred languages that the tool speaks;
    /// English when none is.
    pub fn from_system() -> Lang {
        sys_locale::get_locales()
            .find_map(|tag| Lang::from_tag(&tag))
            .unwrap_or_default()
    }

    /// The message `key`, in this language or else in English. A key that
    /// exists nowhere comes back as itself, so a slip shows and is caught
    /// by the tests that read every key.
    /// A signed duration in seconds with the language's decimal
    /// separator: `+0.314 s`, `+0,314 s`.
    pub fn seconds(self, ms: i64) -> String {
        let text = format!("{:+.3} s", ms as f64 / 1000.0);
        match self {
            Lang::En => text,
            Lang::De | Lang::Tr | Lang::Ro | Lang::Nl | Lang::Pl => text.replace('.', ","),
        }
    }

    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(&self.id(), key)
    }

    /// The message `key` with its variables.
    pub fn t_with(self, key: &str, args: &[(&str, FluentValue<'static>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| (Cow::Owned((*k).to_owned()), v.clone()))
            .collect();
        LOCALES.lookup_with_args(&self.id(), key, &map)
    }

    /// The message `key` as a field label: `Meaning:`.
    pub fn label(self, key: &str) -> String {
        format!("{}:", self.t(key))
    }

    /// True when English has the message: the language falls back to it.
    pub fn has(key: &str) -> bool {
        LOCALES.try_lookup(&langid!("en"), key).is_some()
    }
}

/// A value in a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Shown as is: an address, a device type, a code.
    Str(String),
    /// A count, which can choose a plural form.
    Num(i64),
    /// Another message, rendered in the same language.
    Text(Box<Text>),
}

/// Something to tell the user, rendered in a language when shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Text {
    /// A Fluent message with its variables.
    Msg {
        key: Cow<'static, str>,
        args: Vec<(&'static str, Arg)>,
    },
    /// Text that has no translation: a user's own signature file, a value
    /// taken from a log.
    Plain(String),
    /// Texts shown one after the other with a separator between them.
    Join(Vec<Text>, &'static str),
}

impl Text {
    pub fn key(key: impl Into<Cow<'static, str>>) -> Text {
        Text::Msg {
            key: key.into(),
            args: Vec::new(),
        }
    }

    pub fn plain(text: impl Into<String>) -> Text {
        Text::Plain(text.into())
    }

    fn arg(mut self, name: &'static str, value: Arg) -> Text {
        if let Text::Msg { args, .. } = &mut self {
            args.push((name, value));
        }
        self
    }

    /// Adds a variable shown as is.
    pub fn str(self, name: &'static str, value: impl Into<String>) -> Text {
        self.arg(name, Arg::Str(value.into()))
    }

    /// Adds a number.
    pub fn num(self, name: &'static str, value: impl Into<i64>) -> Text {
        self.arg(name, Arg::Num(value.into()))
    }

    /// Adds a message as a variable.
    pub fn text(self, name: &'static str, value: Text) -> Text {
        self.arg(name, Arg::Text(Box::new(value)))
    }

    pub fn render(&self, lang: Lang) -> String {
        match self {
            Text::Plain(s) => s.clone(),
            Text::Join(parts, sep) => join(parts, lang, sep),
            Text::Msg { key, args } if args.is_empty() => lang.t(key),
            Text::Msg { key, args } => {
                let values: Vec<(&str, FluentValue<'static>)> = args
                    .iter()
                    .map(|(name, arg)| {
                        let value = match arg {
                            Arg::Str(s) => FluentValue::from(s.clone()),
                            Arg::Num(n) => FluentValue::from(*n),
                            Arg::Text(t) => FluentValue::from(t.render(lang)),
                        };
                        (*name, value)
                    })
                    .collect();
                lang.t_with(key, &values)
            }
        }
    }
}

/// Reports and JSON carry English; the app and the text report render in
/// the chosen language.
impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.render(Lang::En))
    }
}

/// Renders a list of texts joined by `sep`.
pub fn join(texts: &[Text], lang: Lang, sep: &str) -> String {
    texts
        .iter()
        .map(|t| t.render(lang))
        .collect::<Vec<_>>()
        .join(sep)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_use_the_decimal_separator_of_the_language() {
        assert_eq!(Lang::En.seconds(314), "+0.314 s");
        assert_eq!(Lang::De.seconds(1314), "+1,314 s");
        assert_eq!(Lang::Pl.seconds(-2500), "-2,500 s");
    }

    #[test]
    fn locale_tags_pick_the_language() {
        assert_eq!(Lang::from_tag("de-DE"), Some(Lang::De));
        assert_eq!(Lang::from_tag("tr_TR.UTF-8"), Some(Lang::Tr));
        assert_eq!(Lang::from_tag("pl-PL@euro"), Some(Lang::Pl));
        assert_eq!(Lang::from_tag("NL"), Some(Lang::Nl));
        assert_eq!(Lang::from_tag("ro"), Some(Lang::Ro));
        assert_eq!(Lang::from_tag("fr-FR"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn plurals_follow_each_language() {
        let n = |lang, count: i64| {
            Text::key("findings-heading")
                .num("count", count)
                .render(lang)
        };
        assert_eq!(n(Lang::En, 1), "1 finding");
        assert_eq!(n(Lang::En, 2), "2 findings");
        // Polish has three forms for whole numbers.
        assert_ne!(n(Lang::Pl, 2), n(Lang::Pl, 5));
        assert_ne!(n(Lang::Pl, 1), n(Lang::Pl, 2));
    }

    #[test]
    fn nested_texts_render_in_the_same_language() {
        let t = Text::key("detail-device-missing")
            .str("wanted", "Business Communicator - PC")
            .text("listed", Text::key("word-none"));
        assert!(t.render(Lang::En).ends_with("none"));
        assert!(!t.render(Lang::De).ends_with("none"));
        assert!(
            !t.render(Lang::De).contains('\u{2068}'),
            "no isolation marks"
        );
    }
}
