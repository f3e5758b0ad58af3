# Der Befundkatalog: für jede Befund-ID in assets/signatures.json Titel,
# Ursache, Lösung und der Abschnitt des Leitfadens zur Fehlerbehebung.
# Die -guide-Zeilen nennen die Abschnitte so, wie die deutsche Ausgabe des Leitfadens sie druckt;
# Texte mit „Nicht im Leitfaden:“ sind Ratschläge dieses Tools, nicht des Leitfadens.

finding-entitlement-missing-title = Dem Benutzer fehlt die Berechtigung broadworks-connector
finding-entitlement-missing-cause = Die Webex-App registriert sich nur bei BroadWorks, wenn das Konto des Benutzers die Berechtigung broadworks-connector hat. Sie fehlt in den Berechtigungen, die die App erhalten hat, daher gibt es kein Anrufsymbol und keinen BroadWorks-Telefondienst.
finding-entitlement-missing-fix = Prüfen Sie den Benutzer im Helpdesk: Die Berechtigungen müssen broadworks-connector enthalten. Meist fehlt dem Benutzer die richtige Lizenz oder Berechtigung, oder er ist im Control Hub noch nicht für Anrufe aktiviert. Prüfen Sie sein Webex für BroadWorks-Paket im Partner Hub (Kunden, Kunden anzeigen, Benutzer, der Benutzer, Webex für BroadWorks-Pakete) und lassen Sie ihn sich ab- und wieder anmelden.
finding-entitlement-missing-guide = Client hat kein Anrufsymbol; Anrufverhalten und Connector-Berechtigung eines Benutzers prüfen

finding-conflicting-calling-entitlement-title = Der Benutzer hat zusätzlich eine Webex Calling-Berechtigung (bc-sp-standard)
finding-conflicting-calling-entitlement-cause = bc-sp-standard gehört zu Webex Calling, dem anderen Anruf-Backend. Ein Benutzer damit ist sowohl für Webex Calling als auch für Webex für BroadWorks eingerichtet, und die App nutzt möglicherweise keine BroadWorks-Anrufe.
finding-conflicting-calling-entitlement-fix = Entfernen Sie die Webex Calling-Lizenz oder -Berechtigung dieses Benutzers im Control Hub, sodass nur Anrufe über Webex für BroadWorks bleiben, und lassen Sie den Benutzer sich ab- und wieder anmelden.
finding-conflicting-calling-entitlement-guide = Anrufverhalten und Connector-Berechtigung eines Benutzers prüfen

finding-calling-behavior-not-webex-title = Das Anrufverhalten ist nicht „Calling in Webex“
finding-calling-behavior-not-webex-cause = Die App registriert sich nur bei BroadWorks, wenn das Anrufverhalten NATIVE_WEBEX_TEAMS_CALLING („Calling in Webex“) ist. Benutzer oder Organisation sind auf ein anderes Verhalten eingestellt, daher gehen Anrufe an eine andere App oder ins Leere.
finding-calling-behavior-not-webex-fix = Prüfen Sie im Helpdesk das Anrufverhalten des Benutzers und der Organisation: Es muss Calling in Webex sein. Ändern Sie es im Control Hub. Im partnerbeschränkten Modus, der standardmäßig aktiv ist, können Kundenadministratoren das Anrufverhalten nicht bearbeiten; dann muss ein Partneradministrator es ändern. Die App übernimmt die Änderung nach einer erneuten Anmeldung.
finding-calling-behavior-not-webex-guide = Anrufverhalten und Connector-Berechtigung eines Benutzers prüfen; Anrufverhalten einer Organisation prüfen; Partnerbeschränkter Modus (Verwaltungsleitfaden)

finding-multiple-calling-services-title = Webex Calling und BroadWorks-Anrufe waren beide aktiv
finding-multiple-calling-services-cause = Die App hat zwischen Anruf-Backends gewechselt (Webex Calling, als Mobius oder WEBEX_CALLING angezeigt, und BroadWorks). Das geschieht, wenn mit derselben App verschiedene Anrufdienste ausprobiert wurden, und hinterlässt veralteten Zustand.
finding-multiple-calling-services-fix = Setzen Sie die Datenbank der App zurück: Hilfe > Health Checker > Datenbank zurücksetzen. Das setzt den Client vollständig zurück und zeigt wieder den Anmeldebildschirm.
finding-multiple-calling-services-guide = Mehrere Anrufdienste, die mit denselben Clients getestet werden; Webex-Datenbank zurücksetzen

finding-activation-portal-error-title = Das Aktivierungsportal hat einen Endbenutzer-Fehlercode zurückgegeben
finding-activation-portal-error-cause = Die Anmeldung endete im Aktivierungsportal für Benutzer mit einem der Fehlercodes, die der Leitfaden auflistet.
finding-activation-portal-error-fix = Folgen Sie der Maßnahme, die beim Code angegeben ist.
finding-activation-portal-error-guide = Endbenutzer-Fehlercodes

finding-directory-sync-error-title = Ein Fehlercode der Verzeichnissynchronisierung tritt auf
finding-directory-sync-error-cause = Die Synchronisierung des BroadWorks External Directory oder der Phone List meldete einen der Fehlercodes des Leitfadens; Kontakte oder Benutzer können fehlen oder veraltet sein.
finding-directory-sync-error-fix = Der Leitfaden nennt die Bedeutung des Codes (bei diesem Befund angezeigt), aber keine Maßnahme. Nicht im Leitfaden: Prüfen Sie die Synchronisierungseinstellungen der Kundenkonfiguration im Partner Hub und ob der BroadWorks-Cluster erreichbar ist; eskalieren Sie mit dem Code, wenn es bestehen bleibt.
finding-directory-sync-error-guide = Fehlercodes für die Verzeichnissynchronisierung

