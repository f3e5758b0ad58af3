# Katalog ustaleń: dla każdego identyfikatora z assets/signatures.json
# tytuł, przyczyna, rozwiązanie i rozdział przewodnika rozwiązywania problemów.
# Wiersze -guide podają rozdziały tak, jak drukuje je polskie wydanie przewodnika;
# teksty oznaczone „Nie ma tego w przewodniku:” to rady tego narzędzia, a nie przewodnika.

finding-entitlement-missing-title = Użytkownik nie ma uprawnienia broadworks-connector
finding-entitlement-missing-cause = Aplikacja Webex rejestruje się w BroadWorks tylko wtedy, gdy konto użytkownika ma uprawnienie broadworks-connector. Brakuje go wśród uprawnień otrzymanych przez aplikację, dlatego nie ma ikony połączeń ani usługi telefonicznej BroadWorks.
finding-entitlement-missing-fix = Sprawdź użytkownika w Help Desk: jego uprawnienia muszą obejmować broadworks-connector. Zwykle użytkownik nie ma właściwej licencji lub uprawnień albo nie jest jeszcze włączony dla usługi połączeń w Centrum sterowania. Sprawdź pakiet Webex dla BroadWorks użytkownika w Centrum partnerów (Klienci, Wyświetl klienta, Użytkownicy, Webex dla pakietów BroadWorks), a potem poproś go o wylogowanie i ponowne zalogowanie.
finding-entitlement-missing-guide = Klient nie ma ikony połączeń; Sprawdzanie zachowania połączeń i uprawnienia connector użytkownika

finding-conflicting-calling-entitlement-title = Użytkownik ma też uprawnienie Webex Calling (bc-sp-standard)
finding-conflicting-calling-entitlement-cause = bc-sp-standard należy do Webex Calling, drugiego systemu połączeń. Użytkownik z tym uprawnieniem jest skonfigurowany zarówno dla Webex Calling, jak i dla Webex for BroadWorks, a aplikacja może nie używać połączeń BroadWorks.
finding-conflicting-calling-entitlement-fix = Usuń licencję lub uprawnienie Webex Calling tego użytkownika w Centrum sterowania, tak aby zostały tylko połączenia Webex for BroadWorks, a potem poproś go o wylogowanie i ponowne zalogowanie.
finding-conflicting-calling-entitlement-guide = Sprawdzanie zachowania połączeń i uprawnienia connector użytkownika

finding-calling-behavior-not-webex-title = Zachowanie połączeń nie jest ustawione na „Calling in Webex”
finding-calling-behavior-not-webex-cause = Aplikacja rejestruje się w BroadWorks tylko wtedy, gdy zachowanie połączeń to NATIVE_WEBEX_TEAMS_CALLING („Calling in Webex”). Użytkownik lub organizacja ma inne ustawienie, więc połączenia trafiają do innej aplikacji albo donikąd.
finding-calling-behavior-not-webex-fix = Sprawdź w Help Desk zachowanie połączeń użytkownika i organizacji: musi to być Calling in Webex. Zmień je w Centrum sterowania. W trybie ograniczonym przez partnera, domyślnie włączonym, administratorzy klientów nie mogą edytować zachowania połączeń, więc musi je zmienić administrator partnera. Aplikacja przyjmie zmianę po ponownym zalogowaniu.
finding-calling-behavior-not-webex-guide = Sprawdzanie zachowania połączeń i uprawnienia connector użytkownika; Sprawdzanie zachowania połączeń organizacji; Ograniczone przez tryb partnerski (przewodnik zarządzania)

finding-multiple-calling-services-title = Webex Calling i połączenia BroadWorks były aktywne jednocześnie
finding-multiple-calling-services-cause = Aplikacja przełączała się między systemami połączeń (Webex Calling, widoczny jako Mobius lub WEBEX_CALLING, oraz BroadWorks). Dzieje się tak, gdy tą samą aplikacją testowano różne usługi połączeń, i zostawia to nieaktualny stan.
finding-multiple-calling-services-fix = Zresetuj bazę danych aplikacji: Pomoc > Health Checker > Resetuj bazę danych. To całkowicie resetuje klienta i przywraca ekran logowania.
finding-multiple-calling-services-guide = Wiele usług połączeń testowanych na tych samych klientach; Resetowanie bazy danych Webex

finding-activation-portal-error-title = Portal aktywacji zwrócił kod błędu użytkownika końcowego
finding-activation-portal-error-cause = Logowanie zatrzymało się w portalu aktywacji użytkowników z jednym z kodów błędów wymienionych w przewodniku.
finding-activation-portal-error-fix = Wykonaj działanie podane przy kodzie.
finding-activation-portal-error-guide = Kody błędów użytkownika końcowego

finding-directory-sync-error-title = Pojawia się kod błędu synchronizacji katalogu
finding-directory-sync-error-cause = Synchronizacja BroadWorks External Directory lub Phone List zgłosiła jeden z kodów błędów z przewodnika; kontaktów lub użytkowników może brakować albo mogą być nieaktualni.
finding-directory-sync-error-fix = Przewodnik podaje znaczenie kodu (pokazane przy tym ustaleniu), ale żadnego działania. Nie ma tego w przewodniku: sprawdź ustawienia synchronizacji konfiguracji klienta w Centrum partnerów i czy klaster BroadWorks jest osiągalny; jeśli problem nie ustępuje, eskaluj z tym kodem.
finding-directory-sync-error-guide = Kody błędów synchronizacji katalogu

