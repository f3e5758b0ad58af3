# Der Befundkatalog: für jede Befund-ID in assets/signatures.json Titel,
# Ursache, Lösung und der Abschnitt des Leitfadens zur Fehlerbehebung.

finding-entitlement-missing-title = Dem Benutzer fehlt die Berechtigung broadworks-connector
finding-entitlement-missing-cause = Die Webex-App registriert sich nur bei BroadWorks, wenn das Konto des Benutzers die Berechtigung broadworks-connector hat. Sie fehlt in den Berechtigungen, die die App erhalten hat, daher gibt es kein Anrufsymbol und keinen BroadWorks-Telefondienst.
finding-entitlement-missing-fix = Prüfen Sie den Benutzer im Helpdesk: Das Konto muss über eine Kundenvorlage für Webex für BroadWorks mit einem Anrufpaket bereitgestellt sein. Stellen Sie den Benutzer erneut bereit (oder korrigieren Sie das Paket in BroadWorks), damit broadworks-connector erteilt wird, und lassen Sie den Benutzer sich ab- und wieder anmelden.
finding-entitlement-missing-guide = Client hat kein Anrufsymbol; Anrufverhalten und Connector-Berechtigung eines Benutzers prüfen

finding-conflicting-calling-entitlement-title = Der Benutzer hat zusätzlich eine Webex Calling-Berechtigung (bc-sp-standard)
finding-conflicting-calling-entitlement-cause = bc-sp-standard gehört zu Webex Calling, dem anderen Anruf-Backend. Ein Benutzer damit ist sowohl für Webex Calling als auch für Webex für BroadWorks eingerichtet, und die App nutzt möglicherweise keine BroadWorks-Anrufe.
finding-conflicting-calling-entitlement-fix = Entfernen Sie die Webex Calling-Lizenz oder -Berechtigung dieses Benutzers im Control Hub, sodass nur Anrufe über Webex für BroadWorks bleiben, und lassen Sie den Benutzer sich ab- und wieder anmelden.
finding-conflicting-calling-entitlement-guide = Anrufverhalten und Connector-Berechtigung eines Benutzers prüfen

finding-calling-behavior-not-webex-title = Das Anrufverhalten ist nicht „Calling in Webex“
finding-calling-behavior-not-webex-cause = Die App registriert sich nur bei BroadWorks, wenn das Anrufverhalten NATIVE_WEBEX_TEAMS_CALLING („Calling in Webex“) ist. Benutzer oder Organisation sind auf ein anderes Verhalten eingestellt, daher gehen Anrufe an eine andere App oder ins Leere.
finding-calling-behavior-not-webex-fix = Stellen Sie im Control Hub das Anrufverhalten der Organisation (oder dieses Benutzers) auf Calling in Webex und prüfen Sie es im Helpdesk. Die App übernimmt die Änderung nach einer erneuten Anmeldung.
finding-calling-behavior-not-webex-guide = Anrufverhalten und Connector-Berechtigung eines Benutzers prüfen; Anrufverhalten einer Organisation prüfen

finding-multiple-calling-services-title = Webex Calling und BroadWorks-Anrufe waren beide aktiv
finding-multiple-calling-services-cause = Die App hat zwischen Anruf-Backends gewechselt (Webex Calling, als Mobius oder WEBEX_CALLING angezeigt, und BroadWorks). Das geschieht, wenn mit derselben App verschiedene Anrufdienste ausprobiert wurden, und hinterlässt veralteten Zustand.
finding-multiple-calling-services-fix = Setzen Sie die Datenbank der App zurück: Hilfe > Health Checker > Datenbank zurücksetzen (oder abmelden und die lokalen Daten löschen), dann erneut anmelden.
finding-multiple-calling-services-guide = Mehrere Anrufdienste mit denselben Clients getestet; Webex-Datenbank zurücksetzen

