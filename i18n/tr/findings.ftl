# Bulgu kataloğu: assets/signatures.json içindeki her bulgu kimliği için
# başlık, neden, çözüm ve sorun giderme kılavuzundaki bölüm.
# -guide satırları bölümleri kılavuzun Türkçe sürümünün yazdığı gibi verir;
# "Kılavuzda yok:" ile işaretlenen metinler kılavuzun değil, bu aracın önerisidir.

finding-entitlement-missing-title = Kullanıcının broadworks-connector yetkisi yok
finding-entitlement-missing-cause = Webex uygulaması yalnızca kullanıcının hesabında broadworks-connector yetkisi varsa BroadWorks'e kaydolur. Bu yetki uygulamanın aldığı yetkiler arasında yok; bu yüzden arama simgesi ve BroadWorks telefon hizmeti yok.
finding-entitlement-missing-fix = Kullanıcıyı Yardım Masası'nda kontrol edin: yetkiler broadworks-connector içermelidir. Çoğu zaman kullanıcının doğru lisansı veya yetkileri yoktur ya da Control Hub'da arama için henüz etkinleştirilmemiştir. Kullanıcının BroadWorks için Webex paketini Partner Hub'da kontrol edin (Müşteriler, Müşteriyi görüntüle, Kullanıcılar, BroadWorks için Webex paketleri), sonra kullanıcı oturumu kapatıp yeniden açsın.
finding-entitlement-missing-guide = İstemcinin Çağrı Simgesi yok; Bir kullanıcının arama davranışını ve connector yetkisini kontrol edin

finding-conflicting-calling-entitlement-title = Kullanıcının ayrıca bir Webex Calling yetkisi var (bc-sp-standard)
finding-conflicting-calling-entitlement-cause = bc-sp-standard, diğer arama altyapısı olan Webex Calling'e aittir. Bu yetkiye sahip bir kullanıcı hem Webex Calling hem de Webex for BroadWorks için ayarlanmıştır ve uygulama BroadWorks aramasını kullanmayabilir.
finding-conflicting-calling-entitlement-fix = Yalnızca Webex for BroadWorks araması kalacak şekilde Control Hub'da bu kullanıcının Webex Calling lisansını veya yetkisini kaldırın, ardından kullanıcının oturumu kapatıp yeniden açmasını sağlayın.
finding-conflicting-calling-entitlement-guide = Bir kullanıcının arama davranışını ve connector yetkisini kontrol edin

finding-calling-behavior-not-webex-title = Arama davranışı "Calling in Webex" değil
finding-calling-behavior-not-webex-cause = Uygulama yalnızca arama davranışı NATIVE_WEBEX_TEAMS_CALLING ("Calling in Webex") olduğunda BroadWorks'e kaydolur. Kullanıcı veya kuruluş başka bir davranışa ayarlı; bu yüzden aramalar başka bir uygulamaya ya da hiçbir yere gider.
finding-calling-behavior-not-webex-fix = Yardım Masası'nda kullanıcının ve kuruluşun arama davranışını kontrol edin: Calling in Webex olmalıdır. Değişikliği Control Hub'da yapın. Varsayılan olarak açık olan iş ortağı kısıtlamalı modda müşteri yöneticileri arama davranışını düzenleyemez; bu durumda bir iş ortağı yöneticisi değiştirmelidir. Uygulama değişikliği yeniden oturum açınca alır.
finding-calling-behavior-not-webex-guide = Bir kullanıcının arama davranışını ve connector yetkisini kontrol edin; Bir kuruluşun arama davranışını kontrol edin; İş ortağı kısıtlamalı mod (yönetim kılavuzu)

finding-multiple-calling-services-title = Webex Calling ve BroadWorks araması birlikte etkindi
finding-multiple-calling-services-cause = Uygulama arama altyapıları arasında geçiş yaptı (Mobius veya WEBEX_CALLING olarak görünen Webex Calling ile BroadWorks). Bu, aynı uygulamayla farklı arama hizmetleri denendiğinde olur ve geride eski durum bırakır.
finding-multiple-calling-services-fix = Uygulamanın veritabanını sıfırlayın: Yardım > Health Checker > Veritabanını sıfırla. Bu, istemciyi tamamen sıfırlar ve oturum açma ekranını yeniden getirir.
finding-multiple-calling-services-guide = Aynı İstemcilerle Test Edilen Çoklu Çağrı Hizmetleri; Webex veritabanını sıfırlayın

finding-activation-portal-error-title = Etkinleştirme portalı bir son kullanıcı hata kodu döndürdü
finding-activation-portal-error-cause = Oturum açma, kullanıcı etkinleştirme portalında kılavuzun listelediği hata kodlarından biriyle durdu.
finding-activation-portal-error-fix = Kodla birlikte verilen işlemi uygulayın.
finding-activation-portal-error-guide = Son Kullanıcı Hata Kodları

finding-directory-sync-error-title = Bir dizin eşitleme hata kodu görünüyor
finding-directory-sync-error-cause = BroadWorks External Directory veya Phone List eşitlemesi kılavuzdaki dizin eşitleme hata kodlarından birini bildirdi; kişiler veya kullanıcılar eksik ya da eski olabilir.
finding-directory-sync-error-fix = Kılavuz kodun anlamını (bu bulguyla gösterilir) verir, ancak bir işlem vermez. Kılavuzda yok: Partner Hub'daki müşteri yapılandırmasının eşitleme ayarlarını ve BroadWorks kümesinin erişilebilir olduğunu kontrol edin; sorun sürerse kodla eskale edin.
finding-directory-sync-error-guide = Dizin eşitleme hata kodları

