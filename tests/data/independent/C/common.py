"""Shared definitions for make.py: device types, build flavours (file and
function names per platform/build), person builder."""
import random
from datetime import datetime

from wxlib import UTC, ruuid, Log

TYPES = {'pc': ('Business Communicator - PC', '/dms/bc/pc/config.xml'),
         'mob': ('Connect - Mobile', '/dms/connect/mobile/config.xml'),
         'tab': ('Business Communicator - Tablet', '/dms/bc/tablet/config.xml'),
         'bcm': ('Business Communicator - Mobile', '/dms/bc/mobile/config.xml')}


def dt(s):
    return datetime.strptime(s, '%Y-%m-%dT%H:%M:%S').replace(tzinfo=UTC)


def mkdevs(num, domain, kinds, suffix, name_base):
    out = []
    for k in kinds:
        typ, path = TYPES[k]
        out.append((typ, '%s_%s' % (name_base, k.upper()), '%s%s@%s' % (num, suffix[k], domain), path))
    return out


def person(r, *, email, display, family, version, os_line, num, domain, xsp, sbc_host, sbc_port, sbc_ip,
           transport, kind, local_ip, phone, ext, jwt_url, suffix=None, dev_kinds=('pc', 'mob', 'tab'),
           model=None, sip_ua=None, bw_user=None, **extra):
    suffix = suffix or {'pc': '_wxtpc', 'mob': '_wxtmob', 'tab': '_wxttab', 'bcm': '_bcm'}
    devs = mkdevs(num, domain, dev_kinds, suffix, display.split()[0].lower() + '_' + display.split()[-1].lower())
    typ, path = TYPES[kind]
    sip_user = '%s%s' % (num, suffix[kind])
    P = dict(email=email, display=display, family=family, version=version, os_line=os_line, model=model,
             uuid=ruuid(r), org=ruuid(r), ents=['spark', 'webex-squared', 'squared-call-initiation', 'squared-syncup',
                                                'cloudmeetings', 'squared-room-moderation', 'broadworks-connector',
                                                'messenger-interop'],
             cb='NATIVE_WEBEX_TEAMS_CALLING', bw_user=bw_user or '%s@%s' % (num, domain), xsp=xsp,
             jwt_url=jwt_url, devtype=typ, dms_path=path, devices=devs,
             cfg=dict(sbc_host=sbc_host, sbc_port=sbc_port, transport=transport, sip_user=sip_user, domain=domain,
                      name=display, phone=phone, ext=ext, xsp=xsp),
             sbc_ip=sbc_ip, local_ip=local_ip, local_port=r.randint(49200, 64000),
             sip_ua=sip_ua or 'Webex/%s (%s)' % (version, family))
    P.update(extra)
    return P


def facts(P, *keys, extra=None):
    m = {'user_email': P['email'], 'user_id': P['uuid'], 'org_id': P['org'], 'client_version': P['version'],
         'platform': P.get('fact_platform', P['family']), 'broadworks_user_id': P['bw_user'],
         'sip_user': P['cfg']['sip_user'], 'sbc': '%s:%s' % (P['cfg']['sbc_host'], P['cfg']['sbc_port']),
         'sbc_address': '%s:%s' % (P['sbc_ip'], P.get('sbc_ip_port', P['cfg']['sbc_port'])), 'xsp': P['xsp']}
    d = {k: m[k] for k in keys}
    if extra:
        d.update(extra)
    return d


ALL_CLIENT_FACTS = ('user_email', 'user_id', 'org_id', 'client_version', 'platform', 'broadworks_user_id',
                    'sip_user', 'sbc', 'sbc_address', 'xsp')

# --------------------------------------------------------------- flavours
WIN_A = {
    'app': ('WebexApp.cpp', 'WebexApp::logStartupInfo'),
    'user': ('UserService.cpp', 'UserService::onSelfUpdated'),
    'ent': ('EntitlementService.cpp', 'EntitlementService::onEntitlementsUpdated'),
    'cb': ('CallingBehaviorService.cpp', 'CallingBehaviorService::evaluate'),
    'bwc': ('BroadWorksManager.cpp', 'BroadWorksManager::initialize'),
    'jwt': ('HttpRequestManager.cpp', 'HttpRequestManager::dispatch'),
    'xsi': ('HttpRequestManager.cpp', 'HttpRequestManager::dispatch'),
    'dms': ('HttpRequestManager.cpp', 'HttpRequestManager::dispatch'),
    'dev': ('BroadWorksConfigDownloader.cpp', 'BroadWorksConfigDownloader::onAccessDeviceListSucceeded'),
    'parse': ('parser.rl', 'TP::Xml::Parser::parse'),
    'cfg': ('BroadWorksCallControl.cpp', 'BroadWorksCallControl::createConfig'),
    'login': ('BroadWorksManager.cpp', 'BroadWorksManager::registerClient::<lambda_5d1f0c2e9a7b44e0b1a3c8d2f6e9a1b0>::operator ()'),
    'loginerr': ('BroadWorksLoginAdapter.cpp', 'BroadWorksLoginAdapter::handleLoginError'),
    'dns': ('DnsSrvResolver.cpp', 'DnsSrvResolver::onResolved'),
    'sip': ('SipTransportTls.cpp', 'SipTransportTls::send'),
    'sipin': ('SipTransportTls.cpp', 'SipTransportTls::onDataReceived'),
    'tls': ('TlsConnector.cpp', 'TlsConnector::onConnectFailed'),
    'reg': ('BroadWorksLoginAdapter.cpp', 'BroadWorksLoginAdapter::onRegistrationStateChanged'),
    'ui': ('PhoneServicesModel.cpp', 'PhoneServicesModel::setStatus'),
    'mobius': ('MobiusClient.cpp', 'MobiusClient::onDeviceRegistered'),
    'uap': ('SignInController.cpp', 'SignInController::onNavigation'),
    'dir': ('BroadWorksDirectory.cpp', 'BroadWorksDirectory::onSyncStatus'),
}

