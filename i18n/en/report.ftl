# The text report and the escalation summary (terminal and clipboard).

findings-heading = { $count ->
    [one] 1 finding
   *[other] { $count } findings
}
report-why = Why
report-fix = Fix
report-guide = Guide
report-evidence = Evidence:
report-status-failed = FAILED
timeline-heading = Registration timeline
timeline-heading-attempt = Registration timeline (attempt { $n } of { $total })
history-heading = Earlier attempts that failed ({ $count })
history-failed = { $when }, run { $run }: { $step } failed
signin-heading = Sign-in sequence (each side at its own clock)
signin-heading-joined = Sign-in sequence (each side at its own clock, client and server joined { $how })
side-client = client
side-server = XSP
summary-heading = Escalation summary
summary-verdict = Verdict
summary-failed-step = Failed step
summary-findings = Findings
fact-list-latest = { $items } (the latest { $shown } of { $total })
fact-yes = yes
fact-no = no
sources-heading = { $count ->
    [one] Sources (1 file)
   *[other] Sources ({ $count } files)
}
source-lines = { $count ->
    [one] 1 line
   *[other] { $count } lines
}

## wxbw-doctor code N, and the command line's own messages

code-not-a-code = '{ $typed }' is not a six-digit error code such as 200018.
code-unknown = { $code } is not in the guide's tables of end-user or directory-synchronization error codes.
code-table-end-user = end-user error code, shown by the activation portal
code-table-directory-sync = directory synchronization error code
code-meaning = Meaning
code-action = Action
code-no-action = the guide gives none; if it persists, escalate with this code.
code-source = Source
cli-nothing-read = nothing could be read from the given input.

summary-bundle = Bundle
summary-user-id-unmasked = BroadWorks user id (unmasked on purpose)
playbook-answer-done = done
playbook-answer-yes = yes
playbook-answer-no = no
playbook-answer-skipped = skipped
playbook-finished = finished
playbook-unfinished = not finished
playbook-likely-cause = Likely cause
summary-checked = Checked with the guide's checklists:
playbook-guide = Guide
playbook-for-findings = For the findings
playbook-go-to-step = Go on with step { $n }.
playbook-then = Then the checklist “{ $title }” ({ $id }).
playbook-ends = The checklist ends here.
playbook-answer-value = the value read
playbook-unknown = There is no playbook '{ $id }'. These are the playbooks:

calls-heading = Calls ({ $count })
push-heading = Push subscriptions on the AS ({ $count })
calls-newest = the newest { $count }; the JSON report lists all
