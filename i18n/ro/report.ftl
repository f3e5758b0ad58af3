# Raportul text și rezumatul de escaladare (terminal și clipboard).

findings-heading = { $count ->
    [one] 1 constatare
    [few] { $count } constatări
   *[other] { $count } de constatări
}
report-why = Cauză
report-fix = Soluție
report-guide = Ghid
report-evidence = Dovezi:
report-status-failed = EȘUAT
timeline-heading = Cronologia înregistrării
timeline-heading-attempt = Cronologia înregistrării (încercarea { $n } din { $total })
history-heading = Încercări anterioare eșuate ({ $count })
history-failed = { $when }, rularea { $run }: { $step } a eșuat
signin-heading = Secvența de conectare (fiecare parte după propriul ceas)
signin-heading-joined = Secvența de conectare (fiecare parte după propriul ceas, client și server asociate { $how })
side-client = client
side-server = XSP
summary-heading = Rezumat de escaladare
summary-verdict = Verdict
summary-failed-step = Pas eșuat
summary-findings = Constatări
fact-list-latest = { $items } (ultimele { $shown } din { $total })
fact-yes = da
fact-no = nu
sources-heading = { $count ->
    [one] Surse (1 fișier)
    [few] Surse ({ $count } fișiere)
   *[other] Surse ({ $count } de fișiere)
}
source-lines = { $count ->
    [one] 1 linie
    [few] { $count } linii
   *[other] { $count } de linii
}

## wxbw-doctor code N și mesajele proprii ale liniei de comandă

code-not-a-code = „{ $typed }” nu este un cod de eroare de șase cifre, precum 200018.
code-unknown = { $code } nu se află în tabelele ghidului cu coduri de eroare pentru utilizatorul final sau pentru sincronizarea directorului.
code-table-end-user = cod de eroare pentru utilizatorul final, afișat de portalul de activare
code-table-directory-sync = cod de eroare pentru sincronizarea directorului
code-meaning = Semnificație
code-action = Acțiune
code-no-action = ghidul nu indică niciuna; dacă persistă, escaladați cu acest cod.
code-source = Sursă
cli-nothing-read = nu s-a putut citi nimic din intrarea dată.

summary-bundle = Pachet
summary-user-id-unmasked = ID utilizator BroadWorks (nemascat intenționat)
playbook-answer-done = făcut
playbook-answer-yes = da
playbook-answer-no = nu
playbook-answer-skipped = omis
playbook-finished = terminată
playbook-unfinished = neterminată
playbook-likely-cause = Cauză probabilă
summary-checked = Verificat cu listele de verificare ale ghidului:
playbook-guide = Ghid
playbook-for-findings = Pentru constatările
playbook-go-to-step = Continuați cu pasul { $n }.
playbook-then = Apoi lista de verificare „{ $title }” ({ $id }).
playbook-ends = Lista de verificare se încheie aici.
playbook-answer-value = valoarea citită
playbook-unknown = Nu există lista de verificare „{ $id }”. Acestea sunt listele:

calls-heading = Apeluri ({ $count })
push-heading = Abonamente pentru notificări push pe AS ({ $count })
calls-newest = cele mai noi { $count }; raportul JSON le listează pe toate
