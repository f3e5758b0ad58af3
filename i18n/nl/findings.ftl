# De catalogus van bevindingen: voor elke bevinding-ID in
# assets/signatures.json de titel, oorzaak, oplossing en het hoofdstuk van
# de handleiding voor probleemoplossing. De -guide-regels noemen de hoofdstukken zoals
# de Nederlandse uitgave van de handleiding ze afdrukt; teksten gemarkeerd met
# "Niet in de handleiding:" zijn advies van deze tool, niet van de handleiding.

finding-entitlement-missing-title = De gebruiker mist het recht broadworks-connector
finding-entitlement-missing-cause = De Webex-app registreert zich alleen bij BroadWorks als het account van de gebruiker het recht broadworks-connector heeft. Dat recht ontbreekt in de rechten die de app ontving, dus er is geen belpictogram en geen BroadWorks-telefoonservice.
finding-entitlement-missing-fix = Controleer de gebruiker in de Helpdesk: de rechten moeten broadworks-connector bevatten. Meestal heeft de gebruiker niet de juiste licentie of rechten, of is hij in Control Hub nog niet ingeschakeld voor bellen. Controleer het Webex voor BroadWorks-pakket van de gebruiker in Partner Hub (Klanten, Klant weergeven, Gebruikers, Webex voor BroadWorks-pakketten) en laat de gebruiker zich af- en weer aanmelden.
finding-entitlement-missing-guide = Client heeft geen belpictogram; Controleer het belgedrag en de rechten op de connector van een gebruiker

finding-conflicting-calling-entitlement-title = De gebruiker heeft ook een Webex Calling-recht (bc-sp-standard)
finding-conflicting-calling-entitlement-cause = bc-sp-standard hoort bij Webex Calling, de andere bel-backend. Een gebruiker met dit recht is ingericht voor zowel Webex Calling als Webex for BroadWorks, en de app gebruikt BroadWorks-bellen mogelijk niet.
finding-conflicting-calling-entitlement-fix = Verwijder de Webex Calling-licentie of -recht van deze gebruiker in Control Hub zodat alleen bellen via Webex for BroadWorks overblijft, en laat de gebruiker zich af- en weer aanmelden.
finding-conflicting-calling-entitlement-guide = Controleer het belgedrag en de rechten op de connector van een gebruiker

finding-calling-behavior-not-webex-title = Het belgedrag is niet "Bellen in Webex"
finding-calling-behavior-not-webex-cause = De app registreert zich alleen bij BroadWorks als het belgedrag NATIVE_WEBEX_TEAMS_CALLING ("Bellen in Webex") is. De gebruiker of de organisatie staat op een ander gedrag, dus gesprekken gaan naar een andere app of nergens heen.
finding-calling-behavior-not-webex-fix = Controleer in de Helpdesk het belgedrag van de gebruiker en van de organisatie: het moet Bellen in Webex zijn. Wijzig het in Control Hub. In de partnerbeperkte modus, die standaard aan staat, kunnen klantbeheerders het belgedrag niet bewerken; dan moet een partnerbeheerder het wijzigen. De app neemt de wijziging over na opnieuw aanmelden.
finding-calling-behavior-not-webex-guide = Controleer het belgedrag en de rechten op de connector van een gebruiker; Controleer het belgedrag van de organisatie; Partnerbeperkte modus (beheerhandleiding)

finding-multiple-calling-services-title = Webex Calling en BroadWorks-bellen waren allebei actief
finding-multiple-calling-services-cause = De app is gewisseld tussen bel-backends (Webex Calling, getoond als Mobius of WEBEX_CALLING, en BroadWorks). Dat gebeurt als met dezelfde app verschillende beldiensten zijn geprobeerd, en het laat verouderde toestand achter.
finding-multiple-calling-services-fix = Herstel de database van de app: Help > gezondheidscontrole (Health Checker) > Database herstellen. Dit reset de client volledig en toont weer het aanmeldscherm.
finding-multiple-calling-services-guide = Meerdere beldiensten getest met dezelfde clients; Webex-database herstellen

finding-activation-portal-error-title = De activeringsportal gaf een foutcode voor eindgebruikers
finding-activation-portal-error-cause = Het aanmelden stopte bij de activeringsportal voor gebruikers met een van de foutcodes uit de handleiding.
finding-activation-portal-error-fix = Volg de actie die bij de code staat.
finding-activation-portal-error-guide = Foutcodes voor eindgebruikers

finding-directory-sync-error-title = Er verschijnt een foutcode van de directorysynchronisatie
finding-directory-sync-error-cause = De synchronisatie van BroadWorks External Directory of Phone List meldde een van de foutcodes uit de handleiding; contacten of gebruikers kunnen ontbreken of verouderd zijn.
finding-directory-sync-error-fix = De handleiding geeft de betekenis van de code (getoond bij deze bevinding), maar geen actie. Niet in de handleiding: controleer de synchronisatie-instellingen van de klantconfiguratie in Partner Hub en of het BroadWorks-cluster bereikbaar is; escaleer met de code als het aanhoudt.
finding-directory-sync-error-guide = Foutcodes voor directorysynchronisatie

