# Catalogul constatărilor: pentru fiecare ID din assets/signatures.json,
# titlul, cauza, soluția și secțiunea din ghidul de depanare.
# Liniile -guide numesc secțiunile așa cum le tipărește ediția în limba română a ghidului;
# textele marcate „Nu este în ghid:” sunt sfaturile acestui instrument, nu ale ghidului.

finding-entitlement-missing-title = Utilizatorului îi lipsește dreptul broadworks-connector
finding-entitlement-missing-cause = Aplicația Webex se înregistrează la BroadWorks doar când contul utilizatorului are dreptul broadworks-connector. Acesta lipsește din drepturile primite de aplicație, așa că nu există pictograma de apelare și nici serviciul telefonic BroadWorks.
finding-entitlement-missing-fix = Verificați utilizatorul în Help Desk: drepturile trebuie să includă broadworks-connector. De obicei utilizatorului îi lipsesc licența sau drepturile corecte ori nu este încă activat pentru apelare în Control Hub. Verificați pachetul Webex pentru BroadWorks al utilizatorului în Partner Hub (Clienți, Afișați client, Utilizatori, pachete Webex pentru BroadWorks), apoi cereți-i să se deconecteze și să se conecteze din nou.
finding-entitlement-missing-guide = Clientul nu are pictogramă de apelare; Verificați comportamentul de apelare al unui utilizator și dreptul de conectare

finding-conflicting-calling-entitlement-title = Utilizatorul are și un drept Webex Calling (bc-sp-standard)
finding-conflicting-calling-entitlement-cause = bc-sp-standard aparține Webex Calling, celălalt sistem de apelare. Un utilizator care îl are este configurat atât pentru Webex Calling, cât și pentru Webex for BroadWorks, iar aplicația poate să nu folosească apelarea BroadWorks.
finding-conflicting-calling-entitlement-fix = Eliminați licența sau dreptul Webex Calling al acestui utilizator în Control Hub, astfel încât să rămână doar apelarea Webex for BroadWorks, apoi cereți utilizatorului să se deconecteze și să se conecteze din nou.
finding-conflicting-calling-entitlement-guide = Verificați comportamentul de apelare al unui utilizator și dreptul de conectare

finding-calling-behavior-not-webex-title = Comportamentul de apelare nu este „Calling in Webex”
finding-calling-behavior-not-webex-cause = Aplicația se înregistrează la BroadWorks doar când comportamentul de apelare este NATIVE_WEBEX_TEAMS_CALLING („Calling in Webex”). Utilizatorul sau organizația are alt comportament, așa că apelurile sunt predate altei aplicații sau nimănui.
finding-calling-behavior-not-webex-fix = Verificați în Help Desk comportamentul de apelare al utilizatorului și al organizației: trebuie să fie Calling in Webex. Schimbați-l în Control Hub. În modul restricționat de partener, activat implicit, administratorii clientului nu pot edita comportamentul de apelare, așa că trebuie să îl schimbe un administrator partener. Aplicația preia schimbarea după o nouă conectare.
finding-calling-behavior-not-webex-guide = Verificați comportamentul de apelare al unui utilizator și dreptul de conectare; Verificați comportamentul de apelare al organizației; Modul restricționat de partener (ghidul de gestionare)

finding-multiple-calling-services-title = Webex Calling și apelarea BroadWorks au fost ambele active
finding-multiple-calling-services-cause = Aplicația a comutat între sisteme de apelare (Webex Calling, afișat ca Mobius sau WEBEX_CALLING, și BroadWorks). Acest lucru se întâmplă când aceeași aplicație a fost folosită pentru a încerca servicii de apelare diferite și lasă în urmă o stare învechită.
finding-multiple-calling-services-fix = Resetați baza de date a aplicației: Ajutor > Verificator de sănătate (Health Checker) > Resetați baza de date. Aceasta resetează complet clientul și readuce ecranul de conectare.
finding-multiple-calling-services-guide = Servicii de apelare multiple sunt testate cu aceiași clienți; Resetați baza de date Webex

finding-activation-portal-error-title = Portalul de activare a returnat un cod de eroare pentru utilizatorul final
finding-activation-portal-error-cause = Conectarea s-a oprit la portalul de activare a utilizatorilor cu unul dintre codurile de eroare din ghid.
finding-activation-portal-error-fix = Urmați acțiunea indicată împreună cu codul.
finding-activation-portal-error-guide = Codurile de eroare ale utilizatorului final

finding-directory-sync-error-title = Apare un cod de eroare de sincronizare a directorului
finding-directory-sync-error-cause = Sincronizarea BroadWorks External Directory sau Phone List a raportat unul dintre codurile de eroare din ghid; contactele sau utilizatorii pot lipsi sau pot fi învechiți.
finding-directory-sync-error-fix = Ghidul dă semnificația codului (afișată cu această constatare), dar nicio acțiune. Nu este în ghid: verificați setările de sincronizare ale configurației clientului în Partner Hub și că clusterul BroadWorks este accesibil; escaladați cu codul dacă persistă.
finding-directory-sync-error-guide = Coduri de eroare pentru sincronizarea directorului