finding-activation-portal-error-title = Das Aktivierungsportal hat einen Endbenutzer-Fehlercode zurückgegeben
finding-activation-portal-error-cause = Die Anmeldung endete im Aktivierungsportal für Benutzer mit einem der Fehlercodes, die der Leitfaden auflistet.
finding-activation-portal-error-fix = Folgen Sie der Maßnahme, die beim Code angegeben ist.
finding-activation-portal-error-guide = Endbenutzer-Fehlercodes

finding-directory-sync-error-title = Ein Fehlercode der Verzeichnissynchronisierung tritt auf
finding-directory-sync-error-cause = Die Synchronisierung des BroadWorks External Directory oder der Phone List meldete einen der Fehlercodes des Leitfadens; Kontakte oder Benutzer können fehlen oder veraltet sein.
finding-directory-sync-error-fix = Schlagen Sie die Bedeutung des Codes nach (bei diesem Befund angezeigt). Prüfen Sie die Synchronisierungseinstellungen der Kundenkonfiguration im Partner Hub und die Erreichbarkeit des BroadWorks-Clusters; eskalieren Sie mit dem Code, wenn es bestehen bleibt.
finding-directory-sync-error-guide = Fehlercodes für die Verzeichnissynchronisierung

finding-token-fetch-failed-title = Das BroadWorks-Token konnte nicht abgerufen werden
finding-token-fetch-failed-cause = Die App hat den BroadWorks-IdP-Proxy (oder den authService des XSP) nach ihrem JWT oder langlebigen Token gefragt und einen Fehler erhalten. Ohne Token kann die App weder ihre Geräteliste abrufen noch sich registrieren.
finding-token-fetch-failed-fix = Prüfen Sie den Authentifizierungsdienst auf den XSPs anhand des Lösungsleitfadens: Die auf einem XSP erzeugten RSA-Schlüssel sind auf alle XSPs kopiert; die AuthService-URL in der Partner-Hub-Vorlage zeigt auf die XSPs; das mTLS-Client-Zertifikat von Webex ist vertrauenswürdig; und die Einstellungen der Zertifikatsauthentifizierung sind allowUserApp = false und allowClientApp = true. Nennen Sie Cisco die Tracking-ID, wenn es weiter fehlschlägt.
finding-token-fetch-failed-guide = Fehlkonfiguration des Authentifizierungsdienstes

finding-xsi-request-failed-title = Eine Xsi-Actions-Anfrage wurde abgewiesen
finding-xsi-request-failed-cause = Die Anfrage der App an Xsi-Actions auf dem XSP (Profil oder Geräteliste) wurde mit einem Fehler beantwortet, daher erfährt sie ihre Geräte nicht.
finding-xsi-request-failed-fix = Prüfen Sie die Anwendung Xsi-Actions auf dem hier genannten XSP: dass sie bereitgestellt und erreichbar ist, dass der Benutzer in BroadWorks existiert, und access_log und XsiActionsLog des XSP für dieselbe Tracking-ID.
finding-xsi-request-failed-guide = XSP-Protokolle zur Fehlerbehebung bei der Teilnehmeranmeldung analysieren

finding-device-profile-missing-title = Der Benutzer hat kein Geräteprofil für diese Plattform
finding-device-profile-missing-cause = BroadWorks hat die Geräte des Benutzers geliefert, aber keines hat den Gerätetyp, den die App auf dieser Plattform braucht (Business Communicator - PC auf dem Desktop). Die App kann keine Konfiguration laden und sich nicht registrieren.
finding-device-profile-missing-fix = Fügen Sie dem Benutzer in BroadWorks ein Identitäts-/Geräteprofil vom Typ Business Communicator - PC (oder den Typ für seine Plattform) hinzu, wie im Abschnitt Geräteprofile des Lösungsleitfadens beschrieben, und lassen Sie ihn sich erneut anmelden.
finding-device-profile-missing-guide = Desktop-Gerät für Benutzer nicht bereitgestellt; Geräteprofile

