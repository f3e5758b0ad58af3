# Katalog ustaleń: dla każdego identyfikatora z assets/signatures.json
# tytuł, przyczyna, rozwiązanie i rozdział przewodnika rozwiązywania problemów.

finding-entitlement-missing-title = Użytkownik nie ma uprawnienia broadworks-connector
finding-entitlement-missing-cause = Aplikacja Webex rejestruje się w BroadWorks tylko wtedy, gdy konto użytkownika ma uprawnienie broadworks-connector. Brakuje go wśród uprawnień otrzymanych przez aplikację, dlatego nie ma ikony połączeń ani usługi telefonicznej BroadWorks.
finding-entitlement-missing-fix = Sprawdź użytkownika w Help Desk: konto musi być założone przez szablon klienta Webex for BroadWorks z pakietem połączeń. Ponownie przygotuj użytkownika (lub popraw pakiet w BroadWorks), aby otrzymał broadworks-connector, a potem poproś go o wylogowanie i ponowne zalogowanie.
finding-entitlement-missing-guide = Klient nie ma ikony połączeń; Sprawdzanie zachowania połączeń i uprawnienia connector użytkownika

finding-conflicting-calling-entitlement-title = Użytkownik ma też uprawnienie Webex Calling (bc-sp-standard)
finding-conflicting-calling-entitlement-cause = bc-sp-standard należy do Webex Calling, drugiego systemu połączeń. Użytkownik z tym uprawnieniem jest skonfigurowany zarówno dla Webex Calling, jak i dla Webex for BroadWorks, a aplikacja może nie używać połączeń BroadWorks.
finding-conflicting-calling-entitlement-fix = Usuń licencję lub uprawnienie Webex Calling tego użytkownika w Control Hub, tak aby zostały tylko połączenia Webex for BroadWorks, a potem poproś go o wylogowanie i ponowne zalogowanie.
finding-conflicting-calling-entitlement-guide = Sprawdzanie zachowania połączeń i uprawnienia connector użytkownika

finding-calling-behavior-not-webex-title = Zachowanie połączeń nie jest ustawione na „Calling in Webex”
finding-calling-behavior-not-webex-cause = Aplikacja rejestruje się w BroadWorks tylko wtedy, gdy zachowanie połączeń to NATIVE_WEBEX_TEAMS_CALLING („Calling in Webex”). Użytkownik lub organizacja ma inne ustawienie, więc połączenia trafiają do innej aplikacji albo donikąd.
finding-calling-behavior-not-webex-fix = W Control Hub ustaw zachowanie połączeń organizacji (lub tego użytkownika) na Calling in Webex i sprawdź je w Help Desk. Aplikacja przyjmie zmianę po ponownym zalogowaniu.
finding-calling-behavior-not-webex-guide = Sprawdzanie zachowania połączeń i uprawnienia connector użytkownika; Sprawdzanie zachowania połączeń organizacji

finding-multiple-calling-services-title = Webex Calling i połączenia BroadWorks były aktywne jednocześnie
finding-multiple-calling-services-cause = Aplikacja przełączała się między systemami połączeń (Webex Calling, widoczny jako Mobius lub WEBEX_CALLING, oraz BroadWorks). Dzieje się tak, gdy tą samą aplikacją testowano różne usługi połączeń, i zostawia to nieaktualny stan.
finding-multiple-calling-services-fix = Zresetuj bazę danych aplikacji: Pomoc > Health Checker > Resetuj bazę danych (lub wyloguj się i usuń dane lokalne), a potem zaloguj się ponownie.
finding-multiple-calling-services-guide = Wiele usług połączeń testowanych na tych samych klientach; Resetowanie bazy danych Webex

finding-activation-portal-error-title = Portal aktywacji zwrócił kod błędu użytkownika końcowego
finding-activation-portal-error-cause = Logowanie zatrzymało się w portalu aktywacji użytkowników z jednym z kodów błędów wymienionych w przewodniku.
finding-activation-portal-error-fix = Wykonaj działanie podane przy kodzie.
finding-activation-portal-error-guide = Kody błędów użytkownika końcowego