finding-token-fetch-failed-title = Tokenul BroadWorks nu a putut fi obținut
finding-token-fetch-failed-cause = Aplicația a cerut proxy-ului IdP BroadWorks (sau serviciului authService al XSP) JWT-ul sau tokenul de lungă durată și a primit o eroare. Fără el, aplicația nu își poate prelua lista de dispozitive și nu se poate înregistra.
finding-token-fetch-failed-fix = Verificați serviciul de autentificare de pe XSP-uri: cheile RSA generate pe un XSP sunt copiate pe toate XSP-urile; URL-ul AuthService este furnizat containerului web de pe toate XSP-urile și introdus în cluster în Partner Hub; CertificateAuthentication are allowUserApp = false și allowClientApp = true; cu mTLS, certificatul de client Webex este încărcat pe XSP-uri. Dacă tot eșuează, comunicați ID-ul de urmărire către Cisco.
finding-token-fetch-failed-guide = Configurare greșită a serviciului de autentificare

finding-xsi-request-failed-title = O cerere Xsi-Actions a fost refuzată
finding-xsi-request-failed-cause = Cererea aplicației către Xsi-Actions pe XSP (profil sau listă de dispozitive) a primit un răspuns de eroare, așa că aplicația nu își poate afla dispozitivele.
finding-xsi-request-failed-fix = Verificați aplicația Xsi-Actions pe XSP-ul numit aici: că este implementată și accesibilă, că utilizatorul există în BroadWorks, precum și access_log și XsiActionsLog ale XSP pentru același ID de urmărire.
finding-xsi-request-failed-guide = Analizați jurnalele XSP pentru a remedia problemele de conectare a abonaților

finding-device-profile-missing-title = Utilizatorul nu are un profil de dispozitiv pentru această platformă
finding-device-profile-missing-cause = BroadWorks a returnat dispozitivele utilizatorului, dar niciunul nu are tipul de dispozitiv de care aplicația are nevoie pe această platformă (Business Communicator - PC pe desktop). Aplicația nu poate descărca o configurație și nu se poate înregistra.
finding-device-profile-missing-fix = În BroadWorks, atribuiți utilizatorului tipurile de dispozitiv pentru aplicația Webex: un profil de identitate/dispozitiv de tipul Business Communicator - PC (sau tipul pentru platforma utilizatorului), așa cum descrie Ghidul de soluții (Pregătiți-vă mediul, Profilurile dispozitivului). Apoi cereți utilizatorului să se conecteze din nou.
finding-device-profile-missing-guide = Dispozitivul desktop nu este asigurat pentru utilizator; Conectarea unică a eșuat

finding-config-download-failed-title = Configurația dispozitivului nu a putut fi descărcată din DMS
finding-config-download-failed-cause = Aplicația a cerut serverului de gestionare a dispozitivelor fișierul de configurare și a primit un răspuns de eroare.
finding-config-download-failed-fix = Verificați DMS pe XSP-ul numit aici: că fișierul de configurare al tipului de dispozitiv există și este implementat pentru dispozitivul utilizatorului, că URL-ul DMS din profilul dispozitivului este corect, precum și dmsDebugLog al XSP pentru cerere.
finding-config-download-failed-guide = Secvența de înregistrare așteptată (pașii 1 și 2)

finding-config-parse-failed-title = Configurația descărcată nu a putut fi citită (errorCode 1507)
finding-config-parse-failed-cause = Fișierul de configurare livrat de DMS pentru tipul de dispozitiv nu a putut fi interpretat, așa că autentificarea la apelarea BroadWorks a eșuat cu eroarea 1507. O cauză cunoscută este codificarea tipului de dispozitiv: defaultDeviceEncoding setat la ISO-8859-1 în timp ce fișierul este UTF-8.
finding-config-parse-failed-fix = Pe AS, verificați tipul de dispozitiv cu AS_CLI/System/DeviceType/SIP> detail "Business Communicator - PC" și setați defaultDeviceEncoding la UTF-8 (documentul Cisco TAC 221699). Verificați și șablonul de configurare pentru XML defect.
finding-config-parse-failed-guide = Probleme de configurare și înregistrare a apelurilor; Documentul Cisco TAC 221699

finding-unresolved-config-tag-title = O etichetă BroadWorks nu este definită pentru acest utilizator
finding-unresolved-config-tag-cause = Configurația descărcată conține încă un substituent %…_WXT%: eticheta personalizată BroadWorks nu este definită pentru tipul de dispozitiv sau pentru utilizator, așa că aplicația primește substituentul în loc de o valoare. %SBC_ADDRESS_WXT% strică înregistrarea; %WEB_CALL_SETTINGS_URL_WXT% ascunde linkul de îngrijire personală pentru setările de apel.
finding-unresolved-config-tag-fix = Definiți eticheta numită aici în BroadWorks (la nivel de tip de dispozitiv sau de grup/întreprindere), așa cum o listează ghidul de configurare Webex for Cisco BroadWorks, apoi cereți utilizatorului să se conecteze din nou.
finding-unresolved-config-tag-guide = Configurare greșită a etichetelor BroadWorks; Setări apeluri Probleme de vizualizare web: Butonul/linkul de îngrijire personală nu se afișează în aplicația Webex

finding-sip-auth-failed-title = SBC-ul respinge în continuare acreditările SIP
finding-sip-auth-failed-cause = REGISTER a fost provocat din nou după ce aplicația și-a trimis acreditările: numele de utilizator sau parola SIP din profilul dispozitivului nu corespund setărilor de autentificare ale utilizatorului în BroadWorks.
finding-sip-auth-failed-fix = În BroadWorks, verificați serviciul Authentication al utilizatorului (nume de utilizator și parolă) și acreditările profilului de dispozitiv descărcat de aplicație; resetați-le astfel încât să corespundă, apoi cereți utilizatorului să se conecteze din nou.
finding-sip-auth-failed-guide = Probleme de configurare și înregistrare a apelurilor; eroarea în sine nu apare în ghid (RFC 3261)

