# Labels, knoppen en tooltips van de desktopapp.

## Werkbalk

ui-open = Openen…
ui-open-tip = Een ondersteuningsbundel (.zip) of logbestanden openen (Ctrl+O)
ui-open-folder = Map openen…
ui-close = Bundel sluiten
ui-save-screenshot = Schermafbeelding opslaan…
ui-save-screenshot-tip = Een PNG van deze weergave opslaan voor het ticket (Ctrl+Shift+S)
ui-copy-screenshot = Schermafbeelding kopiëren
ui-copy-screenshot-tip = Een afbeelding van deze weergave op het klembord zetten
ui-theme-light = Licht thema
ui-theme-dark = Donker thema
ui-language = Taal
ui-mask-ips = IP-adressen maskeren
ui-redact = Persoonsgegevens afschermen
view-summary = Overzicht
view-timeline = Tijdlijn
view-ladder = Ladderdiagram
view-log = Logboek
view-facts = Escalatie
view-codes = Foutcodes

## Statusbalk en voortgang

ui-status-bundle = Bundel: { $name } · { $files ->
    [one] 1 bestand
   *[other] { $files } bestanden
}, { $size } · tijden in { $zone }
ui-live = • live
ui-live-tip = Nieuwe logregels worden geanalyseerd zodra ze worden geschreven
ui-redacted = afgeschermd
ui-reading = De logboeken worden gelezen…
ui-progress = { $bytes } gelezen, { $files ->
    [one] 1 bestand
   *[other] { $files } bestanden
}
ui-cancel = Annuleren
ui-analysing = Bezig met analyseren…
ui-start-failed = De analyse kon niet starten: { $error }
ui-stopped = De analyse is onverwacht gestopt.
ui-cancelled = Analyse geannuleerd.
ui-local-bundle = Webex-logboeken van deze computer
ui-filter-bundles = Ondersteuningsbundel of logboek
ui-all-files = Alle bestanden
ui-screenshot-saved = Schermafbeelding opgeslagen in { $path }
ui-screenshot-copied = Schermafbeelding naar het klembord gekopieerd
ui-screenshot-failed = Schermafbeelding mislukt: { $error }
ui-shot-bad-size = de schermafbeelding heeft een onverwacht formaat
ui-no-clipboard = hier is geen klembord: { $error }
ui-clipboard-refused = het klembord nam de afbeelding niet aan: { $error }

## Startweergave

ui-this-computer = Deze computer
ui-col-log = Logboek
ui-col-path = Pad
ui-col-size = Grootte
ui-col-changed = Laatst gewijzigd
ui-analyse-computer = Deze computer analyseren
ui-drop = Zet hier een ondersteuningsbundel (.zip), een map of logbestanden neer
ui-drop-tip = Of klik om bestanden te kiezen
ui-recent = Recente bundels

## Overzicht

verdict-word-error = Probleem gevonden
verdict-word-warning = Let op
verdict-word-info = Opmerking
verdict-word-ok = Alles in orde
ui-no-findings = Geen bevindingen.
ui-evidence-tip = Het logboek op deze regel openen

## Tijdlijn en ladderdiagram

ui-no-signin = Geen aanmelding van de Webex-app in deze bundel.
ui-attempt = Poging
ui-attempt-of = Poging { $n } van { $total }
ui-signin-heading = Aanmeldvolgorde
ui-joined = Client en XSP gekoppeld { $how }. Elke kant wordt getoond met de eigen klok.
ui-side-client = Webex-app
ui-show-line = regel tonen
ui-no-exchanges = Geen SIP- of HTTP-berichten in deze logboeken.

## Logboekweergave

ui-file = Bestand
ui-level = Niveau
level-all = alle
level-debug = debug en hoger
level-info = info en hoger
level-warning = waarschuwing en hoger
level-error = fout
ui-filter = Filter
ui-filter-hint = tekst in de regel
ui-apply-filter = Filter toepassen
ui-search = Zoeken
ui-next = Volgende
ui-previous = Vorige
ui-bookmark-tip = Bladwijzer voor deze regel
ui-more-lines = { $count ->
    [one] +1 regel
   *[other] +{ $count } regels
}
ui-copy-lines = Geselecteerde regels kopiëren ({ $count })
ui-copy-lines-tip = Shift-klik op een regel om een bereik te kiezen
ui-bookmarks = Bladwijzers ({ $count })
ui-go-to = Ga naar…
ui-cut-here = hier afgekapt: de record heeft { $bytes } bytes; kopieer de regels voor alles

## Escalatie en foutcodes

ui-copy-summary = Escalatiesamenvatting kopiëren
ui-copy-summary-tip = Platte tekst voor het ticket
ui-code-label = Foutcode
ui-code-hint = bijv. 200018
ui-code-intro = Typ de zescijferige code die de activeringsportal of een rapport van de directorysynchronisatie toont.
ui-code-six-digits = Een code heeft zes cijfers, zoals 200018.

