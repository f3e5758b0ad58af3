# Etykiety, przyciski i podpowiedzi aplikacji desktopowej.

## Pasek narzędzi

ui-open = Otwórz…
ui-open-tip = Otwórz pakiet pomocy technicznej (.zip) lub pliki dziennika (Ctrl+O)
ui-open-folder = Otwórz folder…
ui-close = Zamknij pakiet
ui-save-screenshot = Zapisz zrzut ekranu…
ui-save-screenshot-tip = Zapisz obraz PNG tego widoku do zgłoszenia (Ctrl+Shift+S)
ui-copy-screenshot = Kopiuj zrzut ekranu
ui-copy-screenshot-tip = Umieść obraz tego widoku w schowku
ui-theme-light = Jasny motyw
ui-theme-dark = Ciemny motyw
ui-language = Język
ui-mask-ips = Maskuj adresy IP
ui-redact = Ukryj dane osobowe
view-summary = Podsumowanie
view-timeline = Oś czasu
view-ladder = Diagram przepływu
view-log = Dziennik
view-facts = Eskalacja
view-codes = Kody błędów

## Pasek stanu i postęp

ui-status-bundle = Pakiet: { $name } · { $files ->
    [one] 1 plik
    [few] { $files } pliki
   *[other] { $files } plików
}, { $size } · czas w { $zone }
ui-live = • na żywo
ui-live-tip = Nowe wiersze dziennika są analizowane w miarę zapisywania
ui-redacted = ukryte
ui-reading = Odczytywanie dzienników…
ui-progress = odczytano { $bytes }, { $files ->
    [one] 1 plik
    [few] { $files } pliki
   *[other] { $files } plików
}
ui-cancel = Anuluj
ui-analysing = Analizowanie…
ui-start-failed = Nie udało się rozpocząć analizy: { $error }
ui-stopped = Analiza nieoczekiwanie się zatrzymała.
ui-cancelled = Analiza anulowana.
ui-local-bundle = Dzienniki Webex tego komputera
ui-filter-bundles = Pakiet pomocy technicznej lub dziennik
ui-all-files = Wszystkie pliki
ui-screenshot-saved = Zrzut ekranu zapisano w { $path }
ui-screenshot-copied = Zrzut ekranu skopiowano do schowka
ui-screenshot-failed = Zrzut ekranu nie powiódł się: { $error }
ui-shot-bad-size = zrzut ekranu ma nieoczekiwany rozmiar
ui-no-clipboard = brak schowka: { $error }
ui-clipboard-refused = schowek nie przyjął obrazu: { $error }

## Widok startowy

ui-this-computer = Ten komputer
ui-col-log = Dziennik
ui-col-path = Ścieżka
ui-col-size = Rozmiar
ui-col-changed = Ostatnia zmiana
ui-analyse-computer = Analizuj ten komputer
ui-drop = Upuść tutaj pakiet pomocy technicznej (.zip), folder lub pliki dziennika
ui-drop-tip = Albo kliknij, aby wybrać pliki
ui-recent = Ostatnie pakiety

## Podsumowanie

verdict-word-error = Znaleziono problem
verdict-word-warning = Uwaga
verdict-word-info = Informacja
verdict-word-ok = Wszystko w porządku
ui-no-findings = Brak ustaleń.
ui-evidence-tip = Otwórz dziennik w tym wierszu

## Oś czasu i diagram przepływu

ui-no-signin = W tym pakiecie nie ma logowania aplikacji Webex.
ui-attempt = Próba
ui-attempt-of = Próba { $n } z { $total }
ui-signin-heading = Przebieg logowania
ui-joined = Klient i XSP połączone { $how }. Każda strona jest pokazana według własnego zegara.
ui-side-client = Aplikacja Webex
ui-show-line = pokaż wiersz
ui-no-exchanges = Brak wiadomości SIP lub HTTP w tych dziennikach.

## Widok dziennika

ui-file = Plik
ui-level = Poziom
level-all = wszystkie
level-debug = debug i wyżej
level-info = info i wyżej
level-warning = ostrzeżenie i wyżej
level-error = błąd
ui-filter = Filtr
ui-filter-hint = tekst w wierszu
ui-apply-filter = Zastosuj filtr
ui-search = Szukaj
ui-next = Następny
ui-previous = Poprzedni
ui-bookmark-tip = Dodaj zakładkę do tego wiersza
ui-more-lines = { $count ->
    [one] +1 wiersz
    [few] +{ $count } wiersze
   *[other] +{ $count } wierszy
}
ui-copy-lines = Kopiuj zaznaczone wiersze ({ $count })
ui-copy-lines-tip = Shift+kliknięcie wiersza zaznacza zakres
ui-bookmarks = Zakładki ({ $count })
ui-go-to = Przejdź do…
ui-cut-here = obcięto tutaj: wpis ma { $bytes } bajtów; skopiuj wiersze, aby mieć całość

## Eskalacja i kody błędów

ui-copy-summary = Kopiuj podsumowanie eskalacji
ui-copy-summary-tip = Zwykły tekst do zgłoszenia
ui-code-label = Kod błędu
ui-code-hint = np. 200018
ui-code-intro = Wpisz sześciocyfrowy kod pokazany przez portal aktywacji lub w raporcie synchronizacji katalogu.
ui-code-six-digits = Kod ma sześć cyfr, na przykład 200018.