finding-sip-register-rejected-title = SBC-ul a respins înregistrarea
finding-sip-register-rejected-cause = REGISTER a primit un răspuns final de eroare de la SBC sau de la Application Server (de exemplu 403 sau 404): linia/portul sau utilizatorul nu sunt cunoscute acolo unde a ajuns cererea.
finding-sip-register-rejected-fix = Verificați linia/portul (utilizatorul SIP) din profilul dispozitivului față de BroadWorks, că utilizatorul se află pe AS-ul către care rutează SBC-ul, precum și jurnalele SBC și AS pentru acest Call-ID.
finding-sip-register-rejected-guide = Secvența de înregistrare așteptată (pașii 4 și 5); eroarea în sine nu apare în ghid (RFC 3261)

finding-sip-register-timeout-title = SBC-ul nu a răspuns la înregistrare
finding-sip-register-timeout-cause = REGISTER nu a primit niciun răspuns (tranzacția SIP a expirat) sau conexiunea la SBC a eșuat. Adresa sau portul SBC din configurație sunt greșite ori un firewall blochează drumul.
finding-sip-register-timeout-fix = Verificați adresa și portul SBC numite aici față de %SBC_ADDRESS_WXT% și %SBC_PORT_WXT% în BroadWorks, că SBC-ul ascultă acolo (TLS) și că rețeaua utilizatorului permite traficul.
finding-sip-register-timeout-guide = Secvența de înregistrare așteptată (pasul 4); Configurare greșită a etichetelor BroadWorks; eroarea în sine nu apare în ghid (RFC 3261)

finding-sip-register-failover-title = Primul SBC nu a răspuns; aplicația s-a înregistrat prin altul
finding-sip-register-failover-cause = Aplicația a trimis REGISTER către o adresă SBC și nu a primit răspuns sau nu s-a putut conecta, apoi s-a înregistrat prin următoarea adresă primită. Apelurile funcționează, dar fiecare conectare și reîmprospătare așteaptă mai întâi SBC-ul tăcut și nu mai există un SBC de rezervă până când acesta răspunde din nou.
finding-sip-register-failover-fix = Verificați SBC-ul care nu a răspuns (adresa lui este în dovezi): că rulează, că firewall-ul lui lasă traficul SIP al aplicației pe portul din configurație și că %SBC_ADDRESS_WXT% listează doar SBC-uri care deservesc acest utilizator.
finding-sip-register-failover-guide = Secvența de înregistrare așteptată (pasul 4); Configurare greșită a etichetelor BroadWorks; trecerea la alt SBC nu apare în ghid (RFC 3263)

finding-registration-displaced-title = Înregistrarea a fost preluată de alt client
finding-registration-displaced-cause = După o înregistrare reușită, registrarul a eliminat contactul aplicației. Cauza din ghid: același utilizator s-a conectat la mai mulți clienți pe același tip de platformă (de exemplu, două computere Windows) și doar unul dintre ei păstrează o sesiune SSO activă. Acest lucru este intenționat.
finding-registration-displaced-fix = Întrebați dacă utilizatorul este conectat și pe un alt computer cu același tip de platformă. Dacă ambele sunt cu adevărat necesare, soluția ocolitoare din ghid este configurarea BroadWorks cu mai multe instanțe ale aceluiași tip de dispozitiv, fiecare cu o adresă SIP unică; aceasta nu intră în domeniul Webex for BroadWorks. Nu este în ghid: altfel, deconectați-vă pe computerul nefolosit pentru apeluri.
finding-registration-displaced-guide = Clientul desktop deconectează serviciile telefonice după o conexiune SSO reușită

finding-registration-stopped-title = Înregistrarea s-a oprit și nicio problemă cunoscută nu o explică
finding-registration-stopped-cause = Aplicația a ajuns până la pasul numit aici și nu a mers mai departe. Niciuna dintre problemele descrise în ghidul de depanare nu apare în jurnale; primele erori înregistrate de biblioteca de apelare sau de telefonie după acel pas sunt dovezile.
finding-registration-stopped-fix = Citiți mai întâi liniile de eroare din dovezi. Apoi urmați secvența de înregistrare din ghid de la pasul atins: configurația descărcată de aplicație, calea de rețea către SBC, tipurile de dispozitive și setările de apelare ale utilizatorului. Escaladați cu jurnalele, ID-urile de urmărire și ora ultimului pas.
finding-registration-stopped-guide = Secvența de înregistrare așteptată

finding-provisioning-forbidden-title = Puntea de furnizare a refuzat cererea (403 Forbidden)
finding-provisioning-forbidden-cause = Cererea de furnizare prin flux a Application Server a fost interzisă; așa cum a fost trimisă, nu are nicio șansă de succes. De exemplu, o cerere adresată unei adrese IP în loc de URL-ul punții de furnizare ar putea indica faptul că pe AS lipsește un patch necesar (ap373197).
finding-provisioning-forbidden-fix = Verificați ținta cererii în PSLog: trebuie să fie URL-ul punții de furnizare afișat în șablonul dvs. din Partner Hub, nu o adresă IP (consultați subiectele de configurare a firewall-ului din Ghidul de soluții). Verificați că toate patch-urile necesare, inclusiv ap373197, sunt aplicate pe AS și că ați finalizat configurația pentru furnizarea prin flux.
finding-provisioning-forbidden-guide = Eșecuri de furnizare a utilizatorului ca răspuns de la Provisioning Bridge: 403 Interzis