finding-token-fetch-failed-title = Nie udało się uzyskać tokenu BroadWorks
finding-token-fetch-failed-cause = Aplikacja poprosiła proxy IdP BroadWorks (lub authService na XSP) o swój JWT lub token długoterminowy i otrzymała błąd. Bez niego aplikacja nie pobierze listy urządzeń ani się nie zarejestruje.
finding-token-fetch-failed-fix = Sprawdź usługę uwierzytelniania na serwerach XSP: klucze RSA wygenerowane na jednym XSP są skopiowane na wszystkie XSP; adres URL AuthService jest podany do kontenera sieci web na każdym XSP i wpisany dla klastra w Centrum partnerów; CertificateAuthentication ma allowUserApp = false i allowClientApp = true; przy mTLS certyfikat klienta Webex jest wgrany na XSP. Jeśli nadal nie działa, przekaż firmie Cisco identyfikator śledzenia.
finding-token-fetch-failed-guide = Błędna konfiguracja usługi uwierzytelniania

finding-xsi-request-failed-title = Żądanie Xsi-Actions zostało odrzucone
finding-xsi-request-failed-cause = Żądanie aplikacji do Xsi-Actions na XSP (profil lub lista urządzeń) otrzymało odpowiedź z błędem, więc aplikacja nie pozna swoich urządzeń.
finding-xsi-request-failed-fix = Sprawdź aplikację Xsi-Actions na wskazanym tu XSP: czy jest wdrożona i osiągalna, czy użytkownik istnieje w BroadWorks, oraz access_log i XsiActionsLog serwera XSP dla tego samego identyfikatora śledzenia.
finding-xsi-request-failed-guide = Analiza dzienników XSP przy problemach z logowaniem abonentów

finding-device-profile-missing-title = Użytkownik nie ma profilu urządzenia dla tej platformy
finding-device-profile-missing-cause = BroadWorks zwrócił urządzenia użytkownika, ale żadne nie ma typu urządzenia potrzebnego aplikacji na tej platformie (Business Communicator - PC na komputerze). Aplikacja nie pobierze konfiguracji i nie zarejestruje się.
finding-device-profile-missing-fix = W BroadWorks przypisz użytkownikowi typy urządzeń dla aplikacji Webex: profil tożsamości/urządzenia typu Business Communicator - PC (lub typu dla jego platformy), jak opisuje przewodnik rozwiązania (Przygotowanie środowiska, Profile urządzeń). Potem poproś użytkownika o ponowne zalogowanie.
finding-device-profile-missing-guide = Urządzenie desktopowe nie jest aprowizowane dla użytkownika; Logowanie jednokrotne nie powiodło się

finding-config-download-failed-title = Nie udało się pobrać konfiguracji urządzenia z DMS
finding-config-download-failed-cause = Aplikacja poprosiła serwer zarządzania urządzeniami o plik konfiguracji i otrzymała odpowiedź z błędem.
finding-config-download-failed-fix = Sprawdź DMS na wskazanym tu XSP: czy plik konfiguracji typu urządzenia istnieje i jest wdrożony dla urządzenia użytkownika, czy URL DMS w profilu urządzenia jest poprawny, oraz dmsDebugLog serwera XSP dla tego żądania.
finding-config-download-failed-guide = Oczekiwana sekwencja rejestracji (kroki 1 i 2)

finding-config-parse-failed-title = Nie udało się odczytać pobranej konfiguracji (errorCode 1507)
finding-config-parse-failed-cause = Pliku konfiguracji dostarczonego przez DMS dla typu urządzenia nie dało się przetworzyć, więc logowanie do połączeń BroadWorks zakończyło się błędem 1507. Znaną przyczyną jest kodowanie typu urządzenia: defaultDeviceEncoding ustawione na ISO-8859-1, gdy plik jest w UTF-8.
finding-config-parse-failed-fix = Na AS sprawdź typ urządzenia poleceniem AS_CLI/System/DeviceType/SIP> detail "Business Communicator - PC" i ustaw defaultDeviceEncoding na UTF-8 (dokument Cisco TAC 221699). Sprawdź też, czy szablon konfiguracji nie zawiera uszkodzonego XML.
finding-config-parse-failed-guide = Problemy z konfiguracją połączeń i rejestracją; Dokument Cisco TAC 221699

finding-unresolved-config-tag-title = Tag BroadWorks nie jest zdefiniowany dla tego użytkownika
finding-unresolved-config-tag-cause = Pobrana konfiguracja wciąż zawiera symbol zastępczy %…_WXT%: niestandardowy tag BroadWorks nie jest zdefiniowany dla typu urządzenia ani użytkownika, więc aplikacja dostaje symbol zamiast wartości. %SBC_ADDRESS_WXT% psuje rejestrację; %WEB_CALL_SETTINGS_URL_WXT% ukrywa łącze samoobsługi do ustawień połączeń.
finding-unresolved-config-tag-fix = Zdefiniuj wskazany tu tag w BroadWorks (na poziomie typu urządzenia lub grupy/przedsiębiorstwa), jak podaje przewodnik konfiguracji Webex for Cisco BroadWorks, a potem poproś użytkownika o ponowne zalogowanie.
finding-unresolved-config-tag-guide = Błędna konfiguracja tagów BroadWorks; Problemy z widokiem sieci Web ustawień połączeń: Przycisk lub łącze samoobsługi nie pojawia się w aplikacji Webex

