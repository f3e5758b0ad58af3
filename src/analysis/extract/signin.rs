//! The SAML leg of signing in to Webex where a record names it outside an
//! HTTP exchange: the SAML assertion (the guide's ladder step 2.3: the IdP
//! hands it to the client) and the OAuth grant that presents it to CI
//! (step 3, `urn:ietf:params:oauth:grant-type:saml2-bearer`). The
//! exchanges themselves (user discovery, the IdP's SAML endpoint, CI's
//! token endpoint) are HTTP and read by [`super::http`].
//!
//! Only the protocol's own names count: `SAMLResponse`, *SAML assertion*
//! or *SAML response*, the `saml2-bearer` grant type.

use super::EventKind;

re!(
    ASSERTION,
    r"(?i)\bSAMLResponse\b|\bsaml\s*(?:2(?:\.0)?)?[\s_-]*(?:assertion|response)s?\b"
);
// URL-encoded (`grant-type%3Asaml2-bearer`) the name follows a letter.
re!(GRANT, r"(?i)saml2[-_]bearer\b");
re!(
    FAILED,
    r"(?i)fail|\berror\b|\breject|\bdenied\b|\binvalid|\bexpired\b|\bnot\s+(?:issued|received|valid)\b"
);

/// The SAML event a record's head holds, if any. `error_level` is the
/// record's own level: a record logged as an error says a failure.
pub fn read(head: &str, error_level: bool, mut push: impl FnMut(EventKind)) {
    let grant = GRANT.is_match(head);
    if !grant && !ASSERTION.is_match(head) {
        return;
    }
    let refused =
        super::http::status_in(&super::http::without_urls(head)).is_some_and(|s| s >= 300);
    let failed = error_level || refused || FAILED.is_match(head);
    push(EventKind::Saml { grant, failed });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(head: &str, error: bool) -> Vec<EventKind> {
        let mut out = Vec::new();
        read(head, error, |k| out.push(k));
        out
    }

    #[test]
    fn assertions_in_several_printings() {
        for ok in [
            "SSO: got SAMLResponse (4096 bytes) from the identity provider",
            "sso::onAssertion saml2 assertion accepted, issuer=https://idp.example.net",
            "[WebLogin] SAML response received; NameID present",
        ] {
            assert_eq!(
                read_all(ok, false),
                [EventKind::Saml {
                    grant: false,
                    failed: false
                }],
                "{ok}"
            );
        }
        for bad in [
            "SSO: IdP answered 502 Bad Gateway, no SAML response",
            "saml_assertion missing: not issued by IdP",
        ] {
            assert_eq!(
                read_all(bad, false),
                [EventKind::Saml {
                    grant: false,
                    failed: true
                }],
                "{bad}"
            );
        }
        assert_eq!(
            read_all("SAML assertion handed over", true),
            [EventKind::Saml {
                grant: false,
                failed: true
            }]
        );
    }

    #[test]
    fn the_grant_is_step_three() {
        for line in [
            "token request body: grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Asaml2-bearer&assertion=…",
            r#"{"grant_type":"urn:ietf:params:oauth:grant-type:saml2-bearer","scope":"spark:all"}"#,
        ] {
            assert_eq!(
                read_all(line, false),
                [EventKind::Saml {
                    grant: true,
                    failed: false
                }],
                "{line}"
            );
        }
    }

    #[test]
    fn other_records_say_nothing() {
        assert!(
            read_all(
                "GET https://idbroker.example.com/idb/oauth2/v1/authorize -> 302",
                false
            )
            .is_empty()
        );
        assert!(read_all("Samlet 3 kontakter", false).is_empty());
    }
}
