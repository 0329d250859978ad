<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AccountNotice</name>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="14"/>
        <source>WhatsApp restricted this business account ({detail}): some messages cannot be sent until {until}.</source>
        <translation>WhatsApp membatasi akun bisnis ini ({detail}): sebagian pesan tidak bisa dikirim sampai {until}.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="18"/>
        <source>WhatsApp found a policy violation on this account ({detail}): check Meta Business Support Home.</source>
        <translation>WhatsApp menemukan pelanggaran kebijakan pada akun ini ({detail}): periksa Meta Business Support Home.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="22"/>
        <source>WhatsApp disabled this business account: nothing can be sent. Check Meta Business Support Home.</source>
        <translation>WhatsApp menonaktifkan akun bisnis ini: tidak ada yang bisa dikirim. Periksa Meta Business Support Home.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="26"/>
        <source>This WhatsApp Business account was deleted at Meta: messages can no longer be sent or received.</source>
        <translation>Akun WhatsApp Business ini dihapus di Meta: pesan tidak bisa lagi dikirim atau diterima.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="30"/>
        <source>This number was moved off the Cloud API at Meta: messages can no longer be sent from here.</source>
        <translation>Nomor ini dipindahkan dari Cloud API di Meta: pesan tidak bisa lagi dikirim dari sini.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="33"/>
        <source>Customers reported or blocked this number: its quality is {detail}. Send fewer marketing messages.</source>
        <translation>Pelanggan melaporkan atau memblokir nomor ini: kualitasnya {detail}. Kurangi pesan pemasaran.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="37"/>
        <source>WhatsApp lowered how many customers this number may message a day ({detail}).</source>
        <translation>WhatsApp menurunkan jumlah pelanggan yang boleh dihubungi nomor ini per hari ({detail}).</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="40"/>
        <source>WhatsApp approved the display name {detail}.</source>
        <translation>WhatsApp menyetujui nama tampilan {detail}.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="43"/>
        <source>WhatsApp rejected the display name {detail}: choose another one in WhatsApp Manager.</source>
        <translation>WhatsApp menolak nama tampilan {detail}: pilih nama lain di WhatsApp Manager.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="48"/>
        <source>WhatsApp changed something on this business account ({event}).</source>
        <translation>WhatsApp mengubah sesuatu pada akun bisnis ini ({event}).</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="51"/>
        <source>WhatsApp sent an alert for this business account: {detail}.</source>
        <translation>WhatsApp mengirim peringatan untuk akun bisnis ini: {detail}.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="52"/>
        <source>The number&apos;s quality or limit changed: {detail}.</source>
        <translation>Kualitas atau batas nomor ini berubah: {detail}.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="55"/>
        <source>WhatsApp decided on the display name {detail}: {event}.</source>
        <translation>WhatsApp memutuskan nama tampilan {detail}: {event}.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="59"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="49"/>
        <source>New contact</source>
        <translation>Kontak baru</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="51"/>
        <source>0812-3456-7890 or +62 812-3456-7890</source>
        <translation>0812-3456-7890 atau +62 812-3456-7890</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="59"/>
        <source>WhatsApp number</source>
        <translation>Nomor WhatsApp</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="61"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
</context>
<context>
    <name>AppLockDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="40"/>
        <source>Turn the app lock on</source>
        <translation>Nyalakan kunci aplikasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="41"/>
        <source>Change the app lock passphrase</source>
        <translation>Ganti frasa sandi kunci aplikasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="42"/>
        <source>Choose a new app lock passphrase</source>
        <translation>Pilih frasa sandi baru untuk kunci aplikasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="43"/>
        <source>Turn the app lock off</source>
        <translation>Matikan kunci aplikasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="47"/>
        <source>The app will ask for this passphrase when it opens and after it has been left idle. Your recovery key from setup still opens it if the passphrase is forgotten.</source>
        <translation>Aplikasi akan meminta frasa sandi ini saat dibuka dan setelah lama tidak dipakai. Kunci pemulihan dari penyiapan tetap bisa membukanya jika frasa sandi terlupa.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="51"/>
        <source>The database is re-encrypted with a new key, so the old passphrase opens nothing from now on.</source>
        <translation>Basis data dienkripsi ulang dengan kunci baru, jadi mulai sekarang frasa sandi lama tidak membuka apa pun.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="54"/>
        <source>You opened the app with the recovery key. Choose a new passphrase; the forgotten one stops working.</source>
        <translation>Anda membuka aplikasi dengan kunci pemulihan. Pilih frasa sandi baru; yang terlupa tidak berlaku lagi.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="57"/>
        <source>The app will open without a passphrase; the database key goes back into the system keyring.</source>
        <translation>Aplikasi akan terbuka tanpa frasa sandi; kunci basis data kembali disimpan di keyring sistem.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="77"/>
        <source>Save the new passphrase</source>
        <translation>Simpan frasa sandi baru</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="81"/>
        <source>Current passphrase</source>
        <translation>Frasa sandi sekarang</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="85"/>
        <source>New passphrase</source>
        <translation>Frasa sandi baru</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="86"/>
        <source>Again</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="118"/>
        <source>Re-encrypting the database… Messages keep arriving meanwhile.</source>
        <translation>Mengenkripsi ulang basis data… Pesan tetap masuk selama proses ini.</translation>
    </message>
</context>
<context>
    <name>AppLockSection</name>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_section.py" line="13"/>
        <source>App lock</source>
        <translation>Kunci aplikasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_section.py" line="18"/>
        <source>Turn on…</source>
        <translation>Nyalakan…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_section.py" line="19"/>
        <source>Change passphrase…</source>
        <translation>Ganti frasa sandi…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_section.py" line="20"/>
        <source>Turn off…</source>
        <translation>Matikan…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_section.py" line="21"/>
        <source>Lock now</source>
        <translation>Kunci sekarang</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_section.py" line="31"/>
        <source>Lock after idle (save settings to apply)</source>
        <translation>Kunci setelah tidak dipakai (simpan pengaturan agar berlaku)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_section.py" line="45"/>
        <source>On: a passphrase opens the app, and it locks itself when left idle. While locked, nothing personal is shown and notifications carry no names or text.</source>
        <translation>Menyala: aplikasi dibuka dengan frasa sandi dan terkunci sendiri bila lama tidak dipakai. Selama terkunci, tidak ada data pribadi yang tampil dan notifikasi tidak memuat nama atau isi pesan.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_section.py" line="49"/>
        <source>Off: the app opens without a passphrase. Anyone at this computer can read the chats.</source>
        <translation>Mati: aplikasi terbuka tanpa frasa sandi. Siapa pun di komputer ini bisa membaca chat.</translation>
    </message>
</context>
<context>
    <name>AppLockViewModel</name>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/app_lock.py" line="88"/>
        <source>That is not the app lock passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Itu bukan frasa sandi kunci aplikasi. Periksa Caps Lock dan tata letak papan ketik, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/app_lock.py" line="94"/>
        <source>That is not this database&apos;s recovery key: check it for typos.</source>
        <translation>Itu bukan kunci pemulihan basis data ini: periksa apakah ada salah ketik.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/app_lock.py" line="133"/>
        <source>The app lock is on: the passphrase opens the app, and it locks itself when left idle.</source>
        <translation>Kunci aplikasi menyala: frasa sandi membuka aplikasi, dan aplikasi terkunci sendiri bila lama tidak dipakai.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/app_lock.py" line="135"/>
        <source>The app lock is off: the app opens without a passphrase.</source>
        <translation>Kunci aplikasi mati: aplikasi terbuka tanpa frasa sandi.</translation>
    </message>
</context>
<context>
    <name>AttachmentDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/attachment_preview.py" line="99"/>
        <source>Send a file</source>
        <translation>Kirim berkas</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/attachment_preview.py" line="101"/>
        <source>Send a file ({number} of {count})</source>
        <translation>Kirim berkas ({number} dari {count})</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/attachment_preview.py" line="108"/>
        <source>No preview for this kind of file</source>
        <translation>Tidak ada pratinjau untuk jenis berkas ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/attachment_preview.py" line="113"/>
        <source>A caption (optional)</source>
        <translation>Keterangan (tidak wajib)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/attachment_preview.py" line="115"/>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/attachment_preview.py" line="116"/>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/attachment_preview.py" line="117"/>
        <source>Do not send this file; show the next one</source>
        <translation>Jangan kirim berkas ini; tampilkan berikutnya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/attachment_preview.py" line="126"/>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>AuditBox</name>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="35"/>
        <source>Security self-check</source>
        <translation>Pemeriksaan keamanan mandiri</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="36"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="42"/>
        <source>Run again</source>
        <translation>Jalankan lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="53"/>
        <source>Checking the encryption, the key, the files and the connections…</source>
        <translation>Memeriksa enkripsi, kunci, berkas, dan koneksi…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="59"/>
        <source>All {n} checks pass ({when}): the data is encrypted, its key is safe, no file is open to others or unencrypted, and the connections are protected.</source>
        <translation>Semua {n} pemeriksaan lolos ({when}): data terenkripsi, kuncinya aman, tidak ada berkas yang terbuka bagi pengguna lain atau tanpa enkripsi, dan koneksinya terlindungi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="65"/>
        <source>The self-check found %n problem(s) ({when}):</source>
        <translation>
            <numerusform>Pemeriksaan mandiri menemukan %n masalah ({when}):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="72"/>
        <source>The self-check could not run: {why}</source>
        <translation>Pemeriksaan tidak dapat dijalankan: {why}</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="81"/>
        <source>Backups (encrypted, each kept 90 days)</source>
        <translation>Cadangan (terenkripsi, masing-masing disimpan 90 hari)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="88"/>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="92"/>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="92"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="92"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="106"/>
        <source>Making a backup…</source>
        <translation>Membuat cadangan…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="116"/>
        <source>A backup is made every day while the app runs; the next one is due {when}.</source>
        <translation>Cadangan dibuat setiap hari selama aplikasi berjalan; yang berikutnya dijadwalkan {when}.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="123"/>
        <source>The last backup, {when}, failed: {why}. It is tried again in an hour.</source>
        <translation>Pencadangan terakhir, {when}, gagal: {why}. Akan dicoba lagi dalam satu jam.</translation>
    </message>
</context>
<context>
    <name>BubbleDelegate</name>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="19"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="20"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="21"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="22"/>
        <source>Voice message</source>
        <translation>Pesan suara</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="23"/>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="24"/>
        <source>Sticker</source>
        <translation>Stiker</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="25"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="26"/>
        <source>Contact card</source>
        <translation>Kartu kontak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="28"/>
        <source>Downloading…</source>
        <translation>Mengunduh…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="29"/>
        <source>Download failed</source>
        <translation>Gagal mengunduh</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="30"/>
        <source>This message type is not supported here</source>
        <translation>Jenis pesan ini belum bisa ditampilkan di sini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="31"/>
        <source>May not have been sent</source>
        <translation>Mungkin belum terkirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="32"/>
        <source>Not sent</source>
        <translation>Tidak terkirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="33"/>
        <source>Resend</source>
        <translation>Kirim ulang</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="34"/>
        <source>The customer deleted this message</source>
        <translation>Pelanggan menghapus pesan ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="35"/>
        <source>This message was deleted</source>
        <translation>Pesan ini dihapus</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="36"/>
        <source>edited</source>
        <translation>diedit</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="37"/>
        <source>from the phone</source>
        <translation>dari ponsel</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="38"/>
        <source>↪ Forwarded</source>
        <translation>↪ Diteruskan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="39"/>
        <source>↪↪ Forwarded many times</source>
        <translation>↪↪ Sering diteruskan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="40"/>
        <source>From your ad: {headline}</source>
        <translation>Dari iklan Anda: {headline}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="41"/>
        <source>Call</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="42"/>
        <source>Call, {minutes}:{seconds:02d}</source>
        <translation>Panggilan, {minutes}:{seconds:02d}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="43"/>
        <source>Missed call</source>
        <translation>Panggilan tak terjawab</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="44"/>
        <source>🛒 Order: {pieces}, {total}</source>
        <translation>🛒 Pesanan: {pieces}, {total}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="45"/>
        <source>1 piece</source>
        <translation>1 buah</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="46"/>
        <source>{n} pieces</source>
        <translation>{n} buah</translation>
    </message>
</context>
<context>
    <name>ChatModel</name>
    <message>
        <location filename="../../monggo_desktop/ui/models/chat_model.py" line="45"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/chat_model.py" line="47"/>
        <source>Yesterday</source>
        <translation>Kemarin</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="60"/>
        <source>24-hour window closed: only approved templates can be sent</source>
        <translation>Batas 24 jam sudah lewat: sekarang hanya template yang disetujui yang bisa dikirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="63"/>
        <source>Replies open for {h} h {m} min</source>
        <translation>Masih bisa membalas {h} jam {m} menit lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="98"/>
        <source>Type a message; / for quick replies</source>
        <translation>Ketik pesan; / untuk balasan cepat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="102"/>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="105"/>
        <source>Attach a photo, video, audio or document; it is shown before it is sent</source>
        <translation>Lampirkan foto, video, audio, atau dokumen; ditampilkan dulu sebelum dikirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="139"/>
        <source>Saved as {name}</source>
        <translation>Disimpan sebagai {name}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="166"/>
        <source>Choose a conversation on the left</source>
        <translation>Pilih percakapan di sebelah kiri</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="175"/>
        <source>Send ({keys})</source>
        <translation>Kirim ({keys})</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="241"/>
        <source>The message is {n} characters long; WhatsApp takes at most 4096.</source>
        <translation>Pesan ini {n} karakter; WhatsApp hanya menerima paling banyak 4096 karakter.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="252"/>
        <source>yourself</source>
        <translation>diri sendiri</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="291"/>
        <source>Reply</source>
        <translation>Balas</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="292"/>
        <source>React</source>
        <translation>Beri reaksi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="297"/>
        <source>Remove my reaction</source>
        <translation>Hapus reaksi saya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="299"/>
        <source>Copy text</source>
        <translation>Salin teks</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="301"/>
        <source>Save as…</source>
        <translation>Simpan sebagai…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="303"/>
        <source>Resend</source>
        <translation>Kirim ulang</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="308"/>
        <source>Save file</source>
        <translation>Simpan berkas</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="315"/>
        <source>Send a file</source>
        <translation>Kirim berkas</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="318"/>
        <source>Photos, videos, audio and documents (*.jpg *.jpeg *.png *.mp4 *.3gp *.mp3 *.m4a *.aac *.ogg *.amr *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt)</source>
        <translation>Foto, video, audio, dan dokumen (*.jpg *.jpeg *.png *.mp4 *.3gp *.mp3 *.m4a *.aac *.ogg *.amr *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt)</translation>
    </message>
