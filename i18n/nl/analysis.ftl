# Wat de analyse zegt: conclusies, aanvullingen bij bevindingen, namen van
# stappen en statussen. Apparaattypen, namen van rechten,
# configuratietags en protocolwoorden worden nooit vertaald.

## Conclusies

verdict-registered = Geregistreerd bij BroadWorks, geen problemen gevonden.
verdict-registered-warnings = { $count ->
    [one] Geregistreerd bij BroadWorks, met één waarschuwing om te bekijken.
   *[other] Geregistreerd bij BroadWorks, met { $count } waarschuwingen om te bekijken.
}
verdict-no-registration = In deze logboeken is geen BroadWorks-registratie te zien, en geen bekend probleem verklaart dat.
verdict-server-clean = Geen problemen gevonden in de serverlogboeken.
verdict-nothing = Deze bundel bevat geen logboeken van de Webex-app of van BroadWorks om te diagnosticeren.

## Ernst en status

severity-error = FOUT
severity-warning = WAARSCHUWING
severity-info = INFO
severity-ok = OK
status-ok = ok
status-failed = mislukt
status-inferred = afgeleid
status-not-seen = niet gezien

## Registratiestappen

step-app-start = Start van de app
step-entitlements = Rechten
step-bwc-init = Start van BroadWorks-bellen
step-token = JWT (IdP-proxy)
step-device-list = Apparatenlijst (XSI)
step-config-download = Configuratie ophalen (DMS)
step-sip-register = SIP REGISTER
step-registered = Geregistreerd
step-as-register = AS-registratie (SBC naar AS)

## De aanmeldstappen van de XSP, genummerd zoals in het ladderdiagram van de handleiding

signin-profile-request = profielverzoek van de IdP-proxy
signin-profile-answer = profielantwoord (OCI-P)
signin-token-request = tokenverzoek aan authService
signin-login-info = OCI-P UserGetLoginInfoRequest
signin-token-issued = langlevend token uitgegeven
signin-device-list = apparatenlijst (token gevalideerd via loopback)
join-by-tracking-id = via tracking-ID { $id }
join-by-time = op tijd: de clientpoging en de XSP-aanmelding liggen minder dan { $minutes } minuten uit elkaar (geen gedeelde tracking-ID)

## Aanvullingen bij een bevinding

word-none = geen
detail-entitlements = rechten: { $list }
detail-calling-behavior = belgedrag: { $value }
detail-code = { $code }: { $meaning }
detail-code-action = { $code }: { $meaning } Actie: { $action }
detail-device-missing = ontbreekt: { $wanted }; aanwezig: { $listed }
detail-device-missing-only = ontbreekt: { $wanted }
detail-sbc = SBC { $sbc }
detail-sbc-unknown = SBC-adres onbekend
detail-sbc-answered = { $sbc } antwoordde { $code }
detail-answered = antwoord { $code }
detail-as-register-rejected = { $address }: de AS antwoordde { $code }
detail-as-register-unanswered = { $address }: de AS heeft de REGISTER nooit beantwoord
detail-sip-timeout = { $sbc }; controleer %SBC_ADDRESS_WXT% en %SBC_PORT_WXT%
detail-stopped-after = laatst bereikte stap: { $step }
detail-more = { $count ->
    [one] en nog één
   *[other] en nog { $count }
}
detail-http = HTTP { $status }
detail-http-from = HTTP { $status } van { $host }
detail-tracking-id = tracking-ID { $id }
detail-no-phone-number = de abonnee heeft geen primaryPhoneNumber
detail-no-phone-number-of = abonnee { $user } heeft geen primaryPhoneNumber
detail-email = e-mail: { $email }
detail-bridge-message = melding: "{ $message }"
detail-400-untrusted-email = (het e-mailadres van de abonnee is ongeldig of verkeerd getypt, terwijl de sjabloon zegt dat BroadWorks-e-mailadressen te vertrouwen zijn)
detail-400-new-org = (deze gebruiker zou een nieuwe klantorganisatie aanmaken, en de sjabloon staat dat niet toe)
detail-sent-to = verzonden naar { $target }
detail-403-ip-address = het verzoek ging naar het IP-adres { $host } in plaats van naar de URL van de provisioningbrug: dit kan erop wijzen dat AS-patch ap373197 ontbreekt
detail-403-host = het verzoek ging naar { $host }
detail-token-issue-status = StatusCode={ $status } bij het uitgeven van het token (5.4)
detail-token-validate-status = StatusCode={ $status } bij het valideren van het token (6)

## Escalatiegegevens

fact-user_email = E-mail van gebruiker
fact-user_id = Gebruikers-UUID
fact-org_id = Org-ID
fact-client_version = Clientversie
fact-platform = Platform
fact-broadworks_user_id = BroadWorks-gebruiker
fact-sip_user = SIP-gebruiker
fact-sbc = SBC
fact-sbc_address = SBC-adres
fact-xsp = XSP
fact-tracking_ids = Tracking-ID's
fact-first_timestamp = Logboeken vanaf (UTC)
fact-last_timestamp = Logboeken tot (UTC)
fact-failure_at = Fout om (UTC)
fact-primary_phone_number = Primair nummer
fact-provisioning_target = Ingericht naar
fact-service_provider = Serviceprovider

verdict-unreadable = Niets in deze bundel kon worden gelezen, dus niets kon worden gecontroleerd: { $why }
verdict-empty = Deze bundel bevat geen bestanden, dus niets kon worden gecontroleerd.

detail-mixed-user = gebruiker { $user } in { $file } ({ $range })
detail-mixed-source = logboeken uit { $source }: { $range } UTC
detail-bridge-status = de brug antwoordde { $status }
detail-bridge-unreachable = de POST naar { $target } mislukte: { $reason }
fact-partner_org_id = Partnerorganisatie-ID
fact-case_number = Casenummer van de feedback

call-to = gesprek naar { $party }
call-from = gesprek van { $party }
call-failed-detail = { $party }: { $answer }
media-loss-detail = { $party }: { $figure } % van de pakketten verloren
media-jitter-detail = { $party }: jitter { $figure } ms
media-rtt-detail = { $party }: rondreistijd { $figure } ms

call-outgoing = uitgaand
call-incoming = inkomend
call-direction-unknown = richting onbekend
call-answered = beantwoord
call-failed = mislukt
call-cancelled = geannuleerd
call-outcome-unknown = geen definitief antwoord in het logboek
call-loss = verlies { $figure } %
call-jitter = jitter { $figure } ms
call-rtt = rondreistijd { $figure } ms
call-feature-hold = in de wacht gezet
call-feature-resume = hervat
call-feature-transfer = doorverbonden

## De aanmeldstappen van de client, genummerd zoals in het ladderdiagram van de handleiding

signin-email = e-mailadres ingevoerd, gebruikersdetectie
signin-saml-assertion = SAML-assertion van de IdP-proxy
signin-ci-token = SAML-assertion ingewisseld voor een CI-token
detail-sso-step = stap { $step } van het aanmelden is mislukt
detail-sso-portal = de activeringsportal weigerde de aanmelding (code { $code })
fact-ced_same_session = ced.dat uit de sessie van de logboeken
detail-ced-before-start = { $file } geëxporteerd { $exported } UTC, vóór de start van de app { $start } UTC