finding-token-fetch-failed-title = Das BroadWorks-Token konnte nicht abgerufen werden
finding-token-fetch-failed-cause = Die App hat den BroadWorks-IdP-Proxy (oder den authService des XSP) nach ihrem JWT oder langlebigen Token gefragt und einen Fehler erhalten. Ohne Token kann die App weder ihre Geräteliste abrufen noch sich registrieren.
finding-token-fetch-failed-fix = Prüfen Sie den Authentifizierungsdienst auf den XSPs: Die auf einem XSP erzeugten RSA-Schlüssel sind auf alle XSPs kopiert; die AuthService-URL ist dem Web-Container aller XSPs bereitgestellt und im Cluster im Partner Hub eingetragen; CertificateAuthentication hat allowUserApp = false und allowClientApp = true; bei mTLS ist das Webex-Clientzertifikat auf die XSPs hochgeladen. Bleibt der Fehler, nennen Sie Cisco die Tracking-ID.
finding-token-fetch-failed-guide = Falsche Konfiguration des Authentifizierungsdiensts

finding-xsi-request-failed-title = Eine Xsi-Actions-Anfrage wurde abgewiesen
finding-xsi-request-failed-cause = Die Anfrage der App an Xsi-Actions auf dem XSP (Profil oder Geräteliste) wurde mit einem Fehler beantwortet, daher erfährt sie ihre Geräte nicht.
finding-xsi-request-failed-fix = Prüfen Sie die Anwendung Xsi-Actions auf dem hier genannten XSP: dass sie bereitgestellt und erreichbar ist, dass der Benutzer in BroadWorks existiert, und access_log und XsiActionsLog des XSP für dieselbe Tracking-ID.
finding-xsi-request-failed-guide = XSP-Protokolle zur Fehlerbehebung bei der Abonnentenanmeldung analysieren

finding-device-profile-missing-title = Der Benutzer hat kein Geräteprofil für diese Plattform
finding-device-profile-missing-cause = BroadWorks hat die Geräte des Benutzers geliefert, aber keines hat den Gerätetyp, den die App auf dieser Plattform braucht (Business Communicator - PC auf dem Desktop). Die App kann keine Konfiguration laden und sich nicht registrieren.
finding-device-profile-missing-fix = Weisen Sie dem Benutzer in BroadWorks die Gerätetypen für die Webex-App zu: ein Identitäts-/Geräteprofil vom Typ Business Communicator - PC (oder den Typ für seine Plattform), wie im Lösungshandbuch beschrieben (Vorbereiten Ihrer Umgebung, Geräteprofile). Lassen Sie den Benutzer sich dann erneut anmelden.
finding-device-profile-missing-guide = Desktop-Gerät nicht für Benutzer bereitgestellt; Single Sign-On fehlgeschlagen

finding-config-download-failed-title = Die Gerätekonfiguration konnte nicht vom DMS geladen werden
finding-config-download-failed-cause = Die App hat den Device Management Server nach ihrer Konfigurationsdatei gefragt und eine Fehlerantwort erhalten.
finding-config-download-failed-fix = Prüfen Sie den DMS auf dem hier genannten XSP: dass die Konfigurationsdatei des Gerätetyps existiert und für das Gerät des Benutzers bereitgestellt ist, dass die DMS-URL im Geräteprofil stimmt, und das dmsDebugLog des XSP für die Anfrage.
finding-config-download-failed-guide = Erwartete Registrierungssequenz (Schritte 1 und 2)

finding-config-parse-failed-title = Die geladene Konfiguration konnte nicht gelesen werden (errorCode 1507)
finding-config-parse-failed-cause = Die Konfigurationsdatei, die der DMS für den Gerätetyp geliefert hat, ließ sich nicht verarbeiten, daher schlug die Anmeldung bei BroadWorks-Anrufen mit Fehler 1507 fehl. Eine bekannte Ursache ist die Kodierung des Gerätetyps: defaultDeviceEncoding steht auf ISO-8859-1, während die Datei UTF-8 ist.
finding-config-parse-failed-fix = Prüfen Sie auf dem AS den Gerätetyp mit AS_CLI/System/DeviceType/SIP> detail "Business Communicator - PC" und setzen Sie defaultDeviceEncoding auf UTF-8 (Cisco-TAC-Dokument 221699). Prüfen Sie auch die Konfigurationsvorlage auf fehlerhaftes XML.
finding-config-parse-failed-guide = Probleme bei Anrufkonfiguration und Registrierung; Cisco-TAC-Dokument 221699

finding-unresolved-config-tag-title = Ein BroadWorks-Tag ist für diesen Benutzer nicht definiert
finding-unresolved-config-tag-cause = Die geladene Konfiguration enthält noch einen Platzhalter %…_WXT%: Das benutzerdefinierte BroadWorks-Tag ist für den Gerätetyp oder den Benutzer nicht definiert, daher erhält die App den Platzhalter statt eines Wertes. %SBC_ADDRESS_WXT% verhindert die Registrierung; %WEB_CALL_SETTINGS_URL_WXT% blendet den Self-Care-Link für Anrufeinstellungen aus.
finding-unresolved-config-tag-fix = Definieren Sie das hier genannte Tag in BroadWorks (auf Ebene des Gerätetyps oder der Gruppe/des Unternehmens), wie im Konfigurationsleitfaden für Webex für Cisco BroadWorks aufgeführt, und lassen Sie den Benutzer sich erneut anmelden.
finding-unresolved-config-tag-guide = Fehlkonfiguration von BroadWorks-Tags; Anrufeinstellungen Webview Probleme: Schaltfläche/Link "Self-Care" wird in der Webex-App nicht angezeigt

finding-sip-auth-failed-title = Der SBC weist die SIP-Anmeldedaten weiterhin ab
finding-sip-auth-failed-cause = REGISTER wurde erneut abgefragt, nachdem die App ihre Anmeldedaten gesendet hatte: SIP-Benutzername oder Passwort im Geräteprofil passen nicht zu den Authentifizierungseinstellungen des Benutzers in BroadWorks.
finding-sip-auth-failed-fix = Prüfen Sie in BroadWorks den Dienst Authentication des Benutzers (Benutzername und Passwort) und die Anmeldedaten des Geräteprofils, das die App geladen hat; setzen Sie sie so, dass sie übereinstimmen, und lassen Sie den Benutzer sich erneut anmelden.
finding-sip-auth-failed-guide = Probleme bei Anrufkonfiguration und Registrierung; der Fehler selbst steht nicht im Leitfaden (RFC 3261)

