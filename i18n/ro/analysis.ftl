# Ce spune analiza: verdicte, notele adăugate unei constatări, numele
# pașilor și al stărilor. Tipurile de dispozitive, numele drepturilor,
# etichetele de configurare și termenii de protocol nu se traduc niciodată.

## Verdicte

verdict-registered = Înregistrat la BroadWorks, nu s-au găsit probleme.
verdict-registered-warnings = { $count ->
    [one] Înregistrat la BroadWorks, cu un avertisment de verificat.
    [few] Înregistrat la BroadWorks, cu { $count } avertismente de verificat.
   *[other] Înregistrat la BroadWorks, cu { $count } de avertismente de verificat.
}
verdict-no-registration = În aceste jurnale nu s-a văzut nicio înregistrare BroadWorks și nicio problemă cunoscută nu o explică.
verdict-server-clean = Nu s-au găsit probleme în jurnalele serverului.
verdict-nothing = Acest pachet nu conține jurnale ale aplicației Webex sau BroadWorks de diagnosticat.

## Severități și stări

severity-error = EROARE
severity-warning = AVERTISMENT
severity-info = INFO
severity-ok = OK
status-ok = ok
status-failed = eșuat
status-inferred = dedus
status-not-seen = nevăzut

## Pașii înregistrării

step-app-start = Pornirea aplicației
step-entitlements = Drepturi
step-bwc-init = Pornirea apelurilor BroadWorks
step-token = JWT (proxy IdP)
step-device-list = Lista de dispozitive (XSI)
step-config-download = Descărcarea configurației (DMS)
step-sip-register = SIP REGISTER
step-registered = Înregistrat
step-as-register = Înregistrare la AS (SBC către AS)

## Pașii de conectare ai XSP, numerotați ca în diagrama de flux a ghidului

signin-profile-request = cererea de profil de la proxy-ul IdP
signin-profile-answer = răspunsul de profil (OCI-P)
signin-token-request = cererea de token către authService
signin-login-info = OCI-P UserGetLoginInfoRequest
signin-token-issued = token de lungă durată emis
signin-device-list = lista de dispozitive (token validat prin loopback)
join-by-tracking-id = prin ID-ul de urmărire { $id }
join-by-time = după timp: încercarea clientului și conectarea XSP sunt la mai puțin de { $minutes } minute distanță (niciun ID de urmărire comun)

## Notele adăugate unei constatări

word-none = niciunul
detail-entitlements = drepturi: { $list }
detail-calling-behavior = comportament de apelare: { $value }
detail-code = { $code }: { $meaning }
detail-code-action = { $code }: { $meaning } Acțiune: { $action }
detail-device-missing = lipsește: { $wanted }; listate: { $listed }
detail-device-missing-only = lipsește: { $wanted }
detail-sbc = SBC { $sbc }
detail-sbc-unknown = adresa SBC necunoscută
detail-sbc-answered = { $sbc } a răspuns { $code }
detail-answered = răspuns { $code }
detail-as-register-rejected = { $address }: AS a răspuns { $code }
detail-as-register-unanswered = { $address }: AS nu a răspuns niciodată la REGISTER
detail-sip-timeout = { $sbc }; verificați %SBC_ADDRESS_WXT% și %SBC_PORT_WXT%
detail-stopped-after = ultimul pas atins: { $step }
detail-more = { $count ->
    [one] și încă unul
   *[other] și încă { $count }
}
detail-http = HTTP { $status }
detail-http-from = HTTP { $status } de la { $host }
detail-tracking-id = ID de urmărire { $id }
detail-no-phone-number = abonatul nu are primaryPhoneNumber
detail-no-phone-number-of = abonatul { $user } nu are primaryPhoneNumber
detail-email = e-mail: { $email }
detail-bridge-message = mesaj: „{ $message }”
detail-400-untrusted-email = (e-mailul abonatului este nevalid sau greșit scris, în timp ce șablonul spune că e-mailurile BroadWorks sunt de încredere)
detail-400-new-org = (acest utilizator ar crea o nouă organizație client, iar șablonul nu permite acest lucru)
detail-sent-to = trimis către { $target }
detail-403-ip-address = cererea a mers la adresa IP { $host } în loc de URL-ul punții de furnizare: acest lucru ar putea indica lipsa patch-ului AS ap373197
detail-403-host = cererea a mers la { $host }
detail-token-issue-status = StatusCode={ $status } la emiterea tokenului (5.4)
detail-token-validate-status = StatusCode={ $status } la validarea tokenului (6)

## Datele pentru escaladare

fact-user_email = E-mailul utilizatorului
fact-user_id = UUID utilizator
fact-org_id = ID organizație
fact-client_version = Versiunea clientului
fact-platform = Platformă
fact-broadworks_user_id = Utilizator BroadWorks
fact-sip_user = Utilizator SIP
fact-sbc = SBC
fact-sbc_address = Adresa SBC
fact-xsp = XSP
fact-tracking_ids = ID-uri de urmărire
fact-first_timestamp = Jurnale de la (UTC)
fact-last_timestamp = Jurnale până la (UTC)
fact-failure_at = Eroare la (UTC)
fact-primary_phone_number = Număr principal
fact-provisioning_target = Provizionat către
fact-service_provider = Furnizor de servicii

verdict-unreadable = Nimic din acest pachet nu a putut fi citit, deci nimic nu a putut fi verificat: { $why }
verdict-empty = Acest pachet nu conține fișiere, deci nimic nu a putut fi verificat.

detail-mixed-user = utilizatorul { $user } în { $file } ({ $range })
detail-mixed-source = jurnalele din { $source }: { $range } UTC
detail-bridge-status = puntea a răspuns { $status }
detail-bridge-unreachable = POST-ul către { $target } a eșuat: { $reason }
fact-partner_org_id = ID organizație partener
fact-case_number = Numărul cazului de feedback

call-to = apel către { $party }
call-from = apel de la { $party }
call-failed-detail = { $party }: { $answer }
media-loss-detail = { $party }: { $figure } % din pachete pierdute
media-jitter-detail = { $party }: jitter { $figure } ms
media-rtt-detail = { $party }: dus-întors { $figure } ms

call-outgoing = de ieșire
call-incoming = de intrare
call-direction-unknown = direcție necunoscută
call-answered = preluat
call-failed = eșuat
call-cancelled = anulat
call-outcome-unknown = niciun răspuns final în jurnal
call-loss = pierderi { $figure } %
call-jitter = jitter { $figure } ms
call-rtt = dus-întors { $figure } ms
call-feature-hold = pus în așteptare
call-feature-resume = reluat
call-feature-transfer = transferat

## Pașii de conectare ai clientului, numerotați ca în diagrama ladder a ghidului

signin-email = adresa de e-mail introdusă, descoperirea utilizatorului
signin-saml-assertion = afirmația SAML de la proxy-ul IdP
signin-ci-token = afirmația SAML schimbată pentru un jeton CI
detail-sso-step = pasul { $step } al conectării a eșuat
detail-sso-portal = portalul de activare a respins conectarea (cod { $code })
fact-ced_same_session = ced.dat din sesiunea jurnalelor
detail-ced-before-start = { $file } exportat { $exported } UTC, înainte de pornirea aplicației { $start } UTC