finding-token-fetch-failed-title = BroadWorks token'ı alınamadı
finding-token-fetch-failed-cause = Uygulama, BroadWorks IdP proxy'sinden (veya XSP'nin authService'inden) JWT'sini ya da uzun ömürlü token'ını istedi ve hata aldı. Token olmadan uygulama cihaz listesini alamaz ve kaydolamaz.
finding-token-fetch-failed-fix = XSP'lerdeki kimlik doğrulama hizmetini kontrol edin: bir XSP'de üretilen RSA anahtarları tüm XSP'lere kopyalanmış; AuthService URL'si tüm XSP'lerde web kapsayıcısına sağlanmış ve Partner Hub'da kümeye girilmiş; CertificateAuthentication'da allowUserApp = false ve allowClientApp = true; mTLS ile Webex istemci sertifikası XSP'lere yüklenmiş olmalı. Hâlâ başarısız olursa izleme kimliğini Cisco'ya bildirin.
finding-token-fetch-failed-guide = Kimlik Doğrulaması Hizmetinin Yanlış Yapılandırılması

finding-xsi-request-failed-title = Bir Xsi-Actions isteği reddedildi
finding-xsi-request-failed-cause = Uygulamanın XSP'deki Xsi-Actions'a isteği (profil veya cihaz listesi) hata yanıtı aldı; bu yüzden cihazlarını öğrenemiyor.
finding-xsi-request-failed-fix = Burada adı geçen XSP'deki Xsi-Actions uygulamasını kontrol edin: dağıtılmış ve erişilebilir olduğunu, kullanıcının BroadWorks'te bulunduğunu ve aynı izleme kimliği için XSP'nin access_log ve XsiActionsLog günlüklerini.
finding-xsi-request-failed-guide = Abone oturum açma sorunlarını gidermek için XSP günlüklerini analiz edin

finding-device-profile-missing-title = Kullanıcının bu platform için cihaz profili yok
finding-device-profile-missing-cause = BroadWorks kullanıcının cihazlarını döndürdü, ancak hiçbiri uygulamanın bu platformda ihtiyaç duyduğu cihaz türünde değil (masaüstünde Business Communicator - PC). Uygulama yapılandırma indiremez ve kaydolamaz.
finding-device-profile-missing-fix = BroadWorks'te kullanıcıya Webex uygulaması için cihaz türlerini atayın: Çözüm Kılavuzu'nun anlattığı gibi (Ortamınızı Hazırlama, Cihaz Profilleri) Business Communicator - PC türünde (veya kullanıcının platformuna uygun türde) bir kimlik/cihaz profili. Ardından kullanıcının yeniden oturum açmasını sağlayın.
finding-device-profile-missing-guide = Kullanıcı için Masaüstü Cihazı Sağlandı; Çoklu Oturum Açma başarısız

finding-config-download-failed-title = Cihaz yapılandırması DMS'den indirilemedi
finding-config-download-failed-cause = Uygulama, cihaz yönetim sunucusundan yapılandırma dosyasını istedi ve hata yanıtı aldı.
finding-config-download-failed-fix = Burada adı geçen XSP'deki DMS'yi kontrol edin: cihaz türünün yapılandırma dosyasının var olduğunu ve kullanıcının cihazı için dağıtıldığını, cihaz profilindeki DMS URL'sinin doğru olduğunu ve istek için XSP'nin dmsDebugLog günlüğünü.
finding-config-download-failed-guide = Beklenen Kayıt Dizisi (adım 1 ve 2)

finding-config-parse-failed-title = İndirilen yapılandırma okunamadı (errorCode 1507)
finding-config-parse-failed-cause = DMS'nin cihaz türü için sunduğu yapılandırma dosyası ayrıştırılamadı; bu yüzden BroadWorks aramasına giriş 1507 hatasıyla başarısız oldu. Bilinen bir neden cihaz türünün kodlamasıdır: dosya UTF-8 iken defaultDeviceEncoding ISO-8859-1 olarak ayarlı.
finding-config-parse-failed-fix = AS'de cihaz türünü AS_CLI/System/DeviceType/SIP> detail "Business Communicator - PC" ile kontrol edin ve defaultDeviceEncoding değerini UTF-8 yapın (Cisco TAC belgesi 221699). Yapılandırma şablonunda bozuk XML olup olmadığını da kontrol edin.
finding-config-parse-failed-guide = Arama Yapılandırması ve Kayıt Sorunları; Cisco TAC belgesi 221699

finding-unresolved-config-tag-title = Bu kullanıcı için bir BroadWorks etiketi tanımlı değil
finding-unresolved-config-tag-cause = İndirilen yapılandırmada hâlâ bir %…_WXT% yer tutucusu var: BroadWorks özel etiketi cihaz türü veya kullanıcı için tanımlı değil, bu yüzden uygulama bir değer yerine yer tutucuyu alıyor. %SBC_ADDRESS_WXT% kaydı bozar; %WEB_CALL_SETTINGS_URL_WXT% arama ayarları self-care bağlantısını gizler.
finding-unresolved-config-tag-fix = Burada adı geçen etiketi, Webex for Cisco BroadWorks yapılandırma kılavuzunun listelediği şekilde BroadWorks'te tanımlayın (cihaz türü veya grup/kurum düzeyinde), ardından kullanıcının yeniden oturum açmasını sağlayın.
finding-unresolved-config-tag-guide = BroadWorks etiketlerinin yanlış yapılandırılması; Çağrı Ayarları Web görüntüleme Sorunları: Uygulama için Self Care Düğmesi/Bağlantısı Webex Görünmüyor

finding-sip-auth-failed-title = SBC, SIP kimlik bilgilerini reddetmeye devam ediyor
finding-sip-auth-failed-cause = Uygulama kimlik bilgilerini gönderdikten sonra REGISTER yeniden sorgulandı: cihaz profilindeki SIP kullanıcı adı veya parolası, kullanıcının BroadWorks kimlik doğrulama ayarlarıyla eşleşmiyor.
finding-sip-auth-failed-fix = BroadWorks'te kullanıcının Authentication hizmetini (kullanıcı adı ve parola) ve uygulamanın indirdiği cihaz profilinin kimlik bilgilerini kontrol edin; eşleşecek şekilde sıfırlayın, ardından kullanıcının yeniden oturum açmasını sağlayın.
finding-sip-auth-failed-guide = Arama Yapılandırması ve Kayıt Sorunları; hatanın kendisi kılavuzda yok (RFC 3261)