finding-token-fetch-failed-title = Het BroadWorks-token kon niet worden opgehaald
finding-token-fetch-failed-cause = De app vroeg de BroadWorks IdP-proxy (of de authService van de XSP) om zijn JWT of langlevend token en kreeg een fout. Zonder token kan de app zijn apparatenlijst niet ophalen en zich niet registreren.
finding-token-fetch-failed-fix = Controleer de authenticatieservice op de XSP's: de op één XSP gemaakte RSA-sleutels zijn naar alle XSP's gekopieerd; de AuthService-URL is aan de webcontainer op elke XSP gegeven en voor het cluster in Partner Hub ingevoerd; CertificateAuthentication heeft allowUserApp = false en allowClientApp = true; met mTLS is het Webex-clientcertificaat naar de XSP's geüpload. Blijft het mislukken, geef Cisco dan de tracking-ID.
finding-token-fetch-failed-guide = Onjuiste configuratie van de verificatieservice

finding-xsi-request-failed-title = Een Xsi-Actions-verzoek is geweigerd
finding-xsi-request-failed-cause = Het verzoek van de app aan Xsi-Actions op de XSP (profiel of apparatenlijst) kreeg een foutantwoord, dus de app kan zijn apparaten niet te weten komen.
finding-xsi-request-failed-fix = Controleer de toepassing Xsi-Actions op de hier genoemde XSP: dat ze is geïmplementeerd en bereikbaar, dat de gebruiker in BroadWorks bestaat, en de access_log en XsiActionsLog van de XSP voor dezelfde tracking-ID.
finding-xsi-request-failed-guide = XSP-logboeken analyseren om problemen met aanmelden abonnee op te lossen

finding-device-profile-missing-title = De gebruiker heeft geen apparaatprofiel voor dit platform
finding-device-profile-missing-cause = BroadWorks gaf de apparaten van de gebruiker terug, maar geen ervan heeft het apparaattype dat de app op dit platform nodig heeft (Business Communicator - PC op de desktop). De app kan geen configuratie ophalen en zich niet registreren.
finding-device-profile-missing-fix = Wijs de gebruiker in BroadWorks de apparaattypen voor de Webex-app toe: een identiteits-/apparaatprofiel van het type Business Communicator - PC (of het type voor het platform van de gebruiker), zoals de oplossingshandleiding beschrijft (Uw omgeving voorbereiden, Apparaatprofielen). Laat de gebruiker zich daarna opnieuw aanmelden.
finding-device-profile-missing-guide = Desktopapparaat niet ingericht voor gebruiker; Eenmalige aanmelding mislukt

finding-config-download-failed-title = De apparaatconfiguratie kon niet van DMS worden opgehaald
finding-config-download-failed-cause = De app vroeg de device management server om zijn configuratiebestand en kreeg een foutantwoord.
finding-config-download-failed-fix = Controleer DMS op de hier genoemde XSP: dat het configuratiebestand van het apparaattype bestaat en is geïmplementeerd voor het apparaat van de gebruiker, dat de DMS-URL in het apparaatprofiel klopt, en de dmsDebugLog van de XSP voor het verzoek.
finding-config-download-failed-guide = Verwachte registratievolgorde (stappen 1 en 2)

finding-config-parse-failed-title = De opgehaalde configuratie kon niet worden gelezen (errorCode 1507)
finding-config-parse-failed-cause = Het configuratiebestand dat DMS voor het apparaattype leverde, kon niet worden verwerkt, dus aanmelden bij BroadWorks-bellen mislukte met fout 1507. Een bekende oorzaak is de codering van het apparaattype: defaultDeviceEncoding staat op ISO-8859-1 terwijl het bestand UTF-8 is.
finding-config-parse-failed-fix = Controleer op de AS het apparaattype met AS_CLI/System/DeviceType/SIP> detail "Business Communicator - PC" en zet defaultDeviceEncoding op UTF-8 (Cisco TAC-document 221699). Controleer ook de configuratiesjabloon op kapotte XML.
finding-config-parse-failed-guide = Problemen met belconfiguratie en registratie; Cisco TAC-document 221699

finding-unresolved-config-tag-title = Een BroadWorks-tag is niet gedefinieerd voor deze gebruiker
finding-unresolved-config-tag-cause = De opgehaalde configuratie bevat nog een tijdelijke aanduiding %…_WXT%: de aangepaste BroadWorks-tag is niet gedefinieerd voor het apparaattype of de gebruiker, dus de app krijgt de aanduiding in plaats van een waarde. %SBC_ADDRESS_WXT% breekt de registratie; %WEB_CALL_SETTINGS_URL_WXT% verbergt de selfcarelink voor belinstellingen.
finding-unresolved-config-tag-fix = Definieer de hier genoemde tag in BroadWorks (op het niveau van het apparaattype of de groep/onderneming), zoals de configuratiehandleiding van Webex for Cisco BroadWorks vermeldt, en laat de gebruiker zich opnieuw aanmelden.
finding-unresolved-config-tag-guide = Onjuiste configuratie van BroadWorks-tags; Problemen met de webweergave van belinstellingen: Selfcareknop of -link wordt niet getoond in de Webex-app

finding-sip-auth-failed-title = De SBC blijft de SIP-aanmeldgegevens weigeren
finding-sip-auth-failed-cause = REGISTER werd opnieuw uitgedaagd nadat de app zijn aanmeldgegevens had gestuurd: de SIP-gebruikersnaam of het wachtwoord in het apparaatprofiel komt niet overeen met de authenticatie-instellingen van de gebruiker in BroadWorks.
finding-sip-auth-failed-fix = Controleer in BroadWorks de dienst Authentication van de gebruiker (gebruikersnaam en wachtwoord) en de aanmeldgegevens van het apparaatprofiel dat de app ophaalde; stel ze zo in dat ze overeenkomen, en laat de gebruiker zich opnieuw aanmelden.
finding-sip-auth-failed-guide = Problemen met belconfiguratie en registratie; de fout zelf staat niet in de handleiding (RFC 3261)

