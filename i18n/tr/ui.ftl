# Masaüstü uygulamasının etiketleri, düğmeleri ve ipuçları.

## Araç çubuğu

ui-open = Aç…
ui-open-tip = Bir destek paketi (.zip) veya günlük dosyaları açın (Ctrl+O)
ui-open-folder = Klasör aç…
ui-close = Paketi kapat
ui-save-screenshot = Ekran görüntüsünü kaydet…
ui-save-screenshot-tip = Bu görünümün PNG dosyasını kayıt için kaydedin (Ctrl+Shift+S)
ui-copy-screenshot = Ekran görüntüsünü kopyala
ui-copy-screenshot-tip = Bu görünümün resmini panoya koyun
ui-theme-light = Açık tema
ui-theme-dark = Koyu tema
ui-language = Dil
ui-mask-ips = IP adreslerini maskele
ui-redact = Kişisel verileri gizle
view-summary = Özet
view-timeline = Zaman çizelgesi
view-ladder = Akış şeması
view-log = Günlük
view-facts = Eskalasyon
view-codes = Hata kodları

## Durum çubuğu ve ilerleme

ui-status-bundle = Paket: { $name } · { $files ->
    [one] 1 dosya
   *[other] { $files } dosya
}, { $size } · saatler { $zone }
ui-live = • canlı
ui-live-tip = Yeni günlük satırları yazıldıkça analiz edilir
ui-redacted = gizlendi
ui-reading = Günlükler okunuyor…
ui-progress = { $bytes } okundu, { $files ->
    [one] 1 dosya
   *[other] { $files } dosya
}
ui-cancel = İptal
ui-analysing = Analiz ediliyor…
ui-start-failed = Analiz başlatılamadı: { $error }
ui-stopped = Analiz beklenmedik şekilde durdu.
ui-cancelled = Analiz iptal edildi.
ui-local-bundle = Bu bilgisayarın Webex günlükleri
ui-filter-bundles = Destek paketi veya günlük
ui-all-files = Tüm dosyalar
ui-screenshot-saved = Ekran görüntüsü kaydedildi: { $path }
ui-screenshot-copied = Ekran görüntüsü panoya kopyalandı
ui-screenshot-failed = Ekran görüntüsü alınamadı: { $error }
ui-shot-bad-size = ekran görüntüsünün boyutu beklenmedik
ui-no-clipboard = burada pano yok: { $error }
ui-clipboard-refused = pano resmi kabul etmedi: { $error }

## Başlangıç görünümü

ui-this-computer = Bu bilgisayar
ui-col-log = Günlük
ui-col-path = Yol
ui-col-size = Boyut
ui-col-changed = Son değişiklik
ui-analyse-computer = Bu bilgisayarı analiz et
ui-drop = Destek paketini (.zip), bir klasörü veya günlük dosyalarını buraya bırakın
ui-drop-tip = Veya dosya seçmek için tıklayın
ui-recent = Son paketler

## Özet

verdict-word-error = Sorun bulundu
verdict-word-warning = Dikkat
verdict-word-info = Not
verdict-word-ok = Her şey yolunda
ui-no-findings = Bulgu yok.
ui-evidence-tip = Günlüğü bu satırda aç

## Zaman çizelgesi ve akış şeması

ui-no-signin = Bu pakette Webex uygulaması oturum açma işlemi yok.
ui-attempt = Deneme
ui-attempt-of = Deneme { $n } / { $total }
ui-signin-heading = Oturum açma sırası
ui-joined = İstemci ve XSP birleştirildi: { $how }. Her taraf kendi saatiyle gösterilir.
ui-side-client = Webex uygulaması
ui-show-line = satırı göster
ui-no-exchanges = Bu günlüklerde SIP veya HTTP mesajı yok.

## Günlük görünümü

ui-file = Dosya
ui-level = Düzey
level-all = tümü
level-debug = debug ve üstü
level-info = info ve üstü
level-warning = uyarı ve üstü
level-error = hata
ui-filter = Filtre
ui-filter-hint = satırdaki metin
ui-apply-filter = Filtreyi uygula
ui-search = Ara
ui-next = Sonraki
ui-previous = Önceki
ui-bookmark-tip = Bu satırı yer imlerine ekle
ui-more-lines = { $count ->
    [one] +1 satır
   *[other] +{ $count } satır
}
ui-copy-lines = Seçili satırları kopyala ({ $count })
ui-copy-lines-tip = Bir aralık seçmek için Shift ile bir satıra tıklayın
ui-bookmarks = Yer imleri ({ $count })
ui-go-to = Git…
ui-cut-here = burada kesildi: kayıt { $bytes } bayt; tamamı için satırları kopyalayın

## Eskalasyon ve hata kodları

ui-copy-summary = Eskalasyon özetini kopyala
ui-copy-summary-tip = Kayıt için düz metin
ui-code-label = Hata kodu
ui-code-hint = ör. 200018
ui-code-intro = Etkinleştirme portalının veya bir dizin eşitleme raporunun gösterdiği altı haneli kodu yazın.
ui-code-six-digits = Bir kod, 200018 gibi altı hanelidir.

