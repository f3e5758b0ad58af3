# Etichetele, butoanele și sfaturile aplicației desktop.

## Bara de instrumente

ui-open = Deschide…
ui-open-tip = Deschideți un pachet de asistență (.zip) sau fișiere jurnal (Ctrl+O)
ui-open-folder = Deschide dosar…
ui-close = Închide pachetul
ui-save-screenshot = Salvează captura…
ui-save-screenshot-tip = Salvați un PNG al acestei vizualizări pentru tichet (Ctrl+Shift+S)
ui-copy-screenshot = Copiază captura
ui-copy-screenshot-tip = Puneți o imagine a acestei vizualizări în clipboard
ui-theme-light = Temă luminoasă
ui-theme-dark = Temă întunecată
ui-language = Limbă
ui-mask-ips = Maschează adresele IP
ui-redact = Ascunde datele personale
view-summary = Rezumat
view-timeline = Cronologie
view-ladder = Diagramă de flux
view-log = Jurnal
view-facts = Escaladare
view-codes = Coduri de eroare

## Bara de stare și progresul

ui-status-bundle = Pachet: { $name } · { $files ->
    [one] 1 fișier
    [few] { $files } fișiere
   *[other] { $files } de fișiere
}, { $size } · ore în { $zone }
ui-live = • în direct
ui-live-tip = Liniile noi din jurnal sunt analizate pe măsură ce sunt scrise
ui-redacted = ascuns
ui-reading = Se citesc jurnalele…
ui-progress = { $bytes } citiți, { $files ->
    [one] 1 fișier
    [few] { $files } fișiere
   *[other] { $files } de fișiere
}
ui-cancel = Anulează
ui-analysing = Se analizează…
ui-start-failed = Analiza nu a putut porni: { $error }
ui-stopped = Analiza s-a oprit neașteptat.
ui-cancelled = Analiză anulată.
ui-local-bundle = Jurnalele Webex ale acestui computer
ui-filter-bundles = Pachet de asistență sau jurnal
ui-all-files = Toate fișierele
ui-screenshot-saved = Captura a fost salvată în { $path }
ui-screenshot-copied = Captura a fost copiată în clipboard
ui-screenshot-failed = Captura a eșuat: { $error }
ui-shot-bad-size = captura are o dimensiune neașteptată
ui-no-clipboard = nu există clipboard aici: { $error }
ui-clipboard-refused = clipboardul nu a acceptat imaginea: { $error }

## Vizualizarea de pornire

ui-this-computer = Acest computer
ui-col-log = Jurnal
ui-col-path = Cale
ui-col-size = Dimensiune
ui-col-changed = Ultima modificare
ui-analyse-computer = Analizează acest computer
ui-drop = Plasați aici un pachet de asistență (.zip), un dosar sau fișiere jurnal
ui-drop-tip = Sau faceți clic pentru a alege fișiere
ui-recent = Pachete recente

## Rezumat

verdict-word-error = Problemă găsită
verdict-word-warning = Atenție
verdict-word-info = Notă
verdict-word-ok = Totul este în regulă
ui-no-findings = Nicio constatare.
ui-evidence-tip = Deschide jurnalul la această linie

## Cronologie și diagramă de flux

ui-no-signin = Nicio conectare a aplicației Webex în acest pachet.
ui-attempt = Încercare
ui-attempt-of = Încercarea { $n } din { $total }
ui-signin-heading = Secvența de conectare
ui-joined = Client și XSP asociate { $how }. Fiecare parte este afișată după propriul ceas.
ui-side-client = Aplicația Webex
ui-show-line = arată linia
ui-no-exchanges = Niciun mesaj SIP sau HTTP în aceste jurnale.

## Vizualizarea jurnalului

ui-file = Fișier
ui-level = Nivel
level-all = toate
level-debug = debug și peste
level-info = info și peste
level-warning = avertisment și peste
level-error = eroare
ui-filter = Filtru
ui-filter-hint = text din linie
ui-apply-filter = Aplică filtrul
ui-search = Caută
ui-next = Următorul
ui-previous = Anteriorul
ui-bookmark-tip = Marchează această linie
ui-more-lines = { $count ->
    [one] +1 linie
    [few] +{ $count } linii
   *[other] +{ $count } de linii
}
ui-copy-lines = Copiază liniile selectate ({ $count })
ui-copy-lines-tip = Shift-clic pe o linie selectează un interval
ui-bookmarks = Marcaje ({ $count })
ui-go-to = Mergi la…
ui-cut-here = tăiat aici: înregistrarea are { $bytes } octeți; copiați liniile pentru tot textul

## Escaladare și coduri de eroare

ui-copy-summary = Copiază rezumatul de escaladare
ui-copy-summary-tip = Text simplu pentru tichet
ui-code-label = Cod de eroare
ui-code-hint = ex. 200018
ui-code-intro = Introduceți codul de șase cifre afișat de portalul de activare sau într-un raport de sincronizare a directorului.
ui-code-six-digits = Un cod are șase cifre, de exemplu 200018.