finding-sip-register-rejected-title = De SBC heeft de registratie geweigerd
finding-sip-register-rejected-cause = REGISTER kreeg een definitief foutantwoord van de SBC of de Application Server (bijvoorbeeld 403 of 404): de lijn/poort of de gebruiker is niet bekend waar het verzoek aankwam.
finding-sip-register-rejected-fix = Controleer de lijn/poort (SIP-gebruiker) van het apparaatprofiel tegen BroadWorks, dat de gebruiker op de AS staat waar de SBC naartoe routeert, en de logboeken van SBC en AS voor deze Call-ID.
finding-sip-register-rejected-guide = Verwachte registratievolgorde (stappen 4 en 5); de fout zelf staat niet in de handleiding (RFC 3261)

finding-sip-register-timeout-title = De SBC heeft niet op de registratie geantwoord
finding-sip-register-timeout-cause = REGISTER kreeg geen antwoord (de SIP-transactie verliep) of de verbinding met de SBC mislukte. Het SBC-adres of de poort in de configuratie is onjuist, of een firewall blokkeert de weg.
finding-sip-register-timeout-fix = Controleer het hier genoemde SBC-adres en de poort tegen %SBC_ADDRESS_WXT% en %SBC_PORT_WXT% in BroadWorks, dat de SBC daar luistert (TLS), en dat het netwerk van de gebruiker het verkeer doorlaat.
finding-sip-register-timeout-guide = Verwachte registratievolgorde (stap 4); Onjuiste configuratie van BroadWorks-tags; de fout zelf staat niet in de handleiding (RFC 3261)

finding-sip-register-failover-title = De eerste SBC antwoordde niet; de app registreerde zich via een andere
finding-sip-register-failover-cause = De app stuurde REGISTER naar één SBC-adres en kreeg geen antwoord of kon geen verbinding maken, en registreerde zich daarna via het volgende adres dat ze kreeg. Bellen werkt, maar elke aanmelding en vernieuwing wacht eerst op de stille SBC, en tot die weer antwoordt is er geen reserve-SBC meer.
finding-sip-register-failover-fix = Controleer de SBC die niet antwoordde (het adres staat in het bewijs): dat hij draait, dat zijn firewall het SIP-verkeer van de app doorlaat op de poort uit de configuratie, en dat %SBC_ADDRESS_WXT% alleen SBC's noemt die deze gebruiker bedienen.
finding-sip-register-failover-guide = Verwachte registratievolgorde (stap 4); Onjuiste configuratie van BroadWorks-tags; de failover zelf staat niet in de handleiding (RFC 3263)

finding-registration-displaced-title = De registratie is overgenomen door een andere client
finding-registration-displaced-cause = Na een geslaagde registratie heeft de registrar het contact van de app verwijderd. De oorzaak volgens de handleiding: dezelfde gebruiker heeft zich aangemeld bij meerdere clients van hetzelfde platformtype (bijvoorbeeld twee Windows-computers), en maar één daarvan houdt een actieve SSO-sessie. Dat is zo bedoeld.
finding-registration-displaced-fix = Vraag of de gebruiker ook is aangemeld op een andere computer van hetzelfde platformtype. Zijn beide echt nodig, dan is de omweg uit de handleiding: BroadWorks configureren met meerdere exemplaren van hetzelfde apparaattype, elk met een uniek SIP-adres; dat valt buiten het bereik van Webex for BroadWorks. Niet in de handleiding: meld anders af op de computer die niet voor bellen wordt gebruikt.
finding-registration-displaced-guide = Desktopclient verbreekt de verbinding met Telefoonservices na een geslaagde SSO-verbinding

finding-registration-stopped-title = De registratie is gestopt en geen bekend probleem verklaart het
finding-registration-stopped-cause = De app kwam tot de hier genoemde stap en ging niet verder. Geen van de problemen die de handleiding voor probleemoplossing beschrijft, is in de logboeken te zien; de eerste fouten die de belbibliotheek of de telefonie na die stap logde, zijn het bewijs.
finding-registration-stopped-fix = Lees eerst de foutregels van het bewijs. Volg daarna de registratievolgorde van de handleiding vanaf de bereikte stap: de configuratie die de app downloadde, het netwerkpad naar de SBC, de apparaattypen en belinstellingen van de gebruiker. Escaleer met de logboeken, de tracking-ID's en het tijdstip van de laatste stap.
finding-registration-stopped-guide = Verwachte registratievolgorde

finding-provisioning-forbidden-title = De provisioning bridge heeft het verzoek geweigerd (403 Forbidden)
finding-provisioning-forbidden-cause = Het flow-through-inrichtingsverzoek van de Application Server werd geweigerd; zoals het is verstuurd, heeft het geen kans van slagen. Een verzoek aan een IP-adres in plaats van aan de URL van de provisioning bridge kan er bijvoorbeeld op wijzen dat de AS een vereiste patch (ap373197) mist.
finding-provisioning-forbidden-fix = Controleer het doel van het verzoek in de PSLog: het moet de URL van de provisioning bridge uit uw Partner Hub-sjabloon zijn, geen IP-adres (zie de onderwerpen over firewallconfiguratie in de oplossingshandleiding). Controleer dat alle vereiste patches, waaronder ap373197, op de AS zijn toegepast en dat de configuratie van flow-through-inrichting voltooid is.
finding-provisioning-forbidden-guide = Fouten bij gebruikersinrichting in het antwoord van de provisioningbrug: 403 Forbidden

