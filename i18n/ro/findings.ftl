# Catalogul constatărilor: pentru fiecare ID din assets/signatures.json,
# titlul, cauza, soluția și secțiunea din ghidul de depanare.

finding-entitlement-missing-title = Utilizatorului îi lipsește dreptul broadworks-connector
finding-entitlement-missing-cause = Aplicația Webex se înregistrează la BroadWorks doar când contul utilizatorului are dreptul broadworks-connector. Acesta lipsește din drepturile primite de aplicație, așa că nu există pictograma de apelare și nici serviciul telefonic BroadWorks.
finding-entitlement-missing-fix = Verificați utilizatorul în Help Desk: contul trebuie provizionat printr-un șablon de client Webex for BroadWorks cu un pachet de apelare. Reprovizionați utilizatorul (sau corectați pachetul în BroadWorks) astfel încât să primească broadworks-connector, apoi cereți utilizatorului să se deconecteze și să se conecteze din nou.
finding-entitlement-missing-guide = Clientul nu are pictograma de apelare; Verificați comportamentul de apelare și dreptul connector ale unui utilizator

finding-conflicting-calling-entitlement-title = Utilizatorul are și un drept Webex Calling (bc-sp-standard)
finding-conflicting-calling-entitlement-cause = bc-sp-standard aparține Webex Calling, celălalt sistem de apelare. Un utilizator care îl are este configurat atât pentru Webex Calling, cât și pentru Webex for BroadWorks, iar aplicația poate să nu folosească apelarea BroadWorks.
finding-conflicting-calling-entitlement-fix = Eliminați licența sau dreptul Webex Calling al acestui utilizator în Control Hub, astfel încât să rămână doar apelarea Webex for BroadWorks, apoi cereți utilizatorului să se deconecteze și să se conecteze din nou.
finding-conflicting-calling-entitlement-guide = Verificați comportamentul de apelare și dreptul connector ale unui utilizator

finding-calling-behavior-not-webex-title = Comportamentul de apelare nu este „Calling in Webex”
finding-calling-behavior-not-webex-cause = Aplicația se înregistrează la BroadWorks doar când comportamentul de apelare este NATIVE_WEBEX_TEAMS_CALLING („Calling in Webex”). Utilizatorul sau organizația are alt comportament, așa că apelurile sunt predate altei aplicații sau nimănui.
finding-calling-behavior-not-webex-fix = În Control Hub, setați comportamentul de apelare al organizației (sau al acestui utilizator) la Calling in Webex și verificați-l în Help Desk. Aplicația preia schimbarea după o nouă conectare.
finding-calling-behavior-not-webex-guide = Verificați comportamentul de apelare și dreptul connector ale unui utilizator; Verificați comportamentul de apelare al unei organizații

finding-multiple-calling-services-title = Webex Calling și apelarea BroadWorks au fost ambele active
finding-multiple-calling-services-cause = Aplicația a comutat între sisteme de apelare (Webex Calling, afișat ca Mobius sau WEBEX_CALLING, și BroadWorks). Acest lucru se întâmplă când aceeași aplicație a fost folosită pentru a încerca servicii de apelare diferite și lasă în urmă o stare învechită.
finding-multiple-calling-services-fix = Resetați baza de date a aplicației: Ajutor > Health Checker > Resetare bază de date (sau deconectați-vă și ștergeți datele locale), apoi conectați-vă din nou.
finding-multiple-calling-services-guide = Mai multe servicii de apelare testate cu aceiași clienți; Resetați baza de date Webex

finding-activation-portal-error-title = Portalul de activare a returnat un cod de eroare pentru utilizatorul final
finding-activation-portal-error-cause = Conectarea s-a oprit la portalul de activare a utilizatorilor cu unul dintre codurile de eroare din ghid.
finding-activation-portal-error-fix = Urmați acțiunea indicată împreună cu codul.
finding-activation-portal-error-guide = Coduri de eroare pentru utilizatorul final

