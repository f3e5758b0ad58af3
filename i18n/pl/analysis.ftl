# Co mówi analiza: wyniki, uzupełnienia ustaleń, nazwy kroków i stanów.
# Typy urządzeń, nazwy uprawnień, tagi konfiguracji i słowa protokołów
# nigdy nie są tłumaczone.

## Wyniki

verdict-registered = Zarejestrowano w BroadWorks, nie znaleziono problemów.
verdict-registered-warnings = { $count ->
    [one] Zarejestrowano w BroadWorks, z jednym ostrzeżeniem do sprawdzenia.
    [few] Zarejestrowano w BroadWorks, z { $count } ostrzeżeniami do sprawdzenia.
   *[other] Zarejestrowano w BroadWorks, z { $count } ostrzeżeniami do sprawdzenia.
}
verdict-no-registration = W tych dziennikach nie widać rejestracji w BroadWorks i żaden znany problem tego nie wyjaśnia.
verdict-server-clean = Nie znaleziono problemów w dziennikach serwera.
verdict-nothing = Ten pakiet nie zawiera dzienników aplikacji Webex ani BroadWorks do zdiagnozowania.

## Ważność i stany

severity-error = BŁĄD
severity-warning = OSTRZEŻENIE
severity-info = INFO
severity-ok = OK
status-ok = ok
status-failed = błąd
status-inferred = wywnioskowano
status-not-seen = nie widziano

## Kroki rejestracji

step-app-start = Start aplikacji
step-entitlements = Uprawnienia
step-bwc-init = Start połączeń BroadWorks
step-token = JWT (proxy IdP)
step-device-list = Lista urządzeń (XSI)
step-config-download = Pobranie konfiguracji (DMS)
step-sip-register = SIP REGISTER
step-registered = Zarejestrowano
step-as-register = Rejestracja w AS (SBC do AS)

## Kroki logowania po stronie XSP, numerowane jak na diagramie w przewodniku

signin-profile-request = żądanie profilu od proxy IdP
signin-profile-answer = odpowiedź z profilem (OCI-P)
signin-token-request = żądanie tokenu do authService
signin-login-info = OCI-P UserGetLoginInfoRequest
signin-token-issued = wydano token długoterminowy
signin-device-list = lista urządzeń (token zweryfikowany przez loopback)
join-by-tracking-id = przez identyfikator śledzenia { $id }
join-by-time = według czasu: próba klienta i logowanie XSP dzieli mniej niż { $minutes } minut (brak wspólnego identyfikatora śledzenia)

## Uzupełnienia ustalenia

word-none = brak
detail-entitlements = uprawnienia: { $list }
detail-calling-behavior = zachowanie połączeń: { $value }
detail-code = { $code }: { $meaning }
detail-code-action = { $code }: { $meaning } Działanie: { $action }
detail-device-missing = brakuje: { $wanted }; na liście: { $listed }
detail-device-missing-only = brakuje: { $wanted }
detail-sbc = SBC { $sbc }
detail-sbc-unknown = adres SBC nieznany
detail-sbc-answered = { $sbc } odpowiedział { $code }
detail-answered = odpowiedź { $code }
detail-as-register-rejected = { $address }: AS odpowiedział { $code }
detail-as-register-unanswered = { $address }: AS nigdy nie odpowiedział na REGISTER
detail-sip-timeout = { $sbc }; sprawdź %SBC_ADDRESS_WXT% i %SBC_PORT_WXT%
detail-stopped-after = ostatni osiągnięty krok: { $step }
detail-more = { $count ->
    [one] i jeszcze jeden
   *[other] i jeszcze { $count }
}
detail-http = HTTP { $status }
detail-http-from = HTTP { $status } z { $host }
detail-tracking-id = identyfikator śledzenia { $id }
detail-no-phone-number = abonent nie ma primaryPhoneNumber
detail-no-phone-number-of = abonent { $user } nie ma primaryPhoneNumber
detail-email = e-mail: { $email }
detail-bridge-message = komunikat: „{ $message }”
detail-400-untrusted-email = (adres e-mail abonenta jest nieprawidłowy lub błędnie wpisany, a szablon mówi, że adresom e-mail z BroadWorks można ufać)
detail-400-new-org = (ten użytkownik utworzyłby nową organizację klienta, na co szablon nie pozwala)
detail-sent-to = wysłano do { $target }
detail-403-ip-address = żądanie trafiło na adres IP { $host } zamiast na URL mostu inicjowania obsługi: może to wskazywać na brak poprawki AS ap373197
detail-403-host = żądanie trafiło do { $host }
detail-token-issue-status = StatusCode={ $status } przy wydawaniu tokenu (5.4)
detail-token-validate-status = StatusCode={ $status } przy weryfikacji tokenu (6)

## Dane do eskalacji

fact-user_email = E-mail użytkownika
fact-user_id = UUID użytkownika
fact-org_id = ID organizacji
fact-client_version = Wersja klienta
fact-platform = Platforma
fact-broadworks_user_id = Użytkownik BroadWorks
fact-sip_user = Użytkownik SIP
fact-sbc = SBC
fact-sbc_address = Adres SBC
fact-xsp = XSP
fact-tracking_ids = Identyfikatory śledzenia
fact-first_timestamp = Dzienniki od (UTC)
fact-last_timestamp = Dzienniki do (UTC)
fact-failure_at = Błąd o (UTC)
fact-primary_phone_number = Numer główny
fact-provisioning_target = Provisioning do
fact-service_provider = Dostawca usług

verdict-unreadable = Nie udało się odczytać niczego z tego pakietu, więc niczego nie sprawdzono: { $why }
verdict-empty = Ten pakiet nie zawiera plików, więc niczego nie sprawdzono.

detail-mixed-user = użytkownik { $user } w { $file } ({ $range })
detail-mixed-source = dzienniki z { $source }: { $range } UTC
detail-bridge-status = most odpowiedział { $status }
detail-bridge-unreachable = POST do { $target } nie powiódł się: { $reason }
fact-partner_org_id = Identyfikator organizacji partnera
fact-case_number = Numer zgłoszenia z opinii

call-to = połączenie do { $party }
call-from = połączenie od { $party }
call-failed-detail = { $party }: { $answer }
media-loss-detail = { $party }: zgubiono { $figure } % pakietów
media-jitter-detail = { $party }: jitter { $figure } ms
media-rtt-detail = { $party }: czas w obie strony { $figure } ms

call-outgoing = wychodzące
call-incoming = przychodzące
call-direction-unknown = kierunek nieznany
call-answered = odebrane
call-failed = nieudane
call-cancelled = anulowane
call-outcome-unknown = brak ostatecznej odpowiedzi w dzienniku
call-loss = straty { $figure } %
call-jitter = jitter { $figure } ms
call-rtt = w obie strony { $figure } ms
call-feature-hold = zawieszone
call-feature-resume = wznowione
call-feature-transfer = przekazane

## Kroki logowania klienta, numerowane jak na diagramie drabinkowym przewodnika

signin-email = wpisany adres e-mail, wykrywanie użytkownika
signin-saml-assertion = asercja SAML od serwera proxy IdP
signin-ci-token = asercja SAML wymieniona na token CI
detail-sso-step = krok { $step } logowania nie powiódł się
detail-sso-portal = portal aktywacji odrzucił logowanie (kod { $code })
fact-ced_same_session = ced.dat z sesji dzienników
detail-ced-before-start = { $file } wyeksportowano { $exported } UTC, przed uruchomieniem aplikacji { $start } UTC