finding-directory-sync-error-title = Pojawia się kod błędu synchronizacji katalogu
finding-directory-sync-error-cause = Synchronizacja BroadWorks External Directory lub Phone List zgłosiła jeden z kodów błędów z przewodnika; kontaktów lub użytkowników może brakować albo mogą być nieaktualni.
finding-directory-sync-error-fix = Sprawdź znaczenie kodu (pokazane przy tym ustaleniu). Sprawdź ustawienia synchronizacji konfiguracji klienta w Partner Hub i dostępność klastra BroadWorks; jeśli problem nie ustępuje, eskaluj z tym kodem.
finding-directory-sync-error-guide = Kody błędów synchronizacji katalogu

finding-token-fetch-failed-title = Nie udało się uzyskać tokenu BroadWorks
finding-token-fetch-failed-cause = Aplikacja poprosiła proxy IdP BroadWorks (lub authService na XSP) o swój JWT lub token długoterminowy i otrzymała błąd. Bez niego aplikacja nie pobierze listy urządzeń ani się nie zarejestruje.
finding-token-fetch-failed-fix = Sprawdź usługę uwierzytelniania na serwerach XSP zgodnie z przewodnikiem rozwiązania: klucze RSA wygenerowane na jednym XSP są skopiowane na wszystkie XSP; URL AuthService w szablonie Partner Hub wskazuje na XSP; certyfikat klienta mTLS od Webex jest zaufany; a ustawienia uwierzytelniania certyfikatem to allowUserApp = false i allowClientApp = true. Jeśli nadal nie działa, przekaż firmie Cisco identyfikator śledzenia.
finding-token-fetch-failed-guide = Błędna konfiguracja usługi uwierzytelniania

finding-xsi-request-failed-title = Żądanie Xsi-Actions zostało odrzucone
finding-xsi-request-failed-cause = Żądanie aplikacji do Xsi-Actions na XSP (profil lub lista urządzeń) otrzymało odpowiedź z błędem, więc aplikacja nie pozna swoich urządzeń.
finding-xsi-request-failed-fix = Sprawdź aplikację Xsi-Actions na wskazanym tu XSP: czy jest wdrożona i osiągalna, czy użytkownik istnieje w BroadWorks, oraz access_log i XsiActionsLog serwera XSP dla tego samego identyfikatora śledzenia.
finding-xsi-request-failed-guide = Analiza dzienników XSP przy problemach z logowaniem abonentów

finding-device-profile-missing-title = Użytkownik nie ma profilu urządzenia dla tej platformy
finding-device-profile-missing-cause = BroadWorks zwrócił urządzenia użytkownika, ale żadne nie ma typu urządzenia potrzebnego aplikacji na tej platformie (Business Communicator - PC na komputerze). Aplikacja nie pobierze konfiguracji i nie zarejestruje się.
finding-device-profile-missing-fix = W BroadWorks dodaj użytkownikowi profil tożsamości/urządzenia typu Business Communicator - PC (lub typu dla jego platformy), jak w rozdziale o profilach urządzeń w przewodniku rozwiązania, a potem poproś go o ponowne zalogowanie.
finding-device-profile-missing-guide = Urządzenie desktopowe nieprzygotowane dla użytkownika; Profile urządzeń

finding-config-download-failed-title = Nie udało się pobrać konfiguracji urządzenia z DMS
finding-config-download-failed-cause = Aplikacja poprosiła serwer zarządzania urządzeniami o plik konfiguracji i otrzymała odpowiedź z błędem.
finding-config-download-failed-fix = Sprawdź DMS na wskazanym tu XSP: czy plik konfiguracji typu urządzenia istnieje i jest wdrożony dla urządzenia użytkownika, czy URL DMS w profilu urządzenia jest poprawny, oraz dmsDebugLog serwera XSP dla tego żądania.
finding-config-download-failed-guide = Oczekiwany przebieg rejestracji (kroki 1 i 2)