finding-provisioning-unauthorized-title = De inrichtingsgegevens zijn geweigerd (401 Unauthorized)
finding-provisioning-unauthorized-cause = De accountnaam of het wachtwoord voor inrichting op de Application Server (geïntegreerde IM&P) verschilt van die in de klantsjabloon in Partner Hub.
finding-provisioning-unauthorized-fix = Maak de gebruikersnaam en het wachtwoord van de berichtenserver in de instellingen voor geïntegreerde IM&P van de onderneming (AS_CLI/Interface/Messaging> get, of Diensten > Geïntegreerde IM&P van de onderneming) precies gelijk aan de accountnaam en het wachtwoord voor inrichting van de Partner Hub-sjabloon.
finding-provisioning-unauthorized-guide = PSLog analyseren voor problemen met gebruikersvoorzieningen; Fouten met geïntegreerde IM&P voor specifieke ondernemingen of klanten

finding-provisioning-conflict-title = Er bestaat al een Webex-gebruiker met dit e-mailadres (409 Conflict)
finding-provisioning-conflict-cause = Het inrichtingsverzoek kan niet verder omdat er al een Webex-account met het e-mailadres van de abonnee bestaat, vaak een gratis account dat de gebruiker zelf heeft gemaakt.
finding-provisioning-conflict-fix = Zoek het e-mailadres uit de POST op in de Helpdesk. Vraag de gebruiker het gratis account te verwijderen, of richt de abonnee in met een ander e-mailadres.
finding-provisioning-conflict-guide = Fouten bij gebruikersinrichting in het antwoord van de provisioningbrug: 409 Conflict; Gebruiker staat al in CI

finding-provisioning-missing-phone-number-title = De abonnee heeft geen primair telefoonnummer
finding-provisioning-missing-phone-number-cause = Het inrichtingsverzoek bevat geen primaryPhoneNumber. Elke abonnee van Webex for BroadWorks heeft een primair nummer (DID) nodig; zonder dat mislukt de inrichting.
finding-provisioning-missing-phone-number-fix = Wijs de abonnee in BroadWorks een primair telefoonnummer toe en richt opnieuw in.
finding-provisioning-missing-phone-number-guide = PSLog analyseren voor problemen met gebruikersvoorzieningen (stap 2); Fouten met geïntegreerde IM&P voor specifieke gebruikers

finding-provisioning-invalid-email-title = Het e-mailadres van de abonnee is niet geldig
finding-provisioning-invalid-email-cause = Het e-mailadres in het inrichtingsverzoek is geen geldig adres. Het wordt de Webex-ID van de gebruiker en moet dus geldig en uniek zijn.
finding-provisioning-invalid-email-fix = Corrigeer het e-mailadres van de abonnee in BroadWorks en richt opnieuw in.
finding-provisioning-invalid-email-guide = PSLog analyseren voor problemen met gebruikersvoorzieningen (stap 2)

finding-provisioning-bad-request-title = De provisioning bridge kon het verzoek niet verwerken (400 Bad Request)
finding-provisioning-bad-request-cause = De bridge weigerde iets in het subscriberProfile, of het past niet bij een instelling van de klantsjabloon. De teruggegeven melding zegt wat.
finding-provisioning-bad-request-fix = Lees de geciteerde melding. "Cannot trust BroadWorks email…" betekent dat het e-mailadres ongeldig of verkeerd getypt is terwijl de sjabloon e-mailadressen vertrouwt: controleer het e-mailadres van de abonnee in BroadWorks. "Customer Org not found… create new org flag is not enabled" betekent dat deze gebruiker een nieuwe klantorganisatie zou aanmaken maar de sjabloon dat verbiedt: sta nieuwe organisaties toe in de Partner Hub-sjabloon, of corrigeer het e-mailadres (het domein) als er geen nieuwe organisatie bedoeld was.
finding-provisioning-bad-request-guide = Fouten bij gebruikersinrichting in het antwoord van de provisioningbrug: 400 Bad Request

finding-provisioning-error-title = De provisioning bridge antwoordde met een fout
finding-provisioning-error-cause = De provisioning bridge beantwoordde het verzoek van de Application Server met een andere status dan 200 OK. De handleiding: alles anders dan 200 OK is een fout bij het inrichten van gebruikers. De status en de melding van de bridge staan bij deze bevinding.
finding-provisioning-error-fix = Lees de status en de melding. De handleiding geeft alleen acties voor 400, 401, 403 en 409; escaleer dus met de PSLog, de status en het e-mailadres van de abonnee. Niet in de handleiding: controleer of het doel van het verzoek de URL van de provisioning bridge uit uw Partner Hub-sjabloon is.
finding-provisioning-error-guide = PSLog analyseren voor problemen met gebruikersvoorzieningen (stap 1)

