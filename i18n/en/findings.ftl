# The findings catalogue: for each finding id in assets/signatures.json,
# its title, cause, fix, and the troubleshooting guide's section.
# The -guide lines name the sections as the guide prints them; texts marked
# "Not in the guide:" are this tool's advice, not the troubleshooting guide's.

finding-entitlement-missing-title = The user lacks the broadworks-connector entitlement
finding-entitlement-missing-cause = The Webex app only registers to BroadWorks when the user's account carries the broadworks-connector entitlement. It is missing from the entitlements the app received, so there is no calling icon and no BroadWorks phone service.
finding-entitlement-missing-fix = Check the user in Help Desk: the entitlements must include broadworks-connector. Usually the user lacks the right licence or entitlements, or is not yet enabled for calling in Control Hub. Check the user's Webex for BroadWorks package in Partner Hub (Customers, View customer, Users, the user, Webex for BroadWorks packages), then have the user sign out and in again.
finding-entitlement-missing-guide = Client has no calling icon; Check a user's calling behavior and connector entitlement

finding-conflicting-calling-entitlement-title = The user also has a Webex Calling entitlement (bc-sp-standard)
finding-conflicting-calling-entitlement-cause = bc-sp-standard belongs to Webex Calling, the other calling back end. A user with it is set up for Webex Calling as well as for Webex for BroadWorks, and the app may not use BroadWorks calling.
finding-conflicting-calling-entitlement-fix = Remove the Webex Calling license or entitlement from this user in Control Hub so that only Webex for BroadWorks calling remains, then have the user sign out and in again.
finding-conflicting-calling-entitlement-guide = Check a user's calling behavior and connector entitlement

finding-calling-behavior-not-webex-title = Calling behavior is not "Calling in Webex"
finding-calling-behavior-not-webex-cause = The app registers to BroadWorks only when the calling behavior is NATIVE_WEBEX_TEAMS_CALLING ("Calling in Webex"). The user or the organization is set to another behavior, so calls are handed to another app or to nothing.
finding-calling-behavior-not-webex-fix = Check the calling behavior of the user and of the organization in Help Desk: it must be Calling in Webex. Change it in Control Hub. In Partner-restricted mode, which is on by default, customer administrators cannot edit calling behavior, so a partner administrator must change it. The app picks up the change after signing in again.
finding-calling-behavior-not-webex-guide = Check a user's calling behavior and connector entitlement; Check the calling behavior of an organization; Partner-restricted mode (management guide)

finding-multiple-calling-services-title = Webex Calling and BroadWorks calling were both active
finding-multiple-calling-services-cause = The app has switched between calling back ends (Webex Calling, shown as Mobius or WEBEX_CALLING, and BroadWorks). This happens when the same app was used to try different calling services, and it leaves stale state behind.
finding-multiple-calling-services-fix = Reset the app's database: Help > Health Checker > Reset Database. This resets the client fully and brings back the sign-in screen.
finding-multiple-calling-services-guide = Multiple calling services tested with the same clients; Reset the Webex database

finding-activation-portal-error-title = The activation portal returned an end-user error code
finding-activation-portal-error-cause = Sign-in stopped at the user activation portal with one of the error codes the guide lists.
finding-activation-portal-error-fix = Follow the action given with the code.
finding-activation-portal-error-guide = End-user error codes

finding-directory-sync-error-title = A directory synchronization error code appears
finding-directory-sync-error-cause = BroadWorks External Directory or Phone List synchronization reported one of the guide's directory-sync error codes; contacts or users may be missing or stale.
finding-directory-sync-error-fix = The guide gives the meaning of the code (shown with this finding) but no action. Not in the guide: check the sync settings of the customer configuration in Partner Hub and that the BroadWorks cluster is reachable; escalate with the code if it persists.
finding-directory-sync-error-guide = Error codes for directory synchronization