finding-provisioning-unauthorized-title = Acreditările de furnizare au fost respinse (401 Unauthorized)
finding-provisioning-unauthorized-cause = Numele contului sau parola de furnizare configurate pe Application Server (IM&P integrat) diferă de cele din șablonul de client din Partner Hub.
finding-provisioning-unauthorized-fix = Faceți ca numele de utilizator și parola serverului de mesagerie din setările IM&P integrat ale întreprinderii (AS_CLI/Interface/Messaging> get sau Servicii > IM&P integrat ale întreprinderii) să corespundă exact numelui contului și parolei de furnizare din șablonul Partner Hub.
finding-provisioning-unauthorized-guide = Analizați PSLog pentru probleme de furnizare a utilizatorilor; Erori IM&P integrate pentru anumite întreprinderi/clienți

finding-provisioning-conflict-title = Există deja un utilizator Webex cu acest e-mail (409 Conflict)
finding-provisioning-conflict-cause = Cererea de furnizare nu poate continua deoarece există deja un cont Webex cu adresa de e-mail a abonatului, adesea un cont gratuit creat de utilizator.
finding-provisioning-conflict-fix = Căutați e-mailul din POST în Help Desk. Cereți utilizatorului să șteargă contul gratuit sau furnizați abonatul cu altă adresă de e-mail.
finding-provisioning-conflict-guide = Eșecuri de furnizare a utilizatorului ca răspuns de la Provisioning Bridge: 409 Conflict; Utilizatorul este deja în CI

finding-provisioning-missing-phone-number-title = Abonatul nu are un număr de telefon principal
finding-provisioning-missing-phone-number-cause = Cererea de furnizare nu conține primaryPhoneNumber. Fiecare abonat Webex for BroadWorks are nevoie de un număr principal (DID); fără el furnizarea eșuează.
finding-provisioning-missing-phone-number-fix = Atribuiți abonatului un număr de telefon principal în BroadWorks, apoi reluați furnizarea.
finding-provisioning-missing-phone-number-guide = Analizați PSLog pentru probleme de furnizare a utilizatorilor (pasul 2); Erori IM&P integrate pentru anumiți utilizatori

finding-provisioning-invalid-email-title = Adresa de e-mail a abonatului nu este validă
finding-provisioning-invalid-email-cause = E-mailul din cererea de furnizare nu este o adresă validă. El devine ID-ul Webex al utilizatorului, deci trebuie să fie valid și unic.
finding-provisioning-invalid-email-fix = Corectați adresa de e-mail a abonatului în BroadWorks, apoi reluați furnizarea.
finding-provisioning-invalid-email-guide = Analizați PSLog pentru probleme de furnizare a utilizatorilor (pasul 2)

finding-provisioning-bad-request-title = Puntea de furnizare nu a putut procesa cererea (400 Bad Request)
finding-provisioning-bad-request-cause = Puntea a respins ceva din subscriberProfile sau acesta nu se potrivește cu o setare a șablonului de client. Mesajul returnat spune ce anume.
finding-provisioning-bad-request-fix = Citiți mesajul citat. „Cannot trust BroadWorks email…” înseamnă că e-mailul este nevalid sau greșit scris, în timp ce șablonul spune că e-mailurile sunt de încredere: verificați e-mailul abonatului în BroadWorks. „Customer Org not found… create new org flag is not enabled” înseamnă că acest utilizator ar crea o nouă organizație client, dar șablonul interzice acest lucru: permiteți organizații noi în șablonul Partner Hub sau corectați e-mailul (domeniul său) dacă nu se dorea o organizație nouă.
finding-provisioning-bad-request-guide = Eșecuri de furnizare a utilizatorului ca răspuns de la Provisioning Bridge: 400 Solicitare greșită

finding-provisioning-error-title = Puntea de furnizare a răspuns cu o eroare
finding-provisioning-error-cause = Puntea de furnizare a răspuns la cererea Application Server cu alt cod decât 200 OK. Ghidul: orice altceva decât 200 OK este o eroare de furnizare a utilizatorului. Codul și mesajul punții sunt afișate cu această constatare.
finding-provisioning-error-fix = Citiți codul și mesajul. Ghidul dă acțiuni doar pentru 400, 401, 403 și 409, așa că escaladați cu PSLog-ul, codul și e-mailul abonatului. Nu este în ghid: verificați că ținta cererii este URL-ul punții de furnizare afișat în șablonul dvs. din Partner Hub.
finding-provisioning-error-guide = Analizați PSLog pentru probleme de furnizare a utilizatorilor (pasul 1)