finding-config-download-failed-title = Die Gerätekonfiguration konnte nicht vom DMS geladen werden
finding-config-download-failed-cause = Die App hat den Device Management Server nach ihrer Konfigurationsdatei gefragt und eine Fehlerantwort erhalten.
finding-config-download-failed-fix = Prüfen Sie den DMS auf dem hier genannten XSP: dass die Konfigurationsdatei des Gerätetyps existiert und für das Gerät des Benutzers bereitgestellt ist, dass die DMS-URL im Geräteprofil stimmt, und das dmsDebugLog des XSP für die Anfrage.
finding-config-download-failed-guide = Erwarteter Registrierungsablauf (Schritte 1 und 2)

finding-config-parse-failed-title = Die geladene Konfiguration konnte nicht gelesen werden (errorCode 1507)
finding-config-parse-failed-cause = Die Konfigurationsdatei, die der DMS für den Gerätetyp geliefert hat, ließ sich nicht verarbeiten, daher schlug die Anmeldung bei BroadWorks-Anrufen mit Fehler 1507 fehl. Eine bekannte Ursache ist die Kodierung des Gerätetyps: defaultDeviceEncoding steht auf ISO-8859-1, während die Datei UTF-8 ist.
finding-config-parse-failed-fix = Prüfen Sie auf dem AS den Gerätetyp mit AS_CLI/System/DeviceType/SIP> detail "Business Communicator - PC" und setzen Sie defaultDeviceEncoding auf UTF-8 (Cisco-TAC-Dokument 221699). Prüfen Sie auch die Konfigurationsvorlage auf fehlerhaftes XML.
finding-config-parse-failed-guide = Probleme mit Anrufkonfiguration und Registrierung; Cisco-TAC-Dokument 221699

finding-unresolved-config-tag-title = Ein BroadWorks-Tag ist für diesen Benutzer nicht definiert
finding-unresolved-config-tag-cause = Die geladene Konfiguration enthält noch einen Platzhalter %…_WXT%: Das benutzerdefinierte BroadWorks-Tag ist für den Gerätetyp oder den Benutzer nicht definiert, daher erhält die App den Platzhalter statt eines Wertes. %SBC_ADDRESS_WXT% verhindert die Registrierung; %WEB_CALL_SETTINGS_URL_WXT% blendet den Self-Care-Link für Anrufeinstellungen aus.
finding-unresolved-config-tag-fix = Definieren Sie das hier genannte Tag in BroadWorks (auf Ebene des Gerätetyps oder der Gruppe/des Unternehmens), wie im Konfigurationsleitfaden für Webex für Cisco BroadWorks aufgeführt, und lassen Sie den Benutzer sich erneut anmelden.
finding-unresolved-config-tag-guide = Fehlkonfiguration von BroadWorks-Tags; Die Self-Care-Schaltfläche oder der Link wird in der Webex-App nicht angezeigt

finding-sip-auth-failed-title = Der SBC weist die SIP-Anmeldedaten weiterhin ab
finding-sip-auth-failed-cause = REGISTER wurde erneut abgefragt, nachdem die App ihre Anmeldedaten gesendet hatte: SIP-Benutzername oder Passwort im Geräteprofil passen nicht zu den Authentifizierungseinstellungen des Benutzers in BroadWorks.
finding-sip-auth-failed-fix = Prüfen Sie in BroadWorks den Dienst Authentication des Benutzers (Benutzername und Passwort) und die Anmeldedaten des Geräteprofils, das die App geladen hat; setzen Sie sie so, dass sie übereinstimmen, und lassen Sie den Benutzer sich erneut anmelden.
finding-sip-auth-failed-guide = Probleme mit Anrufkonfiguration und Registrierung