finding-config-parse-failed-title = Nie udało się odczytać pobranej konfiguracji (errorCode 1507)
finding-config-parse-failed-cause = Pliku konfiguracji dostarczonego przez DMS dla typu urządzenia nie dało się przetworzyć, więc logowanie do połączeń BroadWorks zakończyło się błędem 1507. Znaną przyczyną jest kodowanie typu urządzenia: defaultDeviceEncoding ustawione na ISO-8859-1, gdy plik jest w UTF-8.
finding-config-parse-failed-fix = Na AS sprawdź typ urządzenia poleceniem AS_CLI/System/DeviceType/SIP> detail "Business Communicator - PC" i ustaw defaultDeviceEncoding na UTF-8 (dokument Cisco TAC 221699). Sprawdź też, czy szablon konfiguracji nie zawiera uszkodzonego XML.
finding-config-parse-failed-guide = Problemy z konfiguracją połączeń i rejestracją; Dokument Cisco TAC 221699

finding-unresolved-config-tag-title = Tag BroadWorks nie jest zdefiniowany dla tego użytkownika
finding-unresolved-config-tag-cause = Pobrana konfiguracja wciąż zawiera symbol zastępczy %…_WXT%: niestandardowy tag BroadWorks nie jest zdefiniowany dla typu urządzenia ani użytkownika, więc aplikacja dostaje symbol zamiast wartości. %SBC_ADDRESS_WXT% psuje rejestrację; %WEB_CALL_SETTINGS_URL_WXT% ukrywa łącze samoobsługi do ustawień połączeń.
finding-unresolved-config-tag-fix = Zdefiniuj wskazany tu tag w BroadWorks (na poziomie typu urządzenia lub grupy/przedsiębiorstwa), jak podaje przewodnik konfiguracji Webex for Cisco BroadWorks, a potem poproś użytkownika o ponowne zalogowanie.
finding-unresolved-config-tag-guide = Błędna konfiguracja tagów BroadWorks; Przycisk lub łącze samoobsługi nie pojawia się w aplikacji Webex

finding-sip-auth-failed-title = SBC wciąż odrzuca dane uwierzytelniające SIP
finding-sip-auth-failed-cause = REGISTER został ponownie odrzucony z wyzwaniem po wysłaniu danych uwierzytelniających przez aplikację: nazwa użytkownika lub hasło SIP w profilu urządzenia nie zgadzają się z ustawieniami uwierzytelniania użytkownika w BroadWorks.
finding-sip-auth-failed-fix = W BroadWorks sprawdź usługę Authentication użytkownika (nazwa użytkownika i hasło) oraz dane uwierzytelniające profilu urządzenia pobranego przez aplikację; ustaw je tak, aby się zgadzały, a potem poproś użytkownika o ponowne zalogowanie.
finding-sip-auth-failed-guide = Problemy z konfiguracją połączeń i rejestracją

finding-sip-register-rejected-title = SBC odrzucił rejestrację
finding-sip-register-rejected-cause = REGISTER otrzymał ostateczną odpowiedź z błędem od SBC lub od Application Server (na przykład 403 lub 404): linia/port lub użytkownik nie są znani tam, dokąd dotarło żądanie.
finding-sip-register-rejected-fix = Porównaj linię/port (użytkownika SIP) z profilu urządzenia z BroadWorks, sprawdź, czy użytkownik jest na AS, do którego kieruje SBC, oraz dzienniki SBC i AS dla tego Call-ID.
finding-sip-register-rejected-guide = Oczekiwany przebieg rejestracji (kroki 4 i 5)

finding-sip-register-timeout-title = SBC nie odpowiedział na rejestrację
finding-sip-register-timeout-cause = REGISTER nie otrzymał odpowiedzi (transakcja SIP wygasła) albo połączenie z SBC nie powiodło się. Adres lub port SBC w konfiguracji jest błędny albo zapora blokuje ruch.
finding-sip-register-timeout-fix = Porównaj wskazany tu adres i port SBC z %SBC_ADDRESS_WXT% i %SBC_PORT_WXT% w BroadWorks, sprawdź, czy SBC nasłuchuje tam (TLS) i czy sieć użytkownika przepuszcza ruch.
finding-sip-register-timeout-guide = Oczekiwany przebieg rejestracji (krok 4); Błędna konfiguracja tagów BroadWorks