finding-directory-sync-error-title = Apare un cod de eroare de sincronizare a directorului
finding-directory-sync-error-cause = Sincronizarea BroadWorks External Directory sau Phone List a raportat unul dintre codurile de eroare din ghid; contactele sau utilizatorii pot lipsi sau pot fi învechiți.
finding-directory-sync-error-fix = Căutați semnificația codului (afișată cu această constatare). Verificați setările de sincronizare ale configurației clientului în Partner Hub și disponibilitatea clusterului BroadWorks; escaladați cu codul dacă persistă.
finding-directory-sync-error-guide = Coduri de eroare pentru sincronizarea directorului

finding-token-fetch-failed-title = Tokenul BroadWorks nu a putut fi obținut
finding-token-fetch-failed-cause = Aplicația a cerut proxy-ului IdP BroadWorks (sau serviciului authService al XSP) JWT-ul sau tokenul de lungă durată și a primit o eroare. Fără el, aplicația nu își poate prelua lista de dispozitive și nu se poate înregistra.
finding-token-fetch-failed-fix = Verificați serviciul de autentificare de pe XSP-uri conform ghidului soluției: cheile RSA generate pe un XSP sunt copiate pe toate XSP-urile; URL-ul AuthService din șablonul Partner Hub indică XSP-urile; certificatul de client mTLS de la Webex este de încredere; iar setările de autentificare cu certificat sunt allowUserApp = false și allowClientApp = true. Comunicați ID-ul de urmărire către Cisco dacă tot eșuează.
finding-token-fetch-failed-guide = Configurare greșită a serviciului de autentificare

finding-xsi-request-failed-title = O cerere Xsi-Actions a fost refuzată
finding-xsi-request-failed-cause = Cererea aplicației către Xsi-Actions pe XSP (profil sau listă de dispozitive) a primit un răspuns de eroare, așa că aplicația nu își poate afla dispozitivele.
finding-xsi-request-failed-fix = Verificați aplicația Xsi-Actions pe XSP-ul numit aici: că este implementată și accesibilă, că utilizatorul există în BroadWorks, precum și access_log și XsiActionsLog ale XSP pentru același ID de urmărire.
finding-xsi-request-failed-guide = Analizați jurnalele XSP pentru a depana conectarea abonaților

finding-device-profile-missing-title = Utilizatorul nu are un profil de dispozitiv pentru această platformă
finding-device-profile-missing-cause = BroadWorks a returnat dispozitivele utilizatorului, dar niciunul nu are tipul de dispozitiv de care aplicația are nevoie pe această platformă (Business Communicator - PC pe desktop). Aplicația nu poate descărca o configurație și nu se poate înregistra.
finding-device-profile-missing-fix = În BroadWorks, adăugați utilizatorului un profil de identitate/dispozitiv de tipul Business Communicator - PC (sau tipul pentru platforma utilizatorului), ca în secțiunea despre profiluri de dispozitiv din ghidul soluției, apoi cereți utilizatorului să se conecteze din nou.
finding-device-profile-missing-guide = Dispozitiv desktop neprovizionat pentru utilizator; Profiluri de dispozitiv

finding-config-download-failed-title = Configurația dispozitivului nu a putut fi descărcată din DMS
finding-config-download-failed-cause = Aplicația a cerut serverului de gestionare a dispozitivelor fișierul de configurare și a primit un răspuns de eroare.
finding-config-download-failed-fix = Verificați DMS pe XSP-ul numit aici: că fișierul de configurare al tipului de dispozitiv există și este implementat pentru dispozitivul utilizatorului, că URL-ul DMS din profilul dispozitivului este corect, precum și dmsDebugLog al XSP pentru cerere.
finding-config-download-failed-guide = Secvența de înregistrare așteptată (pașii 1 și 2)