finding-sip-register-rejected-title = Der SBC hat die Registrierung abgelehnt
finding-sip-register-rejected-cause = REGISTER erhielt eine endgültige Fehlerantwort vom SBC oder vom Application Server (zum Beispiel 403 oder 404): Line/Port oder Benutzer sind dort, wo die Anfrage ankam, nicht bekannt.
finding-sip-register-rejected-fix = Prüfen Sie Line/Port (SIP-Benutzer) des Geräteprofils gegen BroadWorks, ob der Benutzer auf dem AS liegt, zu dem der SBC routet, und die Protokolle von SBC und AS für diese Call-ID.
finding-sip-register-rejected-guide = Erwartete Registrierungssequenz (Schritte 4 und 5); der Fehler selbst steht nicht im Leitfaden (RFC 3261)

finding-sip-register-timeout-title = Der SBC hat auf die Registrierung nicht geantwortet
finding-sip-register-timeout-cause = REGISTER erhielt keine Antwort (die SIP-Transaktion lief ab) oder die Verbindung zum SBC schlug fehl. SBC-Adresse oder -Port in der Konfiguration sind falsch, oder eine Firewall blockiert den Weg.
finding-sip-register-timeout-fix = Prüfen Sie die hier genannte SBC-Adresse und den Port gegen %SBC_ADDRESS_WXT% und %SBC_PORT_WXT% in BroadWorks, ob der SBC dort lauscht (TLS) und ob das Netzwerk des Benutzers den Verkehr durchlässt.
finding-sip-register-timeout-guide = Erwartete Registrierungssequenz (Schritt 4); Fehlkonfiguration von BroadWorks-Tags; der Fehler selbst steht nicht im Leitfaden (RFC 3261)

finding-sip-register-failover-title = Der erste SBC hat nicht geantwortet; die App hat sich über einen anderen registriert
finding-sip-register-failover-cause = Die App hat REGISTER an eine SBC-Adresse gesendet und keine Antwort erhalten oder keine Verbindung aufbauen können und sich dann über die nächste ihr genannte Adresse registriert. Anrufe funktionieren, aber jede Anmeldung und jede Auffrischung wartet zuerst auf den stummen SBC, und bis er wieder antwortet, gibt es keinen Ersatz-SBC.
finding-sip-register-failover-fix = Prüfen Sie den SBC, der nicht geantwortet hat (seine Adresse steht in den Belegen): ob er läuft, ob seine Firewall den SIP-Verkehr der App auf dem Port der Konfiguration durchlässt und ob %SBC_ADDRESS_WXT% nur SBCs nennt, die diesen Benutzer bedienen.
finding-sip-register-failover-guide = Erwartete Registrierungssequenz (Schritt 4); Fehlkonfiguration von BroadWorks-Tags; das Failover selbst steht nicht im Leitfaden (RFC 3263)

finding-registration-displaced-title = Die Registrierung wurde von einem anderen Client übernommen
finding-registration-displaced-cause = Nach erfolgreicher Registrierung hat der Registrar den Kontakt der App entfernt. Ursache laut Leitfaden: Derselbe Benutzer hat sich bei mehreren Clients desselben Plattformtyps angemeldet (zum Beispiel auf zwei Windows-Computern), und nur einer davon behält eine aktive SSO-Sitzung. Das ist so vorgesehen.
finding-registration-displaced-fix = Fragen Sie, ob der Benutzer auch auf einem anderen Computer desselben Plattformtyps angemeldet ist. Werden wirklich beide gebraucht, ist die Umgehung des Leitfadens: BroadWorks mit mehreren Instanzen desselben Gerätetyps mit je eindeutiger SIP-Adresse konfigurieren; das liegt außerhalb des Rahmens von Webex für BroadWorks. Nicht im Leitfaden: sonst am Computer abmelden, der nicht zum Telefonieren dient.
finding-registration-displaced-guide = Desktop-Client trennt die Verbindung zu Telefondiensten nach SSO Verbindung

finding-registration-stopped-title = Die Registrierung ist stehen geblieben, und kein bekanntes Problem erklärt es
finding-registration-stopped-cause = Die App ist bis zu dem hier genannten Schritt gekommen und nicht weiter. Keines der Probleme, die der Leitfaden zur Fehlerbehebung beschreibt, zeigt sich in den Protokollen; die ersten Fehler, die die Anrufbibliothek oder die Telefonie nach diesem Schritt protokolliert hat, sind die Belege.
finding-registration-stopped-fix = Lesen Sie zuerst die Fehlerzeilen der Belege. Folgen Sie dann der Registrierungssequenz des Leitfadens ab dem erreichten Schritt: die heruntergeladene Konfiguration, der Netzwerkweg zum SBC, die Gerätetypen und Anrufeinstellungen des Benutzers. Eskalieren Sie mit den Protokollen, den Tracking-IDs und der Zeit des letzten Schritts.
finding-registration-stopped-guide = Erwartete Registrierungssequenz

finding-provisioning-forbidden-title = Die Provisioning Bridge hat die Anfrage verweigert (403 Forbidden)
finding-provisioning-forbidden-cause = Die Flowthrough-Bereitstellungsanfrage des Application Servers wurde verweigert; so gesendet hat sie keine Erfolgschance. Ist ihr Ziel zum Beispiel eine IP-Adresse statt der URL der Provisioning Bridge, kann das darauf hindeuten, dass dem AS ein erforderlicher Patch (ap373197) fehlt.
finding-provisioning-forbidden-fix = Prüfen Sie das Ziel der Anfrage im PSLog: Es muss die URL der Provisioning Bridge aus Ihrer Vorlage im Partner Hub sein, keine IP-Adresse (siehe die Themen zur Firewall-Konfiguration im Lösungshandbuch). Stellen Sie sicher, dass alle erforderlichen Patches, darunter ap373197, auf dem AS angewendet sind und die Konfiguration der Flowthrough-Bereitstellung abgeschlossen ist.
finding-provisioning-forbidden-guide = Fehler bei der Benutzerbereitstellung als Antwort auf Provisioning Bridge: 403 Verboten