finding-sip-auth-failed-title = SBC wciąż odrzuca dane uwierzytelniające SIP
finding-sip-auth-failed-cause = REGISTER został ponownie odrzucony z wyzwaniem po wysłaniu danych uwierzytelniających przez aplikację: nazwa użytkownika lub hasło SIP w profilu urządzenia nie zgadzają się z ustawieniami uwierzytelniania użytkownika w BroadWorks.
finding-sip-auth-failed-fix = W BroadWorks sprawdź usługę Authentication użytkownika (nazwa użytkownika i hasło) oraz dane uwierzytelniające profilu urządzenia pobranego przez aplikację; ustaw je tak, aby się zgadzały, a potem poproś użytkownika o ponowne zalogowanie.
finding-sip-auth-failed-guide = Problemy z konfiguracją połączeń i rejestracją; sam błąd nie jest opisany w przewodniku (RFC 3261)

finding-sip-register-rejected-title = SBC odrzucił rejestrację
finding-sip-register-rejected-cause = REGISTER otrzymał ostateczną odpowiedź z błędem od SBC lub od Application Server (na przykład 403 lub 404): linia/port lub użytkownik nie są znani tam, dokąd dotarło żądanie.
finding-sip-register-rejected-fix = Porównaj linię/port (użytkownika SIP) z profilu urządzenia z BroadWorks, sprawdź, czy użytkownik jest na AS, do którego kieruje SBC, oraz dzienniki SBC i AS dla tego Call-ID.
finding-sip-register-rejected-guide = Oczekiwana sekwencja rejestracji (kroki 4 i 5); sam błąd nie jest opisany w przewodniku (RFC 3261)

finding-sip-register-timeout-title = SBC nie odpowiedział na rejestrację
finding-sip-register-timeout-cause = REGISTER nie otrzymał odpowiedzi (transakcja SIP wygasła) albo połączenie z SBC nie powiodło się. Adres lub port SBC w konfiguracji jest błędny albo zapora blokuje ruch.
finding-sip-register-timeout-fix = Porównaj wskazany tu adres i port SBC z %SBC_ADDRESS_WXT% i %SBC_PORT_WXT% w BroadWorks, sprawdź, czy SBC nasłuchuje tam (TLS) i czy sieć użytkownika przepuszcza ruch.
finding-sip-register-timeout-guide = Oczekiwana sekwencja rejestracji (krok 4); Błędna konfiguracja tagów BroadWorks; sam błąd nie jest opisany w przewodniku (RFC 3261)

finding-sip-register-failover-title = Pierwszy SBC nie odpowiedział; aplikacja zarejestrowała się przez inny
finding-sip-register-failover-cause = Aplikacja wysłała REGISTER na jeden adres SBC i nie dostała odpowiedzi albo nie mogła się połączyć, a potem zarejestrowała się przez kolejny otrzymany adres. Połączenia działają, ale każde logowanie i odświeżenie najpierw czeka na milczący SBC i dopóki on znów nie odpowie, nie ma zapasowego SBC.
finding-sip-register-failover-fix = Sprawdź SBC, który nie odpowiedział (jego adres jest w dowodach): czy działa, czy jego zapora przepuszcza ruch SIP aplikacji na porcie z konfiguracji i czy %SBC_ADDRESS_WXT% wymienia tylko SBC obsługujące tego użytkownika.
finding-sip-register-failover-guide = Oczekiwana sekwencja rejestracji (krok 4); Błędna konfiguracja tagów BroadWorks; samo przełączenie na inny SBC nie jest opisane w przewodniku (RFC 3263)

finding-registration-displaced-title = Rejestrację przejął inny klient
finding-registration-displaced-cause = Po udanej rejestracji registrar usunął kontakt aplikacji. Przyczyna według przewodnika: ten sam użytkownik zalogował się na kilku klientach tego samego typu platformy (na przykład na dwóch komputerach z Windows) i tylko jeden z nich zachowuje aktywną sesję SSO. Tak ma być.
finding-registration-displaced-fix = Zapytaj, czy użytkownik jest też zalogowany na innym komputerze tego samego typu platformy. Jeśli oba są naprawdę potrzebne, obejściem z przewodnika jest skonfigurowanie w BroadWorks kilku wystąpień tego samego typu urządzenia, każde z unikalnym adresem SIP; wykracza to poza zakres Webex for BroadWorks. Nie ma tego w przewodniku: w przeciwnym razie wyloguj się na komputerze nieużywanym do połączeń.
finding-registration-displaced-guide = Klient desktopowy rozłącza usługi telefoniczne po udanym połączeniu SSO

finding-registration-stopped-title = Rejestracja zatrzymała się i żaden znany problem tego nie wyjaśnia
finding-registration-stopped-cause = Aplikacja doszła do wskazanego tu kroku i nie poszła dalej. Żaden z problemów opisanych w przewodniku rozwiązywania problemów nie widać w dziennikach; dowodami są pierwsze błędy, które biblioteka połączeń lub telefonia zapisała po tym kroku.
finding-registration-stopped-fix = Najpierw przeczytaj wiersze błędów z dowodów. Następnie przejdź sekwencję rejestracji z przewodnika od osiągniętego kroku: konfiguracja pobrana przez aplikację, ścieżka sieciowa do SBC, typy urządzeń i ustawienia połączeń użytkownika. Eskaluj z dziennikami, identyfikatorami śledzenia i czasem ostatniego kroku.
finding-registration-stopped-guide = Oczekiwana sekwencja rejestracji