finding-provisioning-unreachable-title = Application Server nu a putut ajunge la puntea de furnizare
finding-provisioning-unreachable-cause = POST-ul de furnizare al Application Server nu a primit niciun răspuns: conexiunea a fost refuzată sau a expirat, negocierea TLS a eșuat sau numele gazdei nu a putut fi rezolvat. Cât timp puntea nu poate fi atinsă, nu se furnizează nimic.
finding-provisioning-unreachable-fix = Verificați că Application Server poate ajunge la adresa URL de furnizare (consultați subiectele de configurare a firewall-ului din Ghidul de soluții) și că adresa URL a serverului de mesagerie din setările IM&P integrat ale întreprinderii se potrivește cu adresa URL de furnizare din șablonul Partner Hub.
finding-provisioning-unreachable-guide = Probleme de rețea: clienți sau utilizatori necreați prin furnizarea prin flux (ghidul de gestionare); Erori IM&P integrate pentru anumite întreprinderi/clienți

finding-impp-provisioning-error-title = Application Server a raportat o eroare IM&P integrat
finding-impp-provisioning-error-cause = AS a înregistrat [Error 18215] (eroare de furnizare cu serverul de mesagerie) sau [Error 18211] (eroare de comunicare cu acesta). Cauze cunoscute: e-mailul există deja în Webex, utilizatorul s-a înscris singur mai devreme sau utilizatorul nu are un număr de telefon principal.
finding-impp-provisioning-error-fix = Priviți răspunsul de furnizare de lângă această eroare. Căutați e-mailul utilizatorului în Help Desk; verificați că abonatul are un număr principal; dacă eșuează pentru toți utilizatorii întreprinderii, comparați setările IM&P integrat ale întreprinderii cu șablonul Partner Hub.
finding-impp-provisioning-error-guide = Erori IM&P integrate pentru anumiți utilizatori

finding-xsp-token-failed-title = Serviciul de autentificare al XSP nu a emis sau nu a validat tokenul
finding-xsp-token-failed-cause = authService a răspuns cu un StatusCode diferit de 200 la emiterea tokenului de lungă durată (pasul 5.4) sau la validarea lui pentru Xsi-Actions (pasul 6).
finding-xsp-token-failed-fix = Verificați serviciul de autentificare pe fiecare XSP: cheile RSA generate pe un XSP sunt copiate pe toate XSP-urile; URL-ul AuthService este furnizat containerului web de pe toate XSP-urile și introdus în cluster în Partner Hub; CertificateAuthentication are allowUserApp = false și allowClientApp = true; cu mTLS, certificatul de client Webex este încărcat pe XSP-uri.
finding-xsp-token-failed-guide = Analizați jurnalele XSP pentru a remedia problemele de conectare a abonaților; Configurare greșită a serviciului de autentificare

finding-xsp-profile-request-failed-title = XSP a refuzat cererea de profil sau de dispozitiv
finding-xsp-profile-request-failed-cause = GET-ul de profil Xsi-Actions de la proxy-ul IdP (pasul 2.1) sau GET-ul de dispozitiv de la aplicație (pasul 6) a primit un răspuns de eroare.
finding-xsp-profile-request-failed-fix = Verificați aplicația Xsi-Actions și utilizatorul în BroadWorks: că utilizatorul există și acreditările sunt corecte pentru GET-ul de profil, că tokenul a fost validat pentru GET-ul de dispozitiv, precum și răspunsurile OCI-P din XsiActionsLog pentru același ID de urmărire.
finding-xsp-profile-request-failed-guide = Analizați jurnalele XSP pentru a remedia problemele de conectare a abonaților

finding-xsp-cert-auth-misconfigured-title = Autentificarea cu certificat pe XSP este setată invers
finding-xsp-cert-auth-misconfigured-cause = Setările CertificateAuthentication ale XSP trebuie să fie allowUserApp = false și allowClientApp = true pentru ca Webex să se autentifice cu certificatul său de client; ieșirea CLI arată altceva.
finding-xsp-cert-auth-misconfigured-fix = Pe fiecare XSP: XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> set allowUserApp false și set allowClientApp true.
finding-xsp-cert-auth-misconfigured-guide = Configurare greșită a serviciului de autentificare

finding-xsp-chain-depth-too-low-title = XSP nu acceptă lanțul de certificate Webex (chainDepth sub 2)
finding-xsp-chain-depth-too-low-cause = chainDepth al autentificării de client HTTP a XSP este prea mic, așa că XSP nu poate urmări lanțul de emitenți al certificatului de client Webex până la ancora de încredere (cazul din ghid: un XSP cu R21 SP1, unde …/Trusts> get nu arată toți emitenții așteptați). Lanțul Webex are 2 emitenți intermediari. Dacă chainDepth nu este sub 2, ghidul suspectează un fișier de lanț deteriorat.
finding-xsp-chain-depth-too-low-fix = Pe fiecare XSP, la nivelul autentificării de client HTTP din CLI-ul XSP, cu un nivel deasupra Trusts (ghidul îl tipărește ca /XSP_CLI/Interface/Http?ClientAuthentication>): set chainDepth 3. Nu setați niciodată valoarea sub 2, mai ales dacă este deja mai mare.
finding-xsp-chain-depth-too-low-guide = Erori cunoscute de configurare BroadWorks: chainDepth prea mic (ghidul de gestionare)

finding-provisioning-accepted-title = Puntea de furnizare a acceptat cererea (200 OK)
finding-provisioning-accepted-cause = 200 OK înseamnă că puntea a primit cererea și a transmis-o mai departe; furnizarea este asincronă, deci nu înseamnă încă că utilizatorul există.
finding-provisioning-accepted-fix = Utilizatorul (și, pentru primul utilizator, organizația client) ar trebui să apară în Help Desk în câteva minute. Dacă nu apare, escaladați către Cisco cu e-mailul din cerere: un 200 OK care nu produce niciodată utilizatorul este o eroare după punte.
finding-provisioning-accepted-guide = Eșecuri de furnizare a utilizatorului ca răspuns de la Provisioning Bridge: 200 OK