finding-sip-register-rejected-title = SBC kaydı reddetti
finding-sip-register-rejected-cause = REGISTER, SBC'den veya Application Server'dan kesin bir hata yanıtı aldı (örneğin 403 veya 404): isteğin ulaştığı yerde hat/port veya kullanıcı bilinmiyor.
finding-sip-register-rejected-fix = Cihaz profilinin hat/port değerini (SIP kullanıcısı) BroadWorks ile karşılaştırın, kullanıcının SBC'nin yönlendirdiği AS üzerinde olduğunu ve bu Call-ID için SBC ile AS günlüklerini kontrol edin.
finding-sip-register-rejected-guide = Beklenen Kayıt Dizisi (adım 4 ve 5); hatanın kendisi kılavuzda yok (RFC 3261)

finding-sip-register-timeout-title = SBC kayda yanıt vermedi
finding-sip-register-timeout-cause = REGISTER yanıt almadı (SIP işlemi zaman aşımına uğradı) veya SBC bağlantısı başarısız oldu. Yapılandırmadaki SBC adresi veya portu yanlış ya da bir güvenlik duvarı yolu engelliyor.
finding-sip-register-timeout-fix = Burada adı geçen SBC adresi ve portunu BroadWorks'teki %SBC_ADDRESS_WXT% ve %SBC_PORT_WXT% ile karşılaştırın; SBC'nin orada (TLS) dinlediğini ve kullanıcının ağının trafiğe izin verdiğini kontrol edin.
finding-sip-register-timeout-guide = Beklenen Kayıt Dizisi (adım 4); BroadWorks etiketlerinin yanlış yapılandırılması; hatanın kendisi kılavuzda yok (RFC 3261)

finding-sip-register-failover-title = İlk SBC yanıt vermedi; uygulama başka bir SBC üzerinden kaydoldu
finding-sip-register-failover-cause = Uygulama bir SBC adresine REGISTER gönderdi ve yanıt alamadı ya da bağlanamadı, ardından kendisine verilen sonraki adres üzerinden kaydoldu. Aramalar çalışır, ancak her oturum açma ve yenileme önce sessiz SBC'yi bekler ve o yeniden yanıt verene kadar yedek SBC kalmaz.
finding-sip-register-failover-fix = Yanıt vermeyen SBC'yi denetleyin (adresi kanıtlarda yer alır): çalışıp çalışmadığını, güvenlik duvarının uygulamanın SIP trafiğine yapılandırmadaki bağlantı noktasında izin verip vermediğini ve %SBC_ADDRESS_WXT% etiketinin yalnızca bu kullanıcıya hizmet veren SBC'leri listeleyip listelemediğini.
finding-sip-register-failover-guide = Beklenen Kayıt Dizisi (adım 4); BroadWorks etiketlerinin yanlış yapılandırılması; yedeğe geçişin kendisi kılavuzda yok (RFC 3263)

finding-registration-displaced-title = Kayıt başka bir istemci tarafından devralındı
finding-registration-displaced-cause = Başarılı kayıttan sonra kayıt sunucusu uygulamanın contact bilgisini düşürdü. Kılavuza göre neden: aynı kullanıcı aynı platform türündeki birden fazla istemcide oturum açtı (örneğin iki Windows bilgisayarı) ve bunlardan yalnızca biri etkin bir SSO oturumunu korur. Bu beklenen bir davranıştır.
finding-registration-displaced-fix = Kullanıcının aynı platform türündeki başka bir bilgisayarda da oturum açıp açmadığını sorun. İkisi de gerçekten gerekiyorsa kılavuzun geçici çözümü, BroadWorks'ü aynı cihaz türünün her biri benzersiz SIP adresli birden fazla örneğiyle yapılandırmaktır; bu, Webex for BroadWorks kapsamının dışındadır. Kılavuzda yok: aksi halde aramalar için kullanılmayan bilgisayarda oturumu kapatın.
finding-registration-displaced-guide = Masaüstü İstemcisi Başarılı Bağlantının Ardından Telefon SSO Bağlantısını Keser

finding-registration-stopped-title = Kayıt durdu ve bilinen hiçbir sorun bunu açıklamıyor
finding-registration-stopped-cause = Uygulama burada adı geçen adıma kadar geldi ve daha ileri gitmedi. Sorun giderme kılavuzunun anlattığı sorunların hiçbiri günlüklerde görünmüyor; çağrı kitaplığının veya telefon hizmetinin bu adımdan sonra kaydettiği ilk hatalar kanıt olarak gösterilir.
finding-registration-stopped-fix = Önce kanıttaki hata satırlarını okuyun. Ardından kılavuzdaki kayıt dizisini ulaşılan adımdan itibaren izleyin: uygulamanın indirdiği yapılandırma, SBC'ye giden ağ yolu, kullanıcının cihaz türleri ve arama ayarları. Günlükler, izleme kimlikleri ve son adımın zamanıyla birlikte üst kademeye iletin.
finding-registration-stopped-guide = Beklenen Kayıt Dizisi