finding-provisioning-forbidden-title = Most provisioningu odrzucił żądanie (403 Forbidden)
finding-provisioning-forbidden-cause = Żądanie provisioningu flow-through z Application Server zostało zabronione; w tej postaci nie ma szans powodzenia. Na przykład żądanie wysłane na adres IP zamiast na URL mostu provisioningu może wskazywać, że na AS brakuje wymaganej poprawki (ap373197).
finding-provisioning-forbidden-fix = Sprawdź cel żądania w PSLog: musi to być URL mostu provisioningu podany w szablonie w Centrum partnerów, a nie adres IP (zob. tematy konfiguracji zapory w przewodniku rozwiązania). Sprawdź, czy na AS zastosowano wszystkie wymagane poprawki, w tym ap373197, i czy konfiguracja provisioningu flow-through jest ukończona.
finding-provisioning-forbidden-guide = Błędy inicjowania obsługi administracyjnej użytkowników w odpowiedzi z Provisioning Bridge: 403 Forbidden

finding-provisioning-unauthorized-title = Dane uwierzytelniające provisioningu zostały odrzucone (401 Unauthorized)
finding-provisioning-unauthorized-cause = Nazwa konta lub hasło provisioningu skonfigurowane na Application Server (zintegrowane IM&P) różnią się od tych w szablonie klienta w Centrum partnerów.
finding-provisioning-unauthorized-fix = Ustaw nazwę użytkownika i hasło serwera wiadomości w ustawieniach zintegrowanego IM&P przedsiębiorstwa (AS_CLI/Interface/Messaging> get lub Usługi > Zintegrowane IM&P przedsiębiorstwa) dokładnie tak jak nazwę konta i hasło provisioningu w szablonie Centrum partnerów.
finding-provisioning-unauthorized-guide = Analiza PSLog przy problemach z inicjowaniem obsługi administracyjnej użytkowników; Błędy zintegrowanego IM&P dla określonych przedsiębiorstw lub klientów

finding-provisioning-conflict-title = Użytkownik Webex z tym adresem e-mail już istnieje (409 Conflict)
finding-provisioning-conflict-cause = Żądanie provisioningu nie może być kontynuowane, ponieważ konto Webex z adresem e-mail abonenta już istnieje, często bezpłatne konto założone przez samego użytkownika.
finding-provisioning-conflict-fix = Wyszukaj adres e-mail z POST w Help Desk. Poproś użytkownika o usunięcie bezpłatnego konta albo przygotuj abonenta z innym adresem e-mail.
finding-provisioning-conflict-guide = Błędy inicjowania obsługi administracyjnej użytkowników w odpowiedzi z Provisioning Bridge: 409 Conflict; Użytkownik jest już w CI

finding-provisioning-missing-phone-number-title = Abonent nie ma głównego numeru telefonu
finding-provisioning-missing-phone-number-cause = Żądanie provisioningu nie zawiera primaryPhoneNumber. Każdy abonent Webex for BroadWorks potrzebuje numeru głównego (DID); bez niego provisioning się nie udaje.
finding-provisioning-missing-phone-number-fix = Przypisz abonentowi główny numer telefonu w BroadWorks, a potem ponów provisioning.
finding-provisioning-missing-phone-number-guide = Analiza PSLog przy problemach z inicjowaniem obsługi administracyjnej użytkowników (krok 2); Błędy zintegrowanego IM&P dla określonych użytkowników

finding-provisioning-invalid-email-title = Adres e-mail abonenta jest nieprawidłowy
finding-provisioning-invalid-email-cause = Adres e-mail w żądaniu provisioningu nie jest prawidłowym adresem. Staje się on identyfikatorem Webex użytkownika, więc musi być prawidłowy i unikalny.
finding-provisioning-invalid-email-fix = Popraw adres e-mail abonenta w BroadWorks, a potem ponów provisioning.
finding-provisioning-invalid-email-guide = Analiza PSLog przy problemach z inicjowaniem obsługi administracyjnej użytkowników (krok 2)

finding-provisioning-bad-request-title = Most provisioningu nie mógł przetworzyć żądania (400 Bad Request)
finding-provisioning-bad-request-cause = Most odrzucił coś w subscriberProfile albo coś nie pasuje do ustawienia szablonu klienta. Zwrócony komunikat mówi, co.
finding-provisioning-bad-request-fix = Przeczytaj zacytowany komunikat. „Cannot trust BroadWorks email…” oznacza, że adres e-mail jest nieprawidłowy lub błędnie wpisany, a szablon uznaje adresy za zaufane: sprawdź adres e-mail abonenta w BroadWorks. „Customer Org not found… create new org flag is not enabled” oznacza, że ten użytkownik utworzyłby nową organizację klienta, a szablon tego zabrania: zezwól na nowe organizacje w szablonie Centrum partnerów albo popraw adres e-mail (jego domenę), jeśli nowa organizacja nie była zamierzona.
finding-provisioning-bad-request-guide = Błędy inicjowania obsługi administracyjnej użytkowników w odpowiedzi z Provisioning Bridge: 400 Bad Request

