# The desktop app's labels, buttons and tooltips.

## Toolbar

ui-open = Open…
ui-open-tip = Open a support bundle (.zip) or log files (Ctrl+O)
ui-open-folder = Open folder…
ui-close = Close bundle
ui-save-screenshot = Save screenshot…
ui-save-screenshot-tip = Save a PNG of this view for the ticket (Ctrl+Shift+S)
ui-copy-screenshot = Copy screenshot
ui-copy-screenshot-tip = Put a picture of this view on the clipboard
ui-theme-light = Light theme
ui-theme-dark = Dark theme
ui-language = Language
ui-mask-ips = Mask IP addresses
ui-redact = Redact personal data
view-summary = Summary
view-timeline = Timeline
view-ladder = Ladder
view-log = Log
view-facts = Escalation
view-codes = Error codes

## Status bar and progress

ui-status-bundle = Bundle: { $name } · { $files ->
    [one] 1 file
   *[other] { $files } files
}, { $size } · times in { $zone }
ui-live = • live
ui-live-tip = New log lines are analysed as they are written
ui-redacted = redacted
ui-reading = Reading the logs…
ui-progress = { $bytes } read, { $files ->
    [one] 1 file
   *[other] { $files } files
}
ui-cancel = Cancel
ui-analysing = Analysing…
ui-start-failed = The analysis could not start: { $error }
ui-stopped = The analysis stopped unexpectedly.
ui-cancelled = Analysis cancelled.
ui-local-bundle = This computer's Webex logs
ui-filter-bundles = Support bundle or log
ui-all-files = All files
ui-screenshot-saved = Screenshot saved to { $path }
ui-screenshot-copied = Screenshot copied to the clipboard
ui-screenshot-failed = Screenshot failed: { $error }
ui-shot-bad-size = the screenshot has an unexpected size
ui-no-clipboard = no clipboard here: { $error }
ui-clipboard-refused = the clipboard took no image: { $error }

## Start view

ui-this-computer = This computer
ui-col-log = Log
ui-col-path = Path
ui-col-size = Size
ui-col-changed = Last change
ui-analyse-computer = Analyse this computer
ui-drop = Drop a support bundle (.zip), a folder or log files here
ui-drop-tip = Or click to choose files
ui-recent = Recent bundles

## Summary

verdict-word-error = Problem found
verdict-word-warning = Attention
verdict-word-info = Note
verdict-word-ok = All good
ui-no-findings = No findings.
ui-evidence-tip = Open the log at this line

## Timeline and ladder

ui-no-signin = No Webex app sign-in in this bundle.
ui-attempt = Attempt
ui-attempt-of = Attempt { $n } of { $total }
ui-signin-heading = Sign-in sequence
ui-joined = Client and XSP joined { $how }. Each side is shown at its own clock.
ui-side-client = Webex app
ui-show-line = show line
ui-no-exchanges = No SIP or HTTP exchanges in these logs.

## Log view

ui-file = File
ui-level = Level
level-all = all
level-debug = debug and above
level-info = info and above
level-warning = warning and above
level-error = error
ui-filter = Filter
ui-filter-hint = text in the line
ui-apply-filter = Apply filter
ui-search = Search
ui-next = Next
ui-previous = Previous
ui-bookmark-tip = Bookmark this line
ui-more-lines = { $count ->
    [one] +1 line
   *[other] +{ $count } lines
}
ui-copy-lines = Copy selected lines ({ $count })
ui-copy-lines-tip = Shift-click a line to select a range
ui-bookmarks = Bookmarks ({ $count })
ui-go-to = Go to…
ui-cut-here = cut here: the record has { $bytes } bytes; copy the lines for all of it

## Escalation and error codes

ui-copy-summary = Copy escalation summary
ui-copy-summary-tip = Plain text for the ticket
ui-code-label = Error code
ui-code-hint = e.g. 200018
ui-code-intro = Type the six-digit code shown by the activation portal or in a directory-sync report.
ui-code-six-digits = A code has six digits, such as 200018.