finding-provisioning-unauthorized-title = Die Bereitstellungs-Anmeldedaten wurden abgelehnt (401 Unauthorized)
finding-provisioning-unauthorized-cause = Kontoname oder Passwort der Bereitstellung auf dem Application Server (integriertes IM&P) weichen von denen in der Kundenvorlage im Partner Hub ab.
finding-provisioning-unauthorized-fix = Gleichen Sie Benutzername und Passwort des Messaging-Servers in den Einstellungen für integriertes IM&P des Unternehmens (AS_CLI/Interface/Messaging> get, oder Dienste > Integriertes IM&P des Unternehmens) exakt an Kontoname und Passwort der Bereitstellung in der Partner-Hub-Vorlage an.
finding-provisioning-unauthorized-guide = PSLog bei Problemen mit der Benutzerbereitstellung analysieren; Integrierte IM&P-Fehler für bestimmte Unternehmen/Kunden

finding-provisioning-conflict-title = Ein Webex-Benutzer mit dieser E-Mail-Adresse existiert bereits (409 Conflict)
finding-provisioning-conflict-cause = Die Bereitstellungsanfrage kann nicht fortfahren, weil bereits ein Webex-Konto mit der E-Mail-Adresse des Abonnenten existiert, oft ein kostenloses Konto, das der Benutzer selbst angelegt hat.
finding-provisioning-conflict-fix = Suchen Sie die E-Mail-Adresse aus dem POST im Helpdesk. Bitten Sie den Benutzer, das kostenlose Konto zu löschen, oder stellen Sie den Abonnenten mit einer anderen E-Mail-Adresse bereit.
finding-provisioning-conflict-guide = Fehler bei der Benutzerbereitstellung als Antwort auf Provisioning Bridge: 409 Konflikt; Benutzer bereits in CI

finding-provisioning-missing-phone-number-title = Der Abonnent hat keine primäre Telefonnummer
finding-provisioning-missing-phone-number-cause = Die Bereitstellungsanfrage enthält keine primaryPhoneNumber. Jeder Abonnent von Webex für BroadWorks braucht eine primäre Nummer (DID); ohne sie schlägt die Bereitstellung fehl.
finding-provisioning-missing-phone-number-fix = Weisen Sie dem Abonnenten in BroadWorks eine primäre Telefonnummer zu und stellen Sie ihn erneut bereit.
finding-provisioning-missing-phone-number-guide = PSLog bei Problemen mit der Benutzerbereitstellung analysieren (Schritt 2); Integrierte IM&P-Fehler für bestimmte Benutzer

finding-provisioning-invalid-email-title = Die E-Mail-Adresse des Abonnenten ist ungültig
finding-provisioning-invalid-email-cause = Die E-Mail-Adresse in der Bereitstellungsanfrage ist keine gültige Adresse. Sie wird zur Webex-ID des Benutzers und muss daher gültig und eindeutig sein.
finding-provisioning-invalid-email-fix = Korrigieren Sie die E-Mail-Adresse des Abonnenten in BroadWorks und stellen Sie ihn erneut bereit.
finding-provisioning-invalid-email-guide = PSLog bei Problemen mit der Benutzerbereitstellung analysieren (Schritt 2)

finding-provisioning-bad-request-title = Die Provisioning Bridge konnte die Anfrage nicht verarbeiten (400 Bad Request)
finding-provisioning-bad-request-cause = Die Bridge hat etwas im subscriberProfile abgelehnt, oder es passt nicht zu einer Einstellung der Kundenvorlage. Die zurückgegebene Meldung sagt, was.
finding-provisioning-bad-request-fix = Lesen Sie die zitierte Meldung. „Cannot trust BroadWorks email…“ heißt, die E-Mail-Adresse ist ungültig oder vertippt, während die Vorlage E-Mails als vertrauenswürdig einstuft: Prüfen Sie die E-Mail-Adresse des Abonnenten in BroadWorks. „Customer Org not found… create new org flag is not enabled“ heißt, dieser Benutzer würde eine neue Kundenorganisation anlegen, was die Vorlage verbietet: Erlauben Sie neue Organisationen in der Partner-Hub-Vorlage, oder korrigieren Sie die E-Mail-Adresse (ihre Domain), wenn keine neue Organisation gewollt war.
finding-provisioning-bad-request-guide = Fehler bei der Benutzerbereitstellung als Antwort auf Provisioning Bridge: 400 schlechte Anfrage

finding-provisioning-error-title = Die Provisioning Bridge hat mit einem Fehler geantwortet
finding-provisioning-error-cause = Die Provisioning Bridge hat die Anfrage des Application Servers mit einem anderen Status als 200 OK beantwortet. Laut Leitfaden ist alles andere als 200 OK ein Fehler bei der Benutzerbereitstellung. Status und Meldung der Bridge stehen bei diesem Befund.
finding-provisioning-error-fix = Lesen Sie Status und Meldung. Der Leitfaden nennt Maßnahmen nur für 400, 401, 403 und 409; eskalieren Sie daher mit dem PSLog, dem Status und der E-Mail-Adresse des Abonnenten. Nicht im Leitfaden: Prüfen Sie, ob das Ziel der Anfrage die URL der Provisioning Bridge aus Ihrer Vorlage im Partner Hub ist.
finding-provisioning-error-guide = PSLog bei Problemen mit der Benutzerbereitstellung analysieren (Schritt 1)