finding-config-parse-failed-title = Configurația descărcată nu a putut fi citită (errorCode 1507)
finding-config-parse-failed-cause = Fișierul de configurare livrat de DMS pentru tipul de dispozitiv nu a putut fi interpretat, așa că autentificarea la apelarea BroadWorks a eșuat cu eroarea 1507. O cauză cunoscută este codificarea tipului de dispozitiv: defaultDeviceEncoding setat la ISO-8859-1 în timp ce fișierul este UTF-8.
finding-config-parse-failed-fix = Pe AS, verificați tipul de dispozitiv cu AS_CLI/System/DeviceType/SIP> detail "Business Communicator - PC" și setați defaultDeviceEncoding la UTF-8 (documentul Cisco TAC 221699). Verificați și șablonul de configurare pentru XML defect.
finding-config-parse-failed-guide = Probleme de configurare a apelurilor și de înregistrare; Documentul Cisco TAC 221699

finding-unresolved-config-tag-title = O etichetă BroadWorks nu este definită pentru acest utilizator
finding-unresolved-config-tag-cause = Configurația descărcată conține încă un substituent %…_WXT%: eticheta personalizată BroadWorks nu este definită pentru tipul de dispozitiv sau pentru utilizator, așa că aplicația primește substituentul în loc de o valoare. %SBC_ADDRESS_WXT% strică înregistrarea; %WEB_CALL_SETTINGS_URL_WXT% ascunde linkul de autoservire pentru setările de apel.
finding-unresolved-config-tag-fix = Definiți eticheta numită aici în BroadWorks (la nivel de tip de dispozitiv sau de grup/întreprindere), așa cum o listează ghidul de configurare Webex for Cisco BroadWorks, apoi cereți utilizatorului să se conecteze din nou.
finding-unresolved-config-tag-guide = Configurare greșită a etichetelor BroadWorks; Butonul sau linkul de autoservire nu apare în aplicația Webex

finding-sip-auth-failed-title = SBC-ul respinge în continuare acreditările SIP
finding-sip-auth-failed-cause = REGISTER a fost provocat din nou după ce aplicația și-a trimis acreditările: numele de utilizator sau parola SIP din profilul dispozitivului nu corespund setărilor de autentificare ale utilizatorului în BroadWorks.
finding-sip-auth-failed-fix = În BroadWorks, verificați serviciul Authentication al utilizatorului (nume de utilizator și parolă) și acreditările profilului de dispozitiv descărcat de aplicație; resetați-le astfel încât să corespundă, apoi cereți utilizatorului să se conecteze din nou.
finding-sip-auth-failed-guide = Probleme de configurare a apelurilor și de înregistrare

finding-sip-register-rejected-title = SBC-ul a respins înregistrarea
finding-sip-register-rejected-cause = REGISTER a primit un răspuns final de eroare de la SBC sau de la Application Server (de exemplu 403 sau 404): linia/portul sau utilizatorul nu sunt cunoscute acolo unde a ajuns cererea.
finding-sip-register-rejected-fix = Verificați linia/portul (utilizatorul SIP) din profilul dispozitivului față de BroadWorks, că utilizatorul se află pe AS-ul către care rutează SBC-ul, precum și jurnalele SBC și AS pentru acest Call-ID.
finding-sip-register-rejected-guide = Secvența de înregistrare așteptată (pașii 4 și 5)

finding-sip-register-timeout-title = SBC-ul nu a răspuns la înregistrare
finding-sip-register-timeout-cause = REGISTER nu a primit niciun răspuns (tranzacția SIP a expirat) sau conexiunea la SBC a eșuat. Adresa sau portul SBC din configurație sunt greșite ori un firewall blochează drumul.
finding-sip-register-timeout-fix = Verificați adresa și portul SBC numite aici față de %SBC_ADDRESS_WXT% și %SBC_PORT_WXT% în BroadWorks, că SBC-ul ascultă acolo (TLS) și că rețeaua utilizatorului permite traficul.
finding-sip-register-timeout-guide = Secvența de înregistrare așteptată (pasul 4); Configurare greșită a etichetelor BroadWorks