finding-sip-register-failover-title = Pierwszy SBC nie odpowiedział; aplikacja zarejestrowała się przez inny
finding-sip-register-failover-cause = Aplikacja wysłała REGISTER na jeden adres SBC i nie dostała odpowiedzi albo nie mogła się połączyć, a potem zarejestrowała się przez kolejny otrzymany adres. Połączenia działają, ale każde logowanie i odświeżenie najpierw czeka na milczący SBC i dopóki on znów nie odpowie, nie ma zapasowego SBC.
finding-sip-register-failover-fix = Sprawdź SBC, który nie odpowiedział (jego adres jest w dowodach): czy działa, czy jego zapora przepuszcza ruch SIP aplikacji na porcie z konfiguracji i czy %SBC_ADDRESS_WXT% wymienia tylko SBC obsługujące tego użytkownika.
finding-sip-register-failover-guide = Oczekiwana sekwencja rejestracji (krok 4); Błędna konfiguracja tagów BroadWorks

finding-registration-displaced-title = Rejestrację przejął inny klient
finding-registration-displaced-cause = Po udanej rejestracji registrar usunął kontakt aplikacji. Tak ma być, gdy ten sam użytkownik loguje się inną aplikacją Webex na tej samej platformie: rejestrację może mieć tylko jeden klient desktopowy.
finding-registration-displaced-fix = Poproś użytkownika o wylogowanie się z drugiej aplikacji Webex tego samego typu (na innym komputerze) albo przyjmij, że wygrywa ostatnie logowanie.
finding-registration-displaced-guide = Klient desktopowy rozłącza usługi telefoniczne po udanym połączeniu SSO

finding-registration-stopped-title = Rejestracja zatrzymała się i żaden znany problem tego nie wyjaśnia
finding-registration-stopped-cause = Aplikacja doszła do wskazanego tu kroku i nie poszła dalej. Żaden z problemów opisanych w przewodniku rozwiązywania problemów nie widać w dziennikach; dowodami są pierwsze błędy, które biblioteka połączeń lub telefonia zapisała po tym kroku.
finding-registration-stopped-fix = Najpierw przeczytaj wiersze błędów z dowodów. Następnie przejdź sekwencję rejestracji z przewodnika od osiągniętego kroku: konfiguracja pobrana przez aplikację, ścieżka sieciowa do SBC, typy urządzeń i ustawienia połączeń użytkownika. Eskaluj z dziennikami, identyfikatorami śledzenia i czasem ostatniego kroku.
finding-registration-stopped-guide = Oczekiwana sekwencja rejestracji

finding-provisioning-forbidden-title = Most provisioningu odrzucił żądanie (403 Forbidden)
finding-provisioning-forbidden-cause = Żądanie provisioningu flow-through z Application Server zostało zabronione. W tej postaci nie może się udać: typową przyczyną jest żądanie wysłane na adres IP zamiast na URL mostu provisioningu, co zdarza się, gdy na AS brakuje wymaganej poprawki.
finding-provisioning-forbidden-fix = Sprawdź cel żądania w PSLog: musi to być URL mostu provisioningu podany w szablonie Partner Hub, a nie adres IP. Jeśli to adres IP, zainstaluj poprawkę AS ap373197 i dokończ powiązaną konfigurację provisioningu flow-through.
finding-provisioning-forbidden-guide = Błędy provisioningu użytkowników w odpowiedzi Provisioning Bridge: 403 Forbidden

finding-provisioning-unauthorized-title = Dane uwierzytelniające provisioningu zostały odrzucone (401 Unauthorized)
finding-provisioning-unauthorized-cause = Nazwa konta lub hasło provisioningu skonfigurowane na Application Server (zintegrowane IM&P) różnią się od tych w szablonie klienta w Partner Hub.
finding-provisioning-unauthorized-fix = Ustaw nazwę użytkownika i hasło serwera wiadomości w ustawieniach zintegrowanego IM&P przedsiębiorstwa (AS_CLI/Interface/Messenger> get lub Usługi > Zintegrowane IM&P przedsiębiorstwa) dokładnie tak jak nazwę konta i hasło provisioningu w szablonie Partner Hub.
finding-provisioning-unauthorized-guide = Analiza PSLog przy problemach z provisioningiem użytkowników; Błędy zintegrowanego IM&P dla określonych przedsiębiorstw