finding-provisioning-forbidden-title = Sağlama köprüsü isteği reddetti (403 Forbidden)
finding-provisioning-forbidden-cause = Application Server'ın flow-through sağlama isteği yasaklandı; gönderildiği haliyle başarı şansı yok. Örneğin isteğin hedefi sağlama köprüsü URL'si yerine bir IP adresiyse, bu AS'de gerekli bir yamanın (ap373197) eksik olduğunu gösterebilir.
finding-provisioning-forbidden-fix = PSLog'da isteğin hedefini kontrol edin: Partner Hub şablonunuzda gösterilen sağlama köprüsü URL'si olmalıdır, bir IP adresi değil (Çözüm Kılavuzu'ndaki güvenlik duvarı yapılandırma konularına bakın). ap373197 dahil gerekli tüm yamaların AS'ye uygulandığını ve flow-through sağlama yapılandırmasının tamamlandığını kontrol edin.
finding-provisioning-forbidden-guide = Sağlama Köprüsünden Yanıtta Kullanıcı Sağlama Hataları: 403 Yasak

finding-provisioning-unauthorized-title = Sağlama kimlik bilgileri reddedildi (401 Unauthorized)
finding-provisioning-unauthorized-cause = Application Server'da (Entegre IM&P) yapılandırılan sağlama hesap adı veya parolası, Partner Hub müşteri şablonundakinden farklı.
finding-provisioning-unauthorized-fix = Kurumun Entegre IM&P ayarlarındaki mesajlaşma sunucusu kullanıcı adı ve parolasını (AS_CLI/Interface/Messaging> get veya kurumun Hizmetler > Entegre IM&P bölümü) Partner Hub şablonundaki sağlama hesap adı ve parolasıyla tam olarak eşleştirin.
finding-provisioning-unauthorized-guide = Kullanıcı sağlama sorunları için PSLog'u analiz edin; Belirli Kuruluşlar / Müşteriler için Entegre IM&P Hataları

finding-provisioning-conflict-title = Bu e-postaya sahip bir Webex kullanıcısı zaten var (409 Conflict)
finding-provisioning-conflict-cause = Sağlama isteği devam edemiyor çünkü abonenin e-posta adresiyle bir Webex hesabı zaten var; çoğu zaman kullanıcının kendi açtığı ücretsiz bir hesap.
finding-provisioning-conflict-fix = POST'taki e-postayı Yardım Masası'nda arayın. Kullanıcıdan ücretsiz hesabı silmesini isteyin veya aboneyi başka bir e-posta adresiyle sağlayın.
finding-provisioning-conflict-guide = Sağlama Köprüsünden Yanıtta Kullanıcı Sağlama Hataları: 409 Çakışma; Kullanıcı Zaten CI'da

finding-provisioning-missing-phone-number-title = Abonenin birincil telefon numarası yok
finding-provisioning-missing-phone-number-cause = Sağlama isteğinde primaryPhoneNumber yok. Her Webex for BroadWorks abonesinin bir birincil numarası (DID) olmalıdır; olmadan sağlama başarısız olur.
finding-provisioning-missing-phone-number-fix = BroadWorks'te aboneye bir birincil telefon numarası atayın, ardından yeniden sağlayın.
finding-provisioning-missing-phone-number-guide = Kullanıcı sağlama sorunları için PSLog'u analiz edin (adım 2); Belirli Kullanıcılar için Entegre IM&P Hataları

finding-provisioning-invalid-email-title = Abonenin e-posta adresi geçerli değil
finding-provisioning-invalid-email-cause = Sağlama isteğindeki e-posta geçerli bir adres değil. Kullanıcının Webex kimliği olacağından geçerli ve benzersiz olmalıdır.
finding-provisioning-invalid-email-fix = Abonenin e-posta adresini BroadWorks'te düzeltin, ardından yeniden sağlayın.
finding-provisioning-invalid-email-guide = Kullanıcı sağlama sorunları için PSLog'u analiz edin (adım 2)

finding-provisioning-bad-request-title = Sağlama köprüsü isteği işleyemedi (400 Bad Request)
finding-provisioning-bad-request-cause = Köprü subscriberProfile içindeki bir şeyi reddetti veya bu, müşteri şablonunun bir ayarına uymuyor. Döndürdüğü mesaj neyin sorun olduğunu söyler.
finding-provisioning-bad-request-fix = Alıntılanan mesajı okuyun. "Cannot trust BroadWorks email…", şablon e-postalara güvenilebileceğini söylerken e-postanın geçersiz veya yanlış yazılmış olduğu anlamına gelir: abonenin BroadWorks'teki e-postasını kontrol edin. "Customer Org not found… create new org flag is not enabled", bu kullanıcının yeni bir müşteri kuruluşu oluşturacağı ama şablonun bunu yasakladığı anlamına gelir: Partner Hub şablonunda yeni kuruluşlara izin verin veya yeni kuruluş amaçlanmadıysa e-postayı (alan adını) düzeltin.
finding-provisioning-bad-request-guide = Sağlama Köprüsünden Yanıtta Kullanıcı Sağlama Hataları: 400 Kötü İstek

finding-provisioning-error-title = Sağlama köprüsü bir hatayla yanıt verdi
finding-provisioning-error-cause = Sağlama köprüsü, Application Server'ın isteğini 200 OK dışında bir durumla yanıtladı. Kılavuza göre 200 OK dışındaki her şey bir kullanıcı sağlama hatasıdır. Durum ve köprünün mesajı bu bulguyla gösterilir.
finding-provisioning-error-fix = Durumu ve mesajı okuyun. Kılavuz yalnızca 400, 401, 403 ve 409 için işlem verir; bu yüzden PSLog, durum ve abonenin e-postasıyla eskale edin. Kılavuzda yok: isteğin hedefinin Partner Hub şablonunuzda gösterilen sağlama köprüsü URL'si olduğunu kontrol edin.
finding-provisioning-error-guide = Kullanıcı sağlama sorunları için PSLog'u analiz edin (adım 1)

finding-provisioning-unreachable-title = Application Server sağlama köprüsüne ulaşamadı
finding-provisioning-unreachable-cause = Application Server'ın sağlama POST isteği yanıt almadı: bağlantı reddedildi veya zaman aşımına uğradı, TLS el sıkışması başarısız oldu ya da ana bilgisayar adı çözümlenemedi. Köprüye ulaşılamadığı sürece hiçbir şey sağlanmaz.
finding-provisioning-unreachable-fix = Application Server'ın Sağlama URL'sine ulaşabildiğini (Çözüm Kılavuzu'ndaki güvenlik duvarı yapılandırma konularına bakın) ve kurumun Entegre IM&P ayarlarındaki Mesajlaşma Sunucusu URL'sinin Partner Hub şablonundaki Sağlama URL'siyle eşleştiğini kontrol edin.
finding-provisioning-unreachable-guide = Ağ sorunları: müşteriler veya kullanıcılar flow-through sağlama ile oluşturulmuyor (yönetim kılavuzu); Belirli Kuruluşlar / Müşteriler için Entegre IM&P Hataları

finding-impp-provisioning-error-title = Application Server bir Entegre IM&P hatası bildirdi
finding-impp-provisioning-error-cause = AS, [Error 18215] (mesajlaşma sunucusuyla sağlama hatası) veya [Error 18211] (onunla iletişim hatası) kaydetti. Bilinen nedenler: e-posta Webex'te zaten var, kullanıcı daha önce kendisi kaydolmuş veya kullanıcının birincil telefon numarası yok.
finding-impp-provisioning-error-fix = Bu hatanın yanındaki sağlama yanıtına bakın. Kullanıcının e-postasını Yardım Masası'nda arayın; abonenin birincil numarası olduğunu kontrol edin; kurumun tüm kullanıcıları için başarısız oluyorsa kurumun Entegre IM&P ayarlarını Partner Hub şablonuyla karşılaştırın.
finding-impp-provisioning-error-guide = Belirli Kullanıcılar için Entegre IM&P Hataları

finding-xsp-token-failed-title = XSP'nin kimlik doğrulama hizmeti token'ı vermedi veya doğrulamadı
finding-xsp-token-failed-cause = authService, uzun ömürlü token'ı verirken (adım 5.4) veya Xsi-Actions için doğrularken (adım 6) 200 dışında bir StatusCode yanıtı verdi.
finding-xsp-token-failed-fix = Her XSP'deki kimlik doğrulama hizmetini kontrol edin: bir XSP'de üretilen RSA anahtarları tüm XSP'lere kopyalanmış; AuthService URL'si tüm XSP'lerde web kapsayıcısına sağlanmış ve Partner Hub'da kümeye girilmiş; CertificateAuthentication'da allowUserApp = false ve allowClientApp = true; mTLS ile Webex istemci sertifikası XSP'lere yüklenmiş olmalı.
finding-xsp-token-failed-guide = Abone oturum açma sorunlarını gidermek için XSP günlüklerini analiz edin; Kimlik Doğrulaması Hizmetinin Yanlış Yapılandırılması

finding-xsp-profile-request-failed-title = XSP profil veya cihaz isteğini reddetti
finding-xsp-profile-request-failed-cause = IdP proxy'den gelen Xsi-Actions profil GET isteği (adım 2.1) veya uygulamadan gelen cihaz GET isteği (adım 6) hata ile yanıtlandı.
finding-xsp-profile-request-failed-fix = BroadWorks'te Xsi-Actions uygulamasını ve kullanıcıyı kontrol edin: kullanıcının var olduğunu ve profil GET için kimlik bilgilerinin doğru olduğunu, cihaz GET için token'ın doğrulandığını ve aynı izleme kimliği için XsiActionsLog'daki OCI-P yanıtlarını.
finding-xsp-profile-request-failed-guide = Abone oturum açma sorunlarını gidermek için XSP günlüklerini analiz edin

finding-xsp-cert-auth-misconfigured-title = XSP'de sertifika kimlik doğrulaması ters ayarlanmış
finding-xsp-cert-auth-misconfigured-cause = Webex'in istemci sertifikasıyla kimlik doğrulayabilmesi için XSP'nin CertificateAuthentication ayarları allowUserApp = false ve allowClientApp = true olmalıdır; CLI çıktısı başka değerler gösteriyor.
finding-xsp-cert-auth-misconfigured-fix = Her XSP'de: XSP_CLI/System/CommunicationUtility/DefaultSettings/ExternalAuthentication/CertificateAuthentication> set allowUserApp false ve set allowClientApp true.
finding-xsp-cert-auth-misconfigured-guide = Kimlik Doğrulaması Hizmetinin Yanlış Yapılandırılması

finding-xsp-chain-depth-too-low-title = XSP, Webex sertifika zincirini kabul etmiyor (chainDepth 2'den küçük)
finding-xsp-chain-depth-too-low-cause = XSP'nin HTTP istemci kimlik doğrulamasındaki chainDepth çok düşük; bu yüzden XSP, Webex istemci sertifikasının düzenleyen zincirini güven çıpasına kadar izleyemiyor (kılavuzdaki durum: R21 SP1 çalıştıran bir XSP'de …/Trusts> get beklenen tüm düzenleyenleri göstermiyor). Webex zincirinde 2 ara düzenleyen var. chainDepth 2'nin altında değilse kılavuz bozuk bir zincir dosyasından şüphelenir.
finding-xsp-chain-depth-too-low-fix = Her XSP'de, XSP CLI'nin HTTP istemci kimlik doğrulaması düzeyinde, Trusts'ın bir üst düzeyinde (kılavuz bunu /XSP_CLI/Interface/Http?ClientAuthentication> olarak yazar): set chainDepth 3. Değeri hiçbir zaman 2'nin altına ayarlamayın, özellikle zaten daha yüksekse.
finding-xsp-chain-depth-too-low-guide = Bilinen BroadWorks yapılandırma hataları: chainDepth çok düşük (yönetim kılavuzu)

finding-provisioning-accepted-title = Sağlama köprüsü isteği kabul etti (200 OK)
finding-provisioning-accepted-cause = 200 OK, köprünün isteği aldığı ve ilettiği anlamına gelir; sağlama eşzamansızdır, yani bu henüz kullanıcının var olduğu anlamına gelmez.
finding-provisioning-accepted-fix = Kullanıcı (ve ilk kullanıcı için müşteri kuruluşu) birkaç dakika içinde Yardım Masası'nda görünmelidir. Görünmezse istekteki e-postayla Cisco'ya eskale edin: hiç kullanıcı oluşturmayan bir 200 OK, köprünün ötesinde bir hatadır.
finding-provisioning-accepted-guide = Sağlama Köprüsünden Yanıtta Kullanıcı Sağlama Hataları: 200 Tamam

finding-bundle-mixed-title = Paket farklı kullanıcıların veya farklı günlerin günlüklerini karıştırıyor
finding-bundle-mixed-cause = Birlikte açılan günlükler tek bir akış olarak okunur: zaman çizelgesi, merdiven ve eskalasyon bilgileri bunları birleştirir. Başka bir kullanıcının veya sorundan uzak bir günün günlükleri bu akışı bozar.
finding-bundle-mixed-fix = Yalnızca tek bir kullanıcının ve sorunun tek bir oluşumunun günlüklerini birlikte açın. Burada adı geçen kullanıcıları ve zaman aralıklarını kontrol edin, ait olmayan dosyaları dışarıda bırakın.
finding-bundle-mixed-guide = Kullanıcı günlüklerini Partner Hub'dan alın

finding-call-forbidden-title = Bir arama reddedildi (403 Forbidden)
finding-call-forbidden-cause = INVITE 403 Forbidden yanıtı aldı. RFC 3261: Sunucu isteği anladı ve reddediyor; yeniden göndermek işe yaramaz. Bir BroadWorks abonesi için bu, aramayı Application Server'ın veya SBC'nin reddetmesidir: aramaya izin vermeyen bir hizmet veya kısıtlama (örneğin giden arama engeli ya da bir arama planı) veya ağın kabul etmediği bir kimlik.
finding-call-forbidden-fix = Aramayı hangi hizmetin reddettiğini görmek için bu Call-ID'yi AS'nin XSLog günlüğünde arayın ve abonenin BroadWorks'teki arama kısıtlamalarını kontrol edin. Kılavuzda yok: kılavuz başarısız aramalar için adım vermez.
finding-call-forbidden-guide = Kılavuzda yok (RFC 3261 §21.4.4); BWC günlüğü aramaların SIP trafiğini içerir
finding-call-not-found-title = Aranan numara mevcut değil (404 Not Found)
finding-call-not-found-cause = INVITE 404 Not Found yanıtı aldı. RFC 3261: İstek URI'sinin alan adında böyle bir kullanıcı yok. Aranan numara veya adres BroadWorks'çe ya da aramanın yönlendirildiği ağca bilinmiyor.
finding-call-not-found-fix = Aranan numarayı ülke kodu veya dış hat önekiyle birlikte ve var olup olmadığını kontrol edin; doğruysa Call-ID'yi AS'nin XSLog günlüğünde izleyin. Kılavuzda yok: kılavuz başarısız aramalar için adım vermez.
finding-call-not-found-guide = Kılavuzda yok (RFC 3261 §21.4.5); BWC günlüğü aramaların SIP trafiğini içerir
finding-call-unavailable-title = Aranan kişiye ulaşılamadı (480 Temporarily Unavailable)
finding-call-unavailable-cause = INVITE 480 Temporarily Unavailable yanıtı aldı. RFC 3261: Aranan kişinin uç sistemine ulaşıldı ancak şu anda aramayı alamıyor: kayıtlı cihaz yok, rahatsız etmeyin açık veya yanıt veren cihaz yok.
finding-call-unavailable-fix = Aranan kullanıcının kayıtlı bir cihazı olduğunu ve hiçbir yere çıkmayan bir rahatsız etmeyin veya yönlendirme ayarı olmadığını kontrol edin; daha sonra yeniden deneyin. Kılavuzda yok: kılavuz başarısız aramalar için adım vermez.
finding-call-unavailable-guide = Kılavuzda yok (RFC 3261 §21.4.18); BWC günlüğü aramaların SIP trafiğini içerir
finding-call-busy-title = Aranan kişi meşguldü (486 Busy Here)
finding-call-busy-cause = INVITE 486 Busy Here yanıtı aldı. RFC 3261: Aranan kişinin uç sistemine ulaşıldı ancak meşgul ve başka arama almıyor. Bu bir sistem hatası değildir.
finding-call-busy-fix = Aranan kişi boşta değilse düzeltilecek bir şey yok; boştaysa onun BroadWorks'teki arama bekletme ve meşgul ayarlarını kontrol edin. Kılavuzda yok.
finding-call-busy-guide = Kılavuzda yok (RFC 3261 §21.4.24); BWC günlüğü aramaların SIP trafiğini içerir
finding-call-not-acceptable-title = Bir arama medya teklifi nedeniyle başarısız oldu (488 Not Acceptable Here)
finding-call-not-acceptable-cause = INVITE 488 Not Acceptable Here yanıtı aldı. RFC 3261: Oturum tanımı kabul edilemedi: karşı tarafla ortak kodek, medya türü veya şifreleme ayarı yok. Aramalar görünümü aramanın kodeklerini listeler.
finding-call-not-acceptable-fix = Teklifin kodeklerini ve SRTP ayarını SBC'nin ve karşı tarafın izin verdikleriyle karşılaştırın (cihaz profilinin kodek listesi, SBC'nin medya politikası). Kılavuzda yok: kılavuz başarısız aramalar için adım vermez.
finding-call-not-acceptable-guide = Kılavuzda yok (RFC 3261 §21.4.26); medya günlüğü anlaşılan kodekleri içerir
finding-call-server-error-title = Bir arama sunucu hatası nedeniyle başarısız oldu (5xx)
finding-call-server-error-cause = INVITE 5xx yanıtı aldı. RFC 3261: Bir sunucu isteği işleyemedi: 500 Server Internal Error, 502 Bad Gateway, 503 Service Unavailable (aşırı yük veya bakım), 504 Server Time-out. Durum kodu bu bulguyla birlikte gösterilir.
finding-call-server-error-fix = Hatayla yanıt veren sunucuyu bulmak için Call-ID'yi SBC ve AS günlüklerinde izleyin ve aramanın zamanı ile Call-ID'siyle durumu üst birime iletin. Kılavuzda yok: kılavuz başarısız aramalar için adım vermez.
finding-call-server-error-guide = Kılavuzda yok (RFC 3261 §21.5); BWC günlüğü aramaların SIP trafiğini içerir
finding-media-packet-loss-title = Bir arama sırasında ses paketleri kayboldu
finding-media-packet-loss-cause = Medya motoru arama sırasında bir ses akışının paketlerinin %5'inden fazlasının kaybolduğunu bildirdi; bunun üzerinde konuşma kesilir. Kayıp, uygulama ile karşı taraf arasındaki ağdan gelir: Wi-Fi, VPN, yoğun bağlantılar.
finding-media-packet-loss-fix = Kılavuzda yok: VPN olmadan kablolu bir bağlantı deneyin ve SBC'nin medya adreslerine giden ağ yolunu kontrol edin. En kötü değer ve satırı gösterilir.
finding-media-packet-loss-guide = Kılavuzda yok; medya günlüğü medya kayıtlarını içerir
finding-media-jitter-title = Bir arama sırasında ses düzensiz geldi (jitter)
finding-media-jitter-cause = Medya motoru arama sırasında bir ses akışında 50 ms'nin üzerinde jitter bildirdi: paketler o kadar düzensiz geliyor ki konuşma gecikiyor veya kesiliyor.
finding-media-jitter-fix = Kılavuzda yok: VPN olmadan kablolu bir bağlantı deneyin ve SBC'ye giden yolda yoğunluk ve eksik ses önceliği (QoS) olup olmadığını kontrol edin. En kötü değer ve satırı gösterilir.
finding-media-jitter-guide = Kılavuzda yok; medya günlüğü medya kayıtlarını içerir
finding-media-latency-title = Bir arama sırasında sesin gidiş-dönüş süresi çok uzundu
finding-media-latency-cause = Medya motoru arama sırasında 400 ms'nin üzerinde gidiş-dönüş süresi bildirdi; bu kadar gecikmede iki taraf birbirinin sözünü keser (ITU-T G.114).
finding-media-latency-fix = Kılavuzda yok: SBC'nin medya adreslerine giden ağ yolunu kontrol edin (VPN, uydu veya mobil bağlantılar, uzak bir medya aktarıcısı). En kötü değer ve satırı gösterilir.
finding-media-latency-guide = Kılavuzda yok; medya günlüğü medya kayıtlarını içerir

finding-as-register-failed-title = Uygulama Sunucusu, SBC'den gelen REGISTER isteğini reddetti veya hiç yanıtlamadı
finding-as-register-failed-cause = Kayıt dizisinin 5. adımı başarısız oldu: SBC, uygulamanın SIP REGISTER isteğini AS'ye iletti ve AS günlüğü son bir hata yanıtı (4xx, 5xx veya 6xx) gösteriyor ya da hiç son yanıt göstermiyor. AS kabul etmedikçe uygulama kaydolamaz.
finding-as-register-failed-fix = Cihaz profilinin uygulamaya verdiği SIP kimlik bilgilerini, adresleri ve bağlantı noktalarını, kullanıcının AS'deki hat/bağlantı noktası ve cihazıyla karşılaştırın (dizinin 3. adımı) ve SBC'nin REGISTER isteğini kullanıcıyı barındıran AS'ye gönderdiğini kontrol edin (SBC, kullanıcının nerede olduğunu NS'ye sorabilir).
finding-as-register-failed-guide = Beklenen Kayıt Dizisi (adım 5); hatanın kendisi kılavuzda yok (RFC 3261)