finding-bundle-mixed-title = Pachetul amestecă jurnale ale unor utilizatori diferiți sau din zile diferite
finding-bundle-mixed-cause = Jurnalele deschise împreună sunt citite ca o singură poveste: cronologia, diagrama în scară și datele de escaladare le unesc. Jurnalele altui utilizator sau dintr-o zi îndepărtată de problemă denaturează această poveste.
finding-bundle-mixed-fix = Deschideți împreună doar jurnalele unui singur utilizator și ale unei singure apariții a problemei. Verificați utilizatorii și intervalele numite aici și lăsați deoparte fișierele care nu aparțin.
finding-bundle-mixed-guide = Preluați jurnalele utilizatorilor de la Partner Hub

finding-call-forbidden-title = Un apel a fost refuzat (403 Forbidden)
finding-call-forbidden-cause = INVITE a primit 403 Forbidden. RFC 3261: serverul a înțeles cererea și o refuză; retrimiterea nu ajută. Pentru un abonat BroadWorks, Application Server sau SBC-ul refuză apelul: un serviciu sau o restricție nu îl permite (de exemplu blocarea apelurilor de ieșire sau un plan de apelare) sau rețeaua nu acceptă identitatea.
finding-call-forbidden-fix = Căutați acest Call-ID în XSLog-ul AS-ului pentru a vedea ce serviciu a refuzat apelul și verificați restricțiile de apelare ale abonatului în BroadWorks. Nu apare în ghid: ghidul nu dă pași pentru apelurile eșuate.
finding-call-forbidden-guide = Nu apare în ghid (RFC 3261 §21.4.4); Fișiere jurnal utile: jurnalul BWC conține traficul SIP al apelurilor
finding-call-not-found-title = Un număr apelat nu există (404 Not Found)
finding-call-not-found-cause = INVITE a primit 404 Not Found. RFC 3261: utilizatorul nu există în domeniul URI-ului cererii. Numărul sau adresa formată nu este cunoscută de BroadWorks sau de rețeaua către care a fost rutat apelul.
finding-call-not-found-fix = Verificați numărul format, cu prefixul de țară sau de ieșire, și că există; dacă este corect, urmăriți Call-ID-ul în XSLog-ul AS-ului. Nu apare în ghid: ghidul nu dă pași pentru apelurile eșuate.
finding-call-not-found-guide = Nu apare în ghid (RFC 3261 §21.4.5); Fișiere jurnal utile: jurnalul BWC conține traficul SIP al apelurilor
finding-call-unavailable-title = Persoana apelată nu a fost disponibilă (480 Temporarily Unavailable)
finding-call-unavailable-cause = INVITE a primit 480 Temporarily Unavailable. RFC 3261: sistemul persoanei apelate a fost contactat, dar nu poate prelua apelul acum: niciun dispozitiv înregistrat, „Nu deranjați” sau niciun dispozitiv care să răspundă.
finding-call-unavailable-fix = Verificați că utilizatorul apelat are un dispozitiv înregistrat și nicio setare „Nu deranjați” sau redirecționare care nu duce nicăieri; încercați din nou mai târziu. Nu apare în ghid: ghidul nu dă pași pentru apelurile eșuate.
finding-call-unavailable-guide = Nu apare în ghid (RFC 3261 §21.4.18); Fișiere jurnal utile: jurnalul BWC conține traficul SIP al apelurilor
finding-call-busy-title = Persoana apelată era ocupată (486 Busy Here)
finding-call-busy-cause = INVITE a primit 486 Busy Here. RFC 3261: sistemul persoanei apelate a fost contactat, dar este ocupat și nu mai preia alt apel. Nu este o defecțiune a sistemului.
finding-call-busy-fix = Nimic de remediat, decât dacă persoana apelată era liberă; atunci verificați setările ei de apel în așteptare și de ocupat în BroadWorks. Nu apare în ghid.
finding-call-busy-guide = Nu apare în ghid (RFC 3261 §21.4.24); Fișiere jurnal utile: jurnalul BWC conține traficul SIP al apelurilor
finding-call-not-acceptable-title = Un apel a eșuat din cauza ofertei media (488 Not Acceptable Here)
finding-call-not-acceptable-cause = INVITE a primit 488 Not Acceptable Here. RFC 3261: descrierea sesiunii nu a fost acceptabilă: niciun codec, tip media sau setare de criptare comună cu cealaltă parte. Vizualizarea Apeluri arată codec-urile apelului.
finding-call-not-acceptable-fix = Comparați codec-urile și setarea SRTP ale ofertei cu ce permit SBC-ul și cealaltă parte (lista de codec-uri a profilului de dispozitiv, politica media a SBC-ului). Nu apare în ghid: ghidul nu dă pași pentru apelurile eșuate.
finding-call-not-acceptable-guide = Nu apare în ghid (RFC 3261 §21.4.26); Fișiere jurnal utile: jurnalul media conține codec-urile negociate
finding-call-server-error-title = Un apel a eșuat din cauza unei erori de server (5xx)
finding-call-server-error-cause = INVITE a primit un răspuns 5xx. RFC 3261: un server nu a putut trata cererea: 500 Server Internal Error, 502 Bad Gateway, 503 Service Unavailable (suprasarcină sau mentenanță), 504 Server Time-out. Starea este afișată cu această constatare.
finding-call-server-error-fix = Urmăriți Call-ID-ul în jurnalele SBC-ului și ale AS-ului pentru a găsi serverul care a răspuns cu eroarea și escaladați cu ora și Call-ID-ul apelului. Nu apare în ghid: ghidul nu dă pași pentru apelurile eșuate.
finding-call-server-error-guide = Nu apare în ghid (RFC 3261 §21.5); Fișiere jurnal utile: jurnalul BWC conține traficul SIP al apelurilor
finding-media-packet-loss-title = S-au pierdut pachete audio în timpul unui apel
finding-media-packet-loss-cause = Motorul media a raportat în timpul apelului peste 5 % pachete pierdute pe un flux audio; peste acest prag vorbirea se întrerupe. Pierderile vin din rețeaua dintre aplicație și cealaltă parte: Wi-Fi, VPN, legături aglomerate.
finding-media-packet-loss-fix = Nu apare în ghid: încercați o conexiune prin cablu fără VPN și verificați calea de rețea către adresele media ale SBC-ului. Cea mai proastă valoare și linia ei sunt afișate.
finding-media-packet-loss-guide = Nu apare în ghid; Fișiere jurnal utile: jurnalul media conține înregistrările media
finding-media-jitter-title = Sunetul a sosit neregulat în timpul unui apel (jitter)
finding-media-jitter-cause = Motorul media a raportat în timpul apelului un jitter de peste 50 ms pe un flux audio: pachetele sosesc atât de neregulat încât vorbirea este întârziată sau tăiată.
finding-media-jitter-fix = Nu apare în ghid: încercați o conexiune prin cablu fără VPN și verificați pe calea către SBC aglomerarea și lipsa priorității pentru voce (QoS). Cea mai proastă valoare și linia ei sunt afișate.
finding-media-jitter-guide = Nu apare în ghid; Fișiere jurnal utile: jurnalul media conține înregistrările media
finding-media-latency-title = Timpul dus-întors al sunetului a fost prea lung în timpul unui apel
finding-media-latency-cause = Motorul media a raportat în timpul apelului un timp dus-întors de peste 400 ms; cu o asemenea întârziere cele două părți își vorbesc peste (ITU-T G.114).
finding-media-latency-fix = Nu apare în ghid: verificați calea de rețea către adresele media ale SBC-ului (VPN, legături prin satelit sau mobile, un releu media îndepărtat). Cea mai proastă valoare și linia ei sunt afișate.
finding-media-latency-guide = Nu apare în ghid; Fișiere jurnal utile: jurnalul media conține înregistrările media