finding-sip-register-rejected-title = Der SBC hat die Registrierung abgelehnt
finding-sip-register-rejected-cause = REGISTER erhielt eine endgültige Fehlerantwort vom SBC oder vom Application Server (zum Beispiel 403 oder 404): Line/Port oder Benutzer sind dort, wo die Anfrage ankam, nicht bekannt.
finding-sip-register-rejected-fix = Prüfen Sie Line/Port (SIP-Benutzer) des Geräteprofils gegen BroadWorks, ob der Benutzer auf dem AS liegt, zu dem der SBC routet, und die Protokolle von SBC und AS für diese Call-ID.
finding-sip-register-rejected-guide = Erwarteter Registrierungsablauf (Schritte 4 und 5)

finding-sip-register-timeout-title = Der SBC hat auf die Registrierung nicht geantwortet
finding-sip-register-timeout-cause = REGISTER erhielt keine Antwort (die SIP-Transaktion lief ab) oder die Verbindung zum SBC schlug fehl. SBC-Adresse oder -Port in der Konfiguration sind falsch, oder eine Firewall blockiert den Weg.
finding-sip-register-timeout-fix = Prüfen Sie die hier genannte SBC-Adresse und den Port gegen %SBC_ADDRESS_WXT% und %SBC_PORT_WXT% in BroadWorks, ob der SBC dort lauscht (TLS) und ob das Netzwerk des Benutzers den Verkehr durchlässt.
finding-sip-register-timeout-guide = Erwarteter Registrierungsablauf (Schritt 4); Fehlkonfiguration von BroadWorks-Tags

finding-sip-register-failover-title = Der erste SBC hat nicht geantwortet; die App hat sich über einen anderen registriert
finding-sip-register-failover-cause = Die App hat REGISTER an eine SBC-Adresse gesendet und keine Antwort erhalten oder keine Verbindung aufbauen können und sich dann über die nächste ihr genannte Adresse registriert. Anrufe funktionieren, aber jede Anmeldung und jede Auffrischung wartet zuerst auf den stummen SBC, und bis er wieder antwortet, gibt es keinen Ersatz-SBC.
finding-sip-register-failover-fix = Prüfen Sie den SBC, der nicht geantwortet hat (seine Adresse steht in den Belegen): ob er läuft, ob seine Firewall den SIP-Verkehr der App auf dem Port der Konfiguration durchlässt und ob %SBC_ADDRESS_WXT% nur SBCs nennt, die diesen Benutzer bedienen.
finding-sip-register-failover-guide = Erwarteter Registrierungsablauf (Schritt 4); Fehlkonfiguration von BroadWorks-Tags

finding-registration-displaced-title = Die Registrierung wurde von einem anderen Client übernommen
finding-registration-displaced-cause = Nach erfolgreicher Registrierung hat der Registrar den Kontakt der App entfernt. Das ist so vorgesehen, wenn sich derselbe Benutzer mit einer anderen Webex-App derselben Plattform anmeldet: Nur ein Desktop-Client kann die Registrierung halten.
finding-registration-displaced-fix = Bitten Sie den Benutzer, sich von der anderen Webex-App desselben Typs (auf einem anderen Computer) abzumelden, oder akzeptieren Sie, dass die zuletzt angemeldete App gewinnt.
finding-registration-displaced-guide = Desktop-Client trennt Telefondienste nach erfolgreicher SSO-Verbindung

finding-registration-stopped-title = Die Registrierung ist stehen geblieben, und kein bekanntes Problem erklärt es
finding-registration-stopped-cause = Die App ist bis zu dem hier genannten Schritt gekommen und nicht weiter. Keines der Probleme, die der Leitfaden zur Fehlerbehebung beschreibt, zeigt sich in den Protokollen; die ersten Fehler, die die Anrufbibliothek oder die Telefonie nach diesem Schritt protokolliert hat, sind die Belege.
finding-registration-stopped-fix = Lesen Sie zuerst die Fehlerzeilen der Belege. Folgen Sie dann dem Registrierungsablauf des Leitfadens ab dem erreichten Schritt: die heruntergeladene Konfiguration, der Netzwerkweg zum SBC, die Gerätetypen und Anrufeinstellungen des Benutzers. Eskalieren Sie mit den Protokollen, den Tracking-IDs und der Zeit des letzten Schritts.
finding-registration-stopped-guide = Erwarteter Registrierungsablauf