</context>
<context>
    <name>ChatViewModel</name>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/chat.py" line="194"/>
        <source>This photo cannot be shown: the file is not a picture this app can read.</source>
        <translation>Foto ini tidak bisa ditampilkan: berkasnya bukan gambar yang bisa dibaca aplikasi ini.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="141"/>
        <source>Your WhatsApp number</source>
        <translation>Nomor WhatsApp Anda</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="155"/>
        <source>Test again</source>
        <translation>Uji lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="176"/>
        <source>Asking WhatsApp what this token reaches…</source>
        <translation>Menanyakan ke WhatsApp apa yang dijangkau token ini…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="194"/>
        <source>This token reaches {n} numbers: choose the one for this computer.</source>
        <translation>Token ini menjangkau {n} nomor: pilih nomor untuk komputer ini.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="200"/>
        <source>{number} · {name} · Quality: {quality}</source>
        <translation>{number} · {name} · Kualitas: {quality}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="191"/>
        <source>WhatsApp knows this number. Is it yours?</source>
        <translation>WhatsApp mengenali nomor ini. Apakah ini nomor Anda?</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="228"/>
        <source>Go back to correct it, then test again. Nothing was saved.</source>
        <translation>Kembali untuk membetulkannya, lalu uji lagi. Belum ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>ContactDetailPanel</name>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="37"/>
        <source>legal basis: {basis}</source>
        <translation>dasar hukum: {basis}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="38"/>
        <source>consent given</source>
        <translation>persetujuan diberikan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="39"/>
        <source>consent withdrawn</source>
        <translation>persetujuan ditarik</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="40"/>
        <source>opted out of marketing</source>
        <translation>menolak pesan pemasaran</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="41"/>
        <source>marketing allowed again</source>
        <translation>pesan pemasaran diizinkan lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="44"/>
        <source>recorded here</source>
        <translation>dicatat di sini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="45"/>
        <source>from an import</source>
        <translation>dari impor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="46"/>
        <source>the customer&apos;s reply</source>
        <translation>balasan pelanggan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="47"/>
        <source>WhatsApp&apos;s preference notice</source>
        <translation>pemberitahuan preferensi WhatsApp</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="55"/>
        <source>consent</source>
        <translation>persetujuan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="56"/>
        <source>contract</source>
        <translation>kontrak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="57"/>
        <source>legitimate interest</source>
        <translation>kepentingan yang sah</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="64"/>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="65"/>
        <source>notes</source>
        <translation>catatan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="66"/>
        <source>labels</source>
        <translation>label</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="67"/>
        <source>custom fields</source>
        <translation>kolom tambahan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="68"/>
        <source>blocked</source>
        <translation>diblokir</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="69"/>
        <source>merged with another contact</source>
        <translation>digabung dengan kontak lain</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="72"/>
        <source>{when} · changed: {fields}</source>
        <translation>{when} · diubah: {fields}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="95"/>
        <source>Open chat</source>
        <translation>Buka chat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="97"/>
        <source>Delete all data of this customer…</source>
        <translation>Hapus semua data pelanggan ini…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="99"/>
        <source>Export this customer&apos;s data…</source>
        <translation>Ekspor data pelanggan ini…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="103"/>
        <source>Labels, separated by commas</source>
        <translation>Label, dipisahkan dengan koma</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="111"/>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="111"/>
        <source>Value</source>
        <translation>Isi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="115"/>
        <source>Add a field</source>
        <translation>Tambah kolom</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="116"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="125"/>
        <source>Not recorded</source>
        <translation>Belum dicatat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="128"/>
        <source>Consent given</source>
        <translation>Persetujuan diberikan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="129"/>
        <source>Consent withdrawn</source>
        <translation>Persetujuan ditarik</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="130"/>
        <source>Opted out of marketing messages</source>
        <translation>Menolak pesan pemasaran</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="148"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="149"/>
        <source>Labels</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="150"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="151"/>
        <source>Custom fields</source>
        <translation>Kolom tambahan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="153"/>
        <source>Consent (UU PDP, GDPR)</source>
        <translation>Persetujuan (UU PDP, GDPR)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="156"/>
        <source>Legal basis</source>
        <translation>Dasar hukum</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="164"/>
        <source>Ledger</source>
        <translation>Catatan persetujuan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="175"/>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="199"/>
        <source>Choose a contact</source>
        <translation>Pilih kontak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="218"/>
        <source> · WhatsApp name: {name}</source>
        <translation> · Nama WhatsApp: {name}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="220"/>
        <source>{handle} (no number shared)</source>
        <translation>{handle} (nomor tidak dibagikan)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="224"/>
        <source>Unblock</source>
        <translation>Buka blokir</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="224"/>
        <source>Block</source>
        <translation>Blokir</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="226"/>
        <source>A name for this customer</source>
        <translation>Nama untuk pelanggan ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="238"/>
        <source>Nothing recorded yet</source>
        <translation>Belum ada yang dicatat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="240"/>
        <source>No edits yet</source>
        <translation>Belum ada perubahan</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="36"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="37"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="38"/>
        <source>Labels</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="39"/>
        <source>Last message</source>
        <translation>Pesan terakhir</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="40"/>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="41"/>
        <source>Marketing</source>
        <translation>Pemasaran</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="45"/>
        <source>consent</source>
        <translation>persetujuan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="46"/>
        <source>contract</source>
        <translation>kontrak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="47"/>
        <source>legitimate interest</source>
        <translation>kepentingan yang sah</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="58"/>
        <source>given</source>
        <translation>diberikan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="59"/>
        <source>withdrawn</source>
        <translation>ditarik</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="61"/>
        <source>not recorded</source>
        <translation>belum dicatat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="132"/>
        <source>{name} (blocked)</source>
        <translation>{name} (diblokir)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="143"/>
        <source>opted out</source>
        <translation>menolak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="145"/>
        <source>allowed</source>
        <translation>diizinkan</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="103"/>
        <source>Search names and numbers</source>
        <translation>Cari nama dan nomor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="108"/>
        <source>New contact…</source>
        <translation>Kontak baru…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="110"/>
        <source>More</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="113"/>
        <source>Labels…</source>
        <translation>Label…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="114"/>
        <source>Possible duplicates…</source>
        <translation>Kemungkinan ganda…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="116"/>
        <source>Import from a file…</source>
        <translation>Impor dari berkas…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="117"/>
        <source>Export to a file…</source>
        <translation>Ekspor ke berkas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="175"/>
        <source>Exported %n contact(s) to {name}</source>
        <translation>
            <numerusform>%n kontak diekspor ke {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="200"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="284"/>
        <source>Deleted: %n message(s) and everything else about the customer. Receipt {id}.</source>
        <translation>
            <numerusform>Dihapus: %n pesan dan semua data lain tentang pelanggan ini. Tanda terima {id}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="214"/>
        <source>All labels</source>
        <translation>Semua label</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="247"/>
        <source>Open chat</source>
        <translation>Buka chat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="248"/>
        <source>Add label</source>
        <translation>Tambah label</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="249"/>
        <source>Remove label</source>
        <translation>Hapus label</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="269"/>
        <source>Delete all data of this customer</source>
        <translation>Hapus semua data pelanggan ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="271"/>
        <source>The contact, their chats, messages, files, labels, notes and consent record are deleted now and cannot be brought back. A receipt keeps only a scrambled form of the number, the times and how much was deleted.

Delete everything about this customer?</source>
        <translation>Kontak, chat, pesan, berkas, label, catatan, dan catatan persetujuannya dihapus sekarang dan tidak bisa dikembalikan. Tanda terima hanya menyimpan bentuk acak dari nomornya, waktunya, dan berapa banyak yang dihapus.

Hapus semua tentang pelanggan ini?</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="281"/>
        <source>Choose a contact</source>
        <translation>Pilih kontak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="313"/>
        <source>Import contacts</source>
        <translation>Impor kontak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="313"/>
        <source>Contacts (*.csv *.vcf *.vcard)</source>
        <translation>Kontak (*.csv *.vcf *.vcard)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="326"/>
        <source>Export contacts</source>
        <translation>Ekspor kontak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="326"/>
        <source>CSV (*.csv);;vCard (*.vcf)</source>
        <translation>CSV (*.csv);;vCard (*.vcf)</translation>
    </message>
</context>
<context>
    <name>ContactsViewModel</name>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/contacts.py" line="126"/>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/contacts.py" line="218"/>
        <source>Merged</source>
        <translation>Digabung</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="246"/>
        <source>📷 Photo</source>
        <translation>📷 Foto</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="247"/>
        <source>🎬 Video</source>
        <translation>🎬 Video</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="248"/>
        <source>🎤 Audio</source>
        <translation>🎤 Audio</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="249"/>
        <source>📄 Document</source>
        <translation>📄 Dokumen</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="250"/>
        <source>Sticker</source>
        <translation>Stiker</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="251"/>
        <source>📍 Location</source>
        <translation>📍 Lokasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="252"/>
        <source>👤 Contact</source>
        <translation>👤 Kontak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="253"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="254"/>
        <source>🛒 Order</source>
        <translation>🛒 Pesanan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="255"/>
        <source>Unsupported message</source>
        <translation>Pesan tidak didukung</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="264"/>
        <source>You: {text}</source>
        <translation>Anda: {text}</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/counted_texts.py" line="14"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n pesan baru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/counted_texts.py" line="17"/>
        <source>You have %n new message(s)</source>
        <translation>
            <numerusform>Ada %n pesan baru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/counted_texts.py" line="20"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n pelanggan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/counted_texts.py" line="23"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n hari yang lalu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="104"/>
        <source>Phone number id</source>
        <translation>ID nomor telepon</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="105"/>
        <source>WhatsApp Business Account id</source>
        <translation>ID WhatsApp Business Account</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="98"/>
        <source>Access token</source>
        <translation>Token akses</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="90"/>
        <source>Your access token</source>
        <translation>Token akses Anda</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="91"/>
        <source>Paste them from Meta. WhatsApp is asked what they reach before anything is saved.</source>
        <translation>Tempel keduanya dari Meta. WhatsApp ditanya apa yang dijangkau sebelum apa pun disimpan.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="99"/>
        <source>App secret</source>
        <translation>App secret</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="100"/>
        <source>Advanced: the ids, if you have them</source>
        <translation>Lanjutan: ID-nya, jika Anda punya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="106"/>
        <source>API base URL</source>
        <translation>URL dasar API</translation>
    </message>
</context>
<context>
    <name>DeletionConfirmation</name>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="48"/>
        <source>Requested</source>
        <translation>Diminta</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="49"/>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="52"/>
        <source>Checked</source>
        <translation>Diperiksa</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="54"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="55"/>
        <source>Receipt number</source>
        <translation>Nomor tanda terima</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="60"/>
        <source>Deletion confirmation</source>
        <translation>Konfirmasi penghapusan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="61"/>
        <source>(business name not set)</source>
        <translation>(nama usaha belum diatur)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="62"/>
        <source>At the customer&apos;s request, all data this business kept about them in Monggo Pinarak Desktop has been deleted.</source>
        <translation>Atas permintaan pelanggan, semua data tentang dirinya yang disimpan usaha ini di Monggo Pinarak Desktop telah dihapus.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="68"/>
        <source>What was deleted</source>
        <translation>Yang dihapus</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="70"/>
        <source>Customer reference</source>
        <translation>Referensi pelanggan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="72"/>
        <source>A salted SHA-256 hash of the customer&apos;s number: it shows which request this was, while the number itself is not kept.</source>
        <translation>Hash SHA-256 bergaram dari nomor pelanggan: menunjukkan permintaan mana ini, sementara nomornya sendiri tidak disimpan.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="77"/>
        <source>Written on {when} by Monggo Pinarak Desktop {version}.</source>
        <translation>Dibuat pada {when} oleh Monggo Pinarak Desktop {version}.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="27"/>
        <source>Possible duplicates</source>
        <translation>Kemungkinan kontak ganda</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="30"/>
        <source>Choose two contacts of a group: the first one chosen is kept, the other is merged into it (its chats, messages, labels, notes and consent record move over).</source>
        <translation>Pilih dua kontak dari satu kelompok: yang dipilih pertama disimpan, yang lain digabungkan ke dalamnya (chat, pesan, label, catatan, dan catatan persetujuannya ikut pindah).</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="37"/>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="37"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="37"/>
        <source>Labels</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="41"/>
        <source>Merge</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="64"/>
        <source>No possible duplicates found.</source>
        <translation>Tidak ada kemungkinan kontak ganda.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="65"/>
        <source>Same number</source>
        <translation>Nomor sama</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="65"/>
        <source>Same name</source>
        <translation>Nama sama</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="88"/>
        <source>Choose the contact to keep, then the one to merge into it.</source>
        <translation>Pilih kontak yang disimpan, lalu kontak yang digabungkan ke dalamnya.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="95"/>
        <source>Keeps {name}; moves {chats} with {messages} and {records}; labels afterwards: {labels}.</source>
        <translation>Mempertahankan {name}; memindahkan {chats} dengan {messages} dan {records}; label sesudahnya: {labels}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="97"/>
        <source>%n chat(s)</source>
        <translation>
            <numerusform>%n chat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="98"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n pesan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="99"/>
        <source>%n consent record(s)</source>
        <translation>
            <numerusform>%n catatan persetujuan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmojiButton</name>
    <message>
        <location filename="../../monggo_desktop/ui/emoji_picker.py" line="24"/>
        <location filename="../../monggo_desktop/ui/emoji_picker.py" line="25"/>
        <location filename="../../monggo_desktop/ui/emoji_picker.py" line="26"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
</context>
<context>
    <name>EmptyList</name>
    <message>
        <location filename="../../monggo_desktop/ui/new_chat.py" line="138"/>
        <source>No chats yet.

Start one with New chat (Ctrl+N), or wait: a customer who writes to your WhatsApp number appears here. The status bar says whether this computer can receive.</source>
        <translation>Belum ada chat.

Mulai dengan Chat baru (Ctrl+N), atau tunggu: pelanggan yang menulis ke nomor WhatsApp Anda muncul di sini. Bilah status memberi tahu apakah komputer ini bisa menerima pesan.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/error_dialog.py" line="19"/>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_dialog.py" line="21"/>
        <source>Monggo Pinarak hit an unexpected problem and carried on. Nothing you typed was lost.</source>
        <translation>Monggo Pinarak mengalami masalah tak terduga, tapi tetap berjalan. Tidak ada ketikan Anda yang hilang.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_dialog.py" line="27"/>
        <source>Copy details</source>
        <translation>Salin detail</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="40"/>
        <source>Wrong passphrase, or this is not a Monggo database.</source>
        <translation>Frasa sandi salah, atau ini bukan basis data Monggo.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="41"/>
        <source>There is no Monggo database in this folder yet: set the app up first.</source>
        <translation>Belum ada basis data Monggo di folder ini: siapkan aplikasinya terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="44"/>
        <source>The database key is missing from the system keyring: recover it with the recovery key shown at setup.</source>
        <translation>Kunci basis data tidak ada di keyring sistem: pulihkan dengan kunci pemulihan yang ditampilkan saat penyiapan.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="48"/>
        <source>That is not a valid recovery key: check it for typos (groups of 5 letters and digits).</source>
        <translation>Itu bukan kunci pemulihan yang sah: periksa salah ketik (kelompok 5 huruf dan angka).</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="51"/>
        <source>The disk is full: free some space and try again. Nothing was saved.</source>
        <translation>Disk penuh: kosongkan sebagian ruang lalu coba lagi. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="54"/>
        <source>The database file is damaged (a page failed its integrity check): restore it from a backup.</source>
        <translation>Berkas basis data rusak (sebuah halaman gagal diperiksa keutuhannya): pulihkan dari cadangan.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="32"/>
        <source>Export data</source>
        <translation>Ekspor data</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="34"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="36"/>
        <source>Empty: the whole account; or one customer&apos;s number</source>
        <translation>Kosong: seluruh akun; atau nomor satu pelanggan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="37"/>
        <source>Encrypt the ZIP with a passphrase (AES-256)</source>
        <translation>Enkripsi ZIP dengan frasa sandi (AES-256)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="41"/>
        <source>At least 12 characters</source>
        <translation>Paling sedikit 12 karakter</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="47"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="52"/>
        <source>Save as</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="53"/>
        <source>Whose data</source>
        <translation>Data siapa</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="55"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="72"/>
        <source>Choose where to save the export first.</source>
        <translation>Pilih dulu tempat menyimpan ekspornya.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="77"/>
        <source>Export without encryption</source>
        <translation>Ekspor tanpa enkripsi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="79"/>
        <source>The ZIP will hold names, numbers and messages that anyone who gets the file can read. Keep it safe and delete it when done.

Write it unencrypted?</source>
        <translation>ZIP ini akan berisi nama, nomor, dan pesan yang bisa dibaca siapa pun yang mendapat berkasnya. Simpan baik-baik dan hapus bila sudah selesai.

Tulis tanpa enkripsi?</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="89"/>
        <source>Writing the export…</source>
        <translation>Menulis ekspor…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="95"/>
        <source>Save the export</source>
        <translation>Simpan ekspor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="106"/>
        <source>encrypted</source>
        <translation>terenkripsi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="106"/>
        <source>NOT encrypted</source>
        <translation>TIDAK terenkripsi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="108"/>
        <source>Exported {messages} of {contacts} ({how}) to {name}.</source>
        <translation>{messages} dari {contacts} diekspor ({how}) ke {name}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="109"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n pesan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="110"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontak</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="128"/>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="26"/>
        <source>Import contacts</source>
        <translation>Impor kontak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="27"/>
        <source>Reading the file…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="50"/>
        <source>Imported {done} of %n entries…</source>
        <translation>
            <numerusform>{done} dari %n entri diimpor…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="55"/>
        <source>Import cancelled: what was imported is kept whole.</source>
        <translation>Impor dibatalkan: yang sudah diimpor tetap utuh.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="62"/>
        <source>{created} new, {merged} updated, {unchanged} unchanged, {skipped} skipped, {rejected} refused.</source>
        <translation>{created} baru, {merged} diperbarui, {unchanged} tidak berubah, {skipped} dilewati, {rejected} ditolak.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="74"/>
        <source>… and {n} more</source>
        <translation>… dan {n} lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="91"/>
        <source>Stopping after the rows in hand…</source>
        <translation>Berhenti setelah baris yang sedang diproses…</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="66"/>
        <source>Connect your WhatsApp Business number</source>
        <translation>Hubungkan nomor WhatsApp Business Anda</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="69"/>
        <source>Monggo Pinarak needs two things from your app in Meta&apos;s developer dashboard (developers.facebook.com): an access token and the app secret. For a token that keeps working, use a system user&apos;s: in Meta Business settings open Users → System users, add one, assign it your app and your WhatsApp account, and Generate new token with the whatsapp_business_messaging and whatsapp_business_management permissions. The app secret is under App settings → Basic. The app finds your number from the token and connects this computer to WhatsApp by itself.</source>
        <translation>Monggo Pinarak membutuhkan dua hal dari aplikasi Anda di dasbor pengembang Meta (developers.facebook.com): token akses dan rahasia aplikasi. Agar token terus berlaku, pakai token pengguna sistem: di Meta Business settings buka Users → System users, tambahkan satu, tetapkan aplikasi dan akun WhatsApp Anda kepadanya, lalu Generate new token dengan izin whatsapp_business_messaging dan whatsapp_business_management. Rahasia aplikasi ada di App settings → Basic. Aplikasi menemukan nomor Anda dari token dan menghubungkan komputer ini ke WhatsApp dengan sendirinya.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="78"/>
        <source>Try the demo instead</source>
        <translation>Coba demonya saja</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="83"/>
        <source>No Meta account yet? The demo shows every screen with made-up chats.</source>
        <translation>Belum punya akun Meta? Demo menampilkan semua layar dengan chat rekaan.</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="38"/>
        <source>Previous chat in the list (the list keeps the focus)</source>
        <translation>Chat sebelumnya di daftar (fokus tetap di daftar)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="39"/>
        <source>Next chat in the list (the list keeps the focus)</source>
        <translation>Chat berikutnya di daftar (fokus tetap di daftar)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="40"/>
        <source>In the list: write in the open chat. In the message: send it</source>
        <translation>Di daftar: menulis di chat yang terbuka. Di pesan: mengirimnya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="41"/>
        <source>A new line in the message</source>
        <translation>Baris baru di pesan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="42"/>
        <source>Send the message when Enter is set to start a new line</source>
        <translation>Kirim pesan saat Enter diatur untuk membuat baris baru</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="43"/>
        <source>Leave the message for the next field</source>
        <translation>Keluar dari pesan ke isian berikutnya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="44"/>
        <source>Close the quick replies, or stop replying to a message</source>
        <translation>Menutup balasan cepat, atau batal membalas sebuah pesan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="45"/>
        <source>At the start of a word in the message: the quick replies</source>
        <translation>Di awal kata dalam pesan: balasan cepat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="49"/>
        <source>Next chat</source>
        <translation>Chat berikutnya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="50"/>
        <source>Previous chat</source>
        <translation>Chat sebelumnya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="51"/>
        <source>Reply to the customer&apos;s last message</source>
        <translation>Membalas pesan terakhir pelanggan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="52"/>
        <source>React to the customer&apos;s last message</source>
        <translation>Menanggapi pesan terakhir pelanggan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="53"/>
        <source>New chat: write to a customer by their number</source>
        <translation>Chat baru: menulis ke pelanggan lewat nomornya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="54"/>
        <source>Search the chats</source>
        <translation>Mencari di chat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="55"/>
        <source>This list of keys</source>
        <translation>Daftar tombol ini</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="30"/>
        <source>Labels</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="32"/>
        <source>New…</source>
        <translation>Baru…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="33"/>
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="34"/>
        <source>Colour…</source>
        <translation>Warna…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="35"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="61"/>
        <source>{name} (%n contact(s))</source>
        <translation>
            <numerusform>{name} (%n kontak)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="102"/>
        <source>Delete the label {name}? It is taken off %n contact(s); the contacts stay.</source>
        <translation>
            <numerusform>Hapus label {name}? Label dilepas dari %n kontak; kontaknya tetap ada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="74"/>
        <source>New label</source>
        <translation>Label baru</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="74"/>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="82"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="82"/>
        <source>Rename label</source>
        <translation>Ganti nama label</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="90"/>
        <source>Label colour</source>
        <translation>Warna label</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="100"/>
        <source>Delete label</source>
        <translation>Hapus label</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../monggo_desktop/ui/lock_screen.py" line="50"/>
        <source>Monggo Pinarak is locked</source>
        <translation>Monggo Pinarak terkunci</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/lock_screen.py" line="56"/>
        <source>Messages keep arriving and going out in the background.</source>
        <translation>Pesan tetap masuk dan terkirim di latar belakang.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/lock_screen.py" line="62"/>
        <source>App lock passphrase</source>
        <translation>Frasa sandi kunci aplikasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/lock_screen.py" line="63"/>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/lock_screen.py" line="65"/>
        <source>Forgot the passphrase? Use the recovery key</source>
        <translation>Lupa frasa sandi? Pakai kunci pemulihan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/lock_screen.py" line="77"/>
        <source>Type the recovery key you saved at setup. You then choose a new passphrase.</source>
        <translation>Ketik kunci pemulihan yang Anda simpan saat penyiapan. Setelah itu Anda memilih frasa sandi baru.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/lock_screen.py" line="80"/>
        <source>Unlock with the recovery key</source>
        <translation>Buka dengan kunci pemulihan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/lock_screen.py" line="81"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/lock_screen.py" line="159"/>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="103"/>
        <source>Monggo Pinarak</source>
        <translation>Monggo Pinarak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="107"/>
        <source>Search names, numbers and messages</source>
        <translation>Cari nama, nomor, dan pesan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="112"/>
        <source>Which conversations to list</source>
        <translation>Percakapan mana yang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="127"/>
        <source>Choose a conversation on the left</source>
        <translation>Pilih percakapan di sebelah kiri</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="134"/>
        <source>New chat…</source>
        <translation>Chat baru…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="151"/>
        <source>Demo: simulated customers and a simulated WhatsApp. Nothing leaves this computer.</source>
        <translation>Demo: pelanggan dan WhatsApp di sini hanya simulasi. Tidak ada yang dikirim keluar dari komputer ini.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="259"/>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="262"/>
        <source>Lock the app now (Ctrl+L)</source>
        <translation>Kunci aplikasi sekarang (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="315"/>
        <source>This business account was closed on {day}: nothing is received or sent. Its data is removed on {purge} unless you reopen it in Settings.</source>
        <translation>Akun bisnis ini ditutup pada {day}: tidak ada pesan yang diterima atau dikirim. Datanya dihapus pada {purge} kecuali Anda membukanya lagi di Pengaturan.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/screens.py" line="61"/>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/screens.py" line="62"/>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/screens.py" line="63"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/screens.py" line="64"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/screens.py" line="65"/>
        <source>Privacy</source>
        <translation>Privasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/screens.py" line="66"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="425"/>
        <source>All chats</source>
        <translation>Semua chat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="426"/>
        <source>Unread</source>
        <translation>Belum dibaca</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="427"/>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="430"/>
        <source>Label: {name}</source>
        <translation>Label: {name}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="443"/>
        <source>Unpin</source>
        <translation>Lepas sematan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="443"/>
        <source>Pin to the top</source>
        <translation>Sematkan di atas</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="445"/>
        <source>Move out of the archive</source>
        <translation>Keluarkan dari arsip</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="445"/>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/new_chat.py" line="36"/>
        <source>New chat</source>
        <translation>Chat baru</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/new_chat.py" line="38"/>
        <source>A contact&apos;s name, or 0812-3456-7890</source>
        <translation>Nama kontak, atau 0812-3456-7890</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/new_chat.py" line="50"/>
        <source>WhatsApp lets a business write first only with an approved template: the chat opens with them.</source>
        <translation>WhatsApp hanya mengizinkan bisnis menulis lebih dulu dengan template yang disetujui: chat dibuka dengan template itu.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/new_chat.py" line="55"/>
        <source>Open chat</source>
        <translation>Buka chat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/new_chat.py" line="57"/>
        <source>Customer&apos;s WhatsApp number</source>
        <translation>Nomor WhatsApp pelanggan</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../monggo_desktop/ui/notice_banner.py" line="24"/>
        <source>Dismiss</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/notice_banner.py" line="41"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n lagi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_dialog.py" line="17"/>
        <source>Unlock Monggo Pinarak</source>
        <translation>Buka Monggo Pinarak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_dialog.py" line="20"/>
        <source>Your messages are encrypted with your passphrase. Type it to open them.</source>
        <translation>Pesan-pesan Anda dienkripsi dengan frasa sandi Anda. Ketik frasa sandi untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_dialog.py" line="25"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_dialog.py" line="31"/>
        <source>Forgot the passphrase? Use the recovery key</source>
        <translation>Lupa frasa sandi? Pakai kunci pemulihan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_dialog.py" line="37"/>
        <source>Unlock</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_dialog.py" line="70"/>
        <source>That recovery key does not open this database. Check it for typos, then try again.</source>
        <translation>Kunci pemulihan itu tidak membuka basis data ini. Periksa salah ketik, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_dialog.py" line="73"/>
        <source>That passphrase does not open this database. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Frasa sandi itu tidak membuka basis data ini. Periksa Caps Lock dan tata letak keyboard, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_dialog.py" line="82"/>
        <source>Type the recovery key you saved at setup. You then choose a new passphrase.</source>
        <translation>Ketik kunci pemulihan yang Anda simpan saat penyiapan. Setelah itu Anda memilih frasa sandi baru.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_dialog.py" line="94"/>
        <source>Unlocking…</source>
        <translation>Membuka…</translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_hint.py" line="32"/>
        <source>Too short: {count} more characters. Four or five unrelated words are easy to remember and hard to guess.</source>
        <translation>Terlalu pendek: kurang {count} karakter lagi. Empat atau lima kata yang tidak berhubungan mudah diingat dan sulit ditebak.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_hint.py" line="42"/>
        <source>Long enough. Type it again below; the two must match.</source>
        <translation>Sudah cukup panjang. Ketik sekali lagi di bawah; keduanya harus sama.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_hint.py" line="46"/>
        <source>Long enough, and the two match.</source>
        <translation>Sudah cukup panjang, dan keduanya sama.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="242"/>
        <source>Choose a passphrase</source>
        <translation>Pilih frasa sandi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="246"/>
        <source>This computer has no safe place for passwords, so your passphrase will protect the data. You type it each time the app starts; without it the data cannot be opened.</source>
        <translation>Komputer ini tidak punya tempat aman untuk kata sandi, jadi frasa sandi Anda yang melindungi data. Anda mengetiknya setiap kali aplikasi dibuka; tanpanya data tidak bisa dibuka.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="256"/>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="257"/>
        <source>Again</source>
        <translation>Ulangi</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <location filename="../../monggo_desktop/ui/picture_viewer.py" line="13"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>PlaceholderWindow</name>
    <message>
        <location filename="../../monggo_desktop/ui/placeholder_window.py" line="14"/>
        <source>Monggo Pinarak</source>
        <translation>Monggo Pinarak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/placeholder_window.py" line="39"/>
        <source>Monggo Pinarak is not ready</source>
        <translation>Monggo Pinarak belum siap</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/placeholder_window.py" line="42"/>
        <source>To look around first, start the demo: monggo-desktop --demo</source>
        <translation>Untuk melihat-lihat dulu, jalankan demonya: monggo-desktop --demo</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="17"/>
        <source>Messages, with their files and search entries</source>
        <translation>Pesan, beserta berkas dan entri pencariannya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="18"/>
        <source>Account data after the account is closed</source>
        <translation>Data akun setelah akun ditutup</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="19"/>
        <source>Encrypted backups</source>
        <translation>Cadangan terenkripsi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="20"/>
        <source>Log files</source>
        <translation>Berkas log</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="21"/>
        <source>Usage analytics</source>
        <translation>Analitik penggunaan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="29"/>
        <source>messages</source>
        <translation>pesan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="30"/>
        <source>files</source>
        <translation>berkas</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="31"/>
        <source>webhook bodies</source>
        <translation>isi webhook</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="32"/>
        <source>closed accounts</source>
        <translation>akun tertutup</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="33"/>
        <source>usage events</source>
        <translation>peristiwa penggunaan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="34"/>
        <source>backups</source>
        <translation>cadangan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="35"/>
        <source>log files</source>
        <translation>berkas log</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="36"/>
        <source>chats</source>
        <translation>chat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="37"/>
        <source>contacts</source>
        <translation>kontak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="38"/>
        <source>consent entries</source>
        <translation>catatan persetujuan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="39"/>
        <source>waiting delivery updates</source>
        <translation>pembaruan pengiriman yang menunggu</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="40"/>
        <source>files deleted at Meta</source>
        <translation>berkas dihapus di Meta</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="41"/>
        <source>files Meta did not delete</source>
        <translation>berkas yang tidak dihapus Meta</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="48"/>
        <source>nothing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="53"/>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="54"/>
        <source>stopped; continued at the next start</source>
        <translation>dihentikan; dilanjutkan saat dibuka lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="55"/>
        <source>failed; tried again tomorrow</source>
        <translation>gagal; dicoba lagi besok</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="56"/>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="57"/>
        <source>recorded</source>
        <translation>tercatat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="58"/>
        <source>executed</source>
        <translation>dijalankan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="59"/>
        <source>done and checked</source>
        <translation>selesai dan diperiksa</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="66"/>
        <source>the disk is full</source>
        <translation>disk penuh</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="67"/>
        <source>the backups folder in the data directory cannot be written</source>
        <translation>folder backups di direktori data tidak dapat ditulisi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="71"/>
        <source>an unexpected error (see the log)</source>
        <translation>galat tak terduga (lihat log)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="80"/>
        <source>The database key is kept in a keyring that is not safe ({reason}): use a secure one.</source>
        <translation>Kunci basis data disimpan di keyring yang tidak aman ({reason}): gunakan yang aman.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="83"/>
        <source>The database uses SQLCipher {subject}, not 4.x: update the app.</source>
        <translation>Basis data memakai SQLCipher {subject}, bukan 4.x: perbarui aplikasinya.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="86"/>
        <source>The database pages are checked with {subject}, weaker than HMAC-SHA256.</source>
        <translation>Halaman basis data diperiksa dengan {subject}, lebih lemah daripada HMAC-SHA256.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="89"/>
        <source>The database file is not encrypted: restore a backup or set the app up again.</source>
        <translation>Berkas basis data tidak terenkripsi: pulihkan dari cadangan atau siapkan ulang aplikasinya.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="92"/>
        <source>{subject} database pages fail their check: restore the newest backup.</source>
        <translation>{subject} halaman basis data gagal diperiksa: pulihkan cadangan terbaru.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="95"/>
        <source>The folder {subject} is open to other users ({reason}): make it 700.</source>
        <translation>Folder {subject} terbuka bagi pengguna lain ({reason}): ubah menjadi 700.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="98"/>
        <source>The file {subject} can be read by other users ({reason}): make it 600.</source>
        <translation>Berkas {subject} dapat dibaca pengguna lain ({reason}): ubah menjadi 600.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="101"/>
        <source>{subject} may hold personal data unencrypted: move it out of the data directory or delete it.</source>
        <translation>{subject} mungkin berisi data pribadi tanpa enkripsi: pindahkan keluar dari direktori data atau hapus.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="104"/>
        <source>The webhook receiver listens on {subject}, not only on this computer: bind it to 127.0.0.1 behind your TLS proxy or tunnel.</source>
        <translation>Penerima webhook mendengarkan di {subject}, tidak hanya di komputer ini: ikat ke 127.0.0.1 di balik proxy TLS atau tunnel Anda.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="109"/>
        <source>The Cloud API address {subject} does not use HTTPS.</source>
        <translation>Alamat Cloud API {subject} tidak memakai HTTPS.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="110"/>
        <source>{subject} is a full copy of the data an earlier restore replaced, and nothing removes it: delete it (restore it into another folder first if you still need it).</source>
        <translation>{subject} adalah salinan lengkap data yang diganti oleh pemulihan sebelumnya, dan tidak ada yang menghapusnya: hapuslah (pulihkan dulu ke folder lain jika masih diperlukan).</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="115"/>
        <source>{subject}, the record of deletion requests, is damaged: put back a copy, or deleted customers could return with a restored backup.</source>
        <translation>{subject}, catatan permintaan penghapusan, rusak: kembalikan salinannya, atau pelanggan yang sudah dihapus bisa kembali lewat cadangan yang dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="38"/>
        <source>Privacy center</source>
        <translation>Pusat privasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="45"/>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="45"/>
        <source>Kept for</source>
        <translation>Disimpan selama</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="45"/>
        <source>The policy allows</source>
        <translation>Batas kebijakan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="48"/>
        <source>Remove it now</source>
        <translation>Hapus sekarang</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="43"/>
        <source>Export data…</source>
        <translation>Ekspor data…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="50"/>
        <source>Made</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="50"/>
        <source>Whose data</source>
        <translation>Data siapa</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="50"/>
        <source>Encrypted</source>
        <translation>Terenkripsi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="50"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="54"/>
        <source>Save confirmation…</source>
        <translation>Simpan konfirmasi…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="58"/>
        <source>Run</source>
        <translation>Jalan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="58"/>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="58"/>
        <source>Removed</source>
        <translation>Dihapus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="135"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="147"/>
        <source>the whole account</source>
        <translation>seluruh akun</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="147"/>
        <source>one customer</source>
        <translation>satu pelanggan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="148"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="148"/>
        <source>NO</source>
        <translation>TIDAK</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="149"/>
        <source>(name removed with the customer&apos;s data)</source>
        <translation>(nama dihapus bersama data pelanggan)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="190"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="190"/>
        <source>Text file (*.txt)</source>
        <translation>Berkas teks (*.txt)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="192"/>
        <source>Save the deletion confirmation</source>
        <translation>Simpan konfirmasi penghapusan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="52"/>
        <source>Requested</source>
        <translation>Diminta</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="52"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="52"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="52"/>
        <source>Deleted</source>
        <translation>Terhapus</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="119"/>
        <source>What is kept, and for how long</source>
        <translation>Apa yang disimpan, dan berapa lama</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="100"/>
        <source>The next retention run (at every start and daily)</source>
        <translation>Pembersihan berikutnya (setiap aplikasi dibuka dan setiap hari)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="124"/>
        <source>Last retention runs</source>
        <translation>Pembersihan terakhir</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="105"/>
        <source>Deletion requests (receipts keep a hash of the number only)</source>
        <translation>Permintaan penghapusan (tanda terima hanya menyimpan hash nomornya)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="125"/>
        <source>What Meta keeps</source>
        <translation>Yang disimpan Meta</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="83"/>
        <source>Removed: {what}.</source>
        <translation>Dihapus: {what}.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="61"/>
        <source>Meta keeps the content of Cloud API messages on its side for up to 30 days to deliver them, and a media id sent by WhatsApp stops working after 7 days (files are downloaded and kept encrypted here before that). Deleting a customer here also deletes the files sent to them from Meta&apos;s servers when Meta can be reached; the rest of what Meta keeps is beyond reach from here.</source>
        <translation>Meta menyimpan isi pesan Cloud API di pihaknya paling lama 30 hari untuk mengirimkannya, dan ID media dari WhatsApp tidak berlaku lagi setelah 7 hari (berkas diunduh dan disimpan terenkripsi di sini sebelum itu). Menghapus pelanggan di sini juga menghapus berkas yang dikirim kepadanya dari server Meta bila Meta dapat dihubungi; selebihnya yang disimpan Meta tidak terjangkau dari sini.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="86"/>
        <source>Backed up to {name}.</source>
        <translation>Dicadangkan ke {name}.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="92"/>
        <source>Saved as {name}.</source>
        <translation>Disimpan sebagai {name}.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="122"/>
        <source>Exports made</source>
        <translation>Ekspor yang dibuat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="139"/>
        <source>Past its period now: {what}.</source>
        <translation>Yang sudah lewat masa simpannya sekarang: {what}.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="58"/>
        <source>Business profile</source>
        <translation>Profil bisnis</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="63"/>
        <source>Loading the profile…</source>
        <translation>Memuat profil…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="72"/>
        <source>halo@toko.example</source>
        <translation>halo@toko.example</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="76"/>
        <source>https://toko.example</source>
        <translation>https://toko.example</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="96"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="98"/>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="99"/>
        <source>Fetch the profile from WhatsApp again (unsaved edits are dropped)</source>
        <translation>Ambil lagi profil dari WhatsApp (perubahan yang belum disimpan hilang)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="106"/>
        <source>Choose photo…</source>
        <translation>Pilih foto…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="107"/>
        <source>Use this photo</source>
        <translation>Pakai foto ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="133"/>
        <source>What customers see</source>
        <translation>Yang dilihat pelanggan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="136"/>
        <source>About</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="137"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="138"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="139"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="140"/>
        <source>Website 1</source>
        <translation>Situs web 1</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="141"/>
        <source>Website 2</source>
        <translation>Situs web 2</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="153"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="161"/>
        <source>Profile photo</source>
        <translation>Foto profil</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="170"/>
        <source>Phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="173"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="174"/>
        <source>Verified name</source>
        <translation>Nama terverifikasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="175"/>
        <source>Name status</source>
        <translation>Status nama</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="176"/>
        <source>Quality rating</source>
        <translation>Peringkat kualitas</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="177"/>
        <source>Throughput</source>
        <translation>Kecepatan kirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="178"/>
        <source>Messaging limit</source>
        <translation>Batas pesan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="236"/>
        <source>{n} / {limit}</source>
        <translation>{n} / {limit}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="266"/>
        <source>Up to date with WhatsApp as of {when}.</source>
        <translation>Sesuai dengan WhatsApp per {when}.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="268"/>
        <source>Showing the copy kept on this computer, fetched {when}. Checking WhatsApp…</source>
        <translation>Menampilkan salinan di komputer ini, diambil {when}. Memeriksa WhatsApp…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="271"/>
        <source>Offline: showing the copy kept on this computer, fetched {when}.</source>
        <translation>Luring: menampilkan salinan di komputer ini, diambil {when}.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="292"/>
        <source>Choose a category</source>
        <translation>Pilih kategori</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="301"/>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="302"/>
        <source>Not reported</source>
        <translation>Tidak dilaporkan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="312"/>
        <source>A square photo; the middle of a wider picture is kept.</source>
        <translation>Foto persegi; bagian tengah gambar yang lebih lebar yang dipakai.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="318"/>
        <source>A photo is set; it shows here when WhatsApp can be reached.</source>
        <translation>Foto sudah dipasang; tampil di sini saat WhatsApp bisa dihubungi.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="321"/>
        <source>No profile photo yet</source>
        <translation>Belum ada foto profil</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="333"/>
        <source>This is how customers will see it. Upload it with “Use this photo”.</source>
        <translation>Begini pelanggan akan melihatnya. Unggah dengan “Pakai foto ini”.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="343"/>
        <source>The profile is not loaded yet: press Reload to try again.</source>
        <translation>Profil belum dimuat: tekan Muat ulang untuk mencoba lagi.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="369"/>
        <source>Choose a profile photo</source>
        <translation>Pilih foto profil</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="371"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp *.gif)</source>
        <translation>Gambar (*.jpg *.jpeg *.png *.webp *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>ProfileTexts</name>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="14"/>
        <source>Not specified</source>
        <translation>Tidak ditentukan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="15"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="16"/>
        <source>Automotive</source>
        <translation>Otomotif</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="17"/>
        <source>Beauty, spa and salon</source>
        <translation>Kecantikan, spa, dan salon</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="18"/>
        <source>Clothing and apparel</source>
        <translation>Pakaian</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="19"/>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="20"/>
        <source>Entertainment</source>
        <translation>Hiburan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="21"/>
        <source>Event planning and service</source>
        <translation>Perencanaan dan layanan acara</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="22"/>
        <source>Finance and banking</source>
        <translation>Keuangan dan perbankan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="23"/>
        <source>Food and grocery</source>
        <translation>Makanan dan bahan pangan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="24"/>
        <source>Public service</source>
        <translation>Layanan publik</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="25"/>
        <source>Hotel and lodging</source>
        <translation>Hotel dan penginapan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="26"/>
        <source>Medical and health</source>
        <translation>Medis dan kesehatan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="27"/>
        <source>Non-profit organisation</source>
        <translation>Organisasi nirlaba</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="28"/>
        <source>Professional services</source>
        <translation>Jasa profesional</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="29"/>
        <source>Shopping and retail</source>
        <translation>Belanja dan ritel</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="30"/>
        <source>Travel and transportation</source>
        <translation>Perjalanan dan transportasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="31"/>
        <source>Restaurant</source>
        <translation>Restoran</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="32"/>
        <source>Not a business</source>
        <translation>Bukan bisnis</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="39"/>
        <source>High (green)</source>
        <translation>Tinggi (hijau)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="40"/>
        <source>Medium (yellow)</source>
        <translation>Sedang (kuning)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="41"/>
        <source>Low (red): sending may be limited</source>
        <translation>Rendah (merah): pengiriman bisa dibatasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="42"/>
        <source>Not rated yet</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="49"/>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="50"/>
        <source>Shown without review</source>
        <translation>Tampil tanpa tinjauan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="51"/>
        <source>Waiting for review</source>
        <translation>Menunggu tinjauan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="52"/>
        <source>Declined</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="53"/>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="54"/>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="61"/>
        <source>Standard (80 messages a second)</source>
        <translation>Standar (80 pesan per detik)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="62"/>
        <source>High (up to 1,000 messages a second)</source>
        <translation>Tinggi (hingga 1.000 pesan per detik)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="63"/>
        <source>Not applicable</source>
        <translation>Tidak berlaku</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="70"/>
        <source>50 customers a day</source>
        <translation>50 pelanggan per hari</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="71"/>
        <source>250 customers a day</source>
        <translation>250 pelanggan per hari</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="72"/>
        <source>1,000 customers a day</source>
        <translation>1.000 pelanggan per hari</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="73"/>
        <source>2,000 customers a day</source>
        <translation>2.000 pelanggan per hari</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="74"/>
        <source>10,000 customers a day</source>
        <translation>10.000 pelanggan per hari</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="75"/>
        <source>100,000 customers a day</source>
        <translation>100.000 pelanggan per hari</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="76"/>
        <source>Unlimited</source>
        <translation>Tanpa batas</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="83"/>
        <source>Website {n}</source>
        <translation>Situs web {n}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="85"/>
        <source>About</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="86"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="87"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="88"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="89"/>
        <source>Websites</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="90"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="98"/>
        <source>{field}: at most {limit} characters (this has {length})</source>
        <translation>{field}: paling banyak {limit} karakter (ini {length})</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="101"/>
        <source>{field}: cannot be empty</source>
        <translation>{field}: tidak boleh kosong</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="102"/>
        <source>{field}: not an e-mail address (it needs an @, like halo@toko.example)</source>
        <translation>{field}: bukan alamat email (perlu @, seperti halo@toko.example)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="105"/>
        <source>{field}: a web address starts with http:// or https://</source>
        <translation>{field}: alamat web diawali http:// atau https://</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="108"/>
        <source>{field}: at most {limit} addresses</source>
        <translation>{field}: paling banyak {limit} alamat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="109"/>
        <source>{field}: choose one of the categories</source>
        <translation>{field}: pilih salah satu kategori</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="118"/>
        <source>Not reported</source>
        <translation>Tidak dilaporkan</translation>
    </message>
</context>
<context>
    <name>ProfileViewModel</name>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/profile.py" line="36"/>
        <source>that file is not a picture this app can read</source>
        <translation>berkas itu bukan gambar yang bisa dibaca aplikasi ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/profile.py" line="98"/>
        <source>Saved: customers see the new profile on WhatsApp.</source>
        <translation>Tersimpan: pelanggan melihat profil baru di WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/profile.py" line="107"/>
        <source>The new profile photo is set.</source>
        <translation>Foto profil baru sudah dipasang.</translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="376"/>
        <source>Receive messages</source>
        <translation>Menerima pesan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="378"/>
        <source>Customers&apos; replies reach this computer through a secure public address the app sets up.</source>
        <translation>Balasan pelanggan sampai ke komputer ini melalui alamat publik aman yang disiapkan aplikasi.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="382"/>
        <source>Connect</source>
        <translation>Hubungkan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="407"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="409"/>
        <source>Connecting… a new tunnel can take up to a minute.</source>
        <translation>Menghubungkan… terowongan baru bisa perlu sampai satu menit.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="437"/>
        <source>This computer can receive messages. The app keeps the connection up while it runs.</source>
        <translation>Komputer ini dapat menerima pesan. Aplikasi menjaga sambungan selama berjalan.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="441"/>
        <source>Receiving is off: you can turn it on later in Settings → Receiving messages.</source>
        <translation>Penerimaan mati: Anda bisa menyalakannya nanti di Pengaturan → Menerima pesan.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="444"/>
        <source>Not connected yet: Retry, or finish and the app keeps trying.</source>
        <translation>Belum tersambung: coba lagi, atau selesaikan dan aplikasi akan terus mencoba.</translation>
    </message>
</context>
<context>
    <name>Receiving</name>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="15"/>
        <source>Automatic (a tunnel the app runs)</source>
        <translation>Otomatis (terowongan yang dijalankan aplikasi)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="16"/>
        <source>Stable tunnel (Cloudflare account)</source>
        <translation>Terowongan tetap (akun Cloudflare)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="17"/>
        <source>My own address</source>
        <translation>Alamat saya sendiri</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="18"/>
        <source>Off (send only)</source>
        <translation>Mati (hanya mengirim)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="24"/>
        <source>Tunnel started</source>
        <translation>Terowongan berjalan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="25"/>
        <source>Reachable from the internet</source>
        <translation>Terjangkau dari internet</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="26"/>
        <source>Registered with WhatsApp</source>
        <translation>Terdaftar di WhatsApp</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="27"/>
        <source>Verified by WhatsApp</source>
        <translation>Diverifikasi oleh WhatsApp</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="33"/>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="36"/>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="38"/>
        <source>{n} min ago</source>
        <translation>{n} menit lalu</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="40"/>
        <source>{n} h ago</source>
        <translation>{n} jam lalu</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="47"/>
        <source>Receiving is off: this computer only sends</source>
        <translation>Penerimaan mati: komputer ini hanya mengirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="49"/>
        <source>Not receiving</source>
        <translation>Tidak menerima</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="51"/>
        <source>Connecting to WhatsApp…</source>
        <translation>Menghubungkan ke WhatsApp…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="53"/>
        <source>Not reachable: {reason}</source>
        <translation>Tidak terjangkau: {reason}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="55"/>
        <source>Registered with WhatsApp; waiting for the first message</source>
        <translation>Terdaftar di WhatsApp; menunggu pesan pertama</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="57"/>
        <source>a tunnel</source>
        <translation>terowongan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="59"/>
        <source>your address</source>
        <translation>alamat Anda</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="61"/>
        <source>Receiving through {via} · last message {ago}</source>
        <translation>Menerima melalui {via} · pesan terakhir {ago}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="68"/>
        <source>cloudflared is not installed</source>
        <translation>cloudflared belum terpasang</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="69"/>
        <source>the tunnel did not start or stopped</source>
        <translation>terowongan tidak berjalan atau berhenti</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="70"/>
        <source>the internet does not reach this computer yet</source>
        <translation>internet belum menjangkau komputer ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="71"/>
        <source>WhatsApp refused to register this computer</source>
        <translation>WhatsApp menolak mendaftarkan komputer ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="72"/>
        <source>WhatsApp refused the access token</source>
        <translation>WhatsApp menolak token akses</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="73"/>
        <source>the receiving settings are incomplete</source>
        <translation>pengaturan penerimaan belum lengkap</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="74"/>
        <source>the receiver cannot listen</source>
        <translation>penerima tidak dapat mendengarkan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="77"/>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="84"/>
        <source>Messages sent while this computer was off arrive once it is reachable: WhatsApp retries them for up to 7 days.</source>
        <translation>Pesan yang dikirim saat komputer ini mati akan tiba begitu terjangkau: WhatsApp mencoba ulang hingga 7 hari.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="94"/>
        <source>above</source>
        <translation>di atas</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="96"/>
        <source>in Settings → Receiving messages</source>
        <translation>di Pengaturan → Menerima pesan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="98"/>
        <source>Install cloudflared (Windows: winget install --id Cloudflare.cloudflared; macOS: brew install cloudflared; Linux: Cloudflare&apos;s cloudflared package), then Retry; or choose the program file {where}.</source>
        <translation>Pasang cloudflared (Windows: winget install --id Cloudflare.cloudflared; macOS: brew install cloudflared; Linux: paket cloudflared dari Cloudflare), lalu coba lagi; atau pilih berkas programnya {where}.</translation>
    </message>
</context>
<context>
    <name>ReceivingIndicator</name>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_indicator.py" line="34"/>
        <location filename="../../monggo_desktop/ui/receiving_indicator.py" line="59"/>
        <source>Fix…</source>
        <translation>Perbaiki…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_indicator.py" line="59"/>
        <source>Turn on…</source>
        <translation>Nyalakan…</translation>
    </message>
</context>
<context>
    <name>ReceivingSection</name>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_section.py" line="25"/>
        <source>Receiving messages</source>
        <translation>Menerima pesan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_section.py" line="35"/>
        <source>Test</source>
        <translation>Uji</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_section.py" line="50"/>
        <source>Receiver address on this computer (advanced)</source>
        <translation>Alamat penerima di komputer ini (lanjutan)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_section.py" line="53"/>
        <source>Where the app waits for WhatsApp&apos;s messages. Keep 127.0.0.1: the tunnel reaches it there, and nothing else on your network can.</source>
        <translation>Tempat aplikasi menunggu pesan dari WhatsApp. Biarkan 127.0.0.1: terowongan menjangkaunya di sana, dan perangkat lain di jaringan Anda tidak bisa.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_section.py" line="59"/>
        <source>Receiver port (advanced)</source>
        <translation>Port penerima (lanjutan)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_section.py" line="61"/>
        <source>Change it only when another program uses this port, or your own address forwards to another.</source>
        <translation>Ubah hanya jika port ini dipakai program lain, atau alamat Anda sendiri meneruskan ke port lain.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_section.py" line="77"/>
        <source>Public address: {url}</source>
        <translation>Alamat publik: {url}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_section.py" line="84"/>
        <source>Sending a signed test through the public address…</source>
        <translation>Mengirim uji bertanda tangan melalui alamat publik…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_section.py" line="89"/>
        <source>Not through yet; a new tunnel can take up to a minute (try {n})…</source>
        <translation>Belum tembus; terowongan baru bisa perlu sampai satu menit (percobaan {n})…</translation>
    </message>
</context>
<context>
    <name>ReceivingViewModel</name>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/receiving.py" line="43"/>
        <source>The internet reaches this computer: a test went out and came back.</source>
        <translation>Internet menjangkau komputer ini: uji terkirim dan kembali.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/receiving.py" line="46"/>
        <source>The test did not come back: {detail}.</source>
        <translation>Uji tidak kembali: {detail}.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="149"/>
        <source>Your recovery key</source>
        <translation>Kunci pemulihan Anda</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="152"/>
        <source>If the passphrase is ever forgotten, this recovery key opens your data. Write it down or print it and keep it somewhere safe, away from this computer. It is shown only this once.</source>
        <translation>Jika frasa sandi terlupa, kunci pemulihan ini membuka data Anda. Tulis atau cetak, lalu simpan di tempat aman, jauh dari komputer ini. Kunci ini hanya ditampilkan sekali ini.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="161"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="163"/>
        <source>I have saved it</source>
        <translation>Sudah saya simpan</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="334"/>
        <source>Your recovery key</source>
        <translation>Kunci pemulihan Anda</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="337"/>
        <source>The database key is in the system keyring. If the keyring is ever lost or reset, this recovery key opens your data again. It is shown only now: write it down or keep it in a password manager.</source>
        <translation>Kunci basis data ada di keyring sistem. Jika keyring hilang atau direset, kunci pemulihan ini membuka data Anda lagi. Kunci ini hanya ditampilkan sekarang: catat atau simpan di pengelola kata sandi.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="345"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="347"/>
        <source>I have saved it</source>
        <translation>Sudah saya simpan</translation>
    </message>
</context>
<context>
    <name>ReplyBar</name>
    <message>
        <location filename="../../monggo_desktop/ui/composer.py" line="185"/>
        <source>Do not reply to this message (Esc)</source>
        <translation>Jangan balas pesan ini (Esc)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/composer.py" line="196"/>
        <source>Replying to {who}: {text}</source>
        <translation>Membalas {who}: {text}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="78"/>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="79"/>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="80"/>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="81"/>
        <source>Export PNG…</source>
        <translation>Ekspor PNG…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="82"/>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="85"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="87"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="96"/>
        <source>Computed on this computer from the messages it holds. Nothing is sent anywhere.</source>
        <translation>Dihitung di komputer ini dari pesan yang tersimpan. Tidak ada yang dikirim ke mana pun.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="120"/>
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="122"/>
        <source>Saved {name}</source>
        <translation>Tersimpan {name}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="135"/>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="145"/>
        <source>No messages in this period</source>
        <translation>Tidak ada pesan pada periode ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="139"/>
        <source>Median first response</source>
        <translation>Median balasan pertama</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="140"/>
        <source>90% answered within</source>
        <translation>90% dibalas dalam</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="141"/>
        <source>Delivered</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="142"/>
        <source>Read (of delivered)</source>
        <translation>Dibaca (dari yang terkirim)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="143"/>
        <source>App opened</source>
        <translation>Aplikasi dibuka</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="144"/>
        <source>Chats from your ads</source>
        <translation>Chat dari iklan Anda</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="146"/>
        <source>No failed sends</source>
        <translation>Tidak ada pengiriman gagal</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="147"/>
        <source>No templates sent</source>
        <translation>Tidak ada template terkirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="148"/>
        <source>No customer messages</source>
        <translation>Tidak ada pesan pelanggan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="149"/>
        <source>{row} {column}:00: {value}</source>
        <translation>{row} {column}.00: {value}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/reports_page.py" line="150"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n pesan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/reports_page.py" line="204"/>
        <source>{n} of %n turn(s) answered</source>
        <translation>
            <numerusform>{n} dari %n giliran dijawab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="216"/>
        <source>click-to-WhatsApp ads</source>
        <translation>iklan klik-ke-WhatsApp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/reports_page.py" line="219"/>
        <source>on %n day(s)</source>
        <translation>
            <numerusform>pada %n hari</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="160"/>
        <source>Messages per day</source>
        <translation>Pesan per hari</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="162"/>
        <source>Failed sends by reason</source>
        <translation>Pengiriman gagal menurut alasan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="163"/>
        <source>Templates sent by category</source>
        <translation>Template terkirim menurut kategori</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="166"/>
        <source>Busiest hours (customer messages)</source>
        <translation>Jam tersibuk (pesan pelanggan)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="194"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="210"/>
        <source>{n} sent, {failed} failed</source>
        <translation>{n} terkirim, {failed} gagal</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="214"/>
        <source>{n} of {total} delivered</source>
        <translation>{n} dari {total} terkirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="222"/>
        <source>In</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="222"/>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="224"/>
        <source>{day}: {inbound} in, {outbound} out</source>
        <translation>{day}: {inbound} masuk, {outbound} keluar</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="233"/>
        <source>Unknown reason</source>
        <translation>Alasan tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="236"/>
        <source>Unknown template</source>
        <translation>Template tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="251"/>
        <source>{n} min</source>
        <translation>{n} menit</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="253"/>
        <source>{h} h {m} min</source>
        <translation>{h} jam {m} menit</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="274"/>
        <source>Export the report as a picture</source>
        <translation>Ekspor laporan sebagai gambar</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="274"/>
        <source>PNG pictures (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="281"/>
        <source>Export the report&apos;s figures</source>
        <translation>Ekspor angka laporan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="281"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>RetentionIndicator</name>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/retention_indicator.py" line="29"/>
        <source>Removed %n message(s) past the 30-day retention period</source>
        <translation>
            <numerusform>%n pesan yang melewati masa simpan 30 hari dihapus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/retention_indicator.py" line="32"/>
        <source>Removing old messages: {done} of {total}</source>
        <translation>Menghapus pesan lama: {done} dari {total}</translation>
    </message>
</context>
<context>
    <name>RouteFields</name>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="37"/>
        <source>Paste the tunnel&apos;s token (kept like a password)</source>
        <translation>Tempel token terowongan (disimpan seperti kata sandi)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="38"/>
        <source>Save token</source>
        <translation>Simpan token</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="44"/>
        <source>Found automatically when installed</source>
        <translation>Ditemukan otomatis bila sudah terpasang</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="45"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="50"/>
        <source>How WhatsApp reaches this computer</source>
        <translation>Cara WhatsApp menjangkau komputer ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="52"/>
        <source>Tunnel hostname</source>
        <translation>Nama host terowongan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="53"/>
        <source>Tunnel token</source>
        <translation>Token terowongan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="54"/>
        <source>Your https address</source>
        <translation>Alamat https Anda</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="55"/>
        <source>cloudflared program</source>
        <translation>Program cloudflared</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="74"/>
        <source>The app runs Cloudflare&apos;s free cloudflared program and registers its address with WhatsApp. No account needed; the address changes at each start, and the app registers it again.</source>
        <translation>Aplikasi menjalankan program gratis cloudflared dari Cloudflare dan mendaftarkan alamatnya ke WhatsApp. Tanpa akun; alamatnya berganti setiap kali mulai, dan aplikasi mendaftarkannya lagi.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="78"/>
        <source>A named tunnel in your Cloudflare account: a fixed address on your own domain. Paste its token and hostname from Cloudflare&apos;s dashboard (Networks → Tunnels).</source>
        <translation>Terowongan bernama di akun Cloudflare Anda: alamat tetap di domain Anda sendiri. Tempel token dan nama host-nya dari dasbor Cloudflare (Networks → Tunnels).</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="82"/>
        <source>An https address that already leads to this computer (your proxy, ngrok or Tailscale Funnel) and forwards to the receiver below. The app registers it with WhatsApp.</source>
        <translation>Alamat https yang sudah mengarah ke komputer ini (proxy Anda, ngrok atau Tailscale Funnel) dan meneruskan ke penerima di bawah. Aplikasi mendaftarkannya ke WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="85"/>
        <source>Send only: customers&apos; replies do not reach this computer.</source>
        <translation>Hanya mengirim: balasan pelanggan tidak sampai ke komputer ini.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="98"/>
        <source>Choose the cloudflared program</source>
        <translation>Pilih program cloudflared</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="282"/>
        <source>Saving</source>
        <translation>Menyimpan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="285"/>
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="303"/>
        <source>Creating the encrypted database and storing the credentials…</source>
        <translation>Membuat basis data terenkripsi dan menyimpan kredensial…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="310"/>
        <source>in the system keyring</source>
        <translation>di keyring sistem</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="310"/>
        <source>inside the encrypted database</source>
        <translation>di dalam basis data terenkripsi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="312"/>
        <source>Saved. The credentials are kept {where}.</source>
        <translation>Tersimpan. Kredensial disimpan {where}.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="318"/>
        <source>Nothing was saved: {reason}</source>
        <translation>Tidak ada yang disimpan: {reason}</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="13"/>
        <source>the business account is closed: reopen it in Settings to receive again</source>
        <translation>akun bisnis ditutup: buka lagi di Pengaturan agar bisa menerima pesan lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="15"/>
        <source>without a message id</source>
        <translation>tanpa ID pesan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="16"/>
        <source>without confirming the read receipt</source>
        <translation>tanpa mengonfirmasi tanda sudah dibaca</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="18"/>
        <source>without a media id</source>
        <translation>tanpa ID media</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="19"/>
        <source>without a download address for the media</source>
        <translation>tanpa alamat unduhan untuk media</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="20"/>
        <source>the media file is larger than WhatsApp allows: it was not saved</source>
        <translation>berkas media lebih besar dari batas WhatsApp: berkas tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="21"/>
        <source>the media file arrived incomplete: it will be downloaded again</source>
        <translation>berkas media yang diterima tidak lengkap: akan diunduh lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="22"/>
        <source>the media file arrived damaged: it will be downloaded again</source>
        <translation>berkas media yang diterima rusak: akan diunduh lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="23"/>
        <source>without confirming the deletion</source>
        <translation>tanpa mengonfirmasi penghapusan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="24"/>
        <source>is not a business profile field</source>
        <translation>bukan kolom profil bisnis</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="25"/>
        <source>without confirming the profile update</source>
        <translation>tanpa mengonfirmasi pembaruan profil</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="26"/>
        <source>is needed to upload a profile photo: add it in Settings</source>
        <translation>diperlukan untuk mengunggah foto profil: tambahkan di Pengaturan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="27"/>
        <source>must be a JPEG or PNG image</source>
        <translation>harus berupa gambar JPEG atau PNG</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="28"/>
        <source>is empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="29"/>
        <source>without an upload session</source>
        <translation>tanpa sesi unggahan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="30"/>
        <source>HTTP {status} for the profile photo</source>
        <translation>HTTP {status} untuk foto profil</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="31"/>
        <source>with a profile photo larger than WhatsApp allows</source>
        <translation>dengan foto profil yang lebih besar dari batas WhatsApp</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="32"/>
        <source>The profile photo could not be fetched: check the internet connection</source>
        <translation>Foto profil tidak dapat diambil: periksa koneksi internet</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="33"/>
        <source>without a file handle</source>
        <translation>tanpa handle berkas</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="34"/>
        <source>with a next page on another server</source>
        <translation>dengan halaman berikutnya di server lain</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="35"/>
        <source>with more pages of templates than expected</source>
        <translation>dengan halaman template yang lebih banyak dari perkiraan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="36"/>
        <source>is not a WhatsApp media id</source>
        <translation>bukan ID media WhatsApp</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="38"/>
        <source>about the token without its data</source>
        <translation>tentang token tanpa datanya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="39"/>
        <source>with more pages of phone numbers than expected</source>
        <translation>dengan halaman daftar nomor yang lebih banyak dari perkiraan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="40"/>
        <source>with a WhatsApp Business Account id that is not a number</source>
        <translation>dengan ID WhatsApp Business Account yang bukan angka</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="42"/>
        <source>the app&apos;s subscription</source>
        <translation>langganan aplikasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="43"/>
        <source>the webhook override</source>
        <translation>pengalihan webhook</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="44"/>
        <source>removing the webhook override</source>
        <translation>penghapusan pengalihan webhook</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="45"/>
        <source>the app&apos;s webhook subscription</source>
        <translation>langganan webhook aplikasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="46"/>
        <source>without confirming {what}</source>
        <translation>tanpa mengonfirmasi {what}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="48"/>
        <source>The access token is no longer valid: paste a new one in Settings</source>
        <translation>Token akses sudah tidak berlaku: tempel token baru di Pengaturan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="49"/>
        <source>The access token has expired: paste a new one in Settings</source>
        <translation>Token akses sudah kedaluwarsa: tempel token baru di Pengaturan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="50"/>
        <source>The access token lacks a permission this needs: check the system user&apos;s permissions in Meta Business</source>
        <translation>Token akses tidak memiliki izin yang diperlukan: periksa izin pengguna sistem di Meta Business</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="54"/>
        <source>WhatsApp denied access: check the system user&apos;s permissions in Meta Business</source>
        <translation>WhatsApp menolak akses: periksa izin pengguna sistem di Meta Business</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="55"/>
        <source>WhatsApp is limiting how fast this app sends: sending resumes shortly</source>
        <translation>WhatsApp membatasi kecepatan pengiriman aplikasi ini: pengiriman akan berlanjut sebentar lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="56"/>
        <source>The WhatsApp account reached its rate limit: sending resumes shortly</source>
        <translation>Akun WhatsApp mencapai batas kecepatan: pengiriman akan berlanjut sebentar lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="57"/>
        <source>The number&apos;s sending speed limit was reached: sending resumes shortly</source>
        <translation>Batas kecepatan kirim nomor ini sudah tercapai: pengiriman akan berlanjut sebentar lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="58"/>
        <source>Too many messages to this customer in a short time: the next one waits a few seconds</source>
        <translation>Terlalu banyak pesan ke pelanggan ini dalam waktu singkat: pesan berikutnya menunggu beberapa detik</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="61"/>
        <source>WhatsApp limited sending because of spam reports: check the number&apos;s quality rating</source>
        <translation>WhatsApp membatasi pengiriman karena laporan spam: periksa peringkat kualitas nomor ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="64"/>
        <source>WhatsApp held back this marketing message for this customer: try again after 24 hours</source>
        <translation>WhatsApp menahan pesan pemasaran ini untuk pelanggan ini: coba lagi setelah 24 jam</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="67"/>
        <source>More than 24 hours since the customer&apos;s last message: send an approved template instead</source>
        <translation>Sudah lebih dari 24 jam sejak pesan terakhir pelanggan: kirim template yang sudah disetujui sebagai gantinya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="70"/>
        <source>The message could not be delivered: the number may not use WhatsApp, or uses an old app version</source>
        <translation>Pesan tidak dapat terkirim: nomor ini mungkin tidak memakai WhatsApp, atau memakai versi aplikasi yang lama</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="74"/>
        <source>This number is not on the test number&apos;s allowed list: add it in Meta&apos;s dashboard</source>
        <translation>Nomor ini tidak ada di daftar nomor yang diizinkan untuk nomor uji: tambahkan di dasbor Meta</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="77"/>
        <source>The WhatsApp Business account is locked: check Meta Business settings</source>
        <translation>Akun WhatsApp Business terkunci: periksa pengaturan di Meta Business</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="78"/>
        <source>A payment problem with the WhatsApp Business account: check billing in Meta Business</source>
        <translation>Ada masalah pembayaran pada akun WhatsApp Business: periksa penagihan di Meta Business</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="81"/>
        <source>The customer has stopped marketing messages from this business</source>
        <translation>Pelanggan sudah berhenti menerima pesan pemasaran dari bisnis ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="82"/>
        <source>WhatsApp does not support this message type</source>
        <translation>WhatsApp tidak mendukung jenis pesan ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="83"/>
        <source>WhatsApp does not let this kind of message go to a customer known only by their username: send a plain message, or ask them for their number</source>
        <translation>WhatsApp tidak mengizinkan jenis pesan ini dikirim ke pelanggan yang hanya dikenal lewat nama penggunanya: kirim pesan biasa, atau minta nomornya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="87"/>
        <source>The customer&apos;s media could not be downloaded: ask them to send it again</source>
        <translation>Media dari pelanggan tidak dapat diunduh: minta pelanggan mengirimnya lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="88"/>
        <source>The media could not be uploaded: check its type and size</source>
        <translation>Media tidak dapat diunggah: periksa jenis dan ukurannya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="89"/>
        <source>A message cannot be sent to the business&apos;s own number</source>
        <translation>Pesan tidak bisa dikirim ke nomor bisnis ini sendiri</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="90"/>
        <source>The phone number is not registered with the Cloud API: register it in Settings</source>
        <translation>Nomor ini belum terdaftar di Cloud API: daftarkan di Pengaturan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="93"/>
        <source>Too many registration attempts: wait before trying again</source>
        <translation>Terlalu banyak percobaan pendaftaran: tunggu sebentar sebelum mencoba lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="94"/>
        <source>The account is blocked for policy violations: see Meta Business support</source>
        <translation>Akun diblokir karena pelanggaran kebijakan: hubungi dukungan Meta Business</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="95"/>
        <source>The customer is part of a WhatsApp experiment and cannot receive this message</source>
        <translation>Pelanggan ini termasuk dalam uji coba WhatsApp dan tidak bisa menerima pesan ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="96"/>
        <source>WhatsApp refused the request as invalid</source>
        <translation>WhatsApp menolak permintaan karena tidak valid</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="97"/>
        <source>WhatsApp refused the request: a required field is missing</source>
        <translation>WhatsApp menolak permintaan: ada kolom wajib yang belum diisi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="98"/>
        <source>WhatsApp refused the request: a field has a value it does not accept</source>
        <translation>WhatsApp menolak permintaan: ada kolom yang isinya tidak diterima</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="99"/>
        <source>The template does not match its approved form (parameters, length, or it is paused or disabled)</source>
        <translation>Template tidak sesuai dengan bentuk yang disetujui (parameter, panjang, atau template sedang dijeda atau dinonaktifkan)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="103"/>
        <source>WhatsApp is temporarily unavailable: it will be tried again</source>
        <translation>WhatsApp sedang tidak tersedia: akan dicoba lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="104"/>
        <source>WhatsApp refused the request (error {code})</source>
        <translation>WhatsApp menolak permintaan (kesalahan {code})</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="105"/>
        <source>WhatsApp refused the request</source>
        <translation>WhatsApp menolak permintaan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="106"/>
        <source>WhatsApp answered {what}</source>
        <translation>WhatsApp menjawab {what}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="107"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="108"/>
        <source>WhatsApp answered HTTP {status}</source>
        <translation>WhatsApp menjawab HTTP {status}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="110"/>
        <source>at most {most} characters (this has {length})</source>
        <translation>paling banyak {most} karakter (ini {length})</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="111"/>
        <source>at least {least} characters</source>
        <translation>paling sedikit {least} karakter</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="112"/>
        <source>WhatsApp does not accept files of type {type}</source>
        <translation>WhatsApp tidak menerima berkas berjenis {type}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="113"/>
        <source>unknown media kind {kind}</source>
        <translation>jenis media {kind} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="114"/>
        <source>a {kind} must be one of {types}</source>
        <translation>{kind} harus salah satu dari jenis berikut: {types}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="115"/>
        <source>a {kind} of type {type} may be at most {most} KB</source>
        <translation>{kind} berjenis {type} paling besar {most} KB</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="116"/>
        <source>1 to {most} reply buttons</source>
        <translation>1 sampai {most} tombol balasan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="117"/>
        <source>each button needs its own id</source>
        <translation>setiap tombol perlu ID sendiri</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="119"/>
        <source>unknown parameter type {kind}</source>
        <translation>jenis parameter {kind} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="120"/>
        <source>a WhatsApp number, digits only</source>
        <translation>nomor WhatsApp, hanya angka</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="121"/>
        <source>a {kind} takes no caption</source>
        <translation>{kind} tidak bisa diberi keterangan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="122"/>
        <source>only documents have a file name</source>
        <translation>hanya dokumen yang punya nama berkas</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="123"/>
        <source>only audio can be a voice note</source>
        <translation>hanya audio yang bisa menjadi pesan suara</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="124"/>
        <source>latitude -90..90 and longitude -180..180</source>
        <translation>lintang -90..90 dan bujur -180..180</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="125"/>
        <source>at least one contact</source>
        <translation>paling sedikit satu kontak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="126"/>
        <source>needs name.formatted_name</source>
        <translation>perlu name.formatted_name</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="127"/>
        <source>1 to {most} sections</source>
        <translation>1 sampai {most} bagian</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="128"/>
        <source>1 to {most} rows across all sections</source>
        <translation>1 sampai {most} baris di semua bagian</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="129"/>
        <source>each row needs its own id</source>
        <translation>setiap baris perlu ID sendiri</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="130"/>
        <source>each section needs a title when there are several</source>
        <translation>setiap bagian perlu judul jika ada lebih dari satu</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="132"/>
        <source>no answer ({failure})</source>
        <translation>tidak ada jawaban ({failure})</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="133"/>
        <source>the tunnel answered HTTP {status}</source>
        <translation>terowongan menjawab HTTP {status}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="134"/>
        <source>the probe came back to this computer</source>
        <translation>pesan uji kembali ke komputer ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="135"/>
        <source>another receiver answered (HTTP {status})</source>
        <translation>penerima lain yang menjawab (HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="137"/>
        <source>with something that is not JSON</source>
        <translation>dengan sesuatu yang bukan JSON</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="138"/>
        <source>with an unexpected shape</source>
        <translation>dengan format yang tidak terduga</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="139"/>
        <source>WhatsApp did not answer in time: check the internet connection</source>
        <translation>WhatsApp tidak menjawab tepat waktu: periksa koneksi internet</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="140"/>
        <source>Cannot reach WhatsApp: check the internet connection</source>
        <translation>Tidak dapat menghubungi WhatsApp: periksa koneksi internet</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="141"/>
        <source>The connection to WhatsApp broke off: check the internet connection</source>
        <translation>Koneksi ke WhatsApp terputus: periksa koneksi internet</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="142"/>
        <source>refusing to send credentials over an unencrypted connection</source>
        <translation>kredensial tidak dikirim melalui koneksi yang tidak terenkripsi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="144"/>
        <source>the settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="145"/>
        <source>cloudflared is not at the path {source} gives ({file}): choose it again</source>
        <translation>cloudflared tidak ada di lokasi yang ditunjuk {source} ({file}): pilih lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="146"/>
        <source>cloudflared is not installed: {hint}, or choose the program file</source>
        <translation>cloudflared belum terpasang: {hint}, atau pilih berkas programnya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="147"/>
        <source>cloudflared could not be started ({reason})</source>
        <translation>cloudflared tidak dapat dijalankan ({reason})</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="148"/>
        <source>cloudflared gave no public address within a minute: check the internet connection</source>
        <translation>cloudflared tidak memberikan alamat publik dalam satu menit: periksa koneksi internet</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="151"/>
        <source>cloudflared refused the tunnel token (exit code {code}): paste the token again</source>
        <translation>cloudflared menolak token terowongan (kode keluar {code}): tempel lagi tokennya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="154"/>
        <source>cloudflared could not get a quick tunnel from Cloudflare (exit code {code}): check the connection</source>
        <translation>cloudflared tidak mendapat terowongan cepat dari Cloudflare (kode keluar {code}): periksa koneksi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="158"/>
        <source>cloudflared stopped before giving a public address (exit code {code})</source>
        <translation>cloudflared berhenti sebelum memberikan alamat publik (kode keluar {code})</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="160"/>
        <source>a webhook request was refused, it is not a WhatsApp Cloud API event ({where}: {problem})</source>
        <translation>permintaan webhook ditolak karena bukan peristiwa WhatsApp Cloud API ({where}: {problem})</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="163"/>
        <source>not UTF-8 text</source>
        <translation>bukan teks UTF-8</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="164"/>
        <source>nested too deeply</source>
        <translation>bersarang terlalu dalam</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="165"/>
        <source>not valid JSON</source>
        <translation>bukan JSON yang valid</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="166"/>
        <source>not a JSON object</source>
        <translation>bukan objek JSON</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="167"/>
        <source>not an object</source>
        <translation>bukan objek</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="169"/>
        <source>the {what} is the long number shown in Meta&apos;s dashboard (digits only)</source>
        <translation>{what} adalah nomor panjang yang tampil di dasbor Meta (hanya angka)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="170"/>
        <source>the API version looks like {example}</source>
        <translation>versi API berbentuk seperti {example}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="171"/>
        <source>the API base must be a URL such as {example}</source>
        <translation>URL dasar API harus berupa URL seperti {example}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="172"/>
        <source>the API base must use https (plain http is allowed only on this machine)</source>
        <translation>URL dasar API harus memakai https (http biasa hanya boleh di komputer ini)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="173"/>
        <source>the API base is a plain URL without query, fragment or user name</source>
        <translation>URL dasar API harus berupa URL biasa tanpa query, fragmen, atau nama pengguna</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="175"/>
        <source>the name is {length} characters long; at most {most}</source>
        <translation>nama ini {length} karakter; paling banyak {most}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="176"/>
        <source>the notes are {length} characters long; at most {most}</source>
        <translation>catatan ini {length} karakter; paling banyak {most}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="177"/>
        <source>the label {label}… is too long; at most {most} characters</source>
        <translation>label {label}… terlalu panjang; paling banyak {most} karakter</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="178"/>
        <source>a custom field needs a name</source>
        <translation>kolom tambahan perlu diberi nama</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="179"/>
        <source>the field {field} is too long: names take {key_most}, values {value_most} characters</source>
        <translation>kolom {field} terlalu panjang: nama kolom paling banyak {key_most} karakter, isinya paling banyak {value_most} karakter</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="182"/>
        <source>the field {field} appears twice</source>
        <translation>kolom {field} muncul dua kali</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="183"/>
        <source>at most {most} custom fields</source>
        <translation>paling banyak {most} kolom tambahan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="185"/>
        <source>wrong passphrase or not a Monggo database</source>
        <translation>frasa sandi salah atau ini bukan basis data Monggo</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="186"/>
        <source>no Monggo database in this data directory: run `monggo-desktop setup` first</source>
        <translation>belum ada basis data Monggo di folder data ini: jalankan `monggo-desktop setup` terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="187"/>
        <source>the database key is missing from the system keyring: run `monggo-desktop recover` with the recovery key shown at setup</source>
        <translation>kunci basis data tidak ada di keyring sistem: jalankan `monggo-desktop recover` dengan kunci pemulihan yang ditampilkan saat penyiapan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="191"/>
        <source>that is not a valid recovery key: check it for typos (groups of 5 letters and digits)</source>
        <translation>itu bukan kunci pemulihan yang sah: periksa salah ketik (kelompok 5 huruf dan angka)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="194"/>
        <source>this database was written by a newer Monggo Pinarak (schema {found}, this version knows up to {supported}): install the newer version to open it</source>
        <translation>basis data ini dibuat oleh Monggo Pinarak versi yang lebih baru (skema {found}, versi ini hanya mengenal sampai {supported}): pasang versi yang lebih baru untuk membukanya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="198"/>
        <source>the disk is full: free some space and try again (nothing was saved)</source>
        <translation>disk penuh: kosongkan sebagian ruang lalu coba lagi (tidak ada yang disimpan)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="199"/>
        <source>the database file is damaged (a page failed its integrity check): restore it from a backup</source>
        <translation>berkas basis data rusak (sebuah halaman gagal diperiksa keutuhannya): pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="203"/>
        <source>its country code does not exist</source>
        <translation>kode negaranya tidak ada</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="204"/>
        <source>it is too short</source>
        <translation>terlalu pendek</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="205"/>
        <source>it is too long</source>
        <translation>terlalu panjang</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="206"/>
        <source>it has the wrong number of digits for its country</source>
        <translation>jumlah digitnya tidak sesuai untuk negaranya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="207"/>
        <source>check the digits</source>
        <translation>periksa angkanya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="208"/>
        <source>the phone number is empty</source>
        <translation>nomor telepon kosong</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="209"/>
        <source>not a phone number: {reason}</source>
        <translation>bukan nomor telepon: {reason}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="210"/>
        <source>impossible phone number: {reason}</source>
        <translation>nomor telepon tidak mungkin ada: {reason}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="211"/>
        <source>not a valid phone number for its country: check the digits</source>
        <translation>bukan nomor telepon yang sah untuk negaranya: periksa angkanya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="212"/>
        <source>{number} is a landline: it cannot have WhatsApp</source>
        <translation>{number} adalah nomor telepon rumah/kantor: nomor ini tidak bisa memakai WhatsApp</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="213"/>
        <source>a WhatsApp id holds digits only</source>
        <translation>isi ID WhatsApp hanya boleh berupa angka</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="214"/>
        <source>unknown country code</source>
        <translation>kode negara tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="215"/>
        <source>it has no digits in the right places</source>
        <translation>tidak ada angka di posisi yang benar</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="216"/>
        <source>too short</source>
        <translation>terlalu pendek</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="217"/>
        <source>too long</source>
        <translation>terlalu panjang</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="219"/>
        <source>at most {most} addresses</source>
        <translation>paling banyak {most} alamat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="220"/>
        <source>is not an e-mail address</source>
        <translation>bukan alamat email</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="221"/>
        <source>must start with http:// or https://</source>
        <translation>harus diawali http:// atau https://</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="222"/>
        <source>must be one of the categories WhatsApp lists</source>
        <translation>harus salah satu kategori yang ada di WhatsApp</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="224"/>
        <source>the address</source>
        <translation>alamatnya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="225"/>
        <source>your own address</source>
        <translation>alamat Anda sendiri</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="226"/>
        <source>{what} must be a URL that starts with https://</source>
        <translation>{what} harus berupa URL yang diawali https://</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="227"/>
        <source>{what} must start with https:// (WhatsApp delivers only over HTTPS)</source>
        <translation>{what} harus diawali https:// (WhatsApp hanya mengirim melalui HTTPS)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="228"/>
        <source>{what} must not carry a query (?…) or a fragment (#…)</source>
        <translation>{what} tidak boleh memuat query (?…) atau fragmen (#…)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="229"/>
        <source>{what} is too long: WhatsApp takes callback URLs of up to {most} characters</source>
        <translation>{what} terlalu panjang: WhatsApp menerima URL callback paling panjang {most} karakter</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="230"/>
        <source>the tunnel&apos;s hostname</source>
        <translation>nama host terowongan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="231"/>
        <source>the tunnel&apos;s hostname looks like shop.example.com (from Cloudflare&apos;s dashboard)</source>
        <translation>nama host terowongan berbentuk seperti shop.example.com (dari dasbor Cloudflare)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="235"/>
        <source>messages</source>
        <translation>pesan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="236"/>
        <source>closed accounts</source>
        <translation>data akun yang ditutup</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="237"/>
        <source>backups</source>
        <translation>cadangan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="238"/>
        <source>logs</source>
        <translation>berkas log</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="239"/>
        <source>usage events</source>
        <translation>peristiwa penggunaan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="240"/>
        <source>the webhook receiver needs an address to listen on, such as 127.0.0.1</source>
        <translation>penerima webhook memerlukan alamat untuk mendengarkan, misalnya 127.0.0.1</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="241"/>
        <source>the webhook port is a number from 0 to 65535</source>
        <translation>port webhook berupa angka dari 0 sampai 65535</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="242"/>
        <source>the Meta app id holds digits only (App settings &gt; Basic in Meta&apos;s dashboard)</source>
        <translation>isi ID aplikasi Meta hanya boleh berupa angka (App settings &gt; Basic di dasbor Meta)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="243"/>
        <source>the phone region is a two-letter country code, such as ID</source>
        <translation>wilayah nomor telepon berupa kode negara dua huruf, misalnya ID</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="244"/>
        <source>the app locks after 1 to 1440 idle minutes</source>
        <translation>aplikasi terkunci setelah 1 sampai 1440 menit tidak dipakai</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="245"/>
        <source>{what} are kept 1 to {most} days: the privacy policy allows no longer</source>
        <translation>{what} disimpan 1 sampai {most} hari: kebijakan privasi tidak mengizinkan lebih lama</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="247"/>
        <source>a media file is damaged or does not belong here: download it again</source>
        <translation>sebuah berkas media rusak atau bukan bagian dari data ini: unduh lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="249"/>
        <source>no system keyring is available</source>
        <translation>tidak ada keyring sistem yang tersedia</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="250"/>
        <source>the system keyring encrypts its secrets</source>
        <translation>keyring sistem mengenkripsi data rahasianya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="251"/>
        <source>the system keyring is switched off (null backend)</source>
        <translation>keyring sistem dimatikan (backend null)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="252"/>
        <source>the keyring backend {backend} keeps secrets in a plain file</source>
        <translation>backend keyring {backend} menyimpan data rahasia di berkas biasa tanpa enkripsi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="253"/>
        <source>the keyring backend {backend} is not known to encrypt secrets</source>
        <translation>backend keyring {backend} tidak diketahui mengenkripsi data rahasia</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="255"/>
        <source>{reason}: secrets are never stored there</source>
        <translation>{reason}: data rahasia tidak pernah disimpan di sana</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="256"/>
        <source>the system keyring did not keep what was written to it: check that it is unlocked</source>
        <translation>keyring sistem tidak menyimpan data yang ditulis ke dalamnya: pastikan keyring tidak terkunci</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="259"/>
        <source>the database key in the system keyring is damaged: run `monggo-desktop recover`</source>
        <translation>kunci basis data di keyring sistem rusak: jalankan `monggo-desktop recover`</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="262"/>
        <source>the system keyring refused the request ({failure}): unlock it, or allow Monggo Pinarak to use it, and try again</source>
        <translation>keyring sistem menolak permintaan ({failure}): buka kuncinya, atau izinkan Monggo Pinarak memakainya, lalu coba lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="267"/>
        <source>{file} in the data directory is unreadable or damaged: restore it from a backup</source>
        <translation>{file} di folder data tidak dapat dibaca atau rusak: pulihkan dari cadangan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="271"/>
        <source>this business account was closed on {closed}: nothing is received or sent, and its data is removed on {purge} unless it is reopened in the app&apos;s settings</source>
        <translation>akun bisnis ini ditutup pada {closed}: tidak ada pesan yang diterima atau dikirim, dan datanya dihapus pada {purge} kecuali akun dibuka lagi di Pengaturan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="276"/>
        <source>the app lock is already on: change its passphrase instead</source>
        <translation>kunci aplikasi sudah menyala: ganti frasa sandinya saja</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="277"/>
        <source>without a secure system keyring the passphrase is what protects the database: it stays on</source>
        <translation>tanpa keyring sistem yang aman, frasa sandi inilah yang melindungi basis data: kunci aplikasi tetap menyala</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="280"/>
        <source>that recovery key does not belong to this database</source>
        <translation>kunci pemulihan itu bukan untuk basis data ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="281"/>
        <source>the current passphrase is not right: check Caps Lock and the keyboard layout</source>
        <translation>frasa sandi saat ini salah: periksa Caps Lock dan tata letak keyboard</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="283"/>
        <source>not connected to WhatsApp yet: add the access token with `monggo-desktop setup`</source>
        <translation>belum terhubung ke WhatsApp: tambahkan token akses dengan `monggo-desktop setup`</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="286"/>
        <source>the profile photo must be a JPEG or PNG image</source>
        <translation>foto profil harus berupa gambar JPEG atau PNG</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="287"/>
        <source>{reason}: {details}</source>
        <translation>{reason}: {details}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="289"/>
        <source>the account is no longer there</source>
        <translation>akun ini sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="290"/>
        <source>that does not look like an access token: copy it again from Meta&apos;s dashboard</source>
        <translation>itu tidak tampak seperti token akses: salin lagi dari dasbor Meta</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="291"/>
        <source>the access token cannot be changed here</source>
        <translation>token akses tidak dapat diganti di sini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="292"/>
        <source>that does not look like a tunnel token: copy it again from Cloudflare&apos;s dashboard (Networks → Tunnels)</source>
        <translation>itu tidak tampak seperti token terowongan: salin lagi dari dasbor Cloudflare (Networks → Tunnels)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="296"/>
        <source>the tunnel token cannot be changed here</source>
        <translation>token terowongan tidak dapat diganti di sini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="298"/>
        <source>a legal basis is recorded with its basis, and only then</source>
        <translation>dasar hukum hanya dicatat bersama jenis dasar hukumnya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="299"/>
        <source>that contact no longer exists</source>
        <translation>kontak itu sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="301"/>
        <source>that is not a WhatsApp username: write it as @name</source>
        <translation>itu bukan nama pengguna WhatsApp: tulis sebagai @nama</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="303"/>
        <source>the contacts export was cancelled: no file was written</source>
        <translation>ekspor kontak dibatalkan: tidak ada berkas yang ditulis</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="304"/>
        <source>contacts are exported as CSV or vCard: give the file the extension .csv or .vcf</source>
        <translation>kontak diekspor sebagai CSV atau vCard: beri berkasnya ekstensi .csv atau .vcf</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="307"/>
        <source>{path} is a folder: give the export a file name, such as contacts.csv</source>
        <translation>{path} adalah folder: beri nama berkas untuk ekspornya, misalnya contacts.csv</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="308"/>
        <source>the folder {folder} does not exist: create it first or choose another place</source>
        <translation>folder {folder} tidak ada: buat dulu foldernya atau pilih tempat lain</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="309"/>
        <source>the folder {folder} cannot be written: choose another place for the export</source>
        <translation>folder {folder} tidak dapat ditulisi: pilih tempat lain untuk ekspornya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="310"/>
        <source>the contacts could not be written to {folder} ({reason}): nothing was saved</source>
        <translation>kontak tidak dapat ditulis ke {folder} ({reason}): tidak ada yang disimpan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="312"/>
        <source>the header has two {column} columns (columns {first} and {second}): keep one, then import the file again</source>
        <translation>baris judul memiliki dua kolom {column} (kolom {first} dan {second}): sisakan satu, lalu impor lagi berkasnya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="316"/>
        <source>the file has no phone column: its first line must name the columns, such as name,phone,labels,notes</source>
        <translation>berkas tidak memiliki kolom nomor telepon: baris pertamanya harus berisi nama kolom, misalnya nama,telepon,label,catatan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="320"/>
        <source>unknown legal basis: write consent, contract or legitimate interest</source>
        <translation>dasar hukum tidak dikenal: tulis persetujuan, kontrak, atau kepentingan sah</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="321"/>
        <source>malformed vCard: nothing of this card was imported</source>
        <translation>vCard tidak sesuai format: tidak ada isi kartu ini yang diimpor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="322"/>
        <source>the card has no phone number</source>
        <translation>kartu ini tidak memiliki nomor telepon</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="323"/>
        <source>malformed vCard line {line}: nothing of this card was imported</source>
        <translation>baris vCard {line} tidak sesuai format: tidak ada isi kartu ini yang diimpor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="325"/>
        <source>skipped (a deletion request covers this number)</source>
        <translation>dilewati (nomor ini termasuk dalam permintaan penghapusan)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="326"/>
        <source>line {line}: {reason}</source>
        <translation>baris {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="327"/>
        <source>interrupted after {done:,} of 1 entry ({summary}): what was imported is whole; import the file again to finish</source>
        <translation>terhenti setelah {done:,} dari 1 entri ({summary}): yang sudah diimpor tetap utuh; impor lagi berkasnya untuk menyelesaikan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="331"/>
        <source>interrupted after {done:,} of {entries:,} entries ({summary}): what was imported is whole; import the file again to finish</source>
        <translation>terhenti setelah {done:,} dari {entries:,} entri ({summary}): yang sudah diimpor tetap utuh; impor lagi berkasnya untuk menyelesaikan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="335"/>
        <source>not a WhatsApp BSUID (two letters, a dot, then letters and digits)</source>
        <translation>bukan BSUID WhatsApp (dua huruf, satu titik, lalu huruf dan angka)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="337"/>
        <source>choose two different contacts to merge</source>
        <translation>pilih dua kontak yang berbeda untuk digabungkan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="338"/>
        <source>one of the two contacts no longer exists</source>
        <translation>salah satu dari dua kontak itu sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="340"/>
        <source>there is already a label called {label}</source>
        <translation>sudah ada label bernama {label}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="341"/>
        <source>a label colour is written #rrggbb</source>
        <translation>warna label ditulis dalam format #rrggbb</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="342"/>
        <source>customers cannot be deleted from here</source>
        <translation>pelanggan tidak dapat dihapus dari sini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="343"/>
        <source>a label needs a name</source>
        <translation>label perlu diberi nama</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="345"/>
        <source>the file</source>
        <translation>berkas ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="346"/>
        <source>the row is too long (a cell over {cell:,} characters or a line over {line:,}): it was not imported</source>
        <translation>barisnya terlalu panjang (ada sel lebih dari {cell:,} karakter atau baris lebih dari {line:,} karakter): baris ini tidak diimpor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="350"/>
        <source>it cannot be read</source>
        <translation>berkasnya tidak terbaca</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="351"/>
        <source>cannot read {path}: {reason}</source>
        <translation>tidak dapat membaca {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="352"/>
        <source>the text</source>
        <translation>teks ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="353"/>
        <source>{what} is a spreadsheet workbook, not CSV: save it as &quot;CSV UTF-8&quot; and import that</source>
        <translation>{what} adalah workbook spreadsheet, bukan CSV: simpan sebagai &quot;CSV UTF-8&quot; lalu impor berkas itu</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="356"/>
        <source>it holds NUL characters</source>
        <translation>berisi karakter NUL</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="357"/>
        <source>{what} is empty: nothing to import</source>
        <translation>{what} kosong: tidak ada yang bisa diimpor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="358"/>
        <source>{what} is not UTF-8 text ({where}): save it as UTF-8 (in a spreadsheet program: &quot;CSV UTF-8&quot;), then import it again; nothing was imported</source>
        <translation>{what} bukan teks UTF-8 ({where}): simpan sebagai UTF-8 (di program spreadsheet: &quot;CSV UTF-8&quot;), lalu impor lagi; tidak ada yang diimpor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="362"/>
        <source>it is not valid {encoding}</source>
        <translation>bukan {encoding} yang sah</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="363"/>
        <source>line {line} has a character in another encoding</source>
        <translation>baris {line} berisi karakter dengan encoding lain</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="364"/>
        <source>the row cannot be read as CSV ({reason}): it was not imported</source>
        <translation>baris ini tidak dapat dibaca sebagai CSV ({reason}): baris ini tidak diimpor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="365"/>
        <source>line {line} is longer than {most:,} characters: nothing of this card was imported</source>
        <translation>baris {line} lebih dari {most:,} karakter: tidak ada isi kartu ini yang diimpor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="368"/>
        <source>the card has no END:VCARD line: nothing of this card was imported</source>
        <translation>kartu ini tidak memiliki baris END:VCARD: tidak ada isi kartu ini yang diimpor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="369"/>
        <source>the card is longer than {most:,} characters: nothing of it was imported</source>
        <translation>kartu ini lebih dari {most:,} karakter: tidak ada isinya yang diimpor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="370"/>
        <source>a line outside any vCard (BEGIN:VCARD … END:VCARD): it was ignored</source>
        <translation>ada baris di luar vCard (BEGIN:VCARD … END:VCARD): baris itu diabaikan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="372"/>
        <source>The message could not be delivered: the number may not use WhatsApp</source>
        <translation>Pesan tidak dapat dikirim: nomor ini mungkin tidak memakai WhatsApp</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="374"/>
        <source>the file {file} could not be written in {folder} ({reason}): nothing was saved</source>
        <translation>berkas {file} tidak bisa ditulis di {folder} ({reason}): tidak ada yang disimpan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="378"/>
        <source>cannot receive webhooks on {host} port {port} ({reason}): choose another port</source>
        <translation>tidak bisa menerima webhook di {host} port {port} ({reason}): pilih port lain</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="380"/>
        <source>no customer known by that username has written yet: ask for their number</source>
        <translation>belum ada pelanggan dengan nama pengguna itu yang pernah mengirim pesan: minta nomornya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="381"/>
        <source>files cannot be sent from here</source>
        <translation>berkas tidak bisa dikirim dari sini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="382"/>
        <source>that conversation no longer exists</source>
        <translation>percakapan itu sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="384"/>
        <source>files are not kept here</source>
        <translation>berkas tidak disimpan di sini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="385"/>
        <source>that file is no longer kept (removed by retention or on request)</source>
        <translation>berkas itu sudah tidak disimpan (dihapus karena masa simpan habis atau atas permintaan)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="386"/>
        <source>that file has not been downloaded yet</source>
        <translation>berkas itu belum diunduh</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="388"/>
        <source>the media file does not match what the customer sent</source>
        <translation>berkas media tidak cocok dengan yang dikirim pelanggan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="390"/>
        <source>the template {name} ({language}) is not approved for sending: sync templates first</source>
        <translation>template {name} ({language}) belum disetujui untuk dikirim: sinkronkan template terlebih dahulu</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="393"/>
        <source>this customer opted out of marketing messages: only utility and authentication templates may go to them</source>
        <translation>pelanggan ini menolak pesan pemasaran: hanya template utilitas dan autentikasi yang boleh dikirim kepadanya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="397"/>
        <source>an authentication template cannot go to a customer known only by their username: ask for their number</source>
        <translation>template autentikasi tidak bisa dikirim ke pelanggan yang hanya dikenal lewat nama penggunanya: minta nomornya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="401"/>
        <source>the template {name} needs 1 value, {given} given</source>
        <translation>template {name} memerlukan 1 isian, tetapi yang diisi {given}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="402"/>
        <source>the template {name} needs {needed} values, {given} given</source>
        <translation>template {name} memerlukan {needed} isian, tetapi yang diisi {given}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="403"/>
        <source>the file to send is no longer there</source>
        <translation>berkas yang akan dikirim sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="404"/>
        <source>only a message you sent can be sent again</source>
        <translation>hanya pesan yang Anda kirim yang bisa dikirim ulang</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="405"/>
        <source>this message was sent; there is nothing to resend</source>
        <translation>pesan ini sudah terkirim; tidak ada yang perlu dikirim ulang</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="406"/>
        <source>this contact is blocked: unblock them on the Contacts screen to send</source>
        <translation>kontak ini diblokir: buka blokirnya di layar Kontak untuk mengirim pesan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="408"/>
        <source>at most {most} quick replies can be kept</source>
        <translation>paling banyak {most} balasan cepat yang bisa disimpan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="409"/>
        <source>the shortcut /{shortcut} may only hold letters, digits, - and _ (at most 32)</source>
        <translation>pintasan /{shortcut} hanya boleh berisi huruf, angka, - dan _ (paling banyak 32)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="410"/>
        <source>the shortcut /{shortcut} is used twice</source>
        <translation>pintasan /{shortcut} dipakai dua kali</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="411"/>
        <source>the quick reply /{shortcut} has no text</source>
        <translation>balasan cepat /{shortcut} tidak berisi teks</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="413"/>
        <source>no connection to WhatsApp: your messages wait and go out by themselves when it is back</source>
        <translation>tidak ada koneksi ke WhatsApp: pesan Anda menunggu dan terkirim sendiri saat koneksi kembali</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="416"/>
        <source>WhatsApp is not answering right now: your messages wait and are retried by themselves</source>
        <translation>WhatsApp sedang tidak merespons: pesan Anda menunggu dan dicoba kirim ulang secara otomatis</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="419"/>
        <source>sending {kind} messages is not supported</source>
        <translation>pengiriman pesan {kind} tidak didukung</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="420"/>
        <source>the answer to the send was lost</source>
        <translation>jawaban WhatsApp atas pengiriman ini hilang</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="422"/>
        <source>{holder} already receives on this data directory: stop it first, or use another data directory</source>
        <translation>{holder} sudah menerima pesan di folder data ini: hentikan dulu, atau pakai folder data lain</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="426"/>
        <source>another Monggo Pinarak</source>
        <translation>Monggo Pinarak lain</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="427"/>
        <source>{holder} receives on this data directory: stop it before {what}</source>
        <translation>{holder} sedang menerima pesan di folder data ini: hentikan dulu sebelum {what}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="428"/>
        <source>the app</source>
        <translation>aplikasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="429"/>
        <source>{command} (process {pid}, since {since})</source>
        <translation>{command} (proses {pid}, sejak {since})</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="430"/>
        <source>another Monggo Pinarak process</source>
        <translation>proses Monggo Pinarak lain</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="432"/>
        <source>the backup was stopped: nothing was kept</source>
        <translation>pencadangan dihentikan: tidak ada yang disimpan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="433"/>
        <source>the backup could not be written: backups in the data directory is a file, not a folder (move it away); nothing was kept</source>
        <translation>cadangan tidak bisa ditulis: backups di folder data berupa berkas, bukan folder (pindahkan berkas itu); tidak ada yang disimpan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="437"/>
        <source>the backup could not be written ({reason}): check that the data directory&apos;s backups folder can be written; nothing was kept</source>
        <translation>cadangan tidak bisa ditulis ({reason}): pastikan folder backups di dalam folder data bisa ditulisi; tidak ada yang disimpan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="441"/>
        <source>{folder} already holds a Monggo database: restore into an empty folder, or add --force to replace it (the current files are kept as a backup file, not deleted)</source>
        <translation>{folder} sudah berisi basis data Monggo: pulihkan ke folder kosong, atau tambahkan --force untuk menggantinya (berkas yang ada sekarang disimpan sebagai berkas cadangan, tidak dihapus)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="445"/>
        <source>{file} is not a Monggo Pinarak backup this version can restore</source>
        <translation>{file} bukan cadangan Monggo Pinarak yang bisa dipulihkan oleh versi ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="446"/>
        <source>{file} holds a file a backup never has ({member}): refused</source>
        <translation>{file} berisi berkas yang tidak pernah ada dalam cadangan ({member}): ditolak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="447"/>
        <source>{file} is damaged ({member} does not match): nothing was restored</source>
        <translation>{file} rusak ({member} tidak cocok): tidak ada yang dipulihkan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="448"/>
        <source>there is no file {path}</source>
        <translation>berkas {path} tidak ada</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="449"/>
        <source>{file} is damaged or not a backup: nothing was restored</source>
        <translation>{file} rusak atau bukan cadangan: tidak ada yang dipulihkan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="451"/>
        <source>the security self-check is not available here</source>
        <translation>pemeriksaan keamanan mandiri tidak tersedia di sini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="453"/>
        <source>{file} in the data folder is damaged: put back a copy of it, or move it away to start a new one (customers deleted before then could come back with a restored backup); nothing was changed</source>
        <translation>{file} di folder data rusak: kembalikan salinannya, atau pindahkan berkas itu agar dibuat yang baru (pelanggan yang dihapus sebelum itu bisa muncul kembali lewat cadangan yang dipulihkan); tidak ada yang diubah</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="458"/>
        <source>the export was cancelled: no file was written</source>
        <translation>ekspor dibatalkan: tidak ada berkas yang ditulis</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="459"/>
        <source>the export passphrase is too short: use at least {least} characters</source>
        <translation>frasa sandi ekspor terlalu pendek: pakai paling sedikit {least} karakter</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="460"/>
        <source>no contact has that number, BSUID or username: nothing was exported</source>
        <translation>tidak ada kontak dengan nomor, BSUID, atau nama pengguna itu: tidak ada yang diekspor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="461"/>
        <source>{path} is a folder: give the export a file name, such as monggo-export.zip</source>
        <translation>{path} adalah folder: beri nama berkas untuk ekspor, misalnya monggo-export.zip</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="462"/>
        <source>{path} is inside the data directory: write the export somewhere else (the data directory holds only encrypted files)</source>
        <translation>{path} ada di dalam folder data: simpan ekspor di tempat lain (folder data hanya berisi berkas terenkripsi)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="466"/>
        <source>{path} is not a regular file: choose a new file name for the export</source>
        <translation>{path} bukan berkas biasa: pilih nama berkas baru untuk ekspor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="467"/>
        <source>{path} already exists: choose another name, or pass --force to replace it</source>
        <translation>{path} sudah ada: pilih nama lain, atau tambahkan --force untuk menggantinya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="468"/>
        <source>{folder} is not a folder: choose another place for the export</source>
        <translation>{folder} bukan folder: pilih tempat lain untuk ekspor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="469"/>
        <source>the export could not be written to {folder} ({reason}): nothing was saved</source>
        <translation>ekspor tidak bisa ditulis ke {folder} ({reason}): tidak ada yang disimpan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="471"/>
        <source>no customer with that number, BSUID or username is kept here: nothing was deleted or recorded</source>
        <translation>tidak ada pelanggan dengan nomor, BSUID, atau nama pengguna itu yang tersimpan di sini: tidak ada yang dihapus atau dicatat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="475"/>
        <source>the app is not receiving now</source>
        <translation>aplikasi sedang tidak menerima pesan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="477"/>
        <source>there is no public address yet</source>
        <translation>belum ada alamat publik</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="478"/>
        <source>an unexpected error ({failure}): it is tried again</source>
        <translation>terjadi kesalahan tak terduga ({failure}): akan dicoba lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="479"/>
        <source>the stable tunnel has no token: paste it in Settings, Receiving</source>
        <translation>terowongan tetap belum punya token: tempel tokennya di Pengaturan, Menerima pesan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="480"/>
        <source>there is no app secret: run the setup again</source>
        <translation>app secret belum ada: jalankan penyiapan lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="481"/>
        <source>checking that the internet reaches this computer (try {attempt})</source>
        <translation>memeriksa apakah internet sudah menjangkau komputer ini (percobaan {attempt})</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="482"/>
        <source>the public address leads to another computer or an old tunnel, not this one</source>
        <translation>alamat publik mengarah ke komputer lain atau terowongan lama, bukan ke komputer ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="483"/>
        <source>the internet does not reach this computer through the public address yet: the tunnel is retried</source>
        <translation>internet belum menjangkau komputer ini melalui alamat publik: terowongan dicoba lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="487"/>
        <source>the internet does not reach this computer through the public address: check your proxy</source>
        <translation>internet tidak menjangkau komputer ini melalui alamat publik: periksa proxy Anda</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="490"/>
        <source>WhatsApp took the address but does not show it: it is retried</source>
        <translation>WhatsApp menerima alamatnya tetapi tidak menampilkannya: akan dicoba lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="491"/>
        <source>the tunnel stopped: it is being started again</source>
        <translation>terowongan berhenti: sedang dijalankan lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="492"/>
        <source>the public address stopped reaching this computer</source>
        <translation>alamat publik tidak lagi menjangkau komputer ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="494"/>
        <source>cannot reach WhatsApp to register this computer: check the internet connection</source>
        <translation>tidak bisa menghubungi WhatsApp untuk mendaftarkan komputer ini: periksa koneksi internet</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="497"/>
        <source>WhatsApp refused the access token (expired or revoked): paste a new one in Settings</source>
        <translation>WhatsApp menolak token akses (kedaluwarsa atau dicabut): tempel token baru di Pengaturan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="500"/>
        <source>the access token may not manage this WhatsApp account&apos;s webhooks: give its system user the whatsapp_business_management permission, with the app and the WhatsApp account assigned</source>
        <translation>token akses tidak diizinkan mengelola webhook akun WhatsApp ini: beri pengguna sistemnya izin whatsapp_business_management, dengan aplikasi dan akun WhatsApp sudah ditetapkan kepadanya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="504"/>
        <source>WhatsApp could not verify the address (its check did not reach this computer): it is tried again</source>
        <translation>WhatsApp tidak bisa memverifikasi alamatnya (pemeriksaannya tidak sampai ke komputer ini): akan dicoba lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="508"/>
        <source>WhatsApp refused the address: the app is not subscribed to the WhatsApp Business Account, or an id is wrong; it is tried again</source>
        <translation>WhatsApp menolak alamatnya: aplikasi belum berlangganan ke WhatsApp Business Account, atau ada ID yang salah; akan dicoba lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="512"/>
        <source>WhatsApp refused to register this computer (error {code}): it is tried again</source>
        <translation>WhatsApp menolak mendaftarkan komputer ini (kode kesalahan {code}): akan dicoba lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="513"/>
        <source>WhatsApp refused to register this computer: it is tried again</source>
        <translation>WhatsApp menolak mendaftarkan komputer ini: akan dicoba lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="515"/>
        <source>the period must end after it begins</source>
        <translation>akhir periode harus setelah awalnya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="516"/>
        <source>a report covers at most {most} days: choose a shorter period</source>
        <translation>laporan mencakup paling lama {most} hari: pilih periode yang lebih pendek</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="518"/>
        <source>that recovery key does not open this database: it belongs to another one</source>
        <translation>kunci pemulihan itu tidak membuka basis data ini: kunci itu milik basis data lain</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="519"/>
        <source>this database is opened with a passphrase; a recovery key does not apply</source>
        <translation>basis data ini dibuka dengan frasa sandi; kunci pemulihan tidak berlaku</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="520"/>
        <source>Monggo Pinarak is locked with a passphrase: set MONGGO_PASSPHRASE or pass --passphrase-file</source>
        <translation>Monggo Pinarak dikunci dengan frasa sandi: atur MONGGO_PASSPHRASE atau tambahkan --passphrase-file</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="523"/>
        <source>this database is protected by a passphrase: set MONGGO_PASSPHRASE or pass --passphrase-file</source>
        <translation>basis data ini dilindungi frasa sandi: atur MONGGO_PASSPHRASE atau tambahkan --passphrase-file</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="526"/>
        <source>the database key is kept in the system keyring, but {reason}: start Monggo Pinarak where the keyring is available, or run `monggo-desktop recover`</source>
        <translation>kunci basis data disimpan di keyring sistem, tetapi {reason}: buka Monggo Pinarak di tempat keyring tersedia, atau jalankan `monggo-desktop recover`</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="531"/>
        <source>the access token does not reach this phone number id: check both</source>
        <translation>token akses tidak menjangkau ID nomor telepon ini: periksa keduanya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="532"/>
        <source>the access token names no WhatsApp number: assign the WhatsApp account to the token&apos;s system user (Meta Business settings → Users → System users → Assign assets) and generate the token again, or type the phone number id and the WhatsApp Business Account id under Advanced</source>
        <translation>token akses tidak mencantumkan nomor WhatsApp apa pun: tetapkan akun WhatsApp ke pengguna sistem pemilik token (Meta Business settings → Users → System users → Assign assets) lalu buat ulang tokennya, atau ketik ID nomor telepon dan ID WhatsApp Business Account di bagian Lanjutan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="536"/>
        <source>the phone number id does not belong to this WhatsApp Business Account id: leave both empty and the app finds them from the token</source>
        <translation>ID nomor telepon tidak termasuk dalam ID WhatsApp Business Account ini: kosongkan keduanya dan aplikasi akan menemukannya dari token</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="540"/>
        <source>phone number id</source>
        <translation>ID nomor telepon</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="541"/>
        <source>WhatsApp Business Account id</source>
        <translation>ID WhatsApp Business Account</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="542"/>
        <source>WhatsApp account</source>
        <translation>akun WhatsApp</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="543"/>
        <source>cannot reach WhatsApp ({host}): check the connection</source>
        <translation>tidak bisa menghubungi WhatsApp ({host}): periksa koneksi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="544"/>
        <source>the access token was refused: it has expired (API Setup tokens last a day); {steps}</source>
        <translation>token akses ditolak: sudah kedaluwarsa (token dari API Setup hanya berlaku sehari); {steps}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="547"/>
        <source>the access token was refused: copy it again from Meta&apos;s dashboard, whole and without spaces</source>
        <translation>token akses ditolak: salin lagi dari dasbor Meta, lengkap dan tanpa spasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="550"/>
        <source>the WhatsApp Business account is locked (a policy problem or a wrong two-step PIN): open WhatsApp Manager in Meta Business settings, see why, and request a review</source>
        <translation>akun WhatsApp Business terkunci (ada masalah kebijakan atau PIN verifikasi dua langkah salah): buka WhatsApp Manager di Meta Business settings, lihat alasannya, lalu ajukan peninjauan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="554"/>
        <source>this phone number is not registered with the Cloud API yet: register it in WhatsApp Manager (Phone numbers → the number → Register), then test again</source>
        <translation>nomor telepon ini belum terdaftar di Cloud API: daftarkan di WhatsApp Manager (Phone numbers → nomornya → Register), lalu uji lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="558"/>
        <source>the access token has no access to this {what}: give its system user the whatsapp_business_messaging and whatsapp_business_management permissions for this account</source>
        <translation>token akses tidak punya akses ke {what} ini: beri pengguna sistemnya izin whatsapp_business_messaging dan whatsapp_business_management untuk akun ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="562"/>
        <source>the {what} was not found: leave the ids empty and the app finds them from the token, or copy it from WhatsApp &gt; API Setup in Meta&apos;s dashboard {where}</source>
        <translation>{what} tidak ditemukan: kosongkan ID-nya dan aplikasi akan menemukannya dari token, atau salin dari WhatsApp &gt; API Setup di dasbor Meta {where}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="566"/>
        <source>(it is not the phone number itself)</source>
        <translation>(bukan nomor teleponnya)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="567"/>
        <source>(under the number)</source>
        <translation>(di bawah nomornya)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="568"/>
        <source>the API base URL ({host}) does not answer like WhatsApp&apos;s Graph API</source>
        <translation>URL dasar API ({host}) tidak menjawab seperti Graph API WhatsApp</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="569"/>
        <source>the check failed: {reason}</source>
        <translation>pemeriksaan gagal: {reason}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="570"/>
        <source>this token reaches {count} numbers: run setup again with --phone-number-id and one of these ids
{lines}</source>
        <translation>token ini menjangkau {count} nomor: jalankan penyiapan lagi dengan --phone-number-id dan salah satu ID berikut
{lines}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="575"/>
        <source>in Meta Business settings open Users → System users, add a system user, assign it your app and your WhatsApp account, then Generate new token with the whatsapp_business_messaging and whatsapp_business_management permissions and no expiry, and use that token</source>
        <translation>di Meta Business settings buka Users → System users, tambahkan pengguna sistem, tetapkan aplikasi dan akun WhatsApp Anda kepadanya, lalu Generate new token dengan izin whatsapp_business_messaging dan whatsapp_business_management tanpa masa berlaku, dan pakai token itu</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="579"/>
        <source>this access token no longer works (expired or revoked): {steps}</source>
        <translation>token akses ini sudah tidak berlaku (kedaluwarsa atau dicabut): {steps}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="580"/>
        <source>the access token lacks the {names} permission: generate the system user&apos;s token again with both WhatsApp permissions ticked</source>
        <translation>token akses tidak punya izin {names}: buat ulang token pengguna sistem dengan kedua izin WhatsApp dicentang</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="585"/>
        <source>access token</source>
        <translation>token akses</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="586"/>
        <source>app secret</source>
        <translation>app secret</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="587"/>
        <source>webhook verify token</source>
        <translation>token verifikasi webhook</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="588"/>
        <source>the {what} is empty</source>
        <translation>{what} kosong</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="589"/>
        <source>the {what} contains spaces: paste it again without them</source>
        <translation>{what} mengandung spasi: tempel lagi tanpa spasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="590"/>
        <source>the passphrase is too short: use at least {least} characters (four or five unrelated words are easy to remember and hard to guess)</source>
        <translation>frasa sandi terlalu pendek: pakai paling sedikit {least} karakter (empat atau lima kata yang tidak saling berhubungan mudah diingat dan sulit ditebak)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="594"/>
        <source>{reason}, so Monggo Pinarak uses passphrase mode: set MONGGO_PASSPHRASE or pass --passphrase-file to choose the passphrase</source>
        <translation>{reason}, jadi Monggo Pinarak memakai mode frasa sandi: atur MONGGO_PASSPHRASE atau tambahkan --passphrase-file untuk memilih frasa sandinya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="598"/>
        <source>this database is opened with a passphrase and there is no keyring to put a key into: use &quot;Forgot the passphrase?&quot; in the app&apos;s unlock window</source>
        <translation>basis data ini dibuka dengan frasa sandi dan tidak ada keyring untuk menyimpan kunci: pakai &quot;Lupa frasa sandi?&quot; di jendela buka kunci aplikasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="602"/>
        <source>{reason}: the key cannot be put back into it</source>
        <translation>{reason}: kunci tidak bisa dikembalikan ke keyring</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="604"/>
        <source>this build&apos;s SQLCipher is not version 4, so the database cannot be opened safely: reinstall the app</source>
        <translation>SQLCipher pada build ini bukan versi 4, jadi basis data tidak bisa dibuka dengan aman: pasang ulang aplikasinya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="608"/>
        <source>the database could not switch to WAL mode: check the data directory</source>
        <translation>basis data tidak bisa beralih ke mode WAL: periksa folder data</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="609"/>
        <source>the database is busy in another Monggo Pinarak window or command: close it and try again</source>
        <translation>basis data sedang dipakai di jendela atau perintah Monggo Pinarak lain: tutup dulu lalu coba lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="612"/>
        <source>the data directory cannot be written: check its permissions and free disk space</source>
        <translation>folder data tidak bisa ditulisi: periksa izinnya dan ruang kosong di disk</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="616"/>
        <source>the data directory {folder} is not a folder: choose another with --data-dir</source>
        <translation>folder data {folder} bukan folder: pilih yang lain dengan --data-dir</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="617"/>
        <source>the data directory {folder} cannot be written ({reason}): check its permissions or choose another with --data-dir</source>
        <translation>folder data {folder} tidak bisa ditulisi ({reason}): periksa izinnya atau pilih yang lain dengan --data-dir</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="622"/>
        <source>the copy was stopped: nothing was kept</source>
        <translation>penyalinan dihentikan: tidak ada yang disimpan</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="104"/>
        <source>Paste the new access token</source>
        <translation>Tempel token akses yang baru</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="105"/>
        <source>Replace token</source>
        <translation>Ganti token</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="115"/>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="129"/>
        <source>The system&apos;s</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="120"/>
        <source>Show a notification for new messages</source>
        <translation>Tampilkan notifikasi untuk pesan baru</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="125"/>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="126"/>
        <source>Record usage analytics on this computer</source>
        <translation>Catat analitik penggunaan di komputer ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="129"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="130"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="136"/>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="140"/>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="140"/>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="144"/>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="145"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="148"/>
        <source>Close this business account…</source>
        <translation>Tutup akun bisnis ini…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="150"/>
        <source>Reopen the business account</source>
        <translation>Buka lagi akun bisnis</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="65"/>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="208"/>
        <source>Access token</source>
        <translation>Token akses</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="223"/>
        <source>Graph API version</source>
        <translation>Versi Graph API</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="232"/>
        <source>Meta app id (at the next start)</source>
        <translation>ID aplikasi Meta (berlaku saat dibuka lagi)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="56"/>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="153"/>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="57"/>
        <source>Receiving messages</source>
        <translation>Menerima pesan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="58"/>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="167"/>
        <source>Quick replies</source>
        <translation>Balasan cepat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="62"/>
        <source>App lock</source>
        <translation>Kunci aplikasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="65"/>
        <source>Privacy and data</source>
        <translation>Privasi dan data</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="74"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="121"/>
        <source>Enter sends the message (Shift+Enter for a new line)</source>
        <translation>Enter mengirim pesan (Shift+Enter untuk baris baru)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="122"/>
        <source>When this is off, Enter starts a new line and Ctrl+Enter sends</source>
        <translation>Jika dimatikan, Enter membuat baris baru dan Ctrl+Enter mengirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="154"/>
        <source>Language (at the next start)</source>
        <translation>Bahasa (berlaku saat dibuka lagi)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="157"/>
        <source>Default phone region</source>
        <translation>Wilayah nomor telepon bawaan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="159"/>
        <source>A number typed without + and a country code is read as this country&apos;s (ID: Indonesia, +62).</source>
        <translation>Nomor yang diketik tanpa + dan kode negara dibaca sebagai nomor negara ini (ID: Indonesia, +62).</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="161"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="168"/>
        <source>Type / and a shortcut in the message box to insert its text.</source>
        <translation>Ketik / dan pintasannya di kotak pesan untuk menyisipkan teksnya.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="174"/>
        <source>How long data is kept</source>
        <translation>Berapa lama data disimpan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="178"/>
        <source>The privacy policy promises these as the longest times. You may keep data for less time, never longer; what is older goes at the next start.</source>
        <translation>Kebijakan privasi menjanjikan ini sebagai waktu terlama. Anda boleh menyimpan data lebih singkat, tidak pernah lebih lama; yang lebih lama dihapus saat aplikasi dibuka berikutnya.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="199"/>
        <source>Counts of which screens and actions are used, kept on this computer only and never sent. Turning it off deletes what was recorded.</source>
        <translation>Hitungan layar dan tindakan yang dipakai, hanya disimpan di komputer ini dan tidak pernah dikirim. Mematikannya menghapus yang sudah tercatat.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="212"/>
        <source>The key that lets this app send and receive for your WhatsApp number. It is kept in the system&apos;s password store and never shown. Replace it when Meta says it has ended.</source>
        <translation>Kunci yang membuat aplikasi ini bisa mengirim dan menerima untuk nomor WhatsApp Anda. Disimpan di penyimpanan kata sandi sistem dan tidak pernah ditampilkan. Ganti jika Meta menyatakan masa berlakunya habis.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="220"/>
        <source>Connection to Meta (advanced)</source>
        <translation>Koneksi ke Meta (lanjutan)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="226"/>
        <source>The version of Meta&apos;s interface this app speaks. Change it only when Meta retires this one; Meta says so months ahead.</source>
        <translation>Versi antarmuka Meta yang dipakai aplikasi ini. Ubah hanya jika Meta menghentikan versi ini; Meta mengumumkannya beberapa bulan sebelumnya.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="235"/>
        <source>Needed only to upload a profile photo. It is the number at the top of your app in Meta&apos;s App Dashboard.</source>
        <translation>Hanya diperlukan untuk mengunggah foto profil. Berupa nomor di bagian atas aplikasi Anda di App Dashboard Meta.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="244"/>
        <source>Receiving and sending stop at once. Everything of this account is removed 90 days later, as the privacy policy says; until then you can reopen it.</source>
        <translation>Menerima dan mengirim langsung berhenti. Semua data akun ini dihapus 90 hari kemudian, sesuai kebijakan privasi; sebelum itu Anda bisa membukanya kembali.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/settings_page.py" line="309"/>
        <source>%n usage event(s) recorded</source>
        <translation>
            <numerusform>%n peristiwa penggunaan tercatat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="318"/>
        <source>Closed on {day}. Its data is removed on {purge} unless you reopen it.</source>
        <translation>Ditutup pada {day}. Datanya dihapus pada {purge} kecuali Anda membukanya lagi.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="323"/>
        <source>Active: messages are received and sent.</source>
        <translation>Aktif: pesan diterima dan dikirim.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="239"/>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="379"/>
        <source>Close the business account</source>
        <translation>Tutup akun bisnis</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="381"/>
        <source>Receiving and sending stop now. All data of this account is removed 90 days from today, as the privacy policy says, unless you reopen it before. Export the data first if you want to keep a copy (monggo-desktop export).

Close the account?</source>
        <translation>Penerimaan dan pengiriman berhenti sekarang. Semua data akun ini dihapus 90 hari dari hari ini, sesuai kebijakan privasi, kecuali Anda membukanya lagi sebelum itu. Ekspor datanya dulu jika ingin menyimpan salinan (monggo-desktop export).

Tutup akun ini?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/settings_page.py" line="137"/>
        <source>The privacy policy allows at most %n day(s)</source>
        <translation>
            <numerusform>Kebijakan privasi mengizinkan paling lama %n hari</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="185"/>
        <source>Messages, after delivery</source>
        <translation>Pesan, setelah terkirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="186"/>
        <source>Account data, after the account is closed</source>
        <translation>Data akun, setelah akun ditutup</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="187"/>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="188"/>
        <source>Log files</source>
        <translation>Berkas log</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="189"/>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="193"/>
        <source>Usage analytics</source>
        <translation>Analitik penggunaan</translation>
    </message>
</context>
<context>
    <name>SettingsViewModel</name>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/settings.py" line="52"/>
        <source>Saved. The language and the receiver&apos;s own address change at the next start.</source>
        <translation>Tersimpan. Bahasa dan alamat penerima berubah saat aplikasi dibuka berikutnya.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/settings.py" line="54"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/settings.py" line="73"/>
        <source>Access token replaced: messages waiting to be sent go out now</source>
        <translation>Token akses diganti: pesan yang menunggu dikirim sekarang</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/settings.py" line="81"/>
        <source>The business account is closed: nothing is received or sent any more.</source>
        <translation>Akun bisnis ditutup: tidak ada lagi pesan yang diterima atau dikirim.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/settings.py" line="88"/>
        <source>The business account is open again: receiving and sending go on.</source>
        <translation>Akun bisnis dibuka lagi: penerimaan dan pengiriman berjalan lagi.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="455"/>
        <source>Set up Monggo Pinarak</source>
        <translation>Siapkan Monggo Pinarak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="457"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="87"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="89"/>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="89"/>
        <source>What they do</source>
        <translation>Fungsinya</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="16"/>
        <source>Orders and service (utility)</source>
        <translation>Pesanan dan layanan (utilitas)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="17"/>
        <source>Offers and news (marketing)</source>
        <translation>Penawaran dan kabar (pemasaran)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="18"/>
        <source>Login codes (authentication)</source>
        <translation>Kode masuk (autentikasi)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="37"/>
        <source>More than 24 hours since this customer&apos;s last message: WhatsApp allows only approved templates.</source>
        <translation>Sudah lebih dari 24 jam sejak pesan terakhir pelanggan ini: WhatsApp hanya mengizinkan template yang sudah disetujui.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="46"/>
        <source>Send template</source>
        <translation>Kirim template</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="76"/>
        <source>low quality</source>
        <translation>kualitas rendah</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="76"/>
        <source>quality dropping</source>
        <translation>kualitas menurun</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="81"/>
        <source>No approved templates yet: they are synced from WhatsApp</source>
        <translation>Belum ada template yang disetujui: template akan diambil otomatis dari WhatsApp</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="126"/>
        <source>For example: {example}</source>
        <translation>Contoh: {example}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="128"/>
        <source>Value {n}</source>
        <translation>Isian {n}</translation>
    </message>
</context>
<context>
    <name>Token</name>
    <message>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="12"/>
        <source>To get a token that keeps working: in Meta Business settings open Users → System users, add a system user, assign it your app and your WhatsApp account, then Generate new token with the whatsapp_business_messaging and whatsapp_business_management permissions and no expiry, and paste it here.</source>
        <translation>Agar token terus berlaku: di Meta Business settings buka Users → System users, tambahkan pengguna sistem, tetapkan aplikasi dan akun WhatsApp Anda kepadanya, lalu Generate new token dengan izin whatsapp_business_messaging dan whatsapp_business_management tanpa masa berlaku, dan tempel di sini.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="23"/>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="52"/>
        <source>The access token does not expire.</source>
        <translation>Token akses tidak kedaluwarsa.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="25"/>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="56"/>
        <source>The access token works until {day}.</source>
        <translation>Token akses berlaku sampai {day}.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="31"/>
        <source>This is a temporary token: it stops working within a day, and sending stops with it.</source>
        <translation>Ini token sementara: berhenti berlaku dalam sehari, dan pengiriman ikut berhenti.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="35"/>
        <source>This token stops working within a week.</source>
        <translation>Token ini berhenti berlaku dalam seminggu.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="37"/>
        <source>The access token no longer works (expired or revoked).</source>
        <translation>Token akses sudah tidak berlaku (kedaluwarsa atau dicabut).</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="46"/>
        <source>Not checked with WhatsApp yet: it is checked at every start.</source>
        <translation>Belum diperiksa ke WhatsApp: diperiksa setiap kali aplikasi dibuka.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="48"/>
        <source>WhatsApp refused the access token (expired or revoked): sending waits for a new one.</source>
        <translation>WhatsApp menolak token akses (kedaluwarsa atau dicabut): pengiriman menunggu token baru.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="55"/>
        <source>The access token stops working on {day}.</source>
        <translation>Token akses berhenti berlaku pada {day}.</translation>
    </message>
</context>
<context>
    <name>TokenBanner</name>
    <message>
        <location filename="../../monggo_desktop/ui/token_banner.py" line="25"/>
        <source>Paste the new access token</source>
        <translation>Tempel token akses yang baru</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/token_banner.py" line="26"/>
        <source>Save token</source>
        <translation>Simpan token</translation>
    </message>
</context>
<context>
    <name>TokenViewModel</name>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/token.py" line="37"/>
        <source>New access token saved: sending goes on</source>
        <translation>Token akses baru disimpan: pengiriman berlanjut</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../monggo_desktop/ui/tray.py" line="67"/>
        <source>New message</source>
        <translation>Pesan baru</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/tray.py" line="69"/>
        <source>New messages</source>
        <translation>Pesan-pesan baru</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/tray.py" line="73"/>
        <location filename="../../monggo_desktop/ui/tray.py" line="157"/>
        <source>Monggo Pinarak</source>
        <translation>Monggo Pinarak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/tray.py" line="74"/>
        <source>{messages} from {customers}</source>
        <translation>{messages} dari {customers}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/tray.py" line="107"/>
        <source>Show Monggo Pinarak</source>
        <translation>Tampilkan Monggo Pinarak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/tray.py" line="108"/>
        <source>Notify me of new messages</source>
        <translation>Beri tahu saya jika ada pesan baru</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/tray.py" line="112"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/tray.py" line="155"/>
        <source>Monggo Pinarak — {count} unread</source>
        <translation>Monggo Pinarak — {count} belum dibaca</translation>
    </message>
</context>
</TS>