view-files = Pliki
ui-copy-summary-user-id = Kopiuj podsumowanie z identyfikatorem użytkownika BroadWorks
ui-copy-summary-user-id-tip = Zamaskowane, z dodaną bez maskowania jedyną wartością, której 2. linia potrzebuje, by znaleźć abonenta
ui-copied-summary = Podsumowanie eskalacji skopiowano do schowka.
ui-copied-summary-user-id = Skopiowano podsumowanie eskalacji z niezamaskowanym identyfikatorem użytkownika BroadWorks.
ui-copied-lines = { $count ->
    [one] Skopiowano jeden wiersz do schowka.
    [few] Skopiowano { $count } wiersze do schowka.
   *[other] Skopiowano { $count } wierszy do schowka.
}
ui-no-dialog = W tym systemie nie można otworzyć okna wyboru plików. Upuść pliki lub foldery na okno albo podaj je w wierszu poleceń.
ui-back = Wstecz
ui-look-up-code = Sprawdź kod błędu
ui-files-count = Plików w pakiecie: { $files }; z problemami: { $problems }.
ui-col-file = Plik
ui-col-kind = Rodzaj
ui-col-format = Format
ui-col-time-range = Zakres czasu ({ $zone })
ui-col-lines = Wiersze
ui-col-problems = Problemy i uwagi
ui-file-open-tip = Pokaż w dzienniku tylko ten plik

ui-regex = Wyrażenie regularne
ui-match-case = Wielkość liter
ui-match-of = Trafienie { $n } z { $total }
ui-no-match = Pasuje 0 z { $lines } wierszy.
ui-bad-regex = To nie jest wyrażenie regularne: { $error }
ui-next-error = Następny błąd
ui-previous-error = Poprzedni błąd
ui-no-more-errors = Brak dalszych wierszy błędów w tym kierunku.
ui-search-history = Ostatnie wyszukiwania
ui-go-to-line-time = Przejdź do
ui-go-to-what = „{ $typed }” to ani numer wiersza, ani godzina (08:20:47, 2024-03-11 08:20).
ui-go-to-none = Brak wiersza dla { $typed } wśród tych wierszy.
ui-around-failure = ±5 min wokół błędu
ui-around-failure-tip = Tylko wiersze do pięciu minut od chwili niepowodzenia próby
ui-only-id = Tylko wiersze z { $id }
ui-only-id-on = Pokazywane są tylko wiersze zawierające { $id }.
ui-only-id-clear = Pokaż wszystkie wiersze
ui-export = Eksportuj
ui-export-shown-copy = Kopiuj pokazane wiersze
ui-export-shown-save = Zapisz pokazane wiersze…
ui-export-bookmarked-copy = Kopiuj zaznaczone wiersze
ui-export-bookmarked-save = Zapisz zaznaczone wiersze…
ui-export-saved = Zapisano wiersze ({ $count }) w { $path }.
ui-export-failed = Nie udało się zapisać wierszy: { $error }
ui-time-in = czas ({ $zone })
ui-local-time = Czas lokalny
ui-local-time-tip = Pokaż wszystkie czasy w strefie tego komputera ({ $zone }) zamiast w UTC, w której porównuje się dzienniki
view-call-flow = Przebieg połączenia
ui-flow-only-failed = Tylko nieudane
ui-flow-groups = { $shown } z { $total } dialogów i żądań
ui-flow-other = Inne wymiany (bez Call-ID ani identyfikatora śledzenia)
ui-only-attempt = Wiersze z
ui-only-attempt-tip = Tylko wiersze od początku jednej próby logowania do jej ostatniego kroku
ui-every-attempt = wszystkich prób
ui-colour-rules = Kolory
ui-colour-rules-tip = Wiersze zawierające tekst są pokazywane w jego kolorze (wielkość liter bez znaczenia; wygrywa pierwsza pasująca reguła). Błędy, ostrzeżenia i wiersze debugowania mają własne kolory. Reguły są zachowywane do następnego uruchomienia.
ui-rule-text = Tekst
ui-rule-remove = Usuń
ui-rule-add = Dodaj regułę
colour-blue = Niebieski
colour-green = Zielony
colour-orange = Pomarańczowy
colour-purple = Fioletowy
colour-red = Czerwony
colour-grey = Szary
ui-rule-colour = Kolor
view-playbooks = Listy kontrolne
ui-playbooks-for-bundle = Dla ustaleń tego pakietu
ui-playbooks-all = Wszystkie listy kontrolne
playbook-started = rozpoczęta
ui-playbook-change = Zmień
ui-playbook-open = Otwórz listę kontrolną „{ $title }”
ui-playbook-done = Zrobione
ui-playbook-save = Zapisz
ui-playbook-skip = Pomiń
ui-playbook-finished = Ta lista kontrolna jest ukończona. Jej odpowiedzi są w podsumowaniu eskalacji.
ui-playbook-copy = Kopiuj odpowiedzi
ui-playbook-copied = Odpowiedzi listy kontrolnej są w schowku.
ui-playbook-restart = Zacznij od nowa
ui-finding-playbooks = Listy kontrolne

view-calls = Połączenia
ui-calls-none = Brak połączeń w tym pakiecie: dzienniki nie zawierają dialogu INVITE.
ui-calls-count = Połączenia: { $count }, nieudane lub ze słabą jakością mediów: { $troubled }. Kliknij połączenie, aby zobaczyć jego diagram.
ui-call-time = Początek ({ $zone })
ui-call-direction = Kierunek
ui-call-from = Od
ui-call-to = Do
ui-call-outcome = Wynik
ui-call-codecs = Kodeki
ui-call-loss = Straty %
ui-call-jitter = Jitter ms
ui-call-rtt = RTT ms

ui-push-heading = Subskrypcje powiadomień push (AS)