finding-provisioning-forbidden-title = Die Provisioning Bridge hat die Anfrage verweigert (403 Forbidden)
finding-provisioning-forbidden-cause = Die Flow-Through-Bereitstellungsanfrage des Application Servers wurde verweigert. So gesendet kann sie nicht gelingen: Eine typische Ursache ist eine Anfrage an eine IP-Adresse statt an die URL der Provisioning Bridge, was passiert, wenn dem AS ein nötiger Patch fehlt.
finding-provisioning-forbidden-fix = Prüfen Sie das Ziel der Anfrage im PSLog: Es muss die URL der Provisioning Bridge aus Ihrer Partner-Hub-Vorlage sein, keine IP-Adresse. Ist es eine IP-Adresse, installieren Sie den AS-Patch ap373197 und schließen Sie die zugehörige Konfiguration der Flow-Through-Bereitstellung ab.
finding-provisioning-forbidden-guide = Fehler bei der Benutzerbereitstellung als Antwort der Provisioning Bridge: 403 Forbidden

finding-provisioning-unauthorized-title = Die Bereitstellungs-Anmeldedaten wurden abgelehnt (401 Unauthorized)
finding-provisioning-unauthorized-cause = Kontoname oder Passwort der Bereitstellung auf dem Application Server (integriertes IM&P) weichen von denen in der Kundenvorlage im Partner Hub ab.
finding-provisioning-unauthorized-fix = Gleichen Sie Benutzername und Passwort des Messaging-Servers in den Einstellungen für integriertes IM&P des Unternehmens (AS_CLI/Interface/Messenger> get, oder Dienste > Integriertes IM&P des Unternehmens) exakt an Kontoname und Passwort der Bereitstellung in der Partner-Hub-Vorlage an.
finding-provisioning-unauthorized-guide = PSLog bei Problemen mit der Benutzerbereitstellung analysieren; Integrierte IM&P-Fehler für bestimmte Unternehmen

finding-provisioning-conflict-title = Ein Webex-Benutzer mit dieser E-Mail-Adresse existiert bereits (409 Conflict)
finding-provisioning-conflict-cause = Die Bereitstellungsanfrage kann nicht fortfahren, weil bereits ein Webex-Konto mit der E-Mail-Adresse des Teilnehmers existiert, oft ein kostenloses Konto, das der Benutzer selbst angelegt hat.
finding-provisioning-conflict-fix = Suchen Sie die E-Mail-Adresse aus dem POST im Helpdesk. Bitten Sie den Benutzer, das kostenlose Konto zu löschen, oder stellen Sie den Teilnehmer mit einer anderen E-Mail-Adresse bereit.
finding-provisioning-conflict-guide = 409 Conflict; Benutzer ist bereits in CI

finding-provisioning-missing-phone-number-title = Der Teilnehmer hat keine primäre Telefonnummer
finding-provisioning-missing-phone-number-cause = Die Bereitstellungsanfrage enthält keine primaryPhoneNumber. Jeder Teilnehmer von Webex für BroadWorks braucht eine primäre Nummer (DID); ohne sie schlägt die Bereitstellung fehl.
finding-provisioning-missing-phone-number-fix = Weisen Sie dem Teilnehmer in BroadWorks eine primäre Telefonnummer zu und stellen Sie ihn erneut bereit.
finding-provisioning-missing-phone-number-guide = PSLog bei Problemen mit der Benutzerbereitstellung analysieren (Schritt 2); Integrierte IM&P-Fehler für bestimmte Benutzer