finding-provisioning-error-title = Most provisioningu odpowiedział błędem
finding-provisioning-error-cause = Most provisioningu odpowiedział na żądanie Application Server statusem innym niż 200 OK. Przewodnik: wszystko inne niż 200 OK to błąd provisioningu użytkownika. Status i komunikat mostu są pokazane przy tym ustaleniu.
finding-provisioning-error-fix = Przeczytaj status i komunikat. Przewodnik podaje działania tylko dla 400, 401, 403 i 409, więc eskaluj z PSLog, statusem i adresem e-mail abonenta. Nie ma tego w przewodniku: sprawdź, czy celem żądania jest URL mostu provisioningu podany w szablonie w Centrum partnerów.
finding-provisioning-error-guide = Analiza PSLog przy problemach z inicjowaniem obsługi administracyjnej użytkowników (krok 1)

finding-provisioning-unreachable-title = Application Server nie mógł połączyć się z mostem provisioningu
finding-provisioning-unreachable-cause = POST provisioningu z Application Server nie dostał odpowiedzi: połączenie zostało odrzucone lub wygasło, uzgadnianie TLS nie powiodło się albo nie udało się rozwiązać nazwy hosta. Dopóki most jest nieosiągalny, nic nie zostanie utworzone.
finding-provisioning-unreachable-fix = Sprawdź, czy Application Server może osiągnąć adres URL provisioningu (zob. tematy konfiguracji zapory w przewodniku rozwiązania) i czy adres URL serwera wiadomości w ustawieniach zintegrowanego IM&P przedsiębiorstwa zgadza się z adresem URL provisioningu w szablonie w Centrum partnerów.
finding-provisioning-unreachable-guide = Problemy z siecią: klienci lub użytkownicy nie są tworzeni przez inicjowanie obsługi administracyjnej przepływu (przewodnik zarządzania); Błędy zintegrowanego IM&P dla określonych przedsiębiorstw lub klientów

finding-impp-provisioning-error-title = Application Server zgłosił błąd zintegrowanego IM&P
finding-impp-provisioning-error-cause = AS zapisał [Error 18215] (błąd provisioningu z serwerem wiadomości) lub [Error 18211] (błąd komunikacji z nim). Znane przyczyny: adres e-mail już istnieje w Webex, użytkownik wcześniej zarejestrował się sam albo użytkownik nie ma głównego numeru telefonu.
finding-impp-provisioning-error-fix = Spójrz na odpowiedź provisioningu obok tego błędu. Wyszukaj adres e-mail użytkownika w Help Desk; sprawdź, czy abonent ma numer główny; jeśli błąd dotyczy każdego użytkownika przedsiębiorstwa, porównaj ustawienia zintegrowanego IM&P przedsiębiorstwa z szablonem Centrum partnerów.
finding-impp-provisioning-error-guide = Błędy zintegrowanego IM&P dla określonych użytkowników

finding-xsp-token-failed-title = Usługa uwierzytelniania XSP nie wydała lub nie zweryfikowała tokenu
finding-xsp-token-failed-cause = authService odpowiedział kodem StatusCode innym niż 200 przy wydawaniu tokenu długoterminowego (krok 5.4) lub przy jego weryfikacji dla Xsi-Actions (krok 6).
finding-xsp-token-failed-fix = Sprawdź usługę uwierzytelniania na każdym XSP: klucze RSA wygenerowane na jednym XSP są skopiowane na wszystkie XSP; adres URL AuthService jest podany do kontenera sieci web na każdym XSP i wpisany dla klastra w Centrum partnerów; CertificateAuthentication ma allowUserApp = false i allowClientApp = true; przy mTLS certyfikat klienta Webex jest wgrany na XSP.
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
finding-xsp-chain-depth-too-low-cause = chainDepth uwierzytelniania klienta HTTP na XSP jest zbyt niski, więc XSP nie może przejść łańcucha wystawców certyfikatu klienta Webex do kotwicy zaufania (przypadek z przewodnika: XSP z R21 SP1, gdzie …/Trusts> get nie pokazuje wszystkich oczekiwanych wystawców). Łańcuch Webex ma 2 wystawców pośrednich. Jeśli chainDepth nie jest poniżej 2, przewodnik podejrzewa uszkodzony plik łańcucha.
finding-xsp-chain-depth-too-low-fix = Na każdym XSP, na poziomie uwierzytelniania klienta HTTP w CLI XSP, jeden poziom nad Trusts (przewodnik drukuje go jako /XSP_CLI/Interface/Http?ClientAuthentication>): set chainDepth 3. Nigdy nie ustawiaj wartości poniżej 2, zwłaszcza jeśli jest już wyższa.
finding-xsp-chain-depth-too-low-guide = Znane błędy konfiguracji BroadWorks: chainDepth zbyt nisko (przewodnik zarządzania)

finding-provisioning-accepted-title = Most provisioningu przyjął żądanie (200 OK)
finding-provisioning-accepted-cause = 200 OK oznacza, że most otrzymał żądanie i przekazał je dalej; provisioning jest asynchroniczny, więc nie oznacza to jeszcze, że użytkownik istnieje.
finding-provisioning-accepted-fix = Użytkownik (a przy pierwszym użytkowniku także organizacja klienta) powinien pojawić się w Help Desk w ciągu kilku minut. Jeśli się nie pojawi, eskaluj do Cisco z adresem e-mail z żądania: 200 OK, po którym użytkownik nigdy nie powstaje, to błąd za mostem.
finding-provisioning-accepted-guide = Błędy inicjowania obsługi administracyjnej użytkowników w odpowiedzi z Provisioning Bridge: 200 OK