finding-as-register-failed-title = Serverul de aplicații a respins sau nu a răspuns niciodată la REGISTER de la SBC
finding-as-register-failed-cause = Pasul 5 al secvenței de înregistrare a eșuat: SBC a transmis REGISTER SIP al aplicației către AS, iar jurnalul AS arată un răspuns final de eroare (4xx, 5xx sau 6xx) sau niciun răspuns final. Aplicația nu se poate înregistra cât timp AS nu o acceptă.
finding-as-register-failed-fix = Comparați acreditările SIP, adresele și porturile pe care profilul dispozitivului le dă aplicației cu linia/portul și dispozitivul utilizatorului pe AS (pasul 3 al secvenței) și verificați că SBC trimite REGISTER către AS-ul care găzduiește utilizatorul (SBC poate căuta în NS unde se află utilizatorul).
finding-as-register-failed-guide = Secvența de înregistrare așteptată (pasul 5); eroarea în sine nu apare în ghid (RFC 3261)

finding-authservice-url-missing-title = Containerul web al unui XSP nu are adresa URL a AuthService
finding-authservice-url-missing-cause = Ieșirea CLI a acestui XSP listează opțiunile containerului web fără adresa URL a AuthService (adresa publică a serviciului de autentificare). Ghidul spune că adresa URL a serviciului de autentificare trebuie furnizată containerului web pe toate XSP-urile care găzduiesc serviciul de autentificare; fără ea, acel XSP nu poate emite sau valida jetonul de lungă durată, așa că autentificarea eșuează pentru utilizatorii pe care îi servește.
finding-authservice-url-missing-fix = Pe fiecare XSP al clusterului, furnizați adresa URL a AuthService containerului web și verificați că a fost introdusă corect pentru cluster în Partner Hub.
finding-authservice-url-missing-guide = Configurare greșită a serviciului de autentificare

finding-authservice-keys-differ-title = XSP-urile din pachet nu au aceeași pereche de chei RSA
finding-authservice-keys-differ-cause = Cheia RSA a serviciului de autentificare (amprenta ei) diferă între XSP-urile a căror ieșire CLI se află în pachet. Ghidul spune că cheile RSA (pe care le generați pe un XSP) trebuie copiate pe toate XSP-urile: altfel un jeton semnat de un XSP este respins de altul, iar autentificarea funcționează doar pentru unii utilizatori sau doar uneori.
finding-authservice-keys-differ-fix = Generați cheile RSA pe un XSP și copiați-le pe toate XSP-urile clusterului, astfel încât fiecare XSP să arate aceeași amprentă a cheii.
finding-authservice-keys-differ-guide = Configurare greșită a serviciului de autentificare