finding-provisioning-unreachable-title = De Application Server kon de provisioning bridge niet bereiken
finding-provisioning-unreachable-cause = De inrichtings-POST van de Application Server kreeg geen antwoord: de verbinding werd geweigerd of verliep, de TLS-handshake mislukte, of de hostnaam kon niet worden opgezocht. Zolang de bridge onbereikbaar is, wordt niets ingericht.
finding-provisioning-unreachable-fix = Controleer of de Application Server de inrichtings-URL kan bereiken (zie de onderwerpen over firewallconfiguratie in de oplossingshandleiding), en of de URL van de berichtenserver in de instellingen voor geïntegreerde IM&P van de onderneming overeenkomt met de inrichtings-URL van de Partner Hub-sjabloon.
finding-provisioning-unreachable-guide = Netwerkproblemen: klanten of gebruikers niet gemaakt door flow-through-inrichting (beheerhandleiding); Fouten met geïntegreerde IM&P voor specifieke ondernemingen of klanten

finding-impp-provisioning-error-title = De Application Server meldde een fout met geïntegreerde IM&P
finding-impp-provisioning-error-cause = De AS logde [Error 18215] (inrichtingsfout met de berichtenserver) of [Error 18211] (communicatiefout ermee). Bekende oorzaken: het e-mailadres bestaat al in Webex, de gebruiker heeft zich eerder zelf aangemeld, of de gebruiker heeft geen primair telefoonnummer.
finding-impp-provisioning-error-fix = Bekijk het inrichtingsantwoord naast deze fout. Zoek het e-mailadres van de gebruiker op in de Helpdesk; controleer of de abonnee een primair nummer heeft; mislukt het voor elke gebruiker van de onderneming, vergelijk dan de instellingen voor geïntegreerde IM&P van de onderneming met de Partner Hub-sjabloon.
finding-impp-provisioning-error-guide = Fouten met geïntegreerde IM&P voor specifieke gebruikers

finding-xsp-token-failed-title = De authenticatieservice van de XSP heeft het token niet uitgegeven of niet gevalideerd
finding-xsp-token-failed-cause = authService antwoordde met een andere StatusCode dan 200 bij het uitgeven van het langlevende token (stap 5.4) of bij het valideren ervan voor Xsi-Actions (stap 6).
finding-xsp-token-failed-fix = Controleer de authenticatieservice op elke XSP: de RSA-sleutels die op één XSP zijn gemaakt, zijn naar alle XSP's gekopieerd; de AuthService-URL is aan de webcontainer op elke XSP gegeven en voor het cluster in Partner Hub ingevoerd; CertificateAuthentication heeft allowUserApp = false en allowClientApp = true; met mTLS is het Webex-clientcertificaat naar de XSP's geüpload.
finding-xsp-token-failed-guide = XSP-logboeken analyseren om problemen met aanmelden abonnee op te lossen; Onjuiste configuratie van de verificatieservice

finding-xsp-profile-request-failed-title = De XSP heeft het profiel- of apparaatverzoek geweigerd
finding-xsp-profile-request-failed-cause = De Xsi-Actions-profiel-GET van de IdP-proxy (stap 2.1) of de apparaat-GET van de app (stap 6) kreeg een foutantwoord.
finding-xsp-profile-request-failed-fix = Controleer de toepassing Xsi-Actions en de gebruiker in BroadWorks: dat de gebruiker bestaat en de aanmeldgegevens kloppen voor de profiel-GET, dat het token is gevalideerd voor de apparaat-GET, en de OCI-P-antwoorden in de XsiActionsLog voor dezelfde tracking-ID.
finding-xsp-profile-request-failed-guide = XSP-logboeken analyseren om problemen met aanmelden abonnee op te lossen

finding-xsp-cert-auth-misconfigured-title = Certificaatauthenticatie op de XSP staat precies verkeerd om
finding-xsp-cert-auth-misconfigured-cause = De CertificateAuthentication-instellingen van de XSP moeten allowUserApp = false en allowClientApp = true zijn, zodat Webex zich met zijn clientcertificaat kan authenticeren; de CLI-uitvoer toont iets anders.
finding-xsp-cert-auth-misconfigured-fix = Op elke XSP: XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> set allowUserApp false en set allowClientApp true.
finding-xsp-cert-auth-misconfigured-guide = Onjuiste configuratie van de verificatieservice

finding-xsp-chain-depth-too-low-title = De XSP accepteert de Webex-certificaatketen niet (chainDepth onder 2)
finding-xsp-chain-depth-too-low-cause = chainDepth van de HTTP-clientauthenticatie van de XSP is te laag, zodat de XSP de keten van uitgevers van het Webex-clientcertificaat niet tot het vertrouwensanker kan volgen (het geval uit de handleiding: een XSP met R21 SP1, waar …/Trusts> get niet alle verwachte uitgevers toont). De Webex-keten heeft 2 tussenliggende uitgevers. Staat chainDepth niet onder 2, dan vermoedt de handleiding een beschadigd ketenbestand.
finding-xsp-chain-depth-too-low-fix = Op elke XSP, op het niveau van de HTTP-clientauthenticatie in de XSP-CLI, één niveau boven Trusts (de handleiding drukt het af als /XSP_CLI/Interface/Http?ClientAuthentication>): set chainDepth 3. Zet de waarde nooit onder 2, zeker niet als die al hoger is.
finding-xsp-chain-depth-too-low-guide = Bekende BroadWorks-configuratiefouten: chainDepth te laag (beheerhandleiding)

