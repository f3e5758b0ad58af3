# What the analysis says: verdicts, the notes a finding adds, step and
# status names. Device types, entitlement names, configuration tags and
# protocol words are never translated.

## Verdicts

verdict-registered = Registered to BroadWorks, no problems found.
verdict-registered-warnings = { $count ->
    [one] Registered to BroadWorks, with one warning to look at.
   *[other] Registered to BroadWorks, with { $count } warnings to look at.
}
verdict-no-registration = No BroadWorks registration was seen in these logs, and no known problem explains it.
verdict-server-clean = No problems found in the server logs.
verdict-nothing = This bundle holds no Webex app or BroadWorks logs to diagnose.

## Severities and statuses

severity-error = ERROR
severity-warning = WARNING
severity-info = INFO
severity-ok = OK
status-ok = ok
status-failed = failed
status-inferred = inferred
status-not-seen = not seen

## Registration steps

step-app-start = App start
step-entitlements = Entitlements
step-bwc-init = BroadWorks calling start
step-token = JWT (IdP proxy)
step-device-list = Device list (XSI)
step-config-download = Config download (DMS)
step-sip-register = SIP REGISTER
step-registered = Registered
step-as-register = AS registration (SBC to AS)

## The XSP's sign-in steps, numbered as in the guide's ladder

signin-profile-request = profile request from the IdP proxy
signin-profile-answer = profile answer (OCI-P)
signin-token-request = token request to authService
signin-login-info = OCI-P UserGetLoginInfoRequest
signin-token-issued = long-lived token issued
signin-device-list = device list (token validated over loopback)
join-by-tracking-id = by tracking id { $id }
join-by-time = by time: the client attempt and the XSP sign-in are less than { $minutes } minutes apart (no shared tracking id)

## Notes a finding adds

word-none = none
detail-entitlements = entitlements: { $list }
detail-calling-behavior = calling behavior: { $value }
detail-code = { $code }: { $meaning }
detail-code-action = { $code }: { $meaning } Action: { $action }
detail-device-missing = missing: { $wanted }; listed: { $listed }
detail-device-missing-only = missing: { $wanted }
detail-sbc = SBC { $sbc }
detail-sbc-unknown = SBC address unknown
detail-sbc-answered = { $sbc } answered { $code }
detail-answered = answered { $code }
detail-as-register-rejected = { $address }: the AS answered { $code }
detail-as-register-unanswered = { $address }: the AS never answered the REGISTER
detail-sip-timeout = { $sbc }; check %SBC_ADDRESS_WXT% and %SBC_PORT_WXT%
detail-stopped-after = last step reached: { $step }
detail-more = { $count ->
    [one] and one more
   *[other] and { $count } more
}
detail-http = HTTP { $status }
detail-http-from = HTTP { $status } from { $host }
detail-tracking-id = tracking id { $id }
detail-no-phone-number = the subscriber has no primaryPhoneNumber
detail-no-phone-number-of = subscriber { $user } has no primaryPhoneNumber
detail-email = email: { $email }
detail-bridge-message = message: "{ $message }"
detail-400-untrusted-email = (the subscriber's email is invalid or mistyped, while the template says BroadWorks emails can be trusted)
detail-400-new-org = (this user would create a new customer organization, and the template does not allow that)
detail-sent-to = sent to { $target }
detail-403-ip-address = the request went to the IP address { $host } instead of the provisioning bridge URL: this could indicate that AS patch ap373197 is missing
detail-403-host = the request went to { $host }
detail-token-issue-status = StatusCode={ $status } while issuing the token (5.4)
detail-token-validate-status = StatusCode={ $status } while validating the token (6)

## Escalation facts

fact-user_email = User email
fact-user_id = User UUID
fact-org_id = Org ID
fact-client_version = Client version
fact-platform = Platform
fact-broadworks_user_id = BroadWorks user
fact-sip_user = SIP user
fact-sbc = SBC
fact-sbc_address = SBC address
fact-xsp = XSP
fact-tracking_ids = Tracking IDs
fact-first_timestamp = Logs from (UTC)
fact-last_timestamp = Logs to (UTC)
fact-failure_at = Failure at (UTC)
fact-primary_phone_number = Primary number
fact-provisioning_target = Provisioned to
fact-service_provider = Service provider

verdict-unreadable = Nothing in this bundle could be read, so nothing could be checked: { $why }
verdict-empty = This bundle holds no files, so nothing could be checked.

detail-mixed-user = user { $user } in { $file } ({ $range })
detail-mixed-source = logs of { $source }: { $range } UTC
detail-bridge-status = the bridge answered { $status }
detail-bridge-unreachable = the POST to { $target } failed: { $reason }
fact-partner_org_id = Partner org ID
fact-case_number = Feedback case number

call-to = call to { $party }
call-from = call from { $party }
call-failed-detail = { $party }: { $answer }
media-loss-detail = { $party }: { $figure } % of packets lost
media-jitter-detail = { $party }: jitter { $figure } ms
media-rtt-detail = { $party }: round trip { $figure } ms

call-outgoing = outgoing
call-incoming = incoming
call-direction-unknown = direction unknown
call-answered = answered
call-failed = failed
call-cancelled = cancelled
call-outcome-unknown = no final answer in the log
call-loss = loss { $figure } %
call-jitter = jitter { $figure } ms
call-rtt = round trip { $figure } ms
call-feature-hold = put on hold
call-feature-resume = resumed
call-feature-transfer = transferred

## The client's sign-in steps, numbered as in the guide's ladder

signin-email = email entered, user discovery
signin-saml-assertion = SAML assertion from the IdP proxy
signin-ci-token = SAML assertion exchanged for a CI token
detail-sso-step = step { $step } of the sign-in failed
detail-sso-portal = the activation portal refused the sign-in (code { $code })
fact-ced_same_session = ced.dat from the logs' session
detail-ced-before-start = { $file } exported { $exported } UTC, before the app started { $start } UTC
