# Analizin söyledikleri: sonuçlar, bulgulara eklenen notlar, adım ve durum
# adları. Cihaz türleri, yetki adları, yapılandırma etiketleri ve protokol
# sözcükleri asla çevrilmez.

## Sonuçlar

verdict-registered = BroadWorks'e kayıtlı, sorun bulunmadı.
verdict-registered-warnings = { $count ->
    [one] BroadWorks'e kayıtlı, bakılması gereken bir uyarı var.
   *[other] BroadWorks'e kayıtlı, bakılması gereken { $count } uyarı var.
}
verdict-no-registration = Bu günlüklerde BroadWorks kaydı görülmedi ve bunu açıklayan bilinen bir sorun yok.
verdict-server-clean = Sunucu günlüklerinde sorun bulunmadı.
verdict-nothing = Bu pakette analiz edilecek Webex uygulaması veya BroadWorks günlüğü yok.

## Önem dereceleri ve durumlar

severity-error = HATA
severity-warning = UYARI
severity-info = BİLGİ
severity-ok = TAMAM
status-ok = tamam
status-failed = başarısız
status-inferred = çıkarıldı
status-not-seen = görülmedi

## Kayıt adımları

step-app-start = Uygulama başlangıcı
step-entitlements = Yetkiler
step-bwc-init = BroadWorks arama başlangıcı
step-token = JWT (IdP proxy'si)
step-device-list = Cihaz listesi (XSI)
step-config-download = Yapılandırma indirme (DMS)
step-sip-register = SIP REGISTER
step-registered = Kayıtlı
step-as-register = AS kaydı (SBC'den AS'ye)

## XSP'nin oturum açma adımları, kılavuzdaki akış şemasındaki gibi numaralı

signin-profile-request = IdP proxy'den profil isteği
signin-profile-answer = profil yanıtı (OCI-P)
signin-token-request = authService'e token isteği
signin-login-info = OCI-P UserGetLoginInfoRequest
signin-token-issued = uzun ömürlü token verildi
signin-device-list = cihaz listesi (token loopback üzerinden doğrulandı)
join-by-tracking-id = izleme kimliği { $id } ile
join-by-time = zamana göre: istemci denemesi ile XSP oturum açması arasında { $minutes } dakikadan az var (ortak izleme kimliği yok)

## Bir bulguya eklenen notlar

word-none = yok
detail-entitlements = yetkiler: { $list }
detail-calling-behavior = arama davranışı: { $value }
detail-code = { $code }: { $meaning }
detail-code-action = { $code }: { $meaning } Yapılacak: { $action }
detail-device-missing = eksik: { $wanted }; listelenen: { $listed }
detail-device-missing-only = eksik: { $wanted }
detail-sbc = SBC { $sbc }
detail-sbc-unknown = SBC adresi bilinmiyor
detail-sbc-answered = { $sbc } yanıtı { $code }
detail-answered = yanıt { $code }
detail-as-register-rejected = { $address }: AS { $code } yanıtını verdi
detail-as-register-unanswered = { $address }: AS, REGISTER isteğini hiç yanıtlamadı
detail-sip-timeout = { $sbc }; %SBC_ADDRESS_WXT% ve %SBC_PORT_WXT% değerlerini kontrol edin
detail-stopped-after = ulaşılan son adım: { $step }
detail-more = ve { $count } tane daha
detail-http = HTTP { $status }
detail-http-from = { $host } kaynağından HTTP { $status }
detail-tracking-id = izleme kimliği { $id }
detail-no-phone-number = abonenin primaryPhoneNumber değeri yok
detail-no-phone-number-of = { $user } abonesinin primaryPhoneNumber değeri yok
detail-email = e-posta: { $email }
detail-bridge-message = mesaj: "{ $message }"
detail-400-untrusted-email = (abonenin e-postası geçersiz veya yanlış yazılmış, şablon ise BroadWorks e-postalarına güvenilebileceğini söylüyor)
detail-400-new-org = (bu kullanıcı yeni bir müşteri kuruluşu oluşturacaktı ve şablon buna izin vermiyor)
detail-sent-to = gönderildiği yer: { $target }
detail-403-ip-address = istek, sağlama köprüsü URL'si yerine { $host } IP adresine gitti: bu, AS yaması ap373197'nin eksik olduğunu gösterebilir
detail-403-host = istek { $host } adresine gitti
detail-token-issue-status = token verilirken StatusCode={ $status } (5.4)
detail-token-validate-status = token doğrulanırken StatusCode={ $status } (6)

## Eskalasyon bilgileri

fact-user_email = Kullanıcı e-postası
fact-user_id = Kullanıcı UUID
fact-org_id = Kuruluş kimliği
fact-client_version = İstemci sürümü
fact-platform = Platform
fact-broadworks_user_id = BroadWorks kullanıcısı
fact-sip_user = SIP kullanıcısı
fact-sbc = SBC
fact-sbc_address = SBC adresi
fact-xsp = XSP
fact-tracking_ids = İzleme kimlikleri
fact-first_timestamp = Günlük başlangıcı (UTC)
fact-last_timestamp = Günlük sonu (UTC)
fact-failure_at = Hata zamanı (UTC)
fact-primary_phone_number = Birincil numara
fact-provisioning_target = Sağlama hedefi
fact-service_provider = Servis sağlayıcı

verdict-unreadable = Bu paketteki hiçbir şey okunamadı, bu yüzden hiçbir şey denetlenemedi: { $why }
verdict-empty = Bu pakette dosya yok, bu yüzden hiçbir şey denetlenemedi.

detail-mixed-user = { $file } içinde { $user } kullanıcısı ({ $range })
detail-mixed-source = { $source } günlükleri: { $range } UTC
detail-bridge-status = köprü { $status } yanıtını verdi
detail-bridge-unreachable = { $target } adresine POST başarısız oldu: { $reason }
fact-partner_org_id = İş ortağı kuruluş kimliği
fact-case_number = Geri bildirim vaka numarası

call-to = { $party } numarasına arama
call-from = { $party } numarasından arama
call-failed-detail = { $party }: { $answer }
media-loss-detail = { $party }: paketlerin %{ $figure } kadarı kayboldu
media-jitter-detail = { $party }: jitter { $figure } ms
media-rtt-detail = { $party }: gidiş-dönüş { $figure } ms

call-outgoing = giden
call-incoming = gelen
call-direction-unknown = yön bilinmiyor
call-answered = yanıtlandı
call-failed = başarısız
call-cancelled = iptal edildi
call-outcome-unknown = günlükte kesin yanıt yok
call-loss = kayıp %{ $figure }
call-jitter = jitter { $figure } ms
call-rtt = gidiş-dönüş { $figure } ms
call-feature-hold = beklemeye alındı
call-feature-resume = devam ettirildi
call-feature-transfer = aktarıldı

## İstemcinin oturum açma adımları, kılavuzun merdiven diyagramındaki gibi numaralı

signin-email = e-posta girildi, kullanıcı keşfi
signin-saml-assertion = IdP proxy'den SAML onayı
signin-ci-token = SAML onayı bir CI belirteciyle değiştirildi
detail-sso-step = oturum açmanın { $step } adımı başarısız oldu
detail-sso-portal = etkinleştirme portalı oturum açmayı reddetti (kod { $code })
fact-ced_same_session = Günlüklerin oturumundan ced.dat
detail-ced-before-start = { $file } { $exported } UTC'de dışa aktarıldı, uygulama { $start } UTC'de başlamadan önce