finding-provisioning-accepted-title = De provisioning bridge heeft het verzoek aangenomen (200 OK)
finding-provisioning-accepted-cause = 200 OK betekent dat de bridge het verzoek heeft ontvangen en doorgegeven; inrichting is asynchroon, dus het betekent nog niet dat de gebruiker bestaat.
finding-provisioning-accepted-fix = De gebruiker (en bij de eerste gebruiker de klantorganisatie) hoort binnen enkele minuten in de Helpdesk te verschijnen. Zo niet, escaleer dan naar Cisco met het e-mailadres uit het verzoek: een 200 OK waaruit nooit een gebruiker ontstaat, is een fout voorbij de bridge.
finding-provisioning-accepted-guide = Fouten bij gebruikersinrichting in het antwoord van de provisioningbrug: 200 OK

finding-bundle-mixed-title = De bundel mengt logboeken van verschillende gebruikers of van verschillende dagen
finding-bundle-mixed-cause = Samen geopende logboeken worden als één verloop gelezen: de tijdlijn, het ladderdiagram en de escalatiegegevens voegen ze samen. Logboeken van een andere gebruiker, of van een dag ver van het probleem, maken dat verloop onjuist.
finding-bundle-mixed-fix = Open alleen de logboeken van één gebruiker en één keer dat het probleem optrad samen. Controleer de hier genoemde gebruikers en tijdvakken, en laat de bestanden weg die er niet bij horen.
finding-bundle-mixed-guide = Gebruikerslogboeken ophalen van Partner Hub

finding-call-forbidden-title = Een gesprek werd geweigerd (403 Forbidden)
finding-call-forbidden-cause = De INVITE kreeg 403 Forbidden. RFC 3261: de server begreep het verzoek en weigert het; opnieuw verzenden helpt niet. Voor een BroadWorks-abonnee weigert de Application Server of de SBC het gesprek: een dienst of beperking staat het niet toe (bijvoorbeeld blokkering van uitgaande gesprekken of een belplan), of het netwerk accepteert de identiteit niet.
finding-call-forbidden-fix = Zoek deze Call-ID op in de XSLog van de AS om te zien welke dienst het gesprek weigerde, en controleer de belbeperkingen van de abonnee in BroadWorks. Niet in de handleiding: die geeft geen stappen voor mislukte gesprekken.
finding-call-forbidden-guide = Niet in de handleiding (RFC 3261 §21.4.4); het BWC-logboek bevat het SIP-verkeer van gesprekken
finding-call-not-found-title = Een gebeld nummer bestaat niet (404 Not Found)
finding-call-not-found-cause = De INVITE kreeg 404 Not Found. RFC 3261: de gebruiker bestaat niet in het domein van de verzoek-URI. Het gekozen nummer of adres is niet bekend bij BroadWorks of bij het netwerk waarheen het gesprek werd gerouteerd.
finding-call-not-found-fix = Controleer het gekozen nummer, met landcode of buitenlijnprefix, en of het bestaat; klopt het, volg dan de Call-ID in de XSLog van de AS. Niet in de handleiding: die geeft geen stappen voor mislukte gesprekken.
finding-call-not-found-guide = Niet in de handleiding (RFC 3261 §21.4.5); het BWC-logboek bevat het SIP-verkeer van gesprekken
finding-call-unavailable-title = De gebelde partij was niet beschikbaar (480 Temporarily Unavailable)
finding-call-unavailable-cause = De INVITE kreeg 480 Temporarily Unavailable. RFC 3261: het eindsysteem van de gebelde werd bereikt maar kan het gesprek nu niet aannemen: geen geregistreerd apparaat, niet storen, of geen apparaat dat antwoordt.
finding-call-unavailable-fix = Controleer of de gebelde gebruiker een geregistreerd apparaat heeft en geen niet-storen of doorschakeling die nergens heen leidt; probeer het later opnieuw. Niet in de handleiding: die geeft geen stappen voor mislukte gesprekken.
finding-call-unavailable-guide = Niet in de handleiding (RFC 3261 §21.4.18); het BWC-logboek bevat het SIP-verkeer van gesprekken
finding-call-busy-title = De gebelde partij was in gesprek (486 Busy Here)
finding-call-busy-cause = De INVITE kreeg 486 Busy Here. RFC 3261: het eindsysteem van de gebelde werd bereikt maar is bezet en neemt geen ander gesprek aan. Dit is geen fout van het systeem.
finding-call-busy-fix = Niets op te lossen, tenzij de gebelde vrij was; controleer dan diens instellingen voor wisselgesprek en bezet in BroadWorks. Niet in de handleiding.
finding-call-busy-guide = Niet in de handleiding (RFC 3261 §21.4.24); het BWC-logboek bevat het SIP-verkeer van gesprekken
finding-call-not-acceptable-title = Een gesprek mislukte op het media-aanbod (488 Not Acceptable Here)
finding-call-not-acceptable-cause = De INVITE kreeg 488 Not Acceptable Here. RFC 3261: de sessiebeschrijving was niet aanvaardbaar: geen codec, mediatype of versleutelingsinstelling gemeen met de andere kant. De weergave Gesprekken toont de codecs van het gesprek.
finding-call-not-acceptable-fix = Vergelijk de codecs en de SRTP-instelling van het aanbod met wat de SBC en de andere kant toestaan (de codeclijst van het apparaatprofiel, het mediabeleid van de SBC). Niet in de handleiding: die geeft geen stappen voor mislukte gesprekken.
finding-call-not-acceptable-guide = Niet in de handleiding (RFC 3261 §21.4.26); het medialogboek bevat de onderhandelde codecs
finding-call-server-error-title = Een gesprek mislukte op een serverfout (5xx)
finding-call-server-error-cause = De INVITE kreeg een 5xx-antwoord. RFC 3261: een server kon het verzoek niet afhandelen: 500 Server Internal Error, 502 Bad Gateway, 503 Service Unavailable (overbelasting of onderhoud), 504 Server Time-out. De status staat bij deze bevinding.
finding-call-server-error-fix = Volg de Call-ID in de logboeken van de SBC en de AS om de server te vinden die met de fout antwoordde, en escaleer met het tijdstip en de Call-ID van het gesprek. Niet in de handleiding: die geeft geen stappen voor mislukte gesprekken.
finding-call-server-error-guide = Niet in de handleiding (RFC 3261 §21.5); het BWC-logboek bevat het SIP-verkeer van gesprekken
finding-media-packet-loss-title = Tijdens een gesprek gingen audiopakketten verloren
finding-media-packet-loss-cause = De media-engine meldde tijdens het gesprek meer dan 5 % verloren pakketten op een audiostroom; daarboven valt spraak weg. Verlies ontstaat in het netwerk tussen de app en de andere kant: wifi, VPN, overbelaste verbindingen.
finding-media-packet-loss-fix = Niet in de handleiding: probeer een bekabelde verbinding zonder VPN en controleer het netwerkpad naar de media-adressen van de SBC. De slechtste waarde en de regel ervan worden getoond.
finding-media-packet-loss-guide = Niet in de handleiding; het medialogboek bevat de mediarecords
finding-media-jitter-title = Audio kwam tijdens een gesprek onregelmatig aan (jitter)
finding-media-jitter-cause = De media-engine meldde tijdens het gesprek meer dan 50 ms jitter op een audiostroom: pakketten komen zo onregelmatig aan dat spraak vertraagd of afgekapt wordt.
finding-media-jitter-fix = Niet in de handleiding: probeer een bekabelde verbinding zonder VPN en controleer het pad naar de SBC op overbelasting en ontbrekende spraakprioriteit (QoS). De slechtste waarde en de regel ervan worden getoond.
finding-media-jitter-guide = Niet in de handleiding; het medialogboek bevat de mediarecords
finding-media-latency-title = De rondreistijd van de audio was tijdens een gesprek te lang
finding-media-latency-cause = De media-engine meldde tijdens het gesprek een rondreistijd van meer dan 400 ms; met zoveel vertraging praten beide kanten door elkaar (ITU-T G.114).
finding-media-latency-fix = Niet in de handleiding: controleer het netwerkpad naar de media-adressen van de SBC (VPN, satelliet- of mobiele verbindingen, een ver verwijderde mediarelay). De slechtste waarde en de regel ervan worden getoond.
finding-media-latency-guide = Niet in de handleiding; het medialogboek bevat de mediarecords