finding-sip-register-failover-title = Primul SBC nu a răspuns; aplicația s-a înregistrat prin altul
finding-sip-register-failover-cause = Aplicația a trimis REGISTER către o adresă SBC și nu a primit răspuns sau nu s-a putut conecta, apoi s-a înregistrat prin următoarea adresă primită. Apelurile funcționează, dar fiecare conectare și reîmprospătare așteaptă mai întâi SBC-ul tăcut și nu mai există un SBC de rezervă până când acesta răspunde din nou.
finding-sip-register-failover-fix = Verificați SBC-ul care nu a răspuns (adresa lui este în dovezi): că rulează, că firewall-ul lui lasă traficul SIP al aplicației pe portul din configurație și că %SBC_ADDRESS_WXT% listează doar SBC-uri care deservesc acest utilizator.
finding-sip-register-failover-guide = Secvența de înregistrare așteptată (pasul 4); Configurare greșită a etichetelor BroadWorks

finding-registration-displaced-title = Înregistrarea a fost preluată de alt client
finding-registration-displaced-cause = După o înregistrare reușită, registrarul a eliminat contactul aplicației. Acest lucru este intenționat când același utilizator se conectează cu o altă aplicație Webex de pe aceeași platformă: doar un client desktop poate deține înregistrarea.
finding-registration-displaced-fix = Cereți utilizatorului să se deconecteze din cealaltă aplicație Webex de același tip (alt computer) sau acceptați că ultima conectare câștigă.
finding-registration-displaced-guide = Clientul desktop deconectează serviciile de telefonie după conectarea SSO reușită

finding-registration-stopped-title = Înregistrarea s-a oprit și nicio problemă cunoscută nu o explică
finding-registration-stopped-cause = Aplicația a ajuns până la pasul numit aici și nu a mers mai departe. Niciuna dintre problemele descrise în ghidul de depanare nu apare în jurnale; primele erori înregistrate de biblioteca de apelare sau de telefonie după acel pas sunt dovezile.
finding-registration-stopped-fix = Citiți mai întâi liniile de eroare din dovezi. Apoi urmați secvența de înregistrare din ghid de la pasul atins: configurația descărcată de aplicație, calea de rețea către SBC, tipurile de dispozitive și setările de apelare ale utilizatorului. Escaladați cu jurnalele, ID-urile de urmărire și ora ultimului pas.
finding-registration-stopped-guide = Secvența de înregistrare așteptată

finding-provisioning-forbidden-title = Puntea de provizionare a refuzat cererea (403 Forbidden)
finding-provisioning-forbidden-cause = Cererea de provizionare flow-through a Application Server a fost interzisă. Așa cum a fost trimisă nu poate reuși: o cauză tipică este o cerere adresată unei adrese IP în loc de URL-ul punții de provizionare, ceea ce se întâmplă când pe AS lipsește un patch necesar.
finding-provisioning-forbidden-fix = Verificați ținta cererii în PSLog: trebuie să fie URL-ul punții de provizionare afișat în șablonul dvs. din Partner Hub, nu o adresă IP. Dacă este o adresă IP, instalați patch-ul AS ap373197 și finalizați configurarea aferentă a provizionării flow-through.
finding-provisioning-forbidden-guide = Eșecuri de provizionare a utilizatorilor în răspunsul Provisioning Bridge: 403 Forbidden

finding-provisioning-unauthorized-title = Acreditările de provizionare au fost respinse (401 Unauthorized)
finding-provisioning-unauthorized-cause = Numele contului sau parola de provizionare configurate pe Application Server (IM&P integrat) diferă de cele din șablonul de client din Partner Hub.
finding-provisioning-unauthorized-fix = Faceți ca numele de utilizator și parola serverului de mesagerie din setările IM&P integrat ale întreprinderii (AS_CLI/Interface/Messenger> get sau Servicii > IM&P integrat ale întreprinderii) să corespundă exact numelui contului și parolei de provizionare din șablonul Partner Hub.
finding-provisioning-unauthorized-guide = Analizați PSLog pentru problemele de provizionare a utilizatorilor; Erori IM&P integrat pentru anumite întreprinderi