finding-provisioning-invalid-email-title = Die E-Mail-Adresse des Teilnehmers ist ungültig
finding-provisioning-invalid-email-cause = Die E-Mail-Adresse in der Bereitstellungsanfrage ist keine gültige Adresse. Sie wird zur Webex-ID des Benutzers und muss daher gültig und eindeutig sein.
finding-provisioning-invalid-email-fix = Korrigieren Sie die E-Mail-Adresse des Teilnehmers in BroadWorks und stellen Sie ihn erneut bereit.
finding-provisioning-invalid-email-guide = PSLog bei Problemen mit der Benutzerbereitstellung analysieren (Schritt 2)

finding-provisioning-bad-request-title = Die Provisioning Bridge konnte die Anfrage nicht verarbeiten (400 Bad Request)
finding-provisioning-bad-request-cause = Die Bridge hat etwas im subscriberProfile abgelehnt, oder es passt nicht zu einer Einstellung der Kundenvorlage. Die zurückgegebene Meldung sagt, was.
finding-provisioning-bad-request-fix = Lesen Sie die zitierte Meldung. „Cannot trust BroadWorks email…“ heißt, die E-Mail-Adresse ist ungültig oder vertippt, während die Vorlage E-Mails als vertrauenswürdig einstuft: Prüfen Sie die E-Mail-Adresse des Teilnehmers in BroadWorks. „Customer Org not found… create new org flag is not enabled“ heißt, dieser Benutzer würde eine neue Kundenorganisation anlegen, was die Vorlage verbietet: Erlauben Sie neue Organisationen in der Partner-Hub-Vorlage, oder korrigieren Sie die E-Mail-Adresse (ihre Domain), wenn keine neue Organisation gewollt war.
finding-provisioning-bad-request-guide = Fehler bei der Benutzerbereitstellung als Antwort der Provisioning Bridge: 400 Bad Request

finding-impp-provisioning-error-title = Der Application Server hat einen Fehler des integrierten IM&P gemeldet
finding-impp-provisioning-error-cause = Der AS protokollierte [Fehler 18215] (Bereitstellungsfehler mit dem Messaging-Server) oder [Fehler 18211] (Kommunikationsfehler mit ihm). Bekannte Ursachen: Die E-Mail-Adresse existiert bereits in Webex, der Benutzer hat sich früher selbst angemeldet, oder der Benutzer hat keine primäre Telefonnummer.
finding-impp-provisioning-error-fix = Sehen Sie sich die Bereitstellungsantwort neben diesem Fehler an. Suchen Sie die E-Mail-Adresse des Benutzers im Helpdesk; prüfen Sie, ob der Teilnehmer eine primäre Nummer hat; schlägt es für jeden Benutzer des Unternehmens fehl, vergleichen Sie die Einstellungen für integriertes IM&P des Unternehmens mit der Partner-Hub-Vorlage.
finding-impp-provisioning-error-guide = Integrierte IM&P-Fehler für bestimmte Benutzer

finding-xsp-token-failed-title = Der Authentifizierungsdienst des XSP hat das Token nicht ausgestellt oder nicht validiert
finding-xsp-token-failed-cause = authService antwortete mit einem anderen StatusCode als 200 beim Ausstellen des langlebigen Tokens (Schritt 5.4) oder beim Validieren für Xsi-Actions (Schritt 6).
finding-xsp-token-failed-fix = Prüfen Sie den Authentifizierungsdienst auf jedem XSP: Die auf einem XSP erzeugten RSA-Schlüssel sind auf alle XSPs kopiert; die AuthService-URL der Partner-Hub-Vorlage zeigt auf sie; das mTLS-Client-Zertifikat von Webex ist vertrauenswürdig; und CertificateAuthentication hat allowUserApp = false und allowClientApp = true.
finding-xsp-token-failed-guide = XSP-Protokolle zur Fehlerbehebung bei der Teilnehmeranmeldung analysieren; Fehlkonfiguration des Authentifizierungsdienstes