view-files = Dosyalar
ui-copy-summary-user-id = Özeti BroadWorks kullanıcı kimliğiyle kopyala
ui-copy-summary-user-id-tip = Maskelenmiş; 2. seviyenin aboneyi bulması için gereken tek değer maskesiz eklenir
ui-copied-summary = Eskalasyon özeti panoya kopyalandı.
ui-copied-summary-user-id = Eskalasyon özeti kopyalandı; BroadWorks kullanıcı kimliği maskesiz.
ui-copied-lines = { $count } satır panoya kopyalandı.
ui-no-dialog = Bu sistemde dosya penceresi açılamadı. Dosyaları veya klasörleri pencereye bırakın ya da komut satırında verin.
ui-back = Geri
ui-look-up-code = Hata kodu ara
ui-files-count = Bu pakette { $files } dosya; { $problems } tanesinde sorun var.
ui-col-file = Dosya
ui-col-kind = Tür
ui-col-format = Biçim
ui-col-time-range = Zaman aralığı ({ $zone })
ui-col-lines = Satır
ui-col-problems = Sorunlar ve notlar
ui-file-open-tip = Günlükte yalnızca bu dosyayı göster

ui-regex = Düzenli ifade
ui-match-case = Büyük/küçük harf
ui-match-of = { $total } eşleşmeden { $n }.
ui-no-match = { $lines } satırdan 0 eşleşme.
ui-bad-regex = Geçerli bir düzenli ifade değil: { $error }
ui-next-error = Sonraki hata
ui-previous-error = Önceki hata
ui-no-more-errors = Bu yönde başka hata satırı yok.
ui-search-history = Son aramalar
ui-go-to-line-time = Git
ui-go-to-what = "{ $typed }" ne satır numarası ne de saat (08:20:47, 2024-03-11 08:20).
ui-go-to-none = Bu satırlarda { $typed } konumunda satır yok.
ui-around-failure = Hatanın ±5 dk çevresi
ui-around-failure-tip = Yalnızca denemenin başarısız olduğu andan beş dakika içindeki satırlar
ui-only-id = Yalnızca { $id } satırları
ui-only-id-on = Yalnızca { $id } geçen satırlar gösteriliyor.
ui-only-id-clear = Tüm satırları göster
ui-export = Dışa aktar
ui-export-shown-copy = Gösterilen satırları kopyala
ui-export-shown-save = Gösterilen satırları kaydet…
ui-export-bookmarked-copy = İşaretli satırları kopyala
ui-export-bookmarked-save = İşaretli satırları kaydet…
ui-export-saved = { $count } satır { $path } dosyasına kaydedildi.
ui-export-failed = Satırlar kaydedilemedi: { $error }
ui-time-in = saat ({ $zone })
ui-local-time = Yerel saat
ui-local-time-tip = Tüm saatleri UTC yerine bu bilgisayarın saat diliminde ({ $zone }) göster; günlükler UTC ile karşılaştırılır
view-call-flow = Çağrı akışı
ui-flow-only-failed = Yalnızca başarısız
ui-flow-groups = { $total } diyalog ve istekten { $shown }
ui-flow-other = Diğer mesajlar (Call-ID veya izleme kimliği yok)
ui-only-attempt = Satırlar:
ui-only-attempt-tip = Yalnızca bir oturum açma denemesinin başından son adımına kadarki satırlar
ui-every-attempt = tüm denemeler
ui-colour-rules = Renkler
ui-colour-rules-tip = Bir metni içeren satırlar o metnin renginde gösterilir (büyük/küçük harf fark etmez; eşleşen ilk kural geçerlidir). Hata, uyarı ve hata ayıklama satırlarının kendi renkleri vardır. Kurallar bir sonraki açılış için saklanır.
ui-rule-text = Metin
ui-rule-remove = Kaldır
ui-rule-add = Kural ekle
colour-blue = Mavi
colour-green = Yeşil
colour-orange = Turuncu
colour-purple = Mor
colour-red = Kırmızı
colour-grey = Gri
ui-rule-colour = Renk
view-playbooks = Kontrol listeleri
ui-playbooks-for-bundle = Bu paketin bulguları için
ui-playbooks-all = Tüm kontrol listeleri
playbook-started = başlandı
ui-playbook-change = Değiştir
ui-playbook-open = “{ $title }” kontrol listesini aç
ui-playbook-done = Yapıldı
ui-playbook-save = Kaydet
ui-playbook-skip = Atla
ui-playbook-finished = Bu kontrol listesi tamamlandı. Yanıtları eskalasyon özetinde.
ui-playbook-copy = Yanıtları kopyala
ui-playbook-copied = Kontrol listesinin yanıtları panoda.
ui-playbook-restart = Baştan başla
ui-finding-playbooks = Kontrol listeleri

view-calls = Aramalar
ui-calls-none = Bu pakette arama yok: günlüklerde INVITE diyaloğu yok.
ui-calls-count = { $count } arama, { $troubled } tanesi başarısız veya medya kalitesi kötü. Merdiven diyagramı için bir aramaya tıklayın.
ui-call-time = Başlangıç ({ $zone })
ui-call-direction = Yön
ui-call-from = Kimden
ui-call-to = Kime
ui-call-outcome = Sonuç
ui-call-codecs = Kodekler
ui-call-loss = Kayıp %
ui-call-jitter = Jitter ms
ui-call-rtt = RTT ms

ui-push-heading = Anında bildirim abonelikleri (AS)