finding-provisioning-conflict-title = Există deja un utilizator Webex cu acest e-mail (409 Conflict)
finding-provisioning-conflict-cause = Cererea de provizionare nu poate continua deoarece există deja un cont Webex cu adresa de e-mail a abonatului, adesea un cont gratuit creat de utilizator.
finding-provisioning-conflict-fix = Căutați e-mailul din POST în Help Desk. Cereți utilizatorului să șteargă contul gratuit sau provizionați abonatul cu altă adresă de e-mail.
finding-provisioning-conflict-guide = 409 Conflict; Utilizatorul este deja în CI

finding-provisioning-missing-phone-number-title = Abonatul nu are un număr de telefon principal
finding-provisioning-missing-phone-number-cause = Cererea de provizionare nu conține primaryPhoneNumber. Fiecare abonat Webex for BroadWorks are nevoie de un număr principal (DID); fără el provizionarea eșuează.
finding-provisioning-missing-phone-number-fix = Atribuiți abonatului un număr de telefon principal în BroadWorks, apoi provizionați din nou.
finding-provisioning-missing-phone-number-guide = Analizați PSLog pentru problemele de provizionare a utilizatorilor (pasul 2); Erori IM&P integrat pentru anumiți utilizatori

finding-provisioning-invalid-email-title = Adresa de e-mail a abonatului nu este validă
finding-provisioning-invalid-email-cause = E-mailul din cererea de provizionare nu este o adresă validă. El devine ID-ul Webex al utilizatorului, deci trebuie să fie valid și unic.
finding-provisioning-invalid-email-fix = Corectați adresa de e-mail a abonatului în BroadWorks, apoi provizionați din nou.
finding-provisioning-invalid-email-guide = Analizați PSLog pentru problemele de provizionare a utilizatorilor (pasul 2)

finding-provisioning-bad-request-title = Puntea de provizionare nu a putut procesa cererea (400 Bad Request)
finding-provisioning-bad-request-cause = Puntea a respins ceva din subscriberProfile sau acesta nu se potrivește cu o setare a șablonului de client. Mesajul returnat spune ce anume.
finding-provisioning-bad-request-fix = Citiți mesajul citat. „Cannot trust BroadWorks email…” înseamnă că e-mailul este nevalid sau greșit scris, în timp ce șablonul spune că e-mailurile sunt de încredere: verificați e-mailul abonatului în BroadWorks. „Customer Org not found… create new org flag is not enabled” înseamnă că acest utilizator ar crea o nouă organizație client, dar șablonul interzice acest lucru: permiteți organizații noi în șablonul Partner Hub sau corectați e-mailul (domeniul său) dacă nu se dorea o organizație nouă.
finding-provisioning-bad-request-guide = Eșecuri de provizionare a utilizatorilor în răspunsul Provisioning Bridge: 400 Bad Request

finding-impp-provisioning-error-title = Application Server a raportat o eroare IM&P integrat
finding-impp-provisioning-error-cause = AS a înregistrat [Error 18215] (eroare de provizionare cu serverul de mesagerie) sau [Error 18211] (eroare de comunicare cu acesta). Cauze cunoscute: e-mailul există deja în Webex, utilizatorul s-a înscris singur mai devreme sau utilizatorul nu are un număr de telefon principal.
finding-impp-provisioning-error-fix = Priviți răspunsul de provizionare de lângă această eroare. Căutați e-mailul utilizatorului în Help Desk; verificați că abonatul are un număr principal; dacă eșuează pentru toți utilizatorii întreprinderii, comparați setările IM&P integrat ale întreprinderii cu șablonul Partner Hub.
finding-impp-provisioning-error-guide = Erori IM&P integrat pentru anumiți utilizatori