finding-token-fetch-failed-title = The BroadWorks token could not be obtained
finding-token-fetch-failed-cause = The app asked the BroadWorks IdP proxy (or the XSP's authService) for its JWT or long-lived token and got an error. Without it the app cannot fetch its device list or register.
finding-token-fetch-failed-fix = Check the authentication service on the XSPs: the RSA keys generated on one XSP are copied to all XSPs; the AuthService URL is provided to the web container on every XSP and entered for the cluster in Partner Hub; CertificateAuthentication has allowUserApp = false and allowClientApp = true; with mTLS, the Webex client certificate is uploaded to the XSPs. If it still fails, give Cisco the tracking id.
finding-token-fetch-failed-guide = Authentication service misconfiguration

finding-xsi-request-failed-title = An Xsi-Actions request was refused
finding-xsi-request-failed-cause = The app's request to Xsi-Actions on the XSP (profile or device list) got an error answer, so it cannot learn its devices.
finding-xsi-request-failed-fix = Check the Xsi-Actions application on the XSP named here: that it is deployed and reachable, that the user exists on BroadWorks, and the XSP's access_log and XsiActionsLog for the same tracking id.
finding-xsi-request-failed-guide = Analyze XSP logs to troubleshoot subscriber sign-in

finding-device-profile-missing-title = The user has no device profile for this platform
finding-device-profile-missing-cause = BroadWorks returned the user's devices, but none has the device type the app needs on this platform (Business Communicator - PC on desktop). The app cannot download a configuration or register.
finding-device-profile-missing-fix = On BroadWorks, assign the user the device types for the Webex app: an identity/device profile of type Business Communicator - PC (or the type for the user's platform), as the Solution Guide describes (Prepare your environment, Device profiles). Then have the user sign in again.
finding-device-profile-missing-guide = Desktop device not provisioned for user; Single sign-on failed

finding-config-download-failed-title = The device configuration could not be downloaded from DMS
finding-config-download-failed-cause = The app asked the device management server for its configuration file and got an error answer.
finding-config-download-failed-fix = Check DMS on the XSP named here: that the device type's configuration file exists and is deployed for the user's device, that the DMS URL in the device profile is right, and the XSP's dmsDebugLog for the request.
finding-config-download-failed-guide = Expected registration sequence (steps 1 and 2)

finding-config-parse-failed-title = The downloaded configuration could not be read (errorCode 1507)
finding-config-parse-failed-cause = The configuration file DMS served for the device type did not parse, so login to BroadWorks calling failed with error 1507. A known cause is the device type's encoding: defaultDeviceEncoding set to ISO-8859-1 while the file is UTF-8.
finding-config-parse-failed-fix = On the AS, check the device type with AS_CLI/System/DeviceType/SIP> detail "Business Communicator - PC" and set defaultDeviceEncoding to UTF-8 (Cisco TAC document 221699). Also check the configuration template for broken XML.
finding-config-parse-failed-guide = Call configuration and registration issues; Cisco TAC document 221699

finding-unresolved-config-tag-title = A BroadWorks tag is not defined for this user
finding-unresolved-config-tag-cause = The downloaded configuration still contains a %…_WXT% placeholder: the BroadWorks custom tag is not defined for the device type or the user, so the app gets the placeholder instead of a value. %SBC_ADDRESS_WXT% breaks registration; %WEB_CALL_SETTINGS_URL_WXT% hides the call settings self-care link.
finding-unresolved-config-tag-fix = Define the tag named here on BroadWorks (device type or group/enterprise level), as the Webex for Cisco BroadWorks configuration guide lists, then have the user sign in again.
finding-unresolved-config-tag-guide = BroadWorks tags misconfiguration; Call settings web view issues: Self-care button or link not showing in the Webex app

finding-sip-auth-failed-title = The SBC keeps rejecting the SIP credentials
finding-sip-auth-failed-cause = REGISTER was challenged again after the app sent its credentials: the SIP user name or password in the device profile does not match BroadWorks' authentication settings for the user.
finding-sip-auth-failed-fix = On BroadWorks, check the user's Authentication service (user name and password) and the credentials of the device profile the app downloaded; reset them so they match, then have the user sign in again.
finding-sip-auth-failed-guide = Call configuration and registration issues; the failure itself is not in the guide (RFC 3261)

finding-sip-register-rejected-title = The SBC rejected the registration
finding-sip-register-rejected-cause = REGISTER got a final error answer from the SBC or the Application Server (for example 403 or 404): the line/port or the user is not known where the request arrived.
finding-sip-register-rejected-fix = Check the line/port (SIP user) of the device profile against BroadWorks, that the user is on the AS the SBC routes to, and the SBC's and AS's logs for this Call-ID.
finding-sip-register-rejected-guide = Expected registration sequence (steps 4 and 5); the failure itself is not in the guide (RFC 3261)

finding-sip-register-timeout-title = The SBC did not answer the registration
finding-sip-register-timeout-cause = REGISTER got no answer (the SIP transaction timed out) or the connection to the SBC failed. The SBC address or port in the configuration is wrong, or a firewall blocks the way.
finding-sip-register-timeout-fix = Check the SBC address and port named here against %SBC_ADDRESS_WXT% and %SBC_PORT_WXT% on BroadWorks, that the SBC listens there (TLS), and that the user's network lets the traffic out.
finding-sip-register-timeout-guide = Expected registration sequence (step 4); BroadWorks tags misconfiguration; the failure itself is not in the guide (RFC 3261)

finding-sip-register-failover-title = The first SBC did not answer; the app registered through another
finding-sip-register-failover-cause = The app sent REGISTER to one SBC address and got no answer, or could not connect, and then registered through the next address it was given. Calls work, but each sign-in and refresh waits for the silent SBC first, and there is no spare SBC left until it answers again.
finding-sip-register-failover-fix = Check the SBC that did not answer (its address is in the evidence): that it runs, that its firewall lets the app's SIP traffic in on the port of the configuration, and that %SBC_ADDRESS_WXT% lists only SBCs that serve this user.
finding-sip-register-failover-guide = Expected registration sequence (step 4); BroadWorks tags misconfiguration; the failover itself is not in the guide (RFC 3263)

finding-registration-displaced-title = The registration was taken over by another client
finding-registration-displaced-cause = After registering successfully, the app's contact was dropped by the registrar. The guide's cause: the same user signed in on several clients of the same platform type (for example two Windows computers), and only one of them keeps an active SSO session. This is by design.
finding-registration-displaced-fix = Ask whether the user is also signed in on another computer of the same platform type. If both are really needed, the guide's workaround is to configure BroadWorks with several instances of the same device type, each with a unique SIP address; this is outside the scope of Webex for BroadWorks. Not in the guide: otherwise, sign out on the computer not used for calls.
finding-registration-displaced-guide = Desktop client disconnects phone services after successful SSO connection

finding-registration-stopped-title = Registration stopped, and no known problem explains it
finding-registration-stopped-cause = The app got as far as the step named here and went no further. None of the problems the troubleshooting guide describes shows in the logs; the first errors the calling library or telephony logged after that step are the evidence.
finding-registration-stopped-fix = Read the error lines of the evidence first. Then follow the guide's registration sequence from the step reached: the configuration the app downloaded, the network path to the SBC, the user's device types and calling settings. Escalate with the logs, the tracking ids and the time of the last step.
finding-registration-stopped-guide = Expected registration sequence

finding-provisioning-forbidden-title = The provisioning bridge refused the request (403 Forbidden)
finding-provisioning-forbidden-cause = The Application Server's flow-through provisioning request was forbidden; as sent, it has no chance of success. For example, a request addressed to an IP address instead of the provisioning bridge URL could indicate that the AS is missing a required patch (ap373197).
finding-provisioning-forbidden-fix = Check the request target in the PSLog: it must be the provisioning bridge URL shown on your Partner Hub template, not an IP address (see the firewall configuration topics of the Solution Guide). Check that all required patches, ap373197 among them, are applied on the AS and that the flow-through provisioning configuration is complete.
finding-provisioning-forbidden-guide = User provisioning failures in response from Provisioning Bridge: 403 Forbidden

finding-provisioning-unauthorized-title = The provisioning credentials were rejected (401 Unauthorized)
finding-provisioning-unauthorized-cause = The provisioning account name or password configured on the Application Server (Integrated IM&P) differs from the one in the Partner Hub customer template.
finding-provisioning-unauthorized-fix = Make the messaging server user name and password of the enterprise's Integrated IM&P settings (AS_CLI/Interface/Messaging> get, or the enterprise's Services > Integrated IM&P) match the provisioning account name and password of the Partner Hub template exactly.
finding-provisioning-unauthorized-guide = Analyze PSLog for user provisioning issues; Integrated IM&P errors for specific enterprises or customers

finding-provisioning-conflict-title = A Webex user with this email already exists (409 Conflict)
finding-provisioning-conflict-cause = The provisioning request cannot go on because a Webex account with the subscriber's email address already exists, often a free account the user created on their own.
finding-provisioning-conflict-fix = Search the email from the POST in Help Desk. Ask the user to delete the free account, or provision the subscriber with another email address.
finding-provisioning-conflict-guide = User provisioning failures in response from Provisioning Bridge: 409 Conflict; User is already in CI

finding-provisioning-missing-phone-number-title = The subscriber has no primary phone number
finding-provisioning-missing-phone-number-cause = The provisioning request carries no primaryPhoneNumber. Every Webex for BroadWorks subscriber needs a primary number (DID); provisioning fails without it.
finding-provisioning-missing-phone-number-fix = Assign a primary phone number to the subscriber in BroadWorks, then provision again.
finding-provisioning-missing-phone-number-guide = Analyze PSLog for user provisioning issues (step 2); Integrated IM&P errors for specific users

finding-provisioning-invalid-email-title = The subscriber's email address is not valid
finding-provisioning-invalid-email-cause = The email in the provisioning request is not a valid address. It becomes the user's Webex ID, so it must be valid and unique.
finding-provisioning-invalid-email-fix = Correct the subscriber's email address in BroadWorks, then provision again.
finding-provisioning-invalid-email-guide = Analyze PSLog for user provisioning issues (step 2)

finding-provisioning-bad-request-title = The provisioning bridge could not process the request (400 Bad Request)
finding-provisioning-bad-request-cause = The bridge rejected something in the subscriberProfile, or it does not fit a setting of the customer template. The message it returned says what.
finding-provisioning-bad-request-fix = Read the quoted message. "Cannot trust BroadWorks email…" means the email is invalid or mistyped while the template says emails can be trusted: check the subscriber's email in BroadWorks. "Customer Org not found… create new org flag is not enabled" means this user would create a new customer organization but the template forbids it: allow new organizations in the Partner Hub template, or fix the email (its domain) if no new organization was intended.
finding-provisioning-bad-request-guide = User provisioning failures in response from Provisioning Bridge: 400 Bad Request

finding-provisioning-error-title = The provisioning bridge answered with an error
finding-provisioning-error-cause = The provisioning bridge answered the Application Server's request with a status other than 200 OK. The guide: anything other than 200 OK is a user provisioning error. The status and the bridge's message are shown with this finding.
finding-provisioning-error-fix = Read the status and the message. The guide gives actions only for 400, 401, 403 and 409, so escalate with the PSLog, the status and the subscriber's email. Not in the guide: check that the request target is the provisioning bridge URL shown on your Partner Hub template.
finding-provisioning-error-guide = Analyze PSLog for user provisioning issues (step 1)

finding-provisioning-unreachable-title = The Application Server could not reach the provisioning bridge
finding-provisioning-unreachable-cause = The Application Server's provisioning POST got no answer: the connection was refused or timed out, the TLS handshake failed, or the host name did not resolve. Nothing is provisioned while the bridge cannot be reached.
finding-provisioning-unreachable-fix = Check that the Application Server can reach the provisioning URL (see the firewall configuration topics of the Solution Guide), and that the Messaging Server URL of the enterprise's Integrated IM&P settings matches the Provisioning URL of the Partner Hub template.
finding-provisioning-unreachable-guide = Network issues: customers or users not created by flow-through provisioning (management guide); Integrated IM&P errors for specific enterprises or customers

finding-impp-provisioning-error-title = The Application Server reported an Integrated IM&P error
finding-impp-provisioning-error-cause = The AS logged [Error 18215] (provisioning error with the messaging server) or [Error 18211] (communication error with it). Known causes: the email already exists in Webex, the user signed up on their own earlier, or the user has no primary phone number.
finding-impp-provisioning-error-fix = Look at the provisioning answer next to this error. Search the user's email in Help Desk; check the subscriber has a primary number; if it fails for every user of the enterprise, compare the enterprise's Integrated IM&P settings with the Partner Hub template.
finding-impp-provisioning-error-guide = Integrated IM&P errors for specific users

finding-xsp-token-failed-title = The XSP's authentication service did not issue or validate the token
finding-xsp-token-failed-cause = authService answered a StatusCode other than 200 when issuing the long-lived token (step 5.4) or when validating it for Xsi-Actions (step 6).
finding-xsp-token-failed-fix = Check the authentication service on every XSP: the RSA keys generated on one XSP are copied to all XSPs; the AuthService URL is provided to the web container on every XSP and entered for the cluster in Partner Hub; CertificateAuthentication has allowUserApp = false and allowClientApp = true; with mTLS, the Webex client certificate is uploaded to the XSPs.
finding-xsp-token-failed-guide = Analyze XSP logs to troubleshoot subscriber sign-in; Authentication service misconfiguration

finding-xsp-profile-request-failed-title = The XSP refused the profile or device request
finding-xsp-profile-request-failed-cause = The Xsi-Actions profile GET from the IdP proxy (step 2.1) or the device GET from the app (step 6) was answered with an error.
finding-xsp-profile-request-failed-fix = Check the Xsi-Actions application and the user on BroadWorks: that the user exists and the credentials are right for the profile GET, that the token was validated for the device GET, and the OCI-P answers in the XsiActionsLog for the same tracking id.
finding-xsp-profile-request-failed-guide = Analyze XSP logs to troubleshoot subscriber sign-in

finding-xsp-cert-auth-misconfigured-title = Certificate authentication on the XSP is set the wrong way round
finding-xsp-cert-auth-misconfigured-cause = The XSP's CertificateAuthentication settings must be allowUserApp = false and allowClientApp = true for Webex to authenticate with its client certificate; the CLI output shows otherwise.
finding-xsp-cert-auth-misconfigured-fix = On every XSP: XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> set allowUserApp false and set allowClientApp true.
finding-xsp-cert-auth-misconfigured-guide = Authentication service misconfiguration

finding-xsp-chain-depth-too-low-title = The XSP does not accept the Webex certificate chain (chainDepth below 2)
finding-xsp-chain-depth-too-low-cause = chainDepth of the XSP's HTTP client authentication is too low, so the XSP cannot follow the Webex client certificate's chain of issuers up to the trust anchor (the guide's case: an XSP on R21 SP1, where …/Trusts> get does not show all the expected issuers). The Webex chain has 2 intermediate issuers. If chainDepth is not below 2, the guide suspects a corrupt chain file.
finding-xsp-chain-depth-too-low-fix = On every XSP, at the HTTP client authentication level of the XSP CLI, one level above Trusts (the guide prints it as /XSP_CLI/Interface/Http?ClientAuthentication>): set chainDepth 3. Never set it below 2, especially if it is already higher.
finding-xsp-chain-depth-too-low-guide = Known BroadWorks configuration errors: chainDepth too low (management guide)

finding-provisioning-accepted-title = The provisioning bridge accepted the request (200 OK)
finding-provisioning-accepted-cause = 200 OK means the bridge received the request and passed it on; provisioning is asynchronous, so it does not yet mean the user exists.
finding-provisioning-accepted-fix = The user (and, for the first user, the customer organization) should appear in Help Desk within a few minutes. If it does not, escalate to Cisco with the email from the request: a 200 OK that never produces the user is a failure upstream of the bridge.
finding-provisioning-accepted-guide = User provisioning failures in response from Provisioning Bridge: 200 OK

finding-bundle-mixed-title = The bundle mixes logs of different users or of different days
finding-bundle-mixed-cause = Logs opened together are read as one story: the timeline, the ladder and the escalation facts join them. Logs of another user, or from a day far from the problem, make that story wrong.
finding-bundle-mixed-fix = Open together only the logs of one user and one occurrence of the problem. Check the users and time ranges named here, and leave out the files that do not belong.
finding-bundle-mixed-guide = Retrieve user logs from Partner Hub

finding-call-forbidden-title = A call was refused (403 Forbidden)
finding-call-forbidden-cause = The INVITE got 403 Forbidden. RFC 3261: the server understood the request and refuses it; sending it again will not help. For a BroadWorks user this is the Application Server or the SBC refusing the call: a service or restriction that does not allow it (for example outgoing call barring or a calling plan), or an identity the network does not accept.
finding-call-forbidden-fix = Look up this Call-ID in the AS's XSLog to see which service refused the call, and check the user's call restrictions in BroadWorks. Not in the guide: it gives no steps for failed calls.
finding-call-forbidden-guide = Not in the guide (RFC 3261 §21.4.4); Useful log files: the BWC log holds the SIP of calls
finding-call-not-found-title = A called number does not exist (404 Not Found)
finding-call-not-found-cause = The INVITE got 404 Not Found. RFC 3261: the user does not exist at the domain of the request URI. The number or address dialled is not known to BroadWorks or to the network the call was routed to.
finding-call-not-found-fix = Check the dialled number, with its country code or outside-line prefix, and that it exists; if it is right, follow the Call-ID in the AS's XSLog. Not in the guide: it gives no steps for failed calls.
finding-call-not-found-guide = Not in the guide (RFC 3261 §21.4.5); Useful log files: the BWC log holds the SIP of calls
finding-call-unavailable-title = The called party was not available (480 Temporarily Unavailable)
finding-call-unavailable-cause = The INVITE got 480 Temporarily Unavailable. RFC 3261: the callee's end system was reached but cannot take the call now: no device registered, do not disturb, or no device answering.
finding-call-unavailable-fix = Check that the called user has a registered device and no do-not-disturb or forwarding that leads nowhere; try again later. Not in the guide: it gives no steps for failed calls.
finding-call-unavailable-guide = Not in the guide (RFC 3261 §21.4.18); Useful log files: the BWC log holds the SIP of calls
finding-call-busy-title = The called party was busy (486 Busy Here)
finding-call-busy-cause = The INVITE got 486 Busy Here. RFC 3261: the callee's end system was reached but is busy and takes no further call. This is not a fault of the system.
finding-call-busy-fix = Nothing to fix unless the callee was free; then check the callee's call waiting and busy settings in BroadWorks. Not in the guide.
finding-call-busy-guide = Not in the guide (RFC 3261 §21.4.24); Useful log files: the BWC log holds the SIP of calls
finding-call-not-acceptable-title = A call failed on its media offer (488 Not Acceptable Here)
finding-call-not-acceptable-cause = The INVITE got 488 Not Acceptable Here. RFC 3261: the session description was not acceptable: no codec, media type or encryption setting in common with the other side. The Calls view lists the codecs of the call.
finding-call-not-acceptable-fix = Compare the codecs and the SRTP setting of the offer with what the SBC and the far end allow (the device profile's codec list, the SBC's media policy). Not in the guide: it gives no steps for failed calls.
finding-call-not-acceptable-guide = Not in the guide (RFC 3261 §21.4.26); Useful log files: the media log holds the negotiated codecs
finding-call-server-error-title = A call failed on a server error (5xx)
finding-call-server-error-cause = The INVITE got a 5xx answer. RFC 3261: a server failed to handle the request: 500 Server Internal Error, 502 Bad Gateway, 503 Service Unavailable (overload or maintenance), 504 Server Time-out. The status is shown with this finding.
finding-call-server-error-fix = Follow the Call-ID in the SBC's and the AS's logs to find the server that answered with the error, and escalate with the call's time and Call-ID. Not in the guide: it gives no steps for failed calls.
finding-call-server-error-guide = Not in the guide (RFC 3261 §21.5); Useful log files: the BWC log holds the SIP of calls
finding-media-packet-loss-title = Audio packets were lost during a call
finding-media-packet-loss-cause = The media engine reported more than 5 % of the packets of an audio stream lost during the call; above that, speech breaks up. Loss comes from the network between the app and the other side: Wi-Fi, VPN, congested links.
finding-media-packet-loss-fix = Not in the guide: try a wired connection without VPN, and check the network path to the SBC's media addresses. The worst figure and its line are shown.
finding-media-packet-loss-guide = Not in the guide; Useful log files: the media log holds the media records
finding-media-jitter-title = Audio arrived unevenly during a call (jitter)
finding-media-jitter-cause = The media engine reported jitter above 50 ms on an audio stream during the call: packets arrive so unevenly that speech is delayed or cut.
finding-media-jitter-fix = Not in the guide: try a wired connection without VPN, and check for congestion and missing voice priority (QoS) on the path to the SBC. The worst figure and its line are shown.
finding-media-jitter-guide = Not in the guide; Useful log files: the media log holds the media records
finding-media-latency-title = The round trip of the audio was too long during a call
finding-media-latency-cause = The media engine reported a round-trip time above 400 ms during the call; with that much delay the two sides talk over each other (ITU-T G.114).
finding-media-latency-fix = Not in the guide: check the network path to the SBC's media addresses (VPN, satellite or mobile links, a far-away media relay). The worst figure and its line are shown.
finding-media-latency-guide = Not in the guide; Useful log files: the media log holds the media records

finding-as-register-failed-title = The Application Server rejected or never answered the REGISTER from the SBC
finding-as-register-failed-cause = Step 5 of the registration sequence failed: the SBC passed the app's SIP REGISTER on to the AS, and the AS log shows a final error answer (4xx, 5xx or 6xx) or no final answer at all. The app cannot register while the AS does not accept it.
finding-as-register-failed-fix = Compare the SIP credentials, addresses and ports the device profile gives the app with the line/port and the device the user has on the AS (step 3 of the sequence), and check that the SBC sends the REGISTER to the AS that hosts the user (the SBC may ask the NS where the user lives).
finding-as-register-failed-guide = Expected registration sequence (step 5); the failure itself is not in the guide (RFC 3261)

finding-authservice-url-missing-title = An XSP's web container has no AuthService URL
finding-authservice-url-missing-cause = The CLI output of this XSP lists the web container's options without the AuthService URL (the authentication service's public URL). The guide says the AuthService URL must be provided to the web container on every XSP that hosts the authentication service; without it, that XSP cannot issue or validate the long-lived token, so sign-in fails for the users it serves.
finding-authservice-url-missing-fix = On every XSP of the cluster, provide the AuthService URL to the web container, and check that it is entered correctly for the cluster in Partner Hub.
finding-authservice-url-missing-guide = Authentication service misconfiguration

finding-authservice-keys-differ-title = The XSPs of the bundle do not have the same RSA key pair
finding-authservice-keys-differ-cause = The authentication service's RSA key (its fingerprint) differs between the XSPs whose CLI output is in the bundle. The guide says the RSA keys, which you generate on one XSP, must be copied to all XSPs: a token one XSP signs is then rejected by another, so sign-in works only for some users or some of the time.
finding-authservice-keys-differ-fix = Generate the RSA keys on one XSP and copy them to all XSPs of the cluster, so that every XSP shows the same key fingerprint.
finding-authservice-keys-differ-guide = Authentication service misconfiguration

finding-authservice-mtls-misconfigured-title = mTLS of the authentication service is not set up as the guide requires
finding-authservice-mtls-misconfigured-cause = The connection between Webex and the XSP's authentication service is secured by mTLS. The CLI output shows the XSP's trust store without the Webex certificate chain (no trust anchor), or the interface the authentication service uses does not require client certificates.
finding-authservice-mtls-misconfigured-fix = Upload the Webex client certificate chain (from Partner Hub, BroadWorks Settings page) to the XSP as trust anchor, and configure the authentication service application, or the interface it uses, to require client certificates.
finding-authservice-mtls-misconfigured-guide = mTLS Auth Misconfigured; Authentication service misconfiguration

finding-impp-settings-mismatch-title = The AS's Integrated IM&P settings do not match the Partner Hub template
finding-impp-settings-mismatch-cause = The Integrated IM&P settings of the AS (AS_CLI/Interface/Messaging) differ from the customer template in Partner Hub, or the messaging server URL is an IP address instead of the provisioning bridge's URL, or Integrated IM&P is off. The guide says these settings must match exactly, or provisioning fails for all users of the enterprise.
finding-impp-settings-mismatch-fix = Make the Integrated IM&P configuration match the customer template in Partner Hub exactly: Messaging Server URL = Provisioning URL, Messaging Server User Name = Provisioning Account Name, Messaging Server Password = Provisioning Account Password (AS_CLI/Interface/Messaging> get; for one enterprise, Services > Integrated IM&P).
finding-impp-settings-mismatch-guide = Integrated IM&P errors for specific enterprises/customers

finding-sso-failed-title = Single sign-on failed
finding-sso-failed-cause = The SSO part of signing in failed: the activation portal refused the BroadWorks password, the IdP proxy issued no SAML assertion (the guide's ladder step 2.3), or CI refused the assertion when the app exchanged it for a CI token (step 3). The app never gets a CI token, so it cannot go on to BroadWorks.
finding-sso-failed-fix = In BroadWorks, check that the user has been assigned the device types for the Webex app (Device Profiles in the solution guide). Check that the user enters the right password: with BroadWorks authentication in the customer template, it is the BroadWorks "Web Access" password, case-sensitive, and the user may need to enter the BroadWorks user ID if the email is not an alternate ID. On the XSP, follow the IdP proxy's profile request (2.1, 2.2) in access_log and XsiActionsLog with the tracking id shown.
finding-sso-failed-guide = Single sign-on failed; Analyze XSP logs to troubleshoot subscriber sign-in
finding-webex-calling-only-title = Only Webex Calling is active: this user does not use Webex for BroadWorks
finding-webex-calling-only-cause = The app calls through Webex Calling (Mobius, WEBEX_CALLING, the bc-sp-standard entitlement) and shows no BroadWorks calling: no broadworks-connector entitlement and the BroadWorks calling library never ran. The guide: if another phone service such as Webex Calling is shown, the user does not use Webex for BroadWorks.
finding-webex-calling-only-fix = If the user should use Webex for BroadWorks, remove the Webex Calling (bc-sp-standard) entitlement and give the user the broadworks-connector entitlement (a Webex for BroadWorks package in Partner Hub), then have the user sign out and in again. Otherwise this is not a Webex for BroadWorks problem.
finding-webex-calling-only-guide = Client check for calling service; Check a user's calling behavior and connector entitlement

finding-ced-stale-title = The ced.dat is from an older session than the logs
finding-ced-stale-cause = The calling environment data (ced.dat) was exported before the app's last start in the logs. Signing out or restarting the app clears the cache it is exported from, so this ced.dat does not describe the session the logs show and matches none of them.
finding-ced-stale-fix = Ask the user to reproduce the problem and, in the same session, without signing out or restarting, export the calling environment data again (profile picture > Help > Export Calling Environment Data), then send the new ced.dat with the logs of that session.
finding-ced-stale-guide = Get calling environment data