finding-provisioning-unreachable-title = Der Application Server hat die Provisioning Bridge nicht erreicht
finding-provisioning-unreachable-cause = Der Bereitstellungs-POST des Application Servers bekam keine Antwort: Die Verbindung wurde abgewiesen oder lief ab, der TLS-Handshake schlug fehl, oder der Hostname ließ sich nicht auflösen. Solange die Bridge unerreichbar ist, wird nichts bereitgestellt.
finding-provisioning-unreachable-fix = Prüfen Sie, ob der Application Server die Bereitstellungs-URL erreicht (siehe die Themen zur Firewall-Konfiguration im Lösungshandbuch) und ob die Messaging-Server-URL in den Einstellungen für integriertes IM&P des Unternehmens mit der Bereitstellungs-URL der Partner-Hub-Vorlage übereinstimmt.
finding-provisioning-unreachable-guide = Netzwerkprobleme: Kunden oder Benutzer werden durch die Flowthrough-Bereitstellung nicht angelegt (Verwaltungsleitfaden); Integrierte IM&P-Fehler für bestimmte Unternehmen/Kunden

finding-impp-provisioning-error-title = Der Application Server hat einen Fehler des integrierten IM&P gemeldet
finding-impp-provisioning-error-cause = Der AS protokollierte [Error 18215] (Bereitstellungsfehler mit dem Messaging-Server) oder [Error 18211] (Kommunikationsfehler mit ihm). Bekannte Ursachen: Die E-Mail-Adresse existiert bereits in Webex, der Benutzer hat sich früher selbst angemeldet, oder der Benutzer hat keine primäre Telefonnummer.
finding-impp-provisioning-error-fix = Sehen Sie sich die Bereitstellungsantwort neben diesem Fehler an. Suchen Sie die E-Mail-Adresse des Benutzers im Helpdesk; prüfen Sie, ob der Abonnent eine primäre Nummer hat; schlägt es für jeden Benutzer des Unternehmens fehl, vergleichen Sie die Einstellungen für integriertes IM&P des Unternehmens mit der Partner-Hub-Vorlage.
finding-impp-provisioning-error-guide = Integrierte IM&P-Fehler für bestimmte Benutzer

finding-xsp-token-failed-title = Der Authentifizierungsdienst des XSP hat das Token nicht ausgestellt oder nicht validiert
finding-xsp-token-failed-cause = authService antwortete mit einem anderen StatusCode als 200 beim Ausstellen des langlebigen Tokens (Schritt 5.4) oder beim Validieren für Xsi-Actions (Schritt 6).
finding-xsp-token-failed-fix = Prüfen Sie den Authentifizierungsdienst auf jedem XSP: Die auf einem XSP erzeugten RSA-Schlüssel sind auf alle XSPs kopiert; die AuthService-URL ist dem Web-Container auf allen XSPs bereitgestellt und im Cluster im Partner Hub eingetragen; CertificateAuthentication hat allowUserApp = false und allowClientApp = true; bei mTLS ist das Webex-Clientzertifikat auf die XSPs hochgeladen.
finding-xsp-token-failed-guide = XSP-Protokolle zur Fehlerbehebung bei der Abonnentenanmeldung analysieren; Falsche Konfiguration des Authentifizierungsdiensts

finding-xsp-profile-request-failed-title = Der XSP hat die Profil- oder Geräteanfrage abgewiesen
finding-xsp-profile-request-failed-cause = Der Xsi-Actions-Profil-GET vom IdP-Proxy (Schritt 2.1) oder der Geräte-GET von der App (Schritt 6) wurde mit einem Fehler beantwortet.
finding-xsp-profile-request-failed-fix = Prüfen Sie die Anwendung Xsi-Actions und den Benutzer in BroadWorks: dass der Benutzer existiert und die Anmeldedaten für den Profil-GET stimmen, dass das Token für den Geräte-GET validiert wurde, und die OCI-P-Antworten im XsiActionsLog für dieselbe Tracking-ID.
finding-xsp-profile-request-failed-guide = XSP-Protokolle zur Fehlerbehebung bei der Abonnentenanmeldung analysieren

finding-xsp-cert-auth-misconfigured-title = Die Zertifikatsauthentifizierung auf dem XSP ist genau verkehrt herum eingestellt
finding-xsp-cert-auth-misconfigured-cause = Die CertificateAuthentication-Einstellungen des XSP müssen allowUserApp = false und allowClientApp = true sein, damit Webex sich mit seinem Client-Zertifikat authentifizieren kann; die CLI-Ausgabe zeigt etwas anderes.
finding-xsp-cert-auth-misconfigured-fix = Auf jedem XSP: XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> set allowUserApp false und set allowClientApp true.
finding-xsp-cert-auth-misconfigured-guide = Falsche Konfiguration des Authentifizierungsdiensts

finding-xsp-chain-depth-too-low-title = Der XSP akzeptiert die Webex-Zertifikatskette nicht (chainDepth unter 2)
finding-xsp-chain-depth-too-low-cause = chainDepth der HTTP-Client-Authentifizierung des XSP ist zu niedrig, daher kann der XSP die Ausstellerkette des Webex-Client-Zertifikats nicht bis zum Vertrauensanker verfolgen (Fall des Leitfadens: ein XSP mit R21 SP1, bei dem …/Trusts> get nicht alle erwarteten Aussteller zeigt). Die Webex-Kette hat 2 Zwischenaussteller. Liegt chainDepth nicht unter 2, vermutet der Leitfaden eine beschädigte Kettendatei.
finding-xsp-chain-depth-too-low-fix = Auf jedem XSP, auf der Ebene der HTTP-Client-Authentifizierung der XSP-CLI, eine Ebene über Trusts (der Leitfaden druckt sie als /XSP_CLI/Interface/Http?ClientAuthentication>): set chainDepth 3. Setzen Sie den Wert nie unter 2, besonders wenn er schon höher ist.
finding-xsp-chain-depth-too-low-guide = Bekannte BroadWorks-Konfigurationsfehler: chainDepth zu niedrig (Verwaltungsleitfaden)

