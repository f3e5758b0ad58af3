# Der Textbericht und die Eskalationszusammenfassung (Terminal und Zwischenablage).

findings-heading = { $count ->
    [one] 1 Befund
   *[other] { $count } Befunde
}
report-why = Ursache
report-fix = Lösung
report-guide = Leitfaden
report-evidence = Belege:
report-status-failed = FEHLGESCHLAGEN
timeline-heading = Registrierungsablauf
timeline-heading-attempt = Registrierungsablauf (Versuch { $n } von { $total })
history-heading = Frühere fehlgeschlagene Versuche ({ $count })
history-failed = { $when }, Lauf { $run }: { $step } fehlgeschlagen
signin-heading = Anmeldeablauf (jede Seite mit ihrer eigenen Uhr)
signin-heading-joined = Anmeldeablauf (jede Seite mit ihrer eigenen Uhr, Client und Server verknüpft { $how })
side-client = Client
side-server = XSP
summary-heading = Eskalationszusammenfassung
summary-verdict = Ergebnis
summary-failed-step = Fehlgeschlagener Schritt
summary-findings = Befunde
fact-list-latest = { $items } (die letzten { $shown } von { $total })
fact-yes = ja
fact-no = nein
sources-heading = { $count ->
    [one] Quellen (1 Datei)
   *[other] Quellen ({ $count } Dateien)
}
source-lines = { $count ->
    [one] 1 Zeile
   *[other] { $count } Zeilen
}

## wxbw-doctor code N und die eigenen Meldungen der Befehlszeile

code-not-a-code = „{ $typed }“ ist kein sechsstelliger Fehlercode wie 200018.
code-unknown = { $code } steht in keiner Tabelle des Leitfadens für Endbenutzer- oder Verzeichnissynchronisierungs-Fehlercodes.
code-table-end-user = Endbenutzer-Fehlercode, vom Aktivierungsportal angezeigt
code-table-directory-sync = Fehlercode der Verzeichnissynchronisierung
code-meaning = Bedeutung
code-action = Maßnahme
code-no-action = der Leitfaden nennt keine; wenn es bestehen bleibt, mit diesem Code eskalieren.
code-source = Quelle
cli-nothing-read = aus der Eingabe konnte nichts gelesen werden.

summary-bundle = Paket
summary-user-id-unmasked = BroadWorks-Benutzer-ID (bewusst nicht maskiert)
playbook-answer-done = erledigt
playbook-answer-yes = ja
playbook-answer-no = nein
playbook-answer-skipped = übersprungen
playbook-finished = abgeschlossen
playbook-unfinished = nicht abgeschlossen
playbook-likely-cause = Wahrscheinliche Ursache
summary-checked = Mit den Checklisten des Leitfadens geprüft:
playbook-guide = Leitfaden
playbook-for-findings = Für die Befunde
playbook-go-to-step = Weiter mit Schritt { $n }.
playbook-then = Danach die Checkliste „{ $title }“ ({ $id }).
playbook-ends = Die Checkliste endet hier.
playbook-answer-value = der abgelesene Wert
playbook-unknown = Es gibt keine Checkliste '{ $id }'. Das sind die Checklisten:

calls-heading = Anrufe ({ $count })
push-heading = Push-Abonnements auf dem AS ({ $count })
calls-newest = die neuesten { $count }; der JSON-Bericht listet alle