finding-provisioning-conflict-title = Użytkownik Webex z tym adresem e-mail już istnieje (409 Conflict)
finding-provisioning-conflict-cause = Żądanie provisioningu nie może być kontynuowane, ponieważ konto Webex z adresem e-mail abonenta już istnieje, często bezpłatne konto założone przez samego użytkownika.
finding-provisioning-conflict-fix = Wyszukaj adres e-mail z POST w Help Desk. Poproś użytkownika o usunięcie bezpłatnego konta albo przygotuj abonenta z innym adresem e-mail.
finding-provisioning-conflict-guide = 409 Conflict; Użytkownik jest już w CI

finding-provisioning-missing-phone-number-title = Abonent nie ma głównego numeru telefonu
finding-provisioning-missing-phone-number-cause = Żądanie provisioningu nie zawiera primaryPhoneNumber. Każdy abonent Webex for BroadWorks potrzebuje numeru głównego (DID); bez niego provisioning się nie udaje.
finding-provisioning-missing-phone-number-fix = Przypisz abonentowi główny numer telefonu w BroadWorks, a potem ponów provisioning.
finding-provisioning-missing-phone-number-guide = Analiza PSLog przy problemach z provisioningiem użytkowników (krok 2); Błędy zintegrowanego IM&P dla określonych użytkowników

finding-provisioning-invalid-email-title = Adres e-mail abonenta jest nieprawidłowy
finding-provisioning-invalid-email-cause = Adres e-mail w żądaniu provisioningu nie jest prawidłowym adresem. Staje się on identyfikatorem Webex użytkownika, więc musi być prawidłowy i unikalny.
finding-provisioning-invalid-email-fix = Popraw adres e-mail abonenta w BroadWorks, a potem ponów provisioning.
finding-provisioning-invalid-email-guide = Analiza PSLog przy problemach z provisioningiem użytkowników (krok 2)

finding-provisioning-bad-request-title = Most provisioningu nie mógł przetworzyć żądania (400 Bad Request)
finding-provisioning-bad-request-cause = Most odrzucił coś w subscriberProfile albo coś nie pasuje do ustawienia szablonu klienta. Zwrócony komunikat mówi, co.
finding-provisioning-bad-request-fix = Przeczytaj zacytowany komunikat. „Cannot trust BroadWorks email…” oznacza, że adres e-mail jest nieprawidłowy lub błędnie wpisany, a szablon uznaje adresy za zaufane: sprawdź adres e-mail abonenta w BroadWorks. „Customer Org not found… create new org flag is not enabled” oznacza, że ten użytkownik utworzyłby nową organizację klienta, a szablon tego zabrania: zezwól na nowe organizacje w szablonie Partner Hub albo popraw adres e-mail (jego domenę), jeśli nowa organizacja nie była zamierzona.
finding-provisioning-bad-request-guide = Błędy provisioningu użytkowników w odpowiedzi Provisioning Bridge: 400 Bad Request

finding-impp-provisioning-error-title = Application Server zgłosił błąd zintegrowanego IM&P
finding-impp-provisioning-error-cause = AS zapisał [Error 18215] (błąd provisioningu z serwerem wiadomości) lub [Error 18211] (błąd komunikacji z nim). Znane przyczyny: adres e-mail już istnieje w Webex, użytkownik wcześniej zarejestrował się sam albo użytkownik nie ma głównego numeru telefonu.
finding-impp-provisioning-error-fix = Spójrz na odpowiedź provisioningu obok tego błędu. Wyszukaj adres e-mail użytkownika w Help Desk; sprawdź, czy abonent ma numer główny; jeśli błąd dotyczy każdego użytkownika przedsiębiorstwa, porównaj ustawienia zintegrowanego IM&P przedsiębiorstwa z szablonem Partner Hub.
finding-impp-provisioning-error-guide = Błędy zintegrowanego IM&P dla określonych użytkowników

