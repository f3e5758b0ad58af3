# Raport tekstowy i podsumowanie eskalacji (terminal i schowek).

findings-heading = { $count ->
    [one] 1 ustalenie
    [few] { $count } ustalenia
   *[other] { $count } ustaleń
}
report-why = Przyczyna
report-fix = Rozwiązanie
report-guide = Przewodnik
report-evidence = Dowody:
report-status-failed = BŁĄD
timeline-heading = Przebieg rejestracji
timeline-heading-attempt = Przebieg rejestracji (próba { $n } z { $total })
history-heading = Wcześniejsze nieudane próby ({ $count })
history-failed = { $when }, uruchomienie { $run }: { $step } nie powiodło się
signin-heading = Przebieg logowania (każda strona według własnego zegara)
signin-heading-joined = Przebieg logowania (każda strona według własnego zegara, klient i serwer połączone { $how })
side-client = klient
side-server = XSP
summary-heading = Podsumowanie eskalacji
summary-verdict = Wynik
summary-failed-step = Nieudany krok
summary-findings = Ustalenia
fact-list-latest = { $items } (ostatnie { $shown } z { $total })
fact-yes = tak
fact-no = nie
sources-heading = { $count ->
    [one] Źródła (1 plik)
    [few] Źródła ({ $count } pliki)
   *[other] Źródła ({ $count } plików)
}
source-lines = { $count ->
    [one] 1 wiersz
    [few] { $count } wiersze
   *[other] { $count } wierszy
}

## wxbw-doctor code N i własne komunikaty wiersza poleceń

code-not-a-code = „{ $typed }” nie jest sześciocyfrowym kodem błędu, takim jak 200018.
code-unknown = Kodu { $code } nie ma w tabelach przewodnika z kodami błędów użytkownika końcowego ani synchronizacji katalogu.
code-table-end-user = kod błędu użytkownika końcowego, pokazywany przez portal aktywacji
code-table-directory-sync = kod błędu synchronizacji katalogu
code-meaning = Znaczenie
code-action = Działanie
code-no-action = przewodnik nie podaje żadnego; jeśli problem nie ustępuje, eskaluj z tym kodem.
code-source = Źródło
cli-nothing-read = nie udało się nic odczytać z podanych danych.

summary-bundle = Pakiet
summary-user-id-unmasked = Identyfikator użytkownika BroadWorks (celowo bez maskowania)
playbook-answer-done = zrobione
playbook-answer-yes = tak
playbook-answer-no = nie
playbook-answer-skipped = pominięte
playbook-finished = ukończona
playbook-unfinished = nieukończona
playbook-likely-cause = Prawdopodobna przyczyna
summary-checked = Sprawdzono według list kontrolnych przewodnika:
playbook-guide = Przewodnik
playbook-for-findings = Dla ustaleń
playbook-go-to-step = Przejdź do kroku { $n }.
playbook-then = Następnie lista kontrolna „{ $title }” ({ $id }).
playbook-ends = Lista kontrolna kończy się tutaj.
playbook-answer-value = odczytana wartość
playbook-unknown = Nie ma listy kontrolnej „{ $id }”. Oto listy kontrolne:

calls-heading = Połączenia ({ $count })
push-heading = Subskrypcje powiadomień push w AS ({ $count })
calls-newest = najnowsze { $count }; raport JSON wymienia wszystkie