finding-bundle-mixed-title = Pakiet łączy dzienniki różnych użytkowników lub z różnych dni
finding-bundle-mixed-cause = Dzienniki otwarte razem są czytane jako jeden przebieg: oś czasu, diagram drabinkowy i dane do eskalacji łączą je. Dzienniki innego użytkownika lub z dnia odległego od problemu zniekształcają ten przebieg.
finding-bundle-mixed-fix = Otwieraj razem tylko dzienniki jednego użytkownika i jednego wystąpienia problemu. Sprawdź wymienionych tu użytkowników i zakresy czasu i pomiń pliki, które do nich nie należą.
finding-bundle-mixed-guide = Pobieranie dzienników użytkowników z Centrum partnerów

finding-call-forbidden-title = Połączenie zostało odrzucone (403 Forbidden)
finding-call-forbidden-cause = INVITE otrzymał 403 Forbidden. RFC 3261: serwer zrozumiał żądanie i odmawia jego wykonania; ponowne wysłanie nie pomoże. Dla abonenta BroadWorks oznacza to, że Application Server lub SBC odrzuca połączenie: usługa lub ograniczenie na nie nie pozwala (na przykład blokada połączeń wychodzących lub plan połączeń) albo sieć nie akceptuje tożsamości.
finding-call-forbidden-fix = Wyszukaj ten Call-ID w XSLog serwera AS, aby zobaczyć, która usługa odrzuciła połączenie, i sprawdź ograniczenia połączeń abonenta w BroadWorks. Nie ma tego w przewodniku: nie podaje on kroków dla nieudanych połączeń.
finding-call-forbidden-guide = Nie ma w przewodniku (RFC 3261 §21.4.4); dziennik BWC zawiera ruch SIP połączeń
finding-call-not-found-title = Wybrany numer nie istnieje (404 Not Found)
finding-call-not-found-cause = INVITE otrzymał 404 Not Found. RFC 3261: użytkownik nie istnieje w domenie URI żądania. Wybrany numer lub adres nie jest znany BroadWorks ani sieci, do której skierowano połączenie.
finding-call-not-found-fix = Sprawdź wybrany numer z kodem kraju lub prefiksem wyjścia na miasto i czy istnieje; jeśli jest poprawny, prześledź Call-ID w XSLog serwera AS. Nie ma tego w przewodniku: nie podaje on kroków dla nieudanych połączeń.
finding-call-not-found-guide = Nie ma w przewodniku (RFC 3261 §21.4.5); dziennik BWC zawiera ruch SIP połączeń
finding-call-unavailable-title = Wywoływany był niedostępny (480 Temporarily Unavailable)
finding-call-unavailable-cause = INVITE otrzymał 480 Temporarily Unavailable. RFC 3261: osiągnięto system końcowy wywoływanego, ale nie może on teraz przyjąć połączenia: brak zarejestrowanego urządzenia, tryb „nie przeszkadzać” lub żadne urządzenie nie odpowiada.
finding-call-unavailable-fix = Sprawdź, czy wywoływany użytkownik ma zarejestrowane urządzenie i nie ma trybu „nie przeszkadzać” ani przekierowania donikąd; spróbuj ponownie później. Nie ma tego w przewodniku: nie podaje on kroków dla nieudanych połączeń.
finding-call-unavailable-guide = Nie ma w przewodniku (RFC 3261 §21.4.18); dziennik BWC zawiera ruch SIP połączeń
finding-call-busy-title = Wywoływany był zajęty (486 Busy Here)
finding-call-busy-cause = INVITE otrzymał 486 Busy Here. RFC 3261: osiągnięto system końcowy wywoływanego, ale jest zajęty i nie przyjmuje kolejnego połączenia. To nie jest usterka systemu.
finding-call-busy-fix = Nie ma czego naprawiać, chyba że wywoływany był wolny; wtedy sprawdź jego ustawienia połączenia oczekującego i zajętości w BroadWorks. Nie ma tego w przewodniku.
finding-call-busy-guide = Nie ma w przewodniku (RFC 3261 §21.4.24); dziennik BWC zawiera ruch SIP połączeń
finding-call-not-acceptable-title = Połączenie nie powiodło się z powodu oferty mediów (488 Not Acceptable Here)
finding-call-not-acceptable-cause = INVITE otrzymał 488 Not Acceptable Here. RFC 3261: opis sesji był nie do przyjęcia: brak wspólnego kodeka, typu mediów lub ustawienia szyfrowania z drugą stroną. Widok Połączenia pokazuje kodeki połączenia.
finding-call-not-acceptable-fix = Porównaj kodeki i ustawienie SRTP oferty z tym, na co pozwalają SBC i druga strona (lista kodeków profilu urządzenia, polityka mediów SBC). Nie ma tego w przewodniku: nie podaje on kroków dla nieudanych połączeń.
finding-call-not-acceptable-guide = Nie ma w przewodniku (RFC 3261 §21.4.26); dziennik mediów zawiera wynegocjowane kodeki
finding-call-server-error-title = Połączenie nie powiodło się z powodu błędu serwera (5xx)
finding-call-server-error-cause = INVITE otrzymał odpowiedź 5xx. RFC 3261: serwer nie zdołał obsłużyć żądania: 500 Server Internal Error, 502 Bad Gateway, 503 Service Unavailable (przeciążenie lub konserwacja), 504 Server Time-out. Status jest podany przy tym wyniku.
finding-call-server-error-fix = Prześledź Call-ID w dziennikach SBC i AS, aby znaleźć serwer, który odpowiedział błędem, i eskaluj z czasem i Call-ID połączenia. Nie ma tego w przewodniku: nie podaje on kroków dla nieudanych połączeń.
finding-call-server-error-guide = Nie ma w przewodniku (RFC 3261 §21.5); dziennik BWC zawiera ruch SIP połączeń
finding-media-packet-loss-title = Podczas połączenia zgubiono pakiety audio
finding-media-packet-loss-cause = Silnik mediów zgłosił podczas połączenia ponad 5 % zgubionych pakietów strumienia audio; powyżej tego mowa się rwie. Straty powstają w sieci między aplikacją a drugą stroną: Wi-Fi, VPN, przeciążone łącza.
finding-media-packet-loss-fix = Nie ma tego w przewodniku: spróbuj połączenia przewodowego bez VPN i sprawdź ścieżkę sieciową do adresów mediów SBC. Pokazano najgorszą wartość i jej wiersz.
finding-media-packet-loss-guide = Nie ma w przewodniku; dziennik mediów zawiera rekordy mediów
finding-media-jitter-title = Dźwięk docierał nierównomiernie podczas połączenia (jitter)
finding-media-jitter-cause = Silnik mediów zgłosił podczas połączenia jitter powyżej 50 ms na strumieniu audio: pakiety docierają tak nierówno, że mowa jest opóźniana lub ucinana.
finding-media-jitter-fix = Nie ma tego w przewodniku: spróbuj połączenia przewodowego bez VPN i sprawdź na ścieżce do SBC przeciążenie i brak priorytetu dla głosu (QoS). Pokazano najgorszą wartość i jej wiersz.
finding-media-jitter-guide = Nie ma w przewodniku; dziennik mediów zawiera rekordy mediów
finding-media-latency-title = Czas podróży dźwięku w obie strony był zbyt długi podczas połączenia
finding-media-latency-cause = Silnik mediów zgłosił podczas połączenia czas podróży w obie strony powyżej 400 ms; przy takim opóźnieniu obie strony mówią jednocześnie (ITU-T G.114).
finding-media-latency-fix = Nie ma tego w przewodniku: sprawdź ścieżkę sieciową do adresów mediów SBC (VPN, łącza satelitarne lub komórkowe, odległy przekaźnik mediów). Pokazano najgorszą wartość i jej wiersz.
finding-media-latency-guide = Nie ma w przewodniku; dziennik mediów zawiera rekordy mediów