finding-xsp-token-failed-title = Usługa uwierzytelniania XSP nie wydała lub nie zweryfikowała tokenu
finding-xsp-token-failed-cause = authService odpowiedział kodem StatusCode innym niż 200 przy wydawaniu tokenu długoterminowego (krok 5.4) lub przy jego weryfikacji dla Xsi-Actions (krok 6).
finding-xsp-token-failed-fix = Sprawdź usługę uwierzytelniania na każdym XSP: klucze RSA wygenerowane na jednym XSP są skopiowane na wszystkie XSP; URL AuthService w szablonie Partner Hub wskazuje na nie; certyfikat klienta mTLS od Webex jest zaufany; a CertificateAuthentication ma allowUserApp = false i allowClientApp = true.
finding-xsp-token-failed-guide = Analiza dzienników XSP przy problemach z logowaniem abonentów; Błędna konfiguracja usługi uwierzytelniania

finding-xsp-profile-request-failed-title = XSP odrzucił żądanie profilu lub urządzenia
finding-xsp-profile-request-failed-cause = GET profilu Xsi-Actions od proxy IdP (krok 2.1) lub GET urządzenia od aplikacji (krok 6) otrzymał odpowiedź z błędem.
finding-xsp-profile-request-failed-fix = Sprawdź aplikację Xsi-Actions i użytkownika w BroadWorks: czy użytkownik istnieje i dane uwierzytelniające dla GET profilu są poprawne, czy token został zweryfikowany dla GET urządzenia, oraz odpowiedzi OCI-P w XsiActionsLog dla tego samego identyfikatora śledzenia.
finding-xsp-profile-request-failed-guide = Analiza dzienników XSP przy problemach z logowaniem abonentów

finding-xsp-cert-auth-misconfigured-title = Uwierzytelnianie certyfikatem na XSP jest ustawione odwrotnie
finding-xsp-cert-auth-misconfigured-cause = Ustawienia CertificateAuthentication na XSP muszą mieć allowUserApp = false i allowClientApp = true, aby Webex mógł się uwierzytelnić certyfikatem klienta; wynik CLI pokazuje co innego.
finding-xsp-cert-auth-misconfigured-fix = Na każdym XSP: XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> set allowUserApp false oraz set allowClientApp true.
finding-xsp-cert-auth-misconfigured-guide = Błędna konfiguracja usługi uwierzytelniania

finding-xsp-chain-depth-too-low-title = XSP nie akceptuje łańcucha certyfikatów Webex (chainDepth poniżej 2)
finding-xsp-chain-depth-too-low-cause = HttpClientAuthentication chainDepth ogranicza długość łańcucha certyfikatów klienta. Łańcuch certyfikatu klienta Webex wymaga co najmniej 2; niższa wartość zrywa połączenie mTLS od Webex.
finding-xsp-chain-depth-too-low-fix = Na każdym XSP: XSP_CLI/Interface/Http/HttpClientAuthentication> set chainDepth 2 (lub więcej).
finding-xsp-chain-depth-too-low-guide = Błędna konfiguracja usługi uwierzytelniania

finding-provisioning-accepted-title = Most provisioningu przyjął żądanie (200 OK)
finding-provisioning-accepted-cause = 200 OK oznacza, że most otrzymał żądanie i przekazał je dalej; provisioning jest asynchroniczny, więc nie oznacza to jeszcze, że użytkownik istnieje.
finding-provisioning-accepted-fix = Użytkownik (a przy pierwszym użytkowniku także organizacja klienta) powinien pojawić się w Help Desk w ciągu kilku minut. Jeśli się nie pojawi, eskaluj do Cisco z adresem e-mail z żądania: 200 OK, po którym użytkownik nigdy nie powstaje, to błąd za mostem.
finding-provisioning-accepted-guide = Błędy provisioningu użytkowników w odpowiedzi Provisioning Bridge: 200 OK

finding-bundle-mixed-title = Pakiet łączy dzienniki różnych użytkowników lub z różnych dni
finding-bundle-mixed-cause = Dzienniki otwarte razem są czytane jako jeden przebieg: oś czasu, diagram drabinkowy i dane do eskalacji łączą je. Dzienniki innego użytkownika lub z dnia odległego od problemu zniekształcają ten przebieg.
finding-bundle-mixed-fix = Otwieraj razem tylko dzienniki jednego użytkownika i jednego wystąpienia problemu. Sprawdź wymienionych tu użytkowników i zakresy czasu i pomiń pliki, które do nich nie należą.
finding-bundle-mixed-guide = Pobieranie dzienników użytkowników z Centrum partnerów