finding-as-register-failed-title = De Application Server heeft de REGISTER van de SBC geweigerd of nooit beantwoord
finding-as-register-failed-cause = Stap 5 van de registratievolgorde is mislukt: de SBC gaf de SIP REGISTER van de app door aan de AS, en het AS-logboek toont een definitief foutantwoord (4xx, 5xx of 6xx) of helemaal geen definitief antwoord. De app kan zich niet registreren zolang de AS haar niet accepteert.
finding-as-register-failed-fix = Vergelijk de SIP-referenties, adressen en poorten die het apparaatprofiel de app geeft met de lijn/poort en het apparaat van de gebruiker op de AS (stap 3 van de volgorde), en controleer of de SBC de REGISTER naar de AS stuurt waarop de gebruiker staat (de SBC kan de NS vragen waar de gebruiker staat).
finding-as-register-failed-guide = Verwachte registratievolgorde (stap 5); de fout zelf staat niet in de handleiding (RFC 3261)

finding-authservice-url-missing-title = De webcontainer van een XSP heeft geen AuthService-URL
finding-authservice-url-missing-cause = De CLI-uitvoer van deze XSP toont de opties van de webcontainer zonder de AuthService-URL (de openbare URL van de verificatieservice). Volgens de handleiding moet de AuthService-URL aan de webcontainer worden gegeven op elke XSP die de verificatieservice host; zonder die URL kan deze XSP het langlevende token niet uitgeven of valideren, zodat aanmelden mislukt voor de gebruikers die hij bedient.
finding-authservice-url-missing-fix = Geef op elke XSP van het cluster de AuthService-URL aan de webcontainer en controleer of die voor het cluster juist is ingevoerd in Partner Hub.
finding-authservice-url-missing-guide = Onjuiste configuratie van de verificatieservice

finding-authservice-keys-differ-title = De XSP's van de bundel hebben niet hetzelfde RSA-sleutelpaar
finding-authservice-keys-differ-cause = De RSA-sleutel (de vingerafdruk ervan) van de verificatieservice verschilt tussen de XSP's waarvan de CLI-uitvoer in de bundel zit. Volgens de handleiding moeten de RSA-sleutels, die u op één XSP genereert, naar alle XSP's worden gekopieerd: anders weigert de ene XSP een token dat de andere heeft ondertekend, en werkt aanmelden maar voor sommige gebruikers of maar soms.
finding-authservice-keys-differ-fix = Genereer de RSA-sleutels op één XSP en kopieer ze naar alle XSP's van het cluster, zodat elke XSP dezelfde sleutelvingerafdruk toont.
finding-authservice-keys-differ-guide = Onjuiste configuratie van de verificatieservice