WIN_B = dict(WIN_A, **{
    'app': ('Application.cpp', 'spark::Application::logEnvironment', '::'),
    'user': ('SelfUserManager.cpp', 'SelfUserManager::updateSelf', '::'),
    'ent': ('FeatureSetManager.cpp', 'FeatureSetManager::applyUserFeatures', '::'),
    'cb': ('TelephonyService.cpp', 'TelephonyService::updateCallingBehavior', '::'),
    'bwc': ('BroadWorksService.cpp', 'BroadWorksService::start', '::'),
    'jwt': ('NetworkRequest.cpp', 'NetworkRequest::log'),
    'xsi': ('NetworkRequest.cpp', 'NetworkRequest::log'),
    'dms': ('NetworkRequest.cpp', 'NetworkRequest::log'),
    'sip': ('SipStack.cpp', 'SipStack::logMessage'),
    'sipin': ('SipStack.cpp', 'SipStack::logMessage'),
    'ui': ('PhoneServicesPresenter.cpp', 'PhoneServicesPresenter::update'),
})

WIN_OLD = dict(WIN_A, **{
    'app': ('SparkApplication.cpp', 'SparkApplication::startup'),
    'user': ('ContactService.cpp', 'ContactService::onSelfContact'),
    'ent': ('UserProfileService.cpp', 'UserProfileService::onProfile'),
    'jwt': ('BroadWorksAuth.cpp', 'BroadWorksAuth::requestJwt'),
    'xsi': ('XsiClient.cpp', 'XsiClient::send'),
    'dms': ('DmsClient.cpp', 'DmsClient::fetch'),
    'sip': ('SipStackLog.cpp', 'SipStackLog::out'),
    'sipin': ('SipStackLog.cpp', 'SipStackLog::in'),
})

MAC_A = {
    'app': ('AppDelegate.mm', '-[AppDelegate applicationDidFinishLaunching:]'),
    'user': ('SelfUserStore.mm', '-[SelfUserStore didUpdateSelf:]'),
    'ent': ('EntitlementsManager.cpp', 'EntitlementsManager::handleUpdate'),
    'cb': ('CallingPolicy.cpp', 'CallingPolicy::apply'),
    'bwc': ('BroadWorksManager.cpp', 'BroadWorksManager::initialize'),
    'jwt': ('HttpClientMac.mm', '-[HttpClientMac logExchange:]'),
    'xsi': ('HttpClientMac.mm', '-[HttpClientMac logExchange:]'),
    'dms': ('HttpClientMac.mm', '-[HttpClientMac logExchange:]'),
    'dev': ('BroadWorksConfigDownloader.cpp', 'onAccessDeviceListSucceeded'),
    'parse': ('parser.rl', 'TP::Xml::Parser::parse'),
    'cfg': ('BroadWorksCallControl.cpp', 'BroadWorksCallControl::createConfig'),
    'login': ('BroadWorksManager.cpp', 'BroadWorksManager::registerClient'),
    'loginerr': ('BroadWorksLoginAdapter.cpp', 'BroadWorksLoginAdapter::handleLoginError'),
    'dns': ('Resolver.cpp', 'TP::Net::Resolver::onSrv'),
    'sip': ('SipConnection.cpp', 'TP::Sip::Connection::write'),
    'sipin': ('SipConnection.cpp', 'TP::Sip::Connection::read'),
    'tls': ('SipConnection.cpp', 'TP::Sip::Connection::onError'),
    'reg': ('BroadWorksLoginAdapter.cpp', 'BroadWorksLoginAdapter::onRegistrationStateChanged'),
    'ui': ('PhoneServicesPreferences.swift', 'PhoneServicesPreferences.update(status:)'),
    'mobius': ('MobiusService.swift', 'MobiusService.register()'),
    'uap': ('LoginWebViewController.mm', '-[LoginWebViewController webView:didFinishNavigation:]'),
    'dir': ('DirectoryService.cpp', 'DirectoryService::onSyncStatus'),
}

