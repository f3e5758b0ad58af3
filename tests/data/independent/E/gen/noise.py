"""Unrelated client log lines (presence, meetings, telemetry, UI, messaging...).

The templates deliberately avoid anything the diagnosis is about: no SIP
methods, no Xsi/DMS/IdP-proxy URLs, no six-digit numbers, no calling
back-end names. A few harmless HTTP calls to other services are included
because a real log has thousands of them.
"""

STATUSES = ["active", "inactive", "dnd", "meeting", "call", "ooo", "presenting"]
NETS = ["wifi", "ethernet", "wifi", "cellular-5g", "wifi"]
SCREENS = ["Messaging", "Meetings", "Calling", "Contacts", "Teams", "Whiteboards", "Vidcast"]


def _templates(c, plat):
    u = c.uuid
    n = lambda a, b: c.rint(a, b)
    T = [
        ("D", "PresenceService.cpp:412", "PresenceService::onPresenceEvent",
         lambda: f"presence update subject={u()[:8]} status={c.pick(STATUSES)} ttl={n(60, 900)}s", "Presence"),
        ("D", "MercuryConnection.cpp:233", "MercuryConnection::onPong",
         lambda: f"websocket pong received rtt={n(18, 190)}ms seq={n(10, 9999)}", "Mercury"),
        ("I", "MercuryConnection.cpp:518", "MercuryConnection::dispatch",
         lambda: f"event conversation.activity id={u()} verb={c.pick(['post', 'acknowledge', 'update', 'share'])}", "Mercury"),
        ("I", "MeetingsListModel.cpp:97", "MeetingsListModel::refresh",
         lambda: f"calendar window refreshed: {n(0, 14)} upcoming meetings, {n(0, 3)} in progress", "Meetings"),
        ("D", "TelemetryUploader.cpp:146", "TelemetryUploader::flushBatch",
         lambda: f"uploaded metrics batch size={n(3, 80)} queued={n(0, 40)} elapsed={n(30, 900)}ms", "Metrics"),
        ("D", "UIStateTracker.cpp:61", "UIStateTracker::onNavigate",
         lambda: f"navigation {c.pick(SCREENS)} -> {c.pick(SCREENS)}", "UI"),
        ("I", "ConversationService.cpp:1207", "ConversationService::syncSpaces",
         lambda: f"space sync complete updated={n(0, 25)} removed={n(0, 2)} took={n(40, 2500)}ms", "Convo"),
        ("D", "KmsClient.cpp:388", "KmsClient::onKeyFetched",
         lambda: f"key available for kms resource {u()} (cache={c.pick(['hit', 'miss'])})", "Kms"),
        ("I", "NetworkMonitor.cpp:140", "NetworkMonitor::onReachabilityChanged",
         lambda: f"reachability={c.pick(['reachable', 'reachable'])} interface={c.pick(NETS)} metered=false", "Network"),
        ("D", "AudioDeviceManager.cpp:774", "AudioDeviceManager::enumerate",
         lambda: f"audio devices: capture={n(1, 4)} render={n(1, 4)} default-changed={c.pick(['no', 'no', 'yes'])}", "Audio"),
        ("D", "AvatarCache.cpp:203", "AvatarCache::prefetch",
         lambda: f"avatar prefetch {n(1, 40)} entries, hit ratio {n(40, 99)}%", "Avatar"),
        ("I", "FeatureToggleStore.cpp:85", "FeatureToggleStore::apply",
         lambda: f"feature toggles refreshed count={n(120, 460)} changed={n(0, 6)}", "Toggles"),
        ("D", "ContactResolver.cpp:331", "ContactResolver::resolveBatch",
         lambda: f"resolved {n(1, 30)} contacts from people cache, {n(0, 5)} pending", "Contacts"),
        ("D", "PowerMonitor.cpp:58", "PowerMonitor::onStateChange",
         lambda: f"power state: ac={c.pick(['true', 'false'])} battery={n(20, 100)}%", "Power"),
        ("I", "WhiteboardService.cpp:442", "WhiteboardService::loadBoards",
         lambda: f"loaded {n(0, 12)} boards for space {u()[:8]}", "Board"),
        ("D", "DatabaseManager.cpp:1190", "DatabaseManager::vacuum",
         lambda: f"db checkpoint wal_pages={n(10, 4000)} duration={n(2, 120)}ms", "Db"),
        ("I", "LocusService.cpp:654", "LocusService::onLocusDelta",
         lambda: f"locus delta for meeting {u()} participants={n(2, 40)} state=INITIALIZED", "Locus"),
        ("D", "ProximityService.cpp:210", "ProximityService::scan",
         lambda: f"ultrasound scan finished, no paired device nearby (score={n(0, 9)})", "Proximity"),
        ("D", "HttpClient.cpp:902", "HttpClient::onComplete",
         lambda: f"GET https://avatar.example.org/v1/avatars/{u()}~{n(40, 1600)} -> 200 ({n(20, 300)}ms)", "Http"),
        ("D", "HttpClient.cpp:902", "HttpClient::onComplete",
         lambda: f"POST https://metrics.example.org/metrics/api/v1/clientmetrics -> 204 ({n(40, 700)}ms)", "Http"),
        ("I", "SearchService.cpp:288", "SearchService::query",
         lambda: f"local search '{c.pick(['standup', 'invoice', 'roadmap', 'lunch', 'release'])}' returned {n(0, 30)} hits", "Search"),
        ("D", "ThemeManager.cpp:40", "ThemeManager::apply",
         lambda: f"theme={c.pick(['dark', 'light', 'system'])} scale={c.pick(['100', '125', '150'])}%", "UI"),
        ("I", "UpgradeChecker.cpp:122", "UpgradeChecker::check",
         lambda: f"upgrade channel={c.pick(['gold', 'slow'])} nothing to do", "Upgrade"),
        ("D", "NotificationCenter.cpp:311", "NotificationCenter::post",
         lambda: f"toast suppressed (focus={c.pick(['app', 'other'])}, dnd=false)", "Notify"),
    ]
    if plat in ("iOS", "iPadOS"):
        T = [(l, s.replace(".cpp", ".swift") if i % 3 == 0 else s, f, m, tag) for i, (l, s, f, m, tag) in enumerate(T)]
        T += [
            ("D", "AppLifecycle.swift:77", "sceneDidBecomeActive(_:)", lambda: "scene active, refreshing badges", "UI"),
            ("D", "PushRegistry.swift:130", "pushRegistry(_:didUpdate:for:)", lambda: f"voip push credentials unchanged ({n(60, 64)} bytes)", "Push"),
        ]
    if plat == "macOS":
        T = [(l, s.replace(".cpp", ".mm") if i % 4 == 1 else s, f, m, tag) for i, (l, s, f, m, tag) in enumerate(T)]
        T += [("D", "SparkAppDelegate.mm:512", "-[SparkAppDelegate applicationDidBecomeActive:]", lambda: "activated, dock badge cleared", "UI")]
    if plat == "Android":
        T += [
            ("D", "ConnectivityWatcher.kt:88", "onCapabilitiesChanged", lambda: f"validated=true transports=[{c.pick(['WIFI', 'CELLULAR'])}]", "Network"),
            ("I", "FcmService.kt:51", "onMessageReceived", lambda: f"push delivered priority=high collapse={c.pick(['conv', 'meet'])}", "Push"),
        ]
    return T