finding-authservice-url-missing-title = Bir XSP'nin web kapsayıcısında AuthService URL'si yok
finding-authservice-url-missing-cause = Bu XSP'nin CLI çıktısı, web kapsayıcısının seçeneklerini AuthService URL'si (kimlik doğrulama hizmetinin genel URL'si) olmadan listeliyor. Kılavuza göre AuthService URL'si, kimlik doğrulama hizmetini barındıran her XSP'de web kapsayıcısına sağlanmalıdır; o olmadan bu XSP uzun ömürlü belirteci veremez ve doğrulayamaz, bu yüzden hizmet verdiği kullanıcılar için oturum açma başarısız olur.
finding-authservice-url-missing-fix = Kümedeki her XSP'de AuthService URL'sini web kapsayıcısına sağlayın ve Partner Hub'da küme için doğru girildiğini kontrol edin.
finding-authservice-url-missing-guide = Kimlik Doğrulaması Hizmetinin Yanlış Yapılandırılması

finding-authservice-keys-differ-title = Paketteki XSP'lerde aynı RSA anahtar çifti yok
finding-authservice-keys-differ-cause = Kimlik doğrulama hizmetinin RSA anahtarı (parmak izi), CLI çıktısı pakette olan XSP'ler arasında farklı. Kılavuza göre bir XSP'de oluşturduğunuz RSA anahtarları tüm XSP'lere kopyalanmalıdır: aksi halde bir XSP'nin imzaladığı belirteci başka biri reddeder ve oturum açma yalnızca bazı kullanıcılar için veya yalnızca bazen çalışır.
finding-authservice-keys-differ-fix = RSA anahtarlarını bir XSP'de oluşturun ve kümedeki tüm XSP'lere kopyalayın; böylece her XSP aynı anahtar parmak izini gösterir.
finding-authservice-keys-differ-guide = Kimlik Doğrulaması Hizmetinin Yanlış Yapılandırılması

finding-authservice-mtls-misconfigured-title = Kimlik doğrulama hizmetinin mTLS'i kılavuzun istediği gibi kurulmamış
finding-authservice-mtls-misconfigured-cause = Webex ile XSP'nin kimlik doğrulama hizmeti arasındaki bağlantı mTLS ile korunur. CLI çıktısı, XSP'nin güven deposunu Webex sertifika zinciri olmadan (güven çıpası yok) gösteriyor ya da kimlik doğrulama hizmetinin kullandığı arabirim istemci sertifikası istemiyor.
finding-authservice-mtls-misconfigured-fix = Webex istemci sertifika zincirini (Partner Hub'da BroadWorks Ayarları sayfasından) güven çıpası olarak XSP'ye yükleyin ve kimlik doğrulama hizmeti uygulamasını veya kullandığı arabirimi istemci sertifikası isteyecek şekilde yapılandırın.
finding-authservice-mtls-misconfigured-guide = Kimlik Doğrulaması Hizmetinin Yanlış Yapılandırılması

finding-impp-settings-mismatch-title = AS'nin Entegre IM&P ayarları Partner Hub şablonuyla eşleşmiyor
finding-impp-settings-mismatch-cause = AS'nin Entegre IM&P ayarları (AS_CLI/Interface/Messaging) Partner Hub'daki Müşteri Şablonundan farklı, ya da mesajlaşma sunucusu URL'si sağlama köprüsünün URL'si yerine bir IP adresi, ya da Entegre IM&P kapalı. Kılavuza göre bu ayarlar tam olarak eşleşmelidir, yoksa kuruluştaki tüm kullanıcılar için sağlama başarısız olur.
finding-impp-settings-mismatch-fix = Entegre IM&P yapılandırmasını Partner Hub'daki Müşteri Şablonuyla tam olarak eşleştirin: Mesajlaşma sunucusu URL'si = Sağlama URL'si, Mesajlaşma sunucusu kullanıcı adı = Sağlama hesabı adı, Mesajlaşma sunucusu parolası = Sağlama hesabı parolası (AS_CLI/Interface/Messaging> get; tek bir kuruluş için Hizmetler > Entegre IM&P).
finding-impp-settings-mismatch-guide = Belirli Kuruluşlar / Müşteriler için Entegre IM&P Hataları

finding-sso-failed-title = Çoklu Oturum Açma başarısız
finding-sso-failed-cause = Oturum açmanın SSO kısmı başarısız oldu: etkinleştirme portalı BroadWorks parolasını reddetti, IdP proxy SAML onayı vermedi (kılavuzdaki merdiven diyagramında adım 2.3) ya da uygulama onayı CI belirteciyle değiştirmek istediğinde CI onayı reddetti (adım 3). Uygulama CI belirteci alamaz ve BroadWorks'e geçemez.
finding-sso-failed-fix = BroadWorks'te kullanıcıya Webex uygulaması için cihaz türlerinin atandığını kontrol edin (Çözüm Kılavuzunda Cihaz Profilleri). Kullanıcının doğru parolayı girdiğini kontrol edin: müşteri şablonunda BroadWorks kimlik doğrulaması varsa bu, BroadWorks "Web Erişimi" parolasıdır (büyük/küçük harfe duyarlı); e-posta alternatif kimlik değilse kullanıcının BroadWorks kullanıcı kimliğini girmesi gerekebilir. XSP'de IdP proxy'nin profil isteğini (2.1, 2.2) access_log ve XsiActionsLog içinde gösterilen izleme kimliğiyle izleyin.
finding-sso-failed-guide = Çoklu Oturum Açma başarısız; Abone oturum açma sorunlarını gidermek için XSP günlüklerini analiz edin
finding-webex-calling-only-title = Yalnızca Webex Calling etkin: bu kullanıcı BroadWorks için Webex kullanmıyor
finding-webex-calling-only-cause = Uygulama Webex Calling üzerinden arıyor (Mobius, WEBEX_CALLING, bc-sp-standard yetkisi) ve BroadWorks araması göstermiyor: broadworks-connector yetkisi yok ve BroadWorks arama kitaplığı hiç çalışmadı. Kılavuz: Webex Calling gibi başka bir telefon hizmeti gösteriliyorsa kullanıcı BroadWorks için Webex kullanmıyordur.
finding-webex-calling-only-fix = Kullanıcı BroadWorks için Webex kullanacaksa Webex Calling (bc-sp-standard) yetkisini kaldırın ve kullanıcıya broadworks-connector yetkisini verin (Partner Hub'da bir BroadWorks için Webex paketi); ardından kullanıcı oturumu kapatıp yeniden açsın. Aksi hâlde bu bir BroadWorks için Webex sorunu değildir.
finding-webex-calling-only-guide = Başarılı İstemci Kaydı Için Beklenen İşaretler; Bir kullanıcının arama davranışını ve connector yetkisini kontrol edin

finding-ced-stale-title = ced.dat günlüklerden daha eski bir oturuma ait
finding-ced-stale-cause = Arama ortamı verileri (ced.dat), günlüklerdeki uygulamanın son başlatılmasından önce dışa aktarıldı. Oturumu kapatmak veya uygulamayı yeniden başlatmak, verilerin dışa aktarıldığı önbelleği temizler; bu nedenle bu ced.dat günlüklerin gösterdiği oturumu anlatmaz ve hiçbiriyle eşleşmez.
finding-ced-stale-fix = Kullanıcıdan sorunu yeniden oluşturmasını ve aynı oturumda, oturumu kapatmadan veya yeniden başlatmadan, arama ortamı verilerini yeniden dışa aktarmasını (profil resmi > Yardım > Arama Ortamı Verilerini Dışa Aktar) ve yeni ced.dat dosyasını o oturumun günlükleriyle birlikte göndermesini isteyin.
finding-ced-stale-guide = Arama ortamı verilerini alın