finding-provisioning-accepted-title = Die Provisioning Bridge hat die Anfrage angenommen (200 OK)
finding-provisioning-accepted-cause = 200 OK heißt, dass die Bridge die Anfrage erhalten und weitergegeben hat; die Bereitstellung ist asynchron, der Benutzer existiert damit also noch nicht.
finding-provisioning-accepted-fix = Der Benutzer (und beim ersten Benutzer die Kundenorganisation) sollte innerhalb weniger Minuten im Helpdesk erscheinen. Wenn nicht, eskalieren Sie an Cisco mit der E-Mail-Adresse aus der Anfrage: Ein 200 OK, aus dem nie ein Benutzer entsteht, ist ein Fehler hinter der Bridge.
finding-provisioning-accepted-guide = Fehler bei der Benutzerbereitstellung als Antwort auf Provisioning Bridge: 200 OK

finding-bundle-mixed-title = Das Paket mischt Protokolle verschiedener Benutzer oder verschiedener Tage
finding-bundle-mixed-cause = Gemeinsam geöffnete Protokolle werden als ein Ablauf gelesen: Zeitachse, Leiterdiagramm und Eskalationsangaben verbinden sie. Protokolle eines anderen Benutzers oder eines weit entfernten Tages verfälschen diesen Ablauf.
finding-bundle-mixed-fix = Öffnen Sie nur die Protokolle eines Benutzers und eines Auftretens des Problems gemeinsam. Prüfen Sie die hier genannten Benutzer und Zeiträume und lassen Sie die Dateien weg, die nicht dazugehören.
finding-bundle-mixed-guide = Benutzerprotokolle aus Partner Hub abrufen

finding-call-forbidden-title = Ein Anruf wurde abgelehnt (403 Forbidden)
finding-call-forbidden-cause = Der INVITE erhielt 403 Forbidden. RFC 3261: Der Server hat die Anfrage verstanden und verweigert sie; ein erneutes Senden hilft nicht. Bei einem BroadWorks-Abonnenten lehnt der Application Server oder der SBC den Anruf ab: ein Dienst oder eine Einschränkung erlaubt ihn nicht (zum Beispiel eine Sperre abgehender Anrufe oder ein Anrufplan), oder das Netz akzeptiert die Identität nicht.
finding-call-forbidden-fix = Suchen Sie diese Call-ID im XSLog des AS, um zu sehen, welcher Dienst den Anruf abgelehnt hat, und prüfen Sie die Anrufeinschränkungen des Abonnenten in BroadWorks. Nicht im Leitfaden: Er nennt keine Schritte für fehlgeschlagene Anrufe.
finding-call-forbidden-guide = Nicht im Leitfaden (RFC 3261 §21.4.4); das BWC-Protokoll enthält den SIP-Verkehr der Anrufe
finding-call-not-found-title = Eine angerufene Nummer existiert nicht (404 Not Found)
finding-call-not-found-cause = Der INVITE erhielt 404 Not Found. RFC 3261: Der Benutzer existiert in der Domäne der Anfrage-URI nicht. Die gewählte Nummer oder Adresse ist BroadWorks oder dem Netz, in das der Anruf geleitet wurde, nicht bekannt.
finding-call-not-found-fix = Prüfen Sie die gewählte Nummer mit Landesvorwahl oder Amtsholung und ob sie existiert; ist sie richtig, verfolgen Sie die Call-ID im XSLog des AS. Nicht im Leitfaden: Er nennt keine Schritte für fehlgeschlagene Anrufe.
finding-call-not-found-guide = Nicht im Leitfaden (RFC 3261 §21.4.5); das BWC-Protokoll enthält den SIP-Verkehr der Anrufe
finding-call-unavailable-title = Der Angerufene war nicht erreichbar (480 Temporarily Unavailable)
finding-call-unavailable-cause = Der INVITE erhielt 480 Temporarily Unavailable. RFC 3261: Das Endgerät des Angerufenen wurde erreicht, kann den Anruf aber jetzt nicht annehmen: kein registriertes Gerät, „Nicht stören“ oder kein Gerät, das antwortet.
finding-call-unavailable-fix = Prüfen Sie, ob der Angerufene ein registriertes Gerät hat und kein „Nicht stören“ oder keine Weiterleitung ins Leere; versuchen Sie es später erneut. Nicht im Leitfaden: Er nennt keine Schritte für fehlgeschlagene Anrufe.
finding-call-unavailable-guide = Nicht im Leitfaden (RFC 3261 §21.4.18); das BWC-Protokoll enthält den SIP-Verkehr der Anrufe
finding-call-busy-title = Der Angerufene war besetzt (486 Busy Here)
finding-call-busy-cause = Der INVITE erhielt 486 Busy Here. RFC 3261: Das Endgerät des Angerufenen wurde erreicht, ist aber besetzt und nimmt keinen weiteren Anruf an. Das ist kein Fehler des Systems.
finding-call-busy-fix = Nichts zu beheben, außer der Angerufene war frei; dann prüfen Sie seine Einstellungen für Anklopfen und Besetzt in BroadWorks. Nicht im Leitfaden.
finding-call-busy-guide = Nicht im Leitfaden (RFC 3261 §21.4.24); das BWC-Protokoll enthält den SIP-Verkehr der Anrufe
finding-call-not-acceptable-title = Ein Anruf scheiterte am Medienangebot (488 Not Acceptable Here)
finding-call-not-acceptable-cause = Der INVITE erhielt 488 Not Acceptable Here. RFC 3261: Die Sitzungsbeschreibung war nicht annehmbar: kein Codec, Medientyp oder Verschlüsselungsverfahren gemeinsam mit der Gegenseite. Die Ansicht „Anrufe“ zeigt die Codecs des Anrufs.
finding-call-not-acceptable-fix = Vergleichen Sie die Codecs und die SRTP-Einstellung des Angebots mit dem, was SBC und Gegenseite erlauben (Codec-Liste des Geräteprofils, Medienrichtlinie des SBC). Nicht im Leitfaden: Er nennt keine Schritte für fehlgeschlagene Anrufe.
finding-call-not-acceptable-guide = Nicht im Leitfaden (RFC 3261 §21.4.26); das Medienprotokoll enthält die ausgehandelten Codecs
finding-call-server-error-title = Ein Anruf scheiterte an einem Serverfehler (5xx)
finding-call-server-error-cause = Der INVITE erhielt eine 5xx-Antwort. RFC 3261: Ein Server konnte die Anfrage nicht bearbeiten: 500 Server Internal Error, 502 Bad Gateway, 503 Service Unavailable (Überlast oder Wartung), 504 Server Time-out. Der Status steht bei diesem Befund.
finding-call-server-error-fix = Verfolgen Sie die Call-ID in den Protokollen von SBC und AS, um den Server zu finden, der mit dem Fehler antwortete, und eskalieren Sie mit Zeit und Call-ID des Anrufs. Nicht im Leitfaden: Er nennt keine Schritte für fehlgeschlagene Anrufe.
finding-call-server-error-guide = Nicht im Leitfaden (RFC 3261 §21.5); das BWC-Protokoll enthält den SIP-Verkehr der Anrufe
finding-media-packet-loss-title = Während eines Anrufs gingen Audiopakete verloren
finding-media-packet-loss-cause = Die Media Engine meldete während des Anrufs mehr als 5 % verlorene Pakete eines Audiostroms; darüber bricht die Sprache ab. Verluste entstehen im Netz zwischen der App und der Gegenseite: WLAN, VPN, überlastete Leitungen.
finding-media-packet-loss-fix = Nicht im Leitfaden: Versuchen Sie eine kabelgebundene Verbindung ohne VPN und prüfen Sie den Netzweg zu den Medienadressen des SBC. Der schlechteste Wert und seine Zeile werden gezeigt.
finding-media-packet-loss-guide = Nicht im Leitfaden; das Medienprotokoll enthält die Mediendatensätze
finding-media-jitter-title = Audio kam während eines Anrufs ungleichmäßig an (Jitter)
finding-media-jitter-cause = Die Media Engine meldete während des Anrufs mehr als 50 ms Jitter auf einem Audiostrom: Die Pakete kommen so ungleichmäßig an, dass Sprache verzögert oder abgeschnitten wird.
finding-media-jitter-fix = Nicht im Leitfaden: Versuchen Sie eine kabelgebundene Verbindung ohne VPN und prüfen Sie den Weg zum SBC auf Überlast und fehlende Sprachpriorisierung (QoS). Der schlechteste Wert und seine Zeile werden gezeigt.
finding-media-jitter-guide = Nicht im Leitfaden; das Medienprotokoll enthält die Mediendatensätze
finding-media-latency-title = Die Umlaufzeit des Audios war während eines Anrufs zu lang
finding-media-latency-cause = Die Media Engine meldete während des Anrufs eine Umlaufzeit über 400 ms; bei so viel Verzögerung sprechen beide Seiten durcheinander (ITU-T G.114).
finding-media-latency-fix = Nicht im Leitfaden: Prüfen Sie den Netzweg zu den Medienadressen des SBC (VPN, Satelliten- oder Mobilfunkstrecken, ein weit entferntes Medienrelais). Der schlechteste Wert und seine Zeile werden gezeigt.
finding-media-latency-guide = Nicht im Leitfaden; das Medienprotokoll enthält die Mediendatensätze