def noise(w, count, plat, roles=("main",), target="main", lo=20, hi=1800):
    c = w.c
    T = _templates(c, plat)
    for _ in range(count):
        lvl, src, func, mk, tag = c.pick(T)
        w.rec(lvl, src, func, mk(), target=target, role=c.pick(roles), extra={"tag": tag}, adv=False)
        c.adv(lo, hi)


def csf_noise(w, count, lo=20, hi=900):
    """Lines in the older CSF shape (iOS)."""
    c = w.c
    items = [
        ("csf.jabber.presence", "PresencePlugin.cpp", "onStatusChanged", lambda: f"status={c.pick(STATUSES)}"),
        ("csf.ecc.media", "MediaEngine.cpp", "onAudioRouteChange", lambda: f"route={c.pick(['receiver', 'speaker', 'bluetooth'])}"),
        ("csf.netutils", "NetUtils.cpp", "checkInterfaces", lambda: f"{c.rint(1, 3)} active interfaces, primary={c.pick(NETS)}"),
        ("csf.config", "ConfigStore.cpp", "notify", lambda: f"config key refreshed, {c.rint(1, 9)} observers"),
    ]
    for _ in range(count):
        logger, f, func, mk = c.pick(items)
        w.rec("D", f"{f}:{c.rint(20, 900)}", func, mk(), extra={"logger": logger, "path": "csf/" + f}, adv=False)
        c.adv(lo, hi)