MAC_B = dict(MAC_A, **{
    'user': ('UserRepository.swift', 'UserRepository.refreshSelf()'),
    'ent': ('UserFeatures.swift', 'UserFeatures.update(_:)'),
    'cb': ('CallingServiceSelector.swift', 'CallingServiceSelector.resolve()'),
    'jwt': ('RestTransport.cpp', 'RestTransport::trace'),
    'xsi': ('RestTransport.cpp', 'RestTransport::trace'),
    'dms': ('RestTransport.cpp', 'RestTransport::trace'),
    'sip': ('BWCLogSink.cpp', 'BWCLogSink::write'),
    'sipin': ('BWCLogSink.cpp', 'BWCLogSink::write'),
})

IOS_A = {
    'app': ('AppDelegate.swift', 'AppDelegate.application(_:didFinishLaunchingWithOptions:)'),
    'user': ('SelfProfile.swift', 'SelfProfile.load()'),
    'ent': ('EntitlementStore.swift', 'EntitlementStore.update(with:)'),
    'cb': ('CallingConfiguration.swift', 'CallingConfiguration.evaluate()'),
    'bwc': ('BroadWorksManager.cpp', 'BroadWorksManager::initialize'),
    'jwt': ('NetworkService.swift', 'NetworkService.log(_:)'),
    'xsi': ('NetworkService.swift', 'NetworkService.log(_:)'),
    'dms': ('NetworkService.swift', 'NetworkService.log(_:)'),
    'dev': ('BroadWorksConfigDownloader.cpp', 'onAccessDeviceListSucceeded'),
    'parse': ('parser.rl', 'TP::Xml::Parser::parse'),
    'cfg': ('BroadWorksCallControl.cpp', 'BroadWorksCallControl::createConfig'),
    'login': ('BroadWorksManager.cpp', 'BroadWorksManager::registerClient'),
    'loginerr': ('BroadWorksLoginAdapter.cpp', 'BroadWorksLoginAdapter::handleLoginError'),
    'dns': ('Resolver.cpp', 'TP::Net::Resolver::onSrv'),
    'sip': ('SipTransport.cpp', 'SipTransport::send'),
    'sipin': ('SipTransport.cpp', 'SipTransport::onReceive'),
    'tls': ('SipTransport.cpp', 'SipTransport::onSocketError'),
    'reg': ('BroadWorksLoginAdapter.cpp', 'BroadWorksLoginAdapter::onRegistrationStateChanged'),
    'ui': ('CallingStatusViewModel.swift', 'CallingStatusViewModel.status'),
    'mobius': ('MobiusRegistration.swift', 'MobiusRegistration.didRegister(_:)'),
    'uap': ('ActivationWebView.swift', 'ActivationWebView.webView(_:decidePolicyFor:)'),
    'dir': ('DirectorySync.swift', 'DirectorySync.handle(_:)'),
}

AND_A = {
    'app': 'WebexApp', 'user': 'AuthManager', 'ent': 'Entitlements', 'cb': 'CallingPrefs', 'bwc': 'BWC',
    'jwt': 'OkHttp', 'xsi': 'OkHttp', 'dms': 'OkHttp', 'dev': 'BWC', 'parse': 'BWC', 'cfg': 'BWC', 'login': 'BWC',
    'loginerr': 'BWC', 'dns': 'BWC-SIP', 'sip': 'BWC-SIP', 'sipin': 'BWC-SIP', 'tls': 'BWC-SIP', 'reg': 'BWC',
    'ui': 'PhoneSvc', 'mobius': 'Mobius', 'uap': 'SignIn', 'dir': 'BwDirectory',
}

AND_B = {
    'app': 'WxApplication', 'user': 'UserSession', 'ent': 'FeatureSet', 'cb': 'TelephonySvc', 'bwc': 'SparkBWC',
    'jwt': 'WxHttp', 'xsi': 'WxHttp', 'dms': 'WxHttp', 'dev': 'SparkBWC', 'parse': 'SparkBWC', 'cfg': 'SparkBWC',
    'login': 'SparkBWC', 'loginerr': 'SparkBWC', 'dns': 'SparkSIP', 'sip': 'SparkSIP', 'sipin': 'SparkSIP',
    'tls': 'SparkSIP', 'reg': 'SparkBWC', 'ui': 'CallingUi', 'mobius': 'WxcMobius', 'uap': 'Onboarding',
    'dir': 'Directory',
}


def logcat_header(L):
    L.other('--------- beginning of main')


def split_bwc(L):
    """Old desktop builds: lines tagged BWC (and their continuation lines) go to bwc/current_log.txt."""
    import re
    stamp = re.compile(r'^\d{4}-\d\d-\d\dT')
    main, bwc = [], []
    cur = main
    for line in L.out:
        if stamp.match(line):
            cur = bwc if 'BWC:' in line else main
        cur.append(line)
    return '\n'.join(main) + '\n', '\n'.join(bwc) + '\n'