finding-authservice-mtls-misconfigured-title = mTLS al serviciului de autentificare nu este configurat cum cere ghidul
finding-authservice-mtls-misconfigured-cause = Conexiunea dintre Webex și serviciul de autentificare al XSP este securizată de MTLS. Ieșirea CLI arată depozitul de încredere al XSP fără lanțul de certificate Webex (nicio ancoră de încredere), sau interfața folosită de serviciul de autentificare nu cere certificate de client.
finding-authservice-mtls-misconfigured-fix = Încărcați lanțul de certificate de client Webex (din Partner Hub, pagina Setări BroadWorks) pe XSP ca ancoră de încredere și configurați aplicația serviciului de autentificare, sau interfața pe care o folosește, să ceară certificate de client.
finding-authservice-mtls-misconfigured-guide = Configurare greșită a serviciului de autentificare

finding-impp-settings-mismatch-title = Setările IM&P integrate ale AS nu se potrivesc cu șablonul din Partner Hub
finding-impp-settings-mismatch-cause = Setările IM&P integrate ale AS (AS_CLI/Interface/Messaging) diferă de șablonul pentru clienți din Partner Hub, sau adresa URL a serverului de mesagerie este o adresă IP în loc de adresa URL a punții de furnizare, sau IM&P integrat este dezactivat. Ghidul spune că aceste setări trebuie să se potrivească exact, altfel furnizarea eșuează pentru toți utilizatorii din întreprindere.
finding-impp-settings-mismatch-fix = Faceți ca configurația IM&P integrat să se potrivească exact cu șablonul pentru clienți din Partner Hub: Adresa URL a serverului de mesagerie = Adresa URL de furnizare, Nume de utilizator al serverului de mesagerie = Numele contului de furnizare, Parola serverului de mesagerie = Parola contului de furnizare (AS_CLI/Interface/Messaging> get; pentru o întreprindere, Servicii > Integrat IM&P).
finding-impp-settings-mismatch-guide = Erori IM&P integrate pentru anumite întreprinderi/clienți

finding-sso-failed-title = Conectarea unică a eșuat
finding-sso-failed-cause = Partea SSO a autentificării a eșuat: portalul de activare a respins parola BroadWorks, proxy-ul IdP nu a emis afirmația SAML (pasul 2.3 din diagrama ladder a ghidului) sau CI a respins afirmația când aplicația a vrut să o schimbe pentru un jeton CI (pasul 3). Aplicația nu primește jetonul CI și nu poate continua spre BroadWorks.
finding-sso-failed-fix = În BroadWorks, verificați dacă utilizatorului i-au fost atribuite tipurile de dispozitiv pentru aplicația Webex (Profilurile dispozitivului din Ghidul de soluții). Verificați dacă utilizatorul introduce parola corectă: cu autentificarea BroadWorks în șablonul clientului, este parola BroadWorks „Acces web”, cu majusculele și minusculele corecte; utilizatorul poate fi nevoit să introducă ID-ul de utilizator BroadWorks dacă adresa de e-mail nu este ID de utilizator alternativ. Pe XSP, urmăriți cererea de profil a proxy-ului IdP (2.1, 2.2) în access_log și XsiActionsLog cu ID-ul de urmărire afișat.
finding-sso-failed-guide = Conectarea unică a eșuat; Analizați jurnalele XSP pentru a remedia problemele de conectare a abonaților
finding-webex-calling-only-title = Doar Webex Calling este activ: acest utilizator nu folosește Webex pentru Cisco BroadWorks
finding-webex-calling-only-cause = Aplicația apelează prin Webex Calling (Mobius, WEBEX_CALLING, dreptul bc-sp-standard) și nu arată nicio apelare BroadWorks: nu are dreptul broadworks-connector, iar biblioteca de apelare BroadWorks nu a pornit niciodată. Ghidul: dacă este afișat un alt serviciu telefonic, cum ar fi Webex Calling, utilizatorul nu folosește Webex pentru Cisco BroadWorks.
finding-webex-calling-only-fix = Dacă utilizatorul trebuie să folosească Webex pentru Cisco BroadWorks, eliminați dreptul Webex Calling (bc-sp-standard) și acordați-i dreptul broadworks-connector (un pachet Webex pentru BroadWorks în Hubul pentru parteneri), apoi utilizatorul să se deconecteze și să se conecteze din nou. Altfel, nu este o problemă Webex pentru Cisco BroadWorks.
finding-webex-calling-only-guide = Verificare client pentru serviciul de apelare; Verificați comportamentul de apelare al unui utilizator și dreptul de conectare

finding-ced-stale-title = ced.dat provine dintr-o sesiune mai veche decât jurnalele
finding-ced-stale-cause = Datele mediului de apelare (ced.dat) au fost exportate înainte de ultima pornire a aplicației din jurnale. Deconectarea sau repornirea clientului șterge memoria cache din care sunt exportate, așa că acest ced.dat nu descrie sesiunea pe care o arată jurnalele și nu corespunde niciunuia dintre ele.
finding-ced-stale-fix = Cereți utilizatorului să reproducă problema și, în aceeași sesiune, fără deconectare sau repornire, să exporte din nou datele mediului de apelare (fotografia de profil > Ajutor > Exportați datele mediului de apelare), apoi să trimită noul ced.dat împreună cu jurnalele acelei sesiuni.
finding-ced-stale-guide = Obțineți date despre mediul de apelare