finding-as-register-failed-title = Der Application Server hat das REGISTER vom SBC abgelehnt oder nie beantwortet
finding-as-register-failed-cause = Schritt 5 der Registrierungssequenz ist fehlgeschlagen: Der SBC hat das SIP-REGISTER der App an den AS weitergegeben, und das AS-Protokoll zeigt eine endgültige Fehlerantwort (4xx, 5xx oder 6xx) oder gar keine endgültige Antwort. Die App kann sich nicht registrieren, solange der AS sie nicht annimmt.
finding-as-register-failed-fix = Vergleichen Sie die SIP-Anmeldedaten, Adressen und Ports, die das Geräteprofil der App gibt, mit dem Line/Port und dem Gerät, die der Abonnent auf dem AS hat (Schritt 3 der Sequenz), und prüfen Sie, ob der SBC das REGISTER an den AS sendet, auf dem der Abonnent liegt (der SBC kann beim NS nachfragen, wo der Abonnent liegt).
finding-as-register-failed-guide = Erwartete Registrierungssequenz (Schritt 5); der Fehler selbst steht nicht im Leitfaden (RFC 3261)

finding-authservice-url-missing-title = Der Webcontainer eines XSP hat keine AuthService-URL
finding-authservice-url-missing-cause = Die CLI-Ausgabe dieses XSP listet die Optionen des Webcontainers ohne die AuthService-URL (die öffentliche URL des Authentifizierungsdiensts). Laut Leitfaden muss die AuthService-URL dem Webcontainer auf jedem XSP bereitgestellt werden, der den Authentifizierungsdienst hostet; ohne sie kann dieser XSP das langlebige Token weder ausstellen noch prüfen, sodass die Anmeldung für die Abonnenten fehlschlägt, die er bedient.
finding-authservice-url-missing-fix = Stellen Sie die AuthService-URL auf jedem XSP des Clusters dem Webcontainer bereit und prüfen Sie, ob sie im Partner Hub für den Cluster richtig eingetragen ist.
finding-authservice-url-missing-guide = Falsche Konfiguration des Authentifizierungsdiensts

finding-authservice-keys-differ-title = Die XSPs des Bundles haben nicht dasselbe RSA-Schlüsselpaar
finding-authservice-keys-differ-cause = Der RSA-Schlüssel (sein Fingerabdruck) des Authentifizierungsdiensts unterscheidet sich zwischen den XSPs, deren CLI-Ausgabe im Bundle ist. Laut Leitfaden müssen die RSA-Schlüssel, die Sie auf einem XSP erzeugen, auf alle XSPs kopiert werden: Ein Token, das ein XSP signiert, wird sonst von einem anderen abgelehnt, und die Anmeldung klappt nur für manche Abonnenten oder nur manchmal.
finding-authservice-keys-differ-fix = Erzeugen Sie die RSA-Schlüssel auf einem XSP und kopieren Sie sie auf alle XSPs des Clusters, sodass jeder XSP denselben Schlüssel-Fingerabdruck zeigt.
finding-authservice-keys-differ-guide = Falsche Konfiguration des Authentifizierungsdiensts

