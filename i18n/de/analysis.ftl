# Was die Analyse sagt: Ergebnisse, Zusätze zu Befunden, Namen von Schritten
# und Status. Gerätetypen, Berechtigungsnamen, Konfigurations-Tags und
# Protokollbegriffe werden nie übersetzt.

## Ergebnisse

verdict-registered = Bei BroadWorks registriert, keine Probleme gefunden.
verdict-registered-warnings = { $count ->
    [one] Bei BroadWorks registriert, mit einer Warnung zum Prüfen.
   *[other] Bei BroadWorks registriert, mit { $count } Warnungen zum Prüfen.
}
verdict-no-registration = In diesen Protokollen ist keine BroadWorks-Registrierung zu sehen, und kein bekanntes Problem erklärt das.
verdict-server-clean = Keine Probleme in den Serverprotokollen gefunden.
verdict-nothing = Dieses Paket enthält keine Protokolle der Webex-App oder von BroadWorks, die sich analysieren lassen.

## Schweregrade und Status

severity-error = FEHLER
severity-warning = WARNUNG
severity-info = INFO
severity-ok = OK
status-ok = ok
status-failed = fehlgeschlagen
status-inferred = erschlossen
status-not-seen = nicht gesehen

## Registrierungsschritte

step-app-start = App-Start
step-entitlements = Berechtigungen
step-bwc-init = Start BroadWorks-Anrufe
step-token = JWT (IdP-Proxy)
step-device-list = Geräteliste (XSI)
step-config-download = Konfiguration laden (DMS)
step-sip-register = SIP REGISTER
step-registered = Registriert
step-as-register = AS-Registrierung (SBC an AS)

## Die Anmeldeschritte des XSP, nummeriert wie im Ablaufdiagramm des Leitfadens

signin-profile-request = Profilanfrage vom IdP-Proxy
signin-profile-answer = Profilantwort (OCI-P)
signin-token-request = Token-Anfrage an authService
signin-login-info = OCI-P UserGetLoginInfoRequest
signin-token-issued = langlebiges Token ausgestellt
signin-device-list = Geräteliste (Token über Loopback validiert)
join-by-tracking-id = über die Tracking-ID { $id }
join-by-time = über die Zeit: Client-Versuch und XSP-Anmeldung liegen weniger als { $minutes } Minuten auseinander (keine gemeinsame Tracking-ID)

## Zusätze zu einem Befund

word-none = keine
detail-entitlements = Berechtigungen: { $list }
detail-calling-behavior = Anrufverhalten: { $value }
detail-code = { $code }: { $meaning }
detail-code-action = { $code }: { $meaning } Maßnahme: { $action }
detail-device-missing = fehlt: { $wanted }; vorhanden: { $listed }
detail-device-missing-only = fehlt: { $wanted }
detail-sbc = SBC { $sbc }
detail-sbc-unknown = SBC-Adresse unbekannt
detail-sbc-answered = { $sbc } antwortete { $code }
detail-answered = Antwort { $code }
detail-as-register-rejected = { $address }: der AS antwortete { $code }
detail-as-register-unanswered = { $address }: der AS hat das REGISTER nie beantwortet
detail-sip-timeout = { $sbc }; %SBC_ADDRESS_WXT% und %SBC_PORT_WXT% prüfen
detail-stopped-after = zuletzt erreichter Schritt: { $step }
detail-more = { $count ->
    [one] und ein weiterer
   *[other] und { $count } weitere
}
detail-http = HTTP { $status }
detail-http-from = HTTP { $status } von { $host }
detail-tracking-id = Tracking-ID { $id }
detail-no-phone-number = der Teilnehmer hat keine primaryPhoneNumber
detail-no-phone-number-of = Teilnehmer { $user } hat keine primaryPhoneNumber
detail-email = E-Mail: { $email }
detail-bridge-message = Meldung: „{ $message }“
detail-400-untrusted-email = (die E-Mail-Adresse des Teilnehmers ist ungültig oder vertippt, während die Vorlage sagt, dass BroadWorks-E-Mails vertrauenswürdig sind)
detail-400-new-org = (dieser Benutzer würde eine neue Kundenorganisation anlegen, was die Vorlage nicht erlaubt)
detail-sent-to = gesendet an { $target }
detail-403-ip-address = die Anfrage ging an die IP-Adresse { $host } statt an die URL der Bereitstellungs-Bridge: das könnte auf einen fehlenden AS-Patch ap373197 hinweisen
detail-403-host = die Anfrage ging an { $host }
detail-token-issue-status = StatusCode={ $status } beim Ausstellen des Tokens (5.4)
detail-token-validate-status = StatusCode={ $status } beim Validieren des Tokens (6)

## Eskalationsangaben

fact-user_email = E-Mail des Benutzers
fact-user_id = Benutzer-UUID
fact-org_id = Org-ID
fact-client_version = Client-Version
fact-platform = Plattform
fact-broadworks_user_id = BroadWorks-Benutzer
fact-sip_user = SIP-Benutzer
fact-sbc = SBC
fact-sbc_address = SBC-Adresse
fact-xsp = XSP
fact-tracking_ids = Tracking-IDs
fact-first_timestamp = Protokolle ab (UTC)
fact-last_timestamp = Protokolle bis (UTC)
fact-failure_at = Fehler um (UTC)
fact-primary_phone_number = Primäre Nummer
fact-provisioning_target = Bereitgestellt an
fact-service_provider = Dienstanbieter

verdict-unreadable = Nichts in diesem Paket konnte gelesen werden, daher wurde nichts geprüft: { $why }
verdict-empty = Dieses Paket enthält keine Dateien, daher wurde nichts geprüft.

detail-mixed-user = Benutzer { $user } in { $file } ({ $range })
detail-mixed-source = Protokolle aus { $source }: { $range } UTC
detail-bridge-status = die Bridge antwortete { $status }
detail-bridge-unreachable = der POST an { $target } scheiterte: { $reason }
fact-partner_org_id = Partner-Org-ID
fact-case_number = Fallnummer des Feedbacks

call-to = Anruf an { $party }
call-from = Anruf von { $party }
call-failed-detail = { $party }: { $answer }
media-loss-detail = { $party }: { $figure } % der Pakete verloren
media-jitter-detail = { $party }: Jitter { $figure } ms
media-rtt-detail = { $party }: Umlaufzeit { $figure } ms

call-outgoing = abgehend
call-incoming = ankommend
call-direction-unknown = Richtung unbekannt
call-answered = angenommen
call-failed = fehlgeschlagen
call-cancelled = abgebrochen
call-outcome-unknown = keine endgültige Antwort im Protokoll
call-loss = Verlust { $figure } %
call-jitter = Jitter { $figure } ms
call-rtt = Umlaufzeit { $figure } ms
call-feature-hold = gehalten
call-feature-resume = fortgesetzt
call-feature-transfer = weitergeleitet

## Die Anmeldeschritte des Clients, nummeriert wie im Ablaufdiagramm des Leitfadens

signin-email = E-Mail-Adresse eingegeben, Benutzersuche
signin-saml-assertion = SAML-Assertion vom IdP-Proxy
signin-ci-token = SAML-Assertion gegen ein CI-Token getauscht
detail-sso-step = Schritt { $step } der Anmeldung ist fehlgeschlagen
detail-sso-portal = das Aktivierungsportal hat die Anmeldung abgelehnt (Code { $code })
fact-ced_same_session = ced.dat aus der Sitzung der Protokolle
detail-ced-before-start = { $file } exportiert { $exported } UTC, vor dem App-Start { $start } UTC