finding-xsp-profile-request-failed-title = Der XSP hat die Profil- oder Geräteanfrage abgewiesen
finding-xsp-profile-request-failed-cause = Der Xsi-Actions-Profil-GET vom IdP-Proxy (Schritt 2.1) oder der Geräte-GET von der App (Schritt 6) wurde mit einem Fehler beantwortet.
finding-xsp-profile-request-failed-fix = Prüfen Sie die Anwendung Xsi-Actions und den Benutzer in BroadWorks: dass der Benutzer existiert und die Anmeldedaten für den Profil-GET stimmen, dass das Token für den Geräte-GET validiert wurde, und die OCI-P-Antworten im XsiActionsLog für dieselbe Tracking-ID.
finding-xsp-profile-request-failed-guide = XSP-Protokolle zur Fehlerbehebung bei der Teilnehmeranmeldung analysieren

finding-xsp-cert-auth-misconfigured-title = Die Zertifikatsauthentifizierung auf dem XSP ist genau verkehrt herum eingestellt
finding-xsp-cert-auth-misconfigured-cause = Die CertificateAuthentication-Einstellungen des XSP müssen allowUserApp = false und allowClientApp = true sein, damit Webex sich mit seinem Client-Zertifikat authentifizieren kann; die CLI-Ausgabe zeigt etwas anderes.
finding-xsp-cert-auth-misconfigured-fix = Auf jedem XSP: XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> set allowUserApp false und set allowClientApp true.
finding-xsp-cert-auth-misconfigured-guide = Fehlkonfiguration des Authentifizierungsdienstes

finding-xsp-chain-depth-too-low-title = Der XSP akzeptiert die Webex-Zertifikatskette nicht (chainDepth unter 2)
finding-xsp-chain-depth-too-low-cause = HttpClientAuthentication chainDepth begrenzt die Länge einer Client-Zertifikatskette. Die Kette des Webex-Client-Zertifikats braucht mindestens 2; ein kleinerer Wert bricht die mTLS-Verbindung von Webex.
finding-xsp-chain-depth-too-low-fix = Auf jedem XSP: XSP_CLI/Interface/Http/HttpClientAuthentication> set chainDepth 2 (oder mehr).
finding-xsp-chain-depth-too-low-guide = Fehlkonfiguration des Authentifizierungsdienstes

finding-provisioning-accepted-title = Die Provisioning Bridge hat die Anfrage angenommen (200 OK)
finding-provisioning-accepted-cause = 200 OK heißt, dass die Bridge die Anfrage erhalten und weitergegeben hat; die Bereitstellung ist asynchron, der Benutzer existiert damit also noch nicht.
finding-provisioning-accepted-fix = Der Benutzer (und beim ersten Benutzer die Kundenorganisation) sollte innerhalb weniger Minuten im Helpdesk erscheinen. Wenn nicht, eskalieren Sie an Cisco mit der E-Mail-Adresse aus der Anfrage: Ein 200 OK, aus dem nie ein Benutzer entsteht, ist ein Fehler hinter der Bridge.
finding-provisioning-accepted-guide = Fehler bei der Benutzerbereitstellung als Antwort der Provisioning Bridge: 200 OK

finding-bundle-mixed-title = Das Paket mischt Protokolle verschiedener Benutzer oder verschiedener Tage
finding-bundle-mixed-cause = Gemeinsam geöffnete Protokolle werden als ein Ablauf gelesen: Zeitachse, Leiterdiagramm und Eskalationsangaben verbinden sie. Protokolle eines anderen Benutzers oder eines weit entfernten Tages verfälschen diesen Ablauf.
finding-bundle-mixed-fix = Öffnen Sie nur die Protokolle eines Benutzers und eines Auftretens des Problems gemeinsam. Prüfen Sie die hier genannten Benutzer und Zeiträume und lassen Sie die Dateien weg, die nicht dazugehören.
finding-bundle-mixed-guide = Benutzerprotokolle aus dem Partner Hub abrufen