finding-as-register-failed-title = Serwer aplikacji odrzucił REGISTER z SBC lub nigdy na niego nie odpowiedział
finding-as-register-failed-cause = Krok 5 sekwencji rejestracji nie powiódł się: SBC przekazał SIP REGISTER aplikacji do AS, a dziennik AS pokazuje ostateczną odpowiedź błędu (4xx, 5xx lub 6xx) albo nie pokazuje żadnej ostatecznej odpowiedzi. Aplikacja nie może się zarejestrować, dopóki AS jej nie przyjmie.
finding-as-register-failed-fix = Porównaj poświadczenia SIP, adresy i porty, które profil urządzenia przekazuje aplikacji, z linią/portem i urządzeniem użytkownika w AS (krok 3 sekwencji) i sprawdź, czy SBC wysyła REGISTER do AS, na którym znajduje się użytkownik (SBC może zapytać NS, gdzie znajduje się użytkownik).
finding-as-register-failed-guide = Oczekiwana sekwencja rejestracji (krok 5); sam błąd nie jest opisany w przewodniku (RFC 3261)

finding-authservice-url-missing-title = Kontener sieci web jednego z XSP nie ma adresu URL usługi AuthService
finding-authservice-url-missing-cause = Wyjście CLI tego XSP wymienia opcje kontenera sieci web bez adresu URL usługi AuthService (publicznego adresu usługi uwierzytelniania). Przewodnik mówi, że adres URL usługi AuthService musi być podany do kontenera sieci web na wszystkich XSP obsługujących usługę uwierzytelniania; bez niego ten XSP nie może wydać ani zweryfikować długotrwałego tokenu, więc logowanie obsługiwanych przez niego użytkowników się nie udaje.
finding-authservice-url-missing-fix = Na każdym XSP klastra podaj adres URL usługi AuthService do kontenera sieci web i sprawdź, czy jest poprawnie wprowadzony dla klastra w Centrum partnerów.
finding-authservice-url-missing-guide = Błędna konfiguracja usługi uwierzytelniania

finding-authservice-keys-differ-title = XSP w pakiecie nie mają tej samej pary kluczy RSA
finding-authservice-keys-differ-cause = Klucz RSA usługi uwierzytelniania (jego odcisk) różni się między XSP, których wyjście CLI jest w pakiecie. Przewodnik mówi, że klucze RSA wygenerowane na jednym XSP muszą być udostępnione na wszystkich XSP: inaczej token podpisany przez jeden XSP jest odrzucany przez inny, a logowanie działa tylko dla części użytkowników albo tylko czasami.
finding-authservice-keys-differ-fix = Wygeneruj klucze RSA na jednym XSP i skopiuj je na wszystkie XSP klastra, tak aby każdy XSP pokazywał ten sam odcisk klucza.
finding-authservice-keys-differ-guide = Błędna konfiguracja usługi uwierzytelniania