finding-authservice-mtls-misconfigured-title = mTLS des Authentifizierungsdiensts ist nicht so eingerichtet, wie der Leitfaden es verlangt
finding-authservice-mtls-misconfigured-cause = Die Verbindung zwischen Webex und dem Authentifizierungsdienst des XSP ist durch mTLS gesichert. Die CLI-Ausgabe zeigt den Truststore des XSP ohne die Webex-Zertifikatskette (kein Vertrauensanker), oder die Schnittstelle, die der Authentifizierungsdienst nutzt, verlangt keine Client-Zertifikate.
finding-authservice-mtls-misconfigured-fix = Laden Sie die Webex-Client-Zertifikatskette (aus dem Partner Hub, Seite BroadWorks-Einstellungen) als Vertrauensanker auf den XSP und konfigurieren Sie die Anwendung des Authentifizierungsdiensts oder ihre Schnittstelle so, dass sie Client-Zertifikate verlangt.
finding-authservice-mtls-misconfigured-guide = Falsche Konfiguration des Authentifizierungsdiensts

finding-impp-settings-mismatch-title = Die Einstellungen für integriertes IM&P des AS passen nicht zur Vorlage im Partner Hub
finding-impp-settings-mismatch-cause = Die Einstellungen für integriertes IM&P des AS (AS_CLI/Interface/Messaging) weichen von der Kundenvorlage im Partner Hub ab, oder die URL des Messaging-Servers ist eine IP-Adresse statt der URL der Provisioning Bridge, oder integriertes IM&P ist ausgeschaltet. Laut Leitfaden müssen diese Einstellungen exakt übereinstimmen, sonst schlägt die Bereitstellung für alle Abonnenten im Unternehmen fehl.
finding-impp-settings-mismatch-fix = Passen Sie die Konfiguration des integrierten IM&P exakt an die Kundenvorlage im Partner Hub an: URL des Messaging-Servers = Bereitstellungs-URL, Benutzername des Messaging-Servers = Name des Bereitstellungskontos, Kennwort des Messaging-Servers = Kennwort des Bereitstellungskontos (AS_CLI/Interface/Messaging> get; für ein Unternehmen Dienste > Integriertes IM&P).
finding-impp-settings-mismatch-guide = Integrierte IM&P-Fehler für bestimmte Unternehmen/Kunden

finding-sso-failed-title = Single Sign-On fehlgeschlagen
finding-sso-failed-cause = Der SSO-Teil der Anmeldung ist fehlgeschlagen: Das Aktivierungsportal hat das BroadWorks-Passwort abgelehnt, der IdP-Proxy hat keine SAML-Assertion ausgestellt (Schritt 2.3 im Ablaufdiagramm des Leitfadens), oder CI hat die Assertion abgelehnt, als die App sie gegen ein CI-Token tauschen wollte (Schritt 3). Die App erhält kein CI-Token und kommt nicht bis zu BroadWorks.
finding-sso-failed-fix = Prüfen Sie in BroadWorks, ob dem Abonnenten die Gerätetypen für die Webex-App zugewiesen sind (Geräteprofile im Lösungshandbuch). Prüfen Sie, ob der Benutzer das richtige Passwort eingibt: Bei BroadWorks-Authentifizierung in der Kundenvorlage ist es das BroadWorks-Passwort für „Webzugriff“ (Groß- und Kleinschreibung beachten); eventuell muss der Benutzer die BroadWorks-Benutzer-ID eingeben, wenn die E-Mail-Adresse keine alternative ID ist. Verfolgen Sie auf dem XSP die Profilanfrage des IdP-Proxys (2.1, 2.2) in access_log und XsiActionsLog mit der angezeigten Tracking-ID.
finding-sso-failed-guide = Single Sign-On fehlgeschlagen; XSP-Protokolle zur Fehlerbehebung bei der Abonnentenanmeldung analysieren
finding-webex-calling-only-title = Nur Webex Calling ist aktiv: Dieser Benutzer verwendet nicht Webex für BroadWorks
finding-webex-calling-only-cause = Die App telefoniert über Webex Calling (Mobius, WEBEX_CALLING, Berechtigung bc-sp-standard) und zeigt keine BroadWorks-Anrufe: keine Berechtigung broadworks-connector, und die BroadWorks-Anrufbibliothek ist nie gelaufen. Der Leitfaden: Wird ein anderer Telefondienst wie Webex Calling angezeigt, verwendet der Abonnent nicht Webex für BroadWorks.
finding-webex-calling-only-fix = Soll der Abonnent Webex für BroadWorks verwenden, entfernen Sie die Webex Calling-Berechtigung (bc-sp-standard) und geben Sie ihm die Berechtigung broadworks-connector (ein Webex für BroadWorks-Paket im Partner Hub); danach ab- und wieder anmelden. Andernfalls ist dies kein Problem von Webex für BroadWorks.
finding-webex-calling-only-guide = Erwartete Zeichen für erfolgreiche Client-Registrierung; Anrufverhalten und Connector-Berechtigung eines Benutzers prüfen

finding-ced-stale-title = Die ced.dat stammt aus einer älteren Sitzung als die Protokolle
finding-ced-stale-cause = Die Anrufumgebungsdaten (ced.dat) wurden vor dem letzten Start der App in den Protokollen exportiert. Abmelden oder ein Neustart der App leert den Cache, aus dem sie exportiert werden; diese ced.dat beschreibt also nicht die Sitzung, die die Protokolle zeigen, und passt zu keinem von ihnen.
finding-ced-stale-fix = Bitten Sie den Abonnenten, das Problem nachzustellen und in derselben Sitzung, ohne Abmelden oder Neustart, die Anrufumgebungsdaten erneut zu exportieren (Profilbild > Hilfe > Anrufumgebungsdaten exportieren), und dann die neue ced.dat mit den Protokollen dieser Sitzung zu senden.
finding-ced-stale-guide = Anrufumgebungsdaten abrufen
