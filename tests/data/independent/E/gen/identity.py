"""Ways a build might print who is signed in and what they are entitled to."""
import json


def _cp(f, key="ident"):
    return f.C[key]


def ident_json1(f, P):
    cp = _cp(f)
    d = {"id": P["user_id"], "emails": [P["email"]], "displayName": P["name"], "orgId": P["org_id"],
         "type": "PERSON", "entitlements": P["entitlements"], "callingBehavior": P["calling_behavior"]}
    f.w.rec("I", cp["src"], cp["func"], "self user fetched: " + json.dumps(d, separators=(",", ":")), role=cp.get("role", "main"))


def ident_pretty(f, P):
    cp = _cp(f)
    d = {"userId": P["user_id"], "email": P["email"], "orgId": P["org_id"],
         "displayName": P["name"], "entitlements": P["entitlements"],
         "userSettings": {"callingBehavior": P["calling_behavior"], "locale": "en_US"}}
    lines = json.dumps(d, indent=2).split("\n")
    f.w.rec("I", cp["src"], cp["func"], "Current user record", role=cp.get("role", "main"), cont=lines)


def ident_kv(f, P):
    cp = _cp(f)
    r = cp.get("role", "main")
    f.w.rec("I", cp["src"], cp["func"], f"signed-in user email={P['email']} uuid={P['user_id']} orgUuid={P['org_id']}", role=r)
    f.w.rec("D", cp["src"], cp["func"], "entitlements=" + ",".join(P["entitlements"]), role=r)
    f.w.rec("I", cp["src"], cp["func"], f"calling_behavior={P['calling_behavior']}", role=r)


def ident_perline(f, P):
    cp = _cp(f)
    r = cp.get("role", "main")
    f.w.rec("I", cp["src"], cp["func"], f"Email: {P['email']}", role=r)
    f.w.rec("I", cp["src"], cp["func"], f"User ID: {P['user_id']}", role=r, adv=False)
    f.w.rec("I", cp["src"], cp["func"], f"Org ID: {P['org_id']}", role=r, adv=False)
    f.w.rec("D", cp["src"], cp["func"], f"Entitlements ({len(P['entitlements'])}):", role=r)
    for e in P["entitlements"]:
        f.w.rec("D", cp["src"], cp["func"], f"  - {e}", role=r, adv=False)
    label = {"NATIVE_WEBEX_TEAMS_CALLING": "Calling in Webex"}.get(P["calling_behavior"])
    cb = P["calling_behavior"] + (f" ({label})" if label else "")
    f.w.rec("I", cp["src"], cp["func"], f"Calling behavior: {cb}", role=r)


def ident_colon(f, P):
    cp = _cp(f)
    lines = [f"  person.email: {P['email']}",
             f"  person.id: {P['user_id']}",
             f"  person.orgId: {P['org_id']}",
             "  person.entitlements: ["] + [f"    {e}," for e in P["entitlements"][:-1]] + \
            [f"    {P['entitlements'][-1]}", "  ]",
             f"  person.callingBehavior: {P['calling_behavior']}"]
    f.w.rec("I", cp["src"], cp["func"], "Person loaded:", role=cp.get("role", "main"), cont=lines)


def ident_android(f, P):
    """Android: each item its own logcat line; entitlements array split."""
    cp = _cp(f)
    r = cp.get("role", "main")
    f.w.rec("I", cp["src"], cp["func"], f"AuthenticatedUser{{email='{P['email']}', userId='{P['user_id']}', orgId='{P['org_id']}'}}", role=r)
    f.w.rec("D", cp["src"], cp["func"], "entitlements: [", role=r)
    for i, e in enumerate(P["entitlements"]):
        comma = "," if i < len(P["entitlements"]) - 1 else ""
        f.w.rec("D", cp["src"], cp["func"], f'    "{e}"{comma}', role=r, adv=False)
    f.w.rec("D", cp["src"], cp["func"], "]", role=r, adv=False)
    f.w.rec("I", cp["src"], cp["func"], f"callingBehavior -> {P['calling_behavior']}", role=r)


def ident_csf(f, P):
    """iOS: identity through the older CSF logger."""
    from core import fmt_csf
    cp = _cp(f)
    ex = {"logger": "csf.spark.identity", "path": "identity/SelfPersonStore.cpp"}
    f.w.rec("I", "SelfPersonStore.cpp:214", "updateSelf", f"userId: {P['user_id']}, orgId: {P['org_id']}, email: {P['email']}", extra=ex, fmt=fmt_csf)
    f.w.rec("D", "SelfPersonStore.cpp:229", "updateSelf", "entitlements: " + json.dumps(P["entitlements"]), extra=ex, fmt=fmt_csf)
    f.w.rec("I", cp["src"], cp["func"], f"callingBehavior={P['calling_behavior']} orgCallingBehavior={P.get('org_cb', P['calling_behavior'])}", role=cp.get("role", "main"))