view-files = Files
ui-copy-summary-user-id = Copy summary with BroadWorks user id
ui-copy-summary-user-id-tip = Redacted, with the one value tier 2 needs to find the subscriber added unmasked
ui-copied-summary = Escalation summary copied to the clipboard.
ui-copied-summary-user-id = Escalation summary copied, with the BroadWorks user id unmasked.
ui-copied-lines = { $count ->
    [one] One line copied to the clipboard.
   *[other] { $count } lines copied to the clipboard.
}
ui-no-dialog = No file dialog could be opened on this system. Drop files or folders on the window, or give them on the command line.
ui-back = Back
ui-look-up-code = Look up an error code
ui-files-count = { $files } files in this bundle; { $problems } with problems.
ui-col-file = File
ui-col-kind = Kind
ui-col-format = Format
ui-col-time-range = Time range ({ $zone })
ui-col-lines = Lines
ui-col-problems = Problems and notes
ui-file-open-tip = Show only this file in the log

ui-regex = Regex
ui-match-case = Match case
ui-match-of = Match { $n } of { $total }
ui-no-match = 0 of { $lines } lines match.
ui-bad-regex = Not a regular expression: { $error }
ui-next-error = Next error
ui-previous-error = Previous error
ui-no-more-errors = No more error lines in that direction.
ui-search-history = Recent searches
ui-go-to-line-time = Go to
ui-go-to-what = "{ $typed }" is neither a line number nor a time (08:20:47, 2024-03-11 08:20).
ui-go-to-none = No line at { $typed } in these lines.
ui-around-failure = ±5 min around the failure
ui-around-failure-tip = Only the lines within five minutes of when the attempt failed
ui-only-id = Only lines of { $id }
ui-only-id-on = Showing only the lines that name { $id }.
ui-only-id-clear = Show all lines
ui-export = Export
ui-export-shown-copy = Copy the lines shown
ui-export-shown-save = Save the lines shown…
ui-export-bookmarked-copy = Copy the bookmarked lines
ui-export-bookmarked-save = Save the bookmarked lines…
ui-export-saved = { $count } lines saved to { $path }.
ui-export-failed = The lines could not be saved: { $error }
ui-time-in = time ({ $zone })
ui-local-time = Local time
ui-local-time-tip = Show every time in this computer's time zone ({ $zone }) instead of UTC, the zone the logs are compared in
view-call-flow = Call flow
ui-flow-only-failed = Only failed
ui-flow-groups = { $shown } of { $total } dialogs and requests
ui-flow-other = Other exchanges (no Call-ID or tracking id)
ui-only-attempt = Lines of
ui-only-attempt-tip = Only the lines from the start of one sign-in attempt to its last step
ui-every-attempt = every attempt
ui-colour-rules = Colours
ui-colour-rules-tip = Rows that contain a text are shown in its colour (any case; the first rule that matches wins). Errors, warnings and debug lines have colours of their own. Rules are kept for the next start.
ui-rule-text = Text
ui-rule-remove = Remove
ui-rule-add = Add a rule
colour-blue = Blue
colour-green = Green
colour-orange = Orange
colour-purple = Purple
colour-red = Red
colour-grey = Grey
ui-rule-colour = Colour
view-playbooks = Checklists
ui-playbooks-for-bundle = For this bundle's findings
ui-playbooks-all = All checklists
playbook-started = started
ui-playbook-change = Change
ui-playbook-open = Open the checklist “{ $title }”
ui-playbook-done = Done
ui-playbook-save = Save
ui-playbook-skip = Skip
ui-playbook-finished = This checklist is finished. Its answers are in the escalation summary.
ui-playbook-copy = Copy the answers
ui-playbook-copied = The checklist's answers are on the clipboard.
ui-playbook-restart = Start over
ui-finding-playbooks = Checklists

view-calls = Calls
ui-calls-none = No calls in this bundle: the logs hold no INVITE dialog.
ui-calls-count = { $count } calls, { $troubled } failed or with poor media. Click a call for its ladder.
ui-call-time = Start ({ $zone })
ui-call-direction = Direction
ui-call-from = From
ui-call-to = To
ui-call-outcome = Outcome
ui-call-codecs = Codecs
ui-call-loss = Loss %
ui-call-jitter = Jitter ms
ui-call-rtt = RTT ms

ui-push-heading = Push subscriptions (AS)