finding-authservice-mtls-misconfigured-title = mTLS van de verificatieservice is niet ingericht zoals de handleiding vraagt
finding-authservice-mtls-misconfigured-cause = De verbinding tussen Webex en de verificatieservice van de XSP is beveiligd met MTLS. De CLI-uitvoer toont de truststore van de XSP zonder de Webex-certificaatketen (geen vertrouwensanker), of de interface die de verificatieservice gebruikt vereist geen clientcertificaten.
finding-authservice-mtls-misconfigured-fix = Upload de Webex-clientcertificaatketen (uit Partner Hub, pagina BroadWorks-instellingen) als vertrouwensanker naar de XSP en stel de toepassing van de verificatieservice, of de interface die ze gebruikt, zo in dat ze clientcertificaten vereist.
finding-authservice-mtls-misconfigured-guide = Onjuiste configuratie van de verificatieservice

finding-impp-settings-mismatch-title = De geïntegreerde IM&P-instellingen van de AS komen niet overeen met de Partner Hub-sjabloon
finding-impp-settings-mismatch-cause = De geïntegreerde IM&P-instellingen van de AS (AS_CLI/Interface/Messaging) wijken af van de klantsjabloon in Partner Hub, of de URL van de berichtenserver is een IP-adres in plaats van de URL van de provisioningbrug, of geïntegreerde IM&P staat uit. Volgens de handleiding moeten deze instellingen exact overeenkomen, anders mislukt de inrichting voor alle gebruikers van de onderneming.
finding-impp-settings-mismatch-fix = Laat de configuratie van geïntegreerde IM&P exact overeenkomen met de klantsjabloon in Partner Hub: URL van de berichtenserver = provisioning-URL, gebruikersnaam van de berichtenserver = naam van het provisioningaccount, wachtwoord van de berichtenserver = wachtwoord van het provisioningaccount (AS_CLI/Interface/Messaging> get; voor één onderneming Services > Geïntegreerde IM&P).
finding-impp-settings-mismatch-guide = Fouten met geïntegreerde IM&P voor specifieke ondernemingen/klanten

finding-sso-failed-title = Eenmalige aanmelding mislukt
finding-sso-failed-cause = Het SSO-deel van het aanmelden is mislukt: de activeringsportal weigerde het BroadWorks-wachtwoord, de IdP-proxy gaf geen SAML-assertion uit (stap 2.3 in het ladderdiagram van de handleiding), of CI weigerde de assertion toen de app die wilde inwisselen voor een CI-token (stap 3). De app krijgt geen CI-token en komt niet tot BroadWorks.
finding-sso-failed-fix = Controleer in BroadWorks of aan de gebruiker de apparaattypen voor de Webex-app zijn toegewezen (Apparaatprofielen in de oplossingshandleiding). Controleer of de gebruiker het juiste wachtwoord invoert: met BroadWorks-verificatie in de klantsjabloon is dat het BroadWorks-wachtwoord voor „Webtoegang”, hoofdlettergevoelig; mogelijk moet de gebruiker de BroadWorks-gebruikers-ID invoeren als het e-mailadres geen alternatieve ID is. Volg op de XSP het profielverzoek van de IdP-proxy (2.1, 2.2) in access_log en XsiActionsLog met de getoonde tracking-ID.
finding-sso-failed-guide = Eenmalige aanmelding mislukt; XSP-logboeken analyseren om problemen met aanmelden abonnee op te lossen
finding-webex-calling-only-title = Alleen Webex Calling is actief: deze gebruiker gebruikt Webex niet voor BroadWorks
finding-webex-calling-only-cause = De app belt via Webex Calling (Mobius, WEBEX_CALLING, het recht bc-sp-standard) en toont geen bellen via BroadWorks: geen recht broadworks-connector, en de BroadWorks-belbibliotheek is nooit gestart. De handleiding: als een andere telefoonservice, zoals Webex Calling, wordt weergegeven, gebruikt de gebruiker Webex niet voor BroadWorks.
finding-webex-calling-only-fix = Moet de gebruiker Webex voor BroadWorks gebruiken, verwijder dan het recht voor Webex Calling (bc-sp-standard) en geef de gebruiker het recht broadworks-connector (een Webex voor BroadWorks-pakket in de partnerhub); laat de gebruiker zich daarna af- en weer aanmelden. Anders is dit geen probleem van Webex voor BroadWorks.
finding-webex-calling-only-guide = Clientcontrole voor belservice; Controleer het belgedrag en de rechten op de connector van een gebruiker

finding-ced-stale-title = De ced.dat komt uit een oudere sessie dan de logboeken
finding-ced-stale-cause = De gegevens van de belomgeving (ced.dat) zijn geëxporteerd vóór de laatste start van de app in de logboeken. Bij het afmelden of opnieuw starten van de client wordt de cache gewist waaruit ze worden geëxporteerd; deze ced.dat beschrijft dus niet de sessie die de logboeken tonen en komt met geen van hen overeen.
finding-ced-stale-fix = Vraag de gebruiker het probleem opnieuw op te roepen en in dezelfde sessie, zonder af te melden of opnieuw te starten, de gegevens van de belomgeving opnieuw te exporteren (profielfoto > Help > Gegevens van belomgeving exporteren), en de nieuwe ced.dat met de logboeken van die sessie te sturen.
finding-ced-stale-guide = Belomgevinggegevens krijgen