finding-authservice-mtls-misconfigured-title = mTLS usługi uwierzytelniania nie jest skonfigurowany tak, jak wymaga przewodnik
finding-authservice-mtls-misconfigured-cause = Połączenie między Webex a usługą uwierzytelniania XSP jest zabezpieczone przez mTLS. Wyjście CLI pokazuje magazyn zaufania XSP bez łańcucha certyfikatów Webex (brak kotwicy zaufania) albo interfejs używany przez usługę uwierzytelniania nie wymaga certyfikatów klienta.
finding-authservice-mtls-misconfigured-fix = Załaduj łańcuch certyfikatów klienta Webex (z Centrum partnerów, strona Ustawienia BroadWorks) do magazynu zaufania XSP jako kotwicę zaufania i skonfiguruj aplikację usługi uwierzytelniania lub używany przez nią interfejs tak, aby wymagał certyfikatów klienta.
finding-authservice-mtls-misconfigured-guide = mTLS Auth Nieprawidłowo skonfigurowany

finding-impp-settings-mismatch-title = Ustawienia zintegrowanego IM&P w AS nie zgadzają się z szablonem w Centrum partnerów
finding-impp-settings-mismatch-cause = Ustawienia zintegrowanego IM&P w AS (AS_CLI/Interface/Messaging) różnią się od szablonu klienta w Centrum partnerów albo adres URL serwera wiadomości jest adresem IP zamiast adresu URL mostu provisioningu, albo zintegrowany IM&P jest wyłączony. Przewodnik mówi, że te ustawienia muszą się dokładnie zgadzać, inaczej provisioning nie udaje się dla wszystkich użytkowników przedsiębiorstwa.
finding-impp-settings-mismatch-fix = Ustaw konfigurację zintegrowanego IM&P dokładnie tak jak w szablonie klienta w Centrum partnerów: adres URL serwera wiadomości = adres URL provisioningu, nazwa użytkownika serwera wiadomości = nazwa konta provisioningu, hasło serwera wiadomości = hasło konta provisioningu (AS_CLI/Interface/Messaging> get; dla jednego przedsiębiorstwa Usługi > Zintegrowany IM&P).
finding-impp-settings-mismatch-guide = Błędy zintegrowanego IM&P dla określonych przedsiębiorstw/klientów

finding-sso-failed-title = Logowanie jednokrotne nie powiodło się
finding-sso-failed-cause = Część SSO logowania nie powiodła się: portal aktywacji odrzucił hasło BroadWorks, serwer proxy IdP nie wydał asercji SAML (krok 2.3 na diagramie drabinkowym przewodnika) albo CI odrzuciło asercję, gdy aplikacja chciała wymienić ją na token CI (krok 3). Aplikacja nie dostaje tokenu CI i nie może przejść do BroadWorks.
finding-sso-failed-fix = W BroadWorks sprawdź, czy użytkownikowi przypisano typy urządzeń dla aplikacji Webex (Profile urządzeń w przewodniku po rozwiązaniu). Sprawdź, czy użytkownik wpisuje właściwe hasło: przy uwierzytelnianiu BroadWorks w szablonie klienta jest to hasło BroadWorks „Dostęp przez sieć Web”, z rozróżnieniem wielkości liter; użytkownik może musieć wpisać identyfikator użytkownika BroadWorks, jeśli adres e-mail nie jest alternatywnym identyfikatorem. Na XSP prześledź żądanie profilu serwera proxy IdP (2.1, 2.2) w access_log i XsiActionsLog z pokazanym identyfikatorem śledzenia.
finding-sso-failed-guide = Logowanie jednokrotne nie powiodło się; Analiza dzienników XSP przy problemach z logowaniem abonentów
finding-webex-calling-only-title = Aktywne jest tylko Webex Calling: ten użytkownik nie używa Webex dla BroadWorks
finding-webex-calling-only-cause = Aplikacja dzwoni przez Webex Calling (Mobius, WEBEX_CALLING, uprawnienie bc-sp-standard) i nie pokazuje połączeń BroadWorks: brak uprawnienia broadworks-connector, a biblioteka połączeń BroadWorks nigdy nie wystartowała. Przewodnik: jeśli zostanie wyświetlona inna usługa telefoniczna, taka jak Webex Calling, użytkownik nie używa Webex dla BroadWorks.
finding-webex-calling-only-fix = Jeśli użytkownik ma używać Webex dla BroadWorks, usuń uprawnienie Webex Calling (bc-sp-standard) i nadaj mu uprawnienie broadworks-connector (pakiet Webex dla BroadWorks w Centrum partnerów), a potem niech użytkownik wyloguje się i zaloguje ponownie. W przeciwnym razie nie jest to problem Webex dla BroadWorks.
finding-webex-calling-only-guide = Sprawdź, czy klient jest połączony z BroadWorks; Sprawdzanie zachowania połączeń i uprawnienia connector użytkownika

finding-ced-stale-title = Plik ced.dat pochodzi ze starszej sesji niż dzienniki
finding-ced-stale-cause = Dane środowiska połączeń (ced.dat) wyeksportowano przed ostatnim uruchomieniem aplikacji widocznym w dziennikach. Wylogowanie lub ponowne uruchomienie aplikacji czyści pamięć podręczną, z której są eksportowane, więc ten ced.dat nie opisuje sesji pokazanej w dziennikach i nie pasuje do żadnego z nich.
finding-ced-stale-fix = Poproś użytkownika, aby odtworzył problem i w tej samej sesji, bez wylogowania i ponownego uruchomienia, ponownie wyeksportował dane środowiska połączeń (zdjęcie profilowe > Pomoc > Eksportuj dane środowiska połączeń), a potem wysłał nowy ced.dat razem z dziennikami tej sesji.
finding-ced-stale-guide = Uzyskiwanie danych środowiska połączeń
