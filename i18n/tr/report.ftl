# Metin raporu ve eskalasyon özeti (terminal ve pano).

findings-heading = { $count ->
    [one] 1 bulgu
   *[other] { $count } bulgu
}
report-why = Neden
report-fix = Çözüm
report-guide = Kılavuz
report-evidence = Kanıt:
report-status-failed = BAŞARISIZ
timeline-heading = Kayıt zaman çizelgesi
timeline-heading-attempt = Kayıt zaman çizelgesi (deneme { $n } / { $total })
history-heading = Başarısız önceki denemeler ({ $count })
history-failed = { $when }, çalıştırma { $run }: { $step } başarısız
signin-heading = Oturum açma sırası (her taraf kendi saatiyle)
signin-heading-joined = Oturum açma sırası (her taraf kendi saatiyle, istemci ve sunucu birleştirildi: { $how })
side-client = istemci
side-server = XSP
summary-heading = Eskalasyon özeti
summary-verdict = Sonuç
summary-failed-step = Başarısız adım
summary-findings = Bulgular
fact-list-latest = { $items } (toplam { $total } içinden son { $shown })
fact-yes = evet
fact-no = hayır
sources-heading = { $count ->
    [one] Kaynaklar (1 dosya)
   *[other] Kaynaklar ({ $count } dosya)
}
source-lines = { $count ->
    [one] 1 satır
   *[other] { $count } satır
}

## wxbw-doctor code N ve komut satırının kendi mesajları

code-not-a-code = '{ $typed }', 200018 gibi altı haneli bir hata kodu değil.
code-unknown = { $code }, kılavuzun son kullanıcı veya dizin eşitleme hata kodu tablolarında yok.
code-table-end-user = son kullanıcı hata kodu, etkinleştirme portalında gösterilir
code-table-directory-sync = dizin eşitleme hata kodu
code-meaning = Anlamı
code-action = Yapılacak
code-no-action = kılavuz bir işlem vermiyor; sorun sürerse bu kodla eskale edin.
code-source = Kaynak
cli-nothing-read = verilen girdiden hiçbir şey okunamadı.

summary-bundle = Paket
summary-user-id-unmasked = BroadWorks kullanıcı kimliği (bilerek maskelenmedi)
playbook-answer-done = yapıldı
playbook-answer-yes = evet
playbook-answer-no = hayır
playbook-answer-skipped = atlandı
playbook-finished = tamamlandı
playbook-unfinished = tamamlanmadı
playbook-likely-cause = Olası neden
summary-checked = Kılavuzun kontrol listeleriyle denetlendi:
playbook-guide = Kılavuz
playbook-for-findings = Şu bulgular için
playbook-go-to-step = { $n }. adımla devam edin.
playbook-then = Ardından “{ $title }” kontrol listesi ({ $id }).
playbook-ends = Kontrol listesi burada biter.
playbook-answer-value = okunan değer
playbook-unknown = '{ $id }' adlı bir kontrol listesi yok. Kontrol listeleri şunlardır:

calls-heading = Aramalar ({ $count })
push-heading = AS'deki anında bildirim abonelikleri ({ $count })
calls-newest = en yeni { $count } arama; JSON raporu hepsini listeler