view-files = Fișiere
ui-copy-summary-user-id = Copiați rezumatul cu ID-ul utilizatorului BroadWorks
ui-copy-summary-user-id-tip = Mascat, cu singura valoare de care nivelul 2 are nevoie pentru a găsi abonatul adăugată nemascată
ui-copied-summary = Rezumatul de escaladare a fost copiat în clipboard.
ui-copied-summary-user-id = Rezumatul de escaladare a fost copiat, cu ID-ul utilizatorului BroadWorks nemascat.
ui-copied-lines = { $count ->
    [one] O linie copiată în clipboard.
    [few] { $count } linii copiate în clipboard.
   *[other] { $count } de linii copiate în clipboard.
}
ui-no-dialog = Pe acest sistem nu s-a putut deschide nicio fereastră de fișiere. Trageți fișierele sau folderele pe fereastră sau dați-le în linia de comandă.
ui-back = Înapoi
ui-look-up-code = Căutați un cod de eroare
ui-files-count = { $files } fișiere în acest pachet; { $problems } cu probleme.
ui-col-file = Fișier
ui-col-kind = Tip
ui-col-format = Format
ui-col-time-range = Interval ({ $zone })
ui-col-lines = Linii
ui-col-problems = Probleme și note
ui-file-open-tip = Afișați doar acest fișier în jurnal

ui-regex = Expresie regulată
ui-match-case = Majuscule
ui-match-of = Potrivirea { $n } din { $total }
ui-no-match = 0 din { $lines } linii se potrivesc.
ui-bad-regex = Nu este o expresie regulată: { $error }
ui-next-error = Eroarea următoare
ui-previous-error = Eroarea anterioară
ui-no-more-errors = Nu mai sunt linii de eroare în această direcție.
ui-search-history = Căutări recente
ui-go-to-line-time = Salt la
ui-go-to-what = „{ $typed }” nu este nici număr de linie, nici oră (08:20:47, 2024-03-11 08:20).
ui-go-to-none = Nicio linie la { $typed } printre aceste linii.
ui-around-failure = ±5 min în jurul erorii
ui-around-failure-tip = Doar liniile aflate la cel mult cinci minute de momentul eșecului
ui-only-id = Doar liniile cu { $id }
ui-only-id-on = Se afișează doar liniile care conțin { $id }.
ui-only-id-clear = Afișați toate liniile
ui-export = Exportați
ui-export-shown-copy = Copiați liniile afișate
ui-export-shown-save = Salvați liniile afișate…
ui-export-bookmarked-copy = Copiați liniile marcate
ui-export-bookmarked-save = Salvați liniile marcate…
ui-export-saved = { $count } linii salvate în { $path }.
ui-export-failed = Liniile nu au putut fi salvate: { $error }
ui-time-in = ora ({ $zone })
ui-local-time = Ora locală
ui-local-time-tip = Arată toate orele în fusul orar al acestui calculator ({ $zone }) în loc de UTC, fusul în care se compară jurnalele
view-call-flow = Flux de apel
ui-flow-only-failed = Doar eșuate
ui-flow-groups = { $shown } din { $total } dialoguri și cereri
ui-flow-other = Alte schimburi (fără Call-ID sau ID de urmărire)
ui-only-attempt = Liniile din
ui-only-attempt-tip = Doar liniile de la începutul unei încercări de conectare până la ultimul ei pas
ui-every-attempt = toate încercările
ui-colour-rules = Culori
ui-colour-rules-tip = Rândurile care conțin un text sunt afișate în culoarea lui (indiferent de majuscule; prima regulă care se potrivește câștigă). Erorile, avertismentele și liniile de depanare au culori proprii. Regulile se păstrează pentru pornirea următoare.
ui-rule-text = Text
ui-rule-remove = Elimină
ui-rule-add = Adaugă o regulă
colour-blue = Albastru
colour-green = Verde
colour-orange = Portocaliu
colour-purple = Violet
colour-red = Roșu
colour-grey = Gri
ui-rule-colour = Culoare
view-playbooks = Liste de verificare
ui-playbooks-for-bundle = Pentru constatările acestui pachet
ui-playbooks-all = Toate listele de verificare
playbook-started = începută
ui-playbook-change = Schimbă
ui-playbook-open = Deschide lista de verificare „{ $title }”
ui-playbook-done = Făcut
ui-playbook-save = Salvează
ui-playbook-skip = Omite
ui-playbook-finished = Această listă de verificare este terminată. Răspunsurile ei sunt în rezumatul de escaladare.
ui-playbook-copy = Copiază răspunsurile
ui-playbook-copied = Răspunsurile listei sunt în clipboard.
ui-playbook-restart = Ia-o de la capăt
ui-finding-playbooks = Liste de verificare

view-calls = Apeluri
ui-calls-none = Niciun apel în acest pachet: jurnalele nu conțin niciun dialog INVITE.
ui-calls-count = { $count } apeluri, { $troubled } eșuate sau cu media slabă. Faceți clic pe un apel pentru diagrama lui.
ui-call-time = Început ({ $zone })
ui-call-direction = Direcție
ui-call-from = De la
ui-call-to = Către
ui-call-outcome = Rezultat
ui-call-codecs = Codec-uri
ui-call-loss = Pierderi %
ui-call-jitter = Jitter ms
ui-call-rtt = RTT ms

ui-push-heading = Abonamente pentru notificări push (AS)