view-files = Bestanden
ui-copy-summary-user-id = Samenvatting met BroadWorks-gebruikers-id kopiëren
ui-copy-summary-user-id-tip = Gemaskeerd, met de ene waarde die de tweede lijn nodig heeft om de abonnee te vinden onversleuteld toegevoegd
ui-copied-summary = Escalatiesamenvatting naar het klembord gekopieerd.
ui-copied-summary-user-id = Escalatiesamenvatting gekopieerd, met de BroadWorks-gebruikers-id niet gemaskeerd.
ui-copied-lines = { $count ->
    [one] Eén regel naar het klembord gekopieerd.
   *[other] { $count } regels naar het klembord gekopieerd.
}
ui-no-dialog = Op dit systeem kon geen bestandsvenster worden geopend. Sleep bestanden of mappen naar het venster, of geef ze op de opdrachtregel op.
ui-back = Terug
ui-look-up-code = Foutcode opzoeken
ui-files-count = { $files } bestanden in deze bundel; { $problems } met problemen.
ui-col-file = Bestand
ui-col-kind = Soort
ui-col-format = Indeling
ui-col-time-range = Tijdvak ({ $zone })
ui-col-lines = Regels
ui-col-problems = Problemen en opmerkingen
ui-file-open-tip = Alleen dit bestand in het logboek tonen

ui-regex = Reguliere expressie
ui-match-case = Hoofdlettergevoelig
ui-match-of = Treffer { $n } van { $total }
ui-no-match = 0 van { $lines } regels komen overeen.
ui-bad-regex = Geen reguliere expressie: { $error }
ui-next-error = Volgende fout
ui-previous-error = Vorige fout
ui-no-more-errors = Geen foutregels meer in die richting.
ui-search-history = Recente zoekopdrachten
ui-go-to-line-time = Ga naar
ui-go-to-what = "{ $typed }" is geen regelnummer en geen tijd (08:20:47, 2024-03-11 08:20).
ui-go-to-none = Geen regel bij { $typed } in deze regels.
ui-around-failure = ±5 min rond de fout
ui-around-failure-tip = Alleen de regels binnen vijf minuten van het moment waarop de poging mislukte
ui-only-id = Alleen regels van { $id }
ui-only-id-on = Alleen de regels die { $id } noemen worden getoond.
ui-only-id-clear = Alle regels tonen
ui-export = Exporteren
ui-export-shown-copy = Getoonde regels kopiëren
ui-export-shown-save = Getoonde regels opslaan…
ui-export-bookmarked-copy = Gemarkeerde regels kopiëren
ui-export-bookmarked-save = Gemarkeerde regels opslaan…
ui-export-saved = { $count } regels opgeslagen in { $path }.
ui-export-failed = De regels konden niet worden opgeslagen: { $error }
ui-time-in = tijd ({ $zone })
ui-local-time = Lokale tijd
ui-local-time-tip = Toon alle tijden in de tijdzone van deze computer ({ $zone }) in plaats van UTC, de zone waarin logboeken worden vergeleken
view-call-flow = Gespreksverloop
ui-flow-only-failed = Alleen mislukte
ui-flow-groups = { $shown } van { $total } dialogen en verzoeken
ui-flow-other = Overige berichten (zonder Call-ID of tracking-ID)
ui-only-attempt = Regels van
ui-only-attempt-tip = Alleen de regels van het begin van één aanmeldpoging tot de laatste stap ervan
ui-every-attempt = alle pogingen
ui-colour-rules = Kleuren
ui-colour-rules-tip = Regels die een tekst bevatten worden in de bijbehorende kleur getoond (hoofdletters maken niet uit; de eerste passende regel telt). Fouten, waarschuwingen en debugregels hebben eigen kleuren. De regels blijven bewaard voor de volgende start.
ui-rule-text = Tekst
ui-rule-remove = Verwijderen
ui-rule-add = Regel toevoegen
colour-blue = Blauw
colour-green = Groen
colour-orange = Oranje
colour-purple = Paars
colour-red = Rood
colour-grey = Grijs
ui-rule-colour = Kleur
view-playbooks = Checklijsten
ui-playbooks-for-bundle = Voor de bevindingen van deze bundel
ui-playbooks-all = Alle checklists
playbook-started = begonnen
ui-playbook-change = Wijzigen
ui-playbook-open = Checklist ‘{ $title }’ openen
ui-playbook-done = Gedaan
ui-playbook-save = Opslaan
ui-playbook-skip = Overslaan
ui-playbook-finished = Deze checklist is afgerond. De antwoorden staan in de escalatiesamenvatting.
ui-playbook-copy = Antwoorden kopiëren
ui-playbook-copied = De antwoorden van de checklist staan op het klembord.
ui-playbook-restart = Opnieuw beginnen
ui-finding-playbooks = Checklijsten

view-calls = Gesprekken
ui-calls-none = Geen gesprekken in deze bundel: de logboeken bevatten geen INVITE-dialoog.
ui-calls-count = { $count } gesprekken, { $troubled } mislukt of met slechte media. Klik op een gesprek voor het ladderdiagram.
ui-call-time = Begin ({ $zone })
ui-call-direction = Richting
ui-call-from = Van
ui-call-to = Naar
ui-call-outcome = Resultaat
ui-call-codecs = Codecs
ui-call-loss = Verlies %
ui-call-jitter = Jitter ms
ui-call-rtt = RTT ms

ui-push-heading = Pushabonnementen (AS)
