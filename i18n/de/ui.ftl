# Die Beschriftungen, Schaltflächen und Tooltips der Desktop-App.

## Symbolleiste

ui-open = Öffnen…
ui-open-tip = Ein Support-Paket (.zip) oder Protokolldateien öffnen (Strg+O)
ui-open-folder = Ordner öffnen…
ui-close = Paket schließen
ui-save-screenshot = Screenshot speichern…
ui-save-screenshot-tip = Ein PNG dieser Ansicht für das Ticket speichern (Strg+Umschalt+S)
ui-copy-screenshot = Screenshot kopieren
ui-copy-screenshot-tip = Ein Bild dieser Ansicht in die Zwischenablage legen
ui-theme-light = Helles Design
ui-theme-dark = Dunkles Design
ui-language = Sprache
ui-mask-ips = IP-Adressen maskieren
ui-redact = Personenbezogene Daten schwärzen
view-summary = Übersicht
view-timeline = Zeitachse
view-ladder = Ablaufdiagramm
view-log = Protokoll
view-facts = Eskalation
view-codes = Fehlercodes

## Statusleiste und Fortschritt

ui-status-bundle = Paket: { $name } · { $files ->
    [one] 1 Datei
   *[other] { $files } Dateien
}, { $size } · Zeiten in { $zone }
ui-live = • live
ui-live-tip = Neue Protokollzeilen werden analysiert, sobald sie geschrieben werden
ui-redacted = geschwärzt
ui-reading = Protokolle werden gelesen…
ui-progress = { $bytes } gelesen, { $files ->
    [one] 1 Datei
   *[other] { $files } Dateien
}
ui-cancel = Abbrechen
ui-analysing = Analyse läuft…
ui-start-failed = Die Analyse konnte nicht starten: { $error }
ui-stopped = Die Analyse wurde unerwartet beendet.
ui-cancelled = Analyse abgebrochen.
ui-local-bundle = Webex-Protokolle dieses Computers
ui-filter-bundles = Support-Paket oder Protokoll
ui-all-files = Alle Dateien
ui-screenshot-saved = Screenshot gespeichert unter { $path }
ui-screenshot-copied = Screenshot in die Zwischenablage kopiert
ui-screenshot-failed = Screenshot fehlgeschlagen: { $error }
ui-shot-bad-size = der Screenshot hat eine unerwartete Größe
ui-no-clipboard = keine Zwischenablage verfügbar: { $error }
ui-clipboard-refused = die Zwischenablage hat das Bild nicht angenommen: { $error }

## Startansicht

ui-this-computer = Dieser Computer
ui-col-log = Protokoll
ui-col-path = Pfad
ui-col-size = Größe
ui-col-changed = Letzte Änderung
ui-analyse-computer = Diesen Computer analysieren
ui-drop = Support-Paket (.zip), Ordner oder Protokolldateien hier ablegen
ui-drop-tip = Oder klicken, um Dateien auszuwählen
ui-recent = Zuletzt geöffnete Pakete

## Übersicht

verdict-word-error = Problem gefunden
verdict-word-warning = Achtung
verdict-word-info = Hinweis
verdict-word-ok = Alles in Ordnung
ui-no-findings = Keine Befunde.
ui-evidence-tip = Das Protokoll an dieser Zeile öffnen

## Zeitachse und Ablaufdiagramm

ui-no-signin = Keine Anmeldung der Webex-App in diesem Paket.
ui-attempt = Versuch
ui-attempt-of = Versuch { $n } von { $total }
ui-signin-heading = Anmeldeablauf
ui-joined = Client und XSP verknüpft { $how }. Jede Seite wird mit ihrer eigenen Uhr gezeigt.
ui-side-client = Webex-App
ui-show-line = Zeile zeigen
ui-no-exchanges = Keine SIP- oder HTTP-Nachrichten in diesen Protokollen.

## Protokollansicht

ui-file = Datei
ui-level = Stufe
level-all = alle
level-debug = Debug und höher
level-info = Info und höher
level-warning = Warnung und höher
level-error = Fehler
ui-filter = Filter
ui-filter-hint = Text in der Zeile
ui-apply-filter = Filter anwenden
ui-search = Suche
ui-next = Weiter
ui-previous = Zurück
ui-bookmark-tip = Lesezeichen für diese Zeile
ui-more-lines = { $count ->
    [one] +1 Zeile
   *[other] +{ $count } Zeilen
}
ui-copy-lines = Ausgewählte Zeilen kopieren ({ $count })
ui-copy-lines-tip = Umschalt-Klick auf eine Zeile wählt einen Bereich
ui-bookmarks = Lesezeichen ({ $count })
ui-go-to = Gehe zu…
ui-cut-here = hier gekürzt: der Eintrag hat { $bytes } Bytes; kopieren Sie die Zeilen für den vollständigen Text

## Eskalation und Fehlercodes

ui-copy-summary = Eskalationszusammenfassung kopieren
ui-copy-summary-tip = Klartext für das Ticket
ui-code-label = Fehlercode
ui-code-hint = z. B. 200018
ui-code-intro = Geben Sie den sechsstelligen Code ein, den das Aktivierungsportal oder ein Bericht der Verzeichnissynchronisierung zeigt.
ui-code-six-digits = Ein Code hat sechs Ziffern, z. B. 200018.

