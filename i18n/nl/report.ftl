# Het tekstrapport en de escalatiesamenvatting (terminal en klembord).

findings-heading = { $count ->
    [one] 1 bevinding
   *[other] { $count } bevindingen
}
report-why = Oorzaak
report-fix = Oplossing
report-guide = Handleiding
report-evidence = Bewijs:
report-status-failed = MISLUKT
timeline-heading = Registratietijdlijn
timeline-heading-attempt = Registratietijdlijn (poging { $n } van { $total })
history-heading = Eerdere mislukte pogingen ({ $count })
history-failed = { $when }, sessie { $run }: { $step } mislukt
signin-heading = Aanmeldvolgorde (elke kant met de eigen klok)
signin-heading-joined = Aanmeldvolgorde (elke kant met de eigen klok, client en server gekoppeld { $how })
side-client = client
side-server = XSP
summary-heading = Escalatiesamenvatting
summary-verdict = Conclusie
summary-failed-step = Mislukte stap
summary-findings = Bevindingen
fact-list-latest = { $items } (de laatste { $shown } van { $total })
fact-yes = ja
fact-no = nee
sources-heading = { $count ->
    [one] Bronnen (1 bestand)
   *[other] Bronnen ({ $count } bestanden)
}
source-lines = { $count ->
    [one] 1 regel
   *[other] { $count } regels
}

## wxbw-doctor code N en de eigen meldingen van de opdrachtregel

code-not-a-code = '{ $typed }' is geen zescijferige foutcode zoals 200018.
code-unknown = { $code } staat niet in de tabellen van de handleiding met foutcodes voor eindgebruikers of directorysynchronisatie.
code-table-end-user = foutcode voor eindgebruikers, getoond door de activeringsportal
code-table-directory-sync = foutcode van de directorysynchronisatie
code-meaning = Betekenis
code-action = Actie
code-no-action = de handleiding geeft er geen; escaleer met deze code als het aanhoudt.
code-source = Bron
cli-nothing-read = uit de opgegeven invoer kon niets worden gelezen.

summary-bundle = Bundel
summary-user-id-unmasked = BroadWorks-gebruikers-id (bewust niet gemaskeerd)
playbook-answer-done = gedaan
playbook-answer-yes = ja
playbook-answer-no = nee
playbook-answer-skipped = overgeslagen
playbook-finished = afgerond
playbook-unfinished = niet afgerond
playbook-likely-cause = Waarschijnlijke oorzaak
summary-checked = Gecontroleerd met de checklists van de handleiding:
playbook-guide = Handleiding
playbook-for-findings = Voor de bevindingen
playbook-go-to-step = Ga verder met stap { $n }.
playbook-then = Daarna de checklist ‘{ $title }’ ({ $id }).
playbook-ends = De checklist eindigt hier.
playbook-answer-value = de afgelezen waarde
playbook-unknown = Er is geen checklist '{ $id }'. Dit zijn de checklists:

calls-heading = Gesprekken ({ $count })
push-heading = Pushabonnementen op de AS ({ $count })
calls-newest = de nieuwste { $count }; het JSON-rapport toont ze allemaal