finding-xsp-token-failed-title = Serviciul de autentificare al XSP nu a emis sau nu a validat tokenul
finding-xsp-token-failed-cause = authService a răspuns cu un StatusCode diferit de 200 la emiterea tokenului de lungă durată (pasul 5.4) sau la validarea lui pentru Xsi-Actions (pasul 6).
finding-xsp-token-failed-fix = Verificați serviciul de autentificare pe fiecare XSP: cheile RSA generate pe un XSP sunt copiate pe toate XSP-urile; URL-ul AuthService din șablonul Partner Hub indică spre ele; certificatul de client mTLS de la Webex este de încredere; iar CertificateAuthentication are allowUserApp = false și allowClientApp = true.
finding-xsp-token-failed-guide = Analizați jurnalele XSP pentru a depana conectarea abonaților; Configurare greșită a serviciului de autentificare

finding-xsp-profile-request-failed-title = XSP a refuzat cererea de profil sau de dispozitiv
finding-xsp-profile-request-failed-cause = GET-ul de profil Xsi-Actions de la proxy-ul IdP (pasul 2.1) sau GET-ul de dispozitiv de la aplicație (pasul 6) a primit un răspuns de eroare.
finding-xsp-profile-request-failed-fix = Verificați aplicația Xsi-Actions și utilizatorul în BroadWorks: că utilizatorul există și acreditările sunt corecte pentru GET-ul de profil, că tokenul a fost validat pentru GET-ul de dispozitiv, precum și răspunsurile OCI-P din XsiActionsLog pentru același ID de urmărire.
finding-xsp-profile-request-failed-guide = Analizați jurnalele XSP pentru a depana conectarea abonaților

finding-xsp-cert-auth-misconfigured-title = Autentificarea cu certificat pe XSP este setată invers
finding-xsp-cert-auth-misconfigured-cause = Setările CertificateAuthentication ale XSP trebuie să fie allowUserApp = false și allowClientApp = true pentru ca Webex să se autentifice cu certificatul său de client; ieșirea CLI arată altceva.
finding-xsp-cert-auth-misconfigured-fix = Pe fiecare XSP: XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> set allowUserApp false și set allowClientApp true.
finding-xsp-cert-auth-misconfigured-guide = Configurare greșită a serviciului de autentificare

finding-xsp-chain-depth-too-low-title = XSP nu acceptă lanțul de certificate Webex (chainDepth sub 2)
finding-xsp-chain-depth-too-low-cause = HttpClientAuthentication chainDepth limitează lungimea unui lanț de certificate de client. Lanțul certificatului de client Webex are nevoie de cel puțin 2; o valoare mai mică strică conexiunea mTLS de la Webex.
finding-xsp-chain-depth-too-low-fix = Pe fiecare XSP: XSP_CLI/Interface/Http/HttpClientAuthentication> set chainDepth 2 (sau mai mult).
finding-xsp-chain-depth-too-low-guide = Configurare greșită a serviciului de autentificare

finding-provisioning-accepted-title = Puntea de provizionare a acceptat cererea (200 OK)
finding-provisioning-accepted-cause = 200 OK înseamnă că puntea a primit cererea și a transmis-o mai departe; provizionarea este asincronă, deci nu înseamnă încă că utilizatorul există.
finding-provisioning-accepted-fix = Utilizatorul (și, pentru primul utilizator, organizația client) ar trebui să apară în Help Desk în câteva minute. Dacă nu apare, escaladați către Cisco cu e-mailul din cerere: un 200 OK care nu produce niciodată utilizatorul este o eroare după punte.
finding-provisioning-accepted-guide = Eșecuri de provizionare a utilizatorilor în răspunsul Provisioning Bridge: 200 OK

finding-bundle-mixed-title = Pachetul amestecă jurnale ale unor utilizatori diferiți sau din zile diferite
finding-bundle-mixed-cause = Jurnalele deschise împreună sunt citite ca o singură poveste: cronologia, diagrama în scară și datele de escaladare le unesc. Jurnalele altui utilizator sau dintr-o zi îndepărtată de problemă denaturează această poveste.
finding-bundle-mixed-fix = Deschideți împreună doar jurnalele unui singur utilizator și ale unei singure apariții a problemei. Verificați utilizatorii și intervalele numite aici și lăsați deoparte fișierele care nu aparțin.
finding-bundle-mixed-guide = Preluați jurnalele utilizatorilor de la Partner Hub