view-files = Dateien
ui-copy-summary-user-id = Zusammenfassung mit BroadWorks-Benutzer-ID kopieren
ui-copy-summary-user-id-tip = Maskiert, ergänzt um den einen Wert, den der 2nd Level braucht, um den Abonnenten zu finden
ui-copied-summary = Eskalationszusammenfassung in die Zwischenablage kopiert.
ui-copied-summary-user-id = Eskalationszusammenfassung kopiert, mit unmaskierter BroadWorks-Benutzer-ID.
ui-copied-lines = { $count ->
    [one] Eine Zeile in die Zwischenablage kopiert.
   *[other] { $count } Zeilen in die Zwischenablage kopiert.
}
ui-no-dialog = Auf diesem System konnte kein Dateidialog geöffnet werden. Ziehen Sie Dateien oder Ordner auf das Fenster oder geben Sie sie in der Befehlszeile an.
ui-back = Zurück
ui-look-up-code = Fehlercode nachschlagen
ui-files-count = { $files } Dateien in diesem Paket; { $problems } mit Problemen.
ui-col-file = Datei
ui-col-kind = Art
ui-col-format = Format
ui-col-time-range = Zeitraum ({ $zone })
ui-col-lines = Zeilen
ui-col-problems = Probleme und Hinweise
ui-file-open-tip = Nur diese Datei im Protokoll zeigen

ui-regex = Regulärer Ausdruck
ui-match-case = Groß/klein
ui-match-of = Treffer { $n } von { $total }
ui-no-match = 0 von { $lines } Zeilen passen.
ui-bad-regex = Kein regulärer Ausdruck: { $error }
ui-next-error = Nächster Fehler
ui-previous-error = Vorheriger Fehler
ui-no-more-errors = In dieser Richtung gibt es keine Fehlerzeilen mehr.
ui-search-history = Letzte Suchen
ui-go-to-line-time = Gehe zu
ui-go-to-what = „{ $typed }“ ist weder eine Zeilennummer noch eine Uhrzeit (08:20:47, 2024-03-11 08:20).
ui-go-to-none = Keine Zeile bei { $typed } in diesen Zeilen.
ui-around-failure = ±5 Min. um den Fehler
ui-around-failure-tip = Nur die Zeilen bis fünf Minuten vor und nach dem Fehlschlag
ui-only-id = Nur Zeilen von { $id }
ui-only-id-on = Es werden nur die Zeilen gezeigt, die { $id } nennen.
ui-only-id-clear = Alle Zeilen zeigen
ui-export = Exportieren
ui-export-shown-copy = Angezeigte Zeilen kopieren
ui-export-shown-save = Angezeigte Zeilen speichern…
ui-export-bookmarked-copy = Markierte Zeilen kopieren
ui-export-bookmarked-save = Markierte Zeilen speichern…
ui-export-saved = { $count } Zeilen gespeichert in { $path }.
ui-export-failed = Die Zeilen konnten nicht gespeichert werden: { $error }
ui-time-in = Zeit ({ $zone })
ui-local-time = Ortszeit
ui-local-time-tip = Alle Zeiten in der Zeitzone dieses Computers ({ $zone }) statt in UTC zeigen, der Zone, in der Logs verglichen werden
view-call-flow = Anrufablauf
ui-flow-only-failed = Nur fehlgeschlagene
ui-flow-groups = { $shown } von { $total } Dialogen und Anfragen
ui-flow-other = Andere Nachrichten (ohne Call-ID oder Tracking-ID)
ui-only-attempt = Zeilen von
ui-only-attempt-tip = Nur die Zeilen vom Beginn eines Anmeldeversuchs bis zu seinem letzten Schritt
ui-every-attempt = allen Versuchen
ui-colour-rules = Farben
ui-colour-rules-tip = Zeilen, die einen Text enthalten, erscheinen in seiner Farbe (Groß-/Kleinschreibung egal; die erste passende Regel gilt). Fehler, Warnungen und Debug-Zeilen haben eigene Farben. Die Regeln bleiben für den nächsten Start erhalten.
ui-rule-text = Text
ui-rule-remove = Entfernen
ui-rule-add = Regel hinzufügen
colour-blue = Blau
colour-green = Grün
colour-orange = Orange
colour-purple = Violett
colour-red = Rot
colour-grey = Grau
ui-rule-colour = Farbe
view-playbooks = Checklisten
ui-playbooks-for-bundle = Zu den Befunden dieses Pakets
ui-playbooks-all = Alle Checklisten
playbook-started = begonnen
ui-playbook-change = Ändern
ui-playbook-open = Checkliste „{ $title }“ öffnen
ui-playbook-done = Erledigt
ui-playbook-save = Speichern
ui-playbook-skip = Überspringen
ui-playbook-finished = Diese Checkliste ist abgeschlossen. Ihre Antworten stehen in der Eskalationszusammenfassung.
ui-playbook-copy = Antworten kopieren
ui-playbook-copied = Die Antworten der Checkliste sind in der Zwischenablage.
ui-playbook-restart = Von vorn beginnen
ui-finding-playbooks = Checklisten

view-calls = Anrufe
ui-calls-none = Keine Anrufe in diesem Paket: Die Protokolle enthalten keinen INVITE-Dialog.
ui-calls-count = { $count } Anrufe, { $troubled } fehlgeschlagen oder mit schlechter Medienqualität. Klicken Sie auf einen Anruf für sein Leiterdiagramm.
ui-call-time = Beginn ({ $zone })
ui-call-direction = Richtung
ui-call-from = Von
ui-call-to = An
ui-call-outcome = Ergebnis
ui-call-codecs = Codecs
ui-call-loss = Verlust %
ui-call-jitter = Jitter ms
ui-call-rtt = RTT ms

ui-push-heading = Push-Abonnements (AS)
