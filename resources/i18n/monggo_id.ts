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
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="48"/>
        <source>New contact</source>
        <translation>Kontak baru</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="50"/>
        <source>0812-3456-7890 or +62 812-3456-7890</source>
        <translation>0812-3456-7890 atau +62 812-3456-7890</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="58"/>
        <source>WhatsApp number</source>
        <translation>Nomor WhatsApp</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="60"/>
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
        <location filename="../../monggo_desktop/ui/viewmodels/chat.py" line="193"/>
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
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="102"/>
        <source>Search names and numbers</source>
        <translation>Cari nama dan nomor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="107"/>
        <source>New contact…</source>
        <translation>Kontak baru…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="109"/>
        <source>More</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="112"/>
        <source>Labels…</source>
        <translation>Label…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="113"/>
        <source>Possible duplicates…</source>
        <translation>Kemungkinan ganda…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="115"/>
        <source>Import from a file…</source>
        <translation>Impor dari berkas…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="116"/>
        <source>Export to a file…</source>
        <translation>Ekspor ke berkas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="173"/>
        <source>Exported %n contact(s) to {name}</source>
        <translation>
            <numerusform>%n kontak diekspor ke {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="198"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="282"/>
        <source>Deleted: %n message(s) and everything else about the customer. Receipt {id}.</source>
        <translation>
            <numerusform>Dihapus: %n pesan dan semua data lain tentang pelanggan ini. Tanda terima {id}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="212"/>
        <source>All labels</source>
        <translation>Semua label</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="245"/>
        <source>Open chat</source>
        <translation>Buka chat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="246"/>
        <source>Add label</source>
        <translation>Tambah label</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="247"/>
        <source>Remove label</source>
        <translation>Hapus label</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="267"/>
        <source>Delete all data of this customer</source>
        <translation>Hapus semua data pelanggan ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="269"/>
        <source>The contact, their chats, messages, files, labels, notes and consent record are deleted now and cannot be brought back. A receipt keeps only a scrambled form of the number, the times and how much was deleted.

Delete everything about this customer?</source>
        <translation>Kontak, chat, pesan, berkas, label, catatan, dan catatan persetujuannya dihapus sekarang dan tidak bisa dikembalikan. Tanda terima hanya menyimpan bentuk acak dari nomornya, waktunya, dan berapa banyak yang dihapus.

Hapus semua tentang pelanggan ini?</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="279"/>
        <source>Choose a contact</source>
        <translation>Pilih kontak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="311"/>
        <source>Import contacts</source>
        <translation>Impor kontak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="311"/>
        <source>Contacts (*.csv *.vcf *.vcard)</source>
        <translation>Kontak (*.csv *.vcf *.vcard)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="324"/>
        <source>Export contacts</source>
        <translation>Ekspor kontak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="324"/>
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
        <location filename="../../monggo_desktop/ui/error_words.py" line="29"/>
        <source>Wrong passphrase, or this is not a Monggo database.</source>
        <translation>Frasa sandi salah, atau ini bukan basis data Monggo.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="30"/>
        <source>There is no Monggo database in this folder yet: set the app up first.</source>
        <translation>Belum ada basis data Monggo di folder ini: siapkan aplikasinya terlebih dahulu.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="33"/>
        <source>The database key is missing from the system keyring: recover it with the recovery key shown at setup.</source>
        <translation>Kunci basis data tidak ada di keyring sistem: pulihkan dengan kunci pemulihan yang ditampilkan saat penyiapan.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="37"/>
        <source>That is not a valid recovery key: check it for typos (groups of 5 letters and digits).</source>
        <translation>Itu bukan kunci pemulihan yang sah: periksa salah ketik (kelompok 5 huruf dan angka).</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="40"/>
        <source>The disk is full: free some space and try again. Nothing was saved.</source>
        <translation>Disk penuh: kosongkan sebagian ruang lalu coba lagi. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="43"/>
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
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="25"/>
        <source>Import contacts</source>
        <translation>Impor kontak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="26"/>
        <source>Reading the file…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="49"/>
        <source>Imported {done} of %n entries…</source>
        <translation>
            <numerusform>{done} dari %n entri diimpor…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="54"/>
        <source>Import cancelled: what was imported is kept whole.</source>
        <translation>Impor dibatalkan: yang sudah diimpor tetap utuh.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="61"/>
        <source>{created} new, {merged} updated, {unchanged} unchanged, {skipped} skipped, {rejected} refused.</source>
        <translation>{created} baru, {merged} diperbarui, {unchanged} tidak berubah, {skipped} dilewati, {rejected} ditolak.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="73"/>
        <source>… and {n} more</source>
        <translation>… dan {n} lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="90"/>
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
        <location filename="../../monggo_desktop/ui/main_window.py" line="424"/>
        <source>All chats</source>
        <translation>Semua chat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="425"/>
        <source>Unread</source>
        <translation>Belum dibaca</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="426"/>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="429"/>
        <source>Label: {name}</source>
        <translation>Label: {name}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="442"/>
        <source>Unpin</source>
        <translation>Lepas sematan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="442"/>
        <source>Pin to the top</source>
        <translation>Sematkan di atas</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="444"/>
        <source>Move out of the archive</source>
        <translation>Keluarkan dari arsip</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="444"/>
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
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="16"/>
        <source>Messages, with their files and search entries</source>
        <translation>Pesan, beserta berkas dan entri pencariannya</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="17"/>
        <source>Account data after the account is closed</source>
        <translation>Data akun setelah akun ditutup</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="18"/>
        <source>Encrypted backups</source>
        <translation>Cadangan terenkripsi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="19"/>
        <source>Log files</source>
        <translation>Berkas log</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="20"/>
        <source>Usage analytics</source>
        <translation>Analitik penggunaan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="28"/>
        <source>messages</source>
        <translation>pesan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="29"/>
        <source>files</source>
        <translation>berkas</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="30"/>
        <source>webhook bodies</source>
        <translation>isi webhook</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="31"/>
        <source>closed accounts</source>
        <translation>akun tertutup</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="32"/>
        <source>usage events</source>
        <translation>peristiwa penggunaan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="33"/>
        <source>backups</source>
        <translation>cadangan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="34"/>
        <source>log files</source>
        <translation>berkas log</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="35"/>
        <source>chats</source>
        <translation>chat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="36"/>
        <source>contacts</source>
        <translation>kontak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="37"/>
        <source>consent entries</source>
        <translation>catatan persetujuan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="38"/>
        <source>waiting delivery updates</source>
        <translation>pembaruan pengiriman yang menunggu</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="39"/>
        <source>files deleted at Meta</source>
        <translation>berkas dihapus di Meta</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="40"/>
        <source>files Meta did not delete</source>
        <translation>berkas yang tidak dihapus Meta</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="47"/>
        <source>nothing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="52"/>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="53"/>
        <source>stopped; continued at the next start</source>
        <translation>dihentikan; dilanjutkan saat dibuka lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="54"/>
        <source>failed; tried again tomorrow</source>
        <translation>gagal; dicoba lagi besok</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="55"/>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="56"/>
        <source>recorded</source>
        <translation>tercatat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="57"/>
        <source>executed</source>
        <translation>dijalankan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="58"/>
        <source>done and checked</source>
        <translation>selesai dan diperiksa</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="65"/>
        <source>the disk is full</source>
        <translation>disk penuh</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="66"/>
        <source>the backups folder in the data directory cannot be written</source>
        <translation>folder backups di direktori data tidak dapat ditulisi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="70"/>
        <source>an unexpected error (see the log)</source>
        <translation>galat tak terduga (lihat log)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="79"/>
        <source>The database key is kept in a keyring that is not safe ({reason}): use a secure one.</source>
        <translation>Kunci basis data disimpan di keyring yang tidak aman ({reason}): gunakan yang aman.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="82"/>
        <source>The database uses SQLCipher {subject}, not 4.x: update the app.</source>
        <translation>Basis data memakai SQLCipher {subject}, bukan 4.x: perbarui aplikasinya.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="85"/>
        <source>The database pages are checked with {subject}, weaker than HMAC-SHA256.</source>
        <translation>Halaman basis data diperiksa dengan {subject}, lebih lemah daripada HMAC-SHA256.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="88"/>
        <source>The database file is not encrypted: restore a backup or set the app up again.</source>
        <translation>Berkas basis data tidak terenkripsi: pulihkan dari cadangan atau siapkan ulang aplikasinya.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="91"/>
        <source>{subject} database pages fail their check: restore the newest backup.</source>
        <translation>{subject} halaman basis data gagal diperiksa: pulihkan cadangan terbaru.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="94"/>
        <source>The folder {subject} is open to other users ({reason}): make it 700.</source>
        <translation>Folder {subject} terbuka bagi pengguna lain ({reason}): ubah menjadi 700.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="97"/>
        <source>The file {subject} can be read by other users ({reason}): make it 600.</source>
        <translation>Berkas {subject} dapat dibaca pengguna lain ({reason}): ubah menjadi 600.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="100"/>
        <source>{subject} may hold personal data unencrypted: move it out of the data directory or delete it.</source>
        <translation>{subject} mungkin berisi data pribadi tanpa enkripsi: pindahkan keluar dari direktori data atau hapus.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="103"/>
        <source>The webhook receiver listens on {subject}, not only on this computer: bind it to 127.0.0.1 behind your TLS proxy or tunnel.</source>
        <translation>Penerima webhook mendengarkan di {subject}, tidak hanya di komputer ini: ikat ke 127.0.0.1 di balik proxy TLS atau tunnel Anda.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="108"/>
        <source>The Cloud API address {subject} does not use HTTPS.</source>
        <translation>Alamat Cloud API {subject} tidak memakai HTTPS.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="109"/>
        <source>{subject} is a full copy of the data an earlier restore replaced, and nothing removes it: delete it (restore it into another folder first if you still need it).</source>
        <translation>{subject} adalah salinan lengkap data yang diganti oleh pemulihan sebelumnya, dan tidak ada yang menghapusnya: hapuslah (pulihkan dulu ke folder lain jika masih diperlukan).</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="114"/>
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
        <location filename="../../monggo_desktop/ui/profile_page.py" line="57"/>
        <source>Business profile</source>
        <translation>Profil bisnis</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="62"/>
        <source>Loading the profile…</source>
        <translation>Memuat profil…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="71"/>
        <source>halo@toko.example</source>
        <translation>halo@toko.example</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="75"/>
        <source>https://toko.example</source>
        <translation>https://toko.example</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="95"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="97"/>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="98"/>
        <source>Fetch the profile from WhatsApp again (unsaved edits are dropped)</source>
        <translation>Ambil lagi profil dari WhatsApp (perubahan yang belum disimpan hilang)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="105"/>
        <source>Choose photo…</source>
        <translation>Pilih foto…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="106"/>
        <source>Use this photo</source>
        <translation>Pakai foto ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="132"/>
        <source>What customers see</source>
        <translation>Yang dilihat pelanggan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="135"/>
        <source>About</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="136"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="137"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="138"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="139"/>
        <source>Website 1</source>
        <translation>Situs web 1</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="140"/>
        <source>Website 2</source>
        <translation>Situs web 2</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="152"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="160"/>
        <source>Profile photo</source>
        <translation>Foto profil</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="169"/>
        <source>Phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="172"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="173"/>
        <source>Verified name</source>
        <translation>Nama terverifikasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="174"/>
        <source>Name status</source>
        <translation>Status nama</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="175"/>
        <source>Quality rating</source>
        <translation>Peringkat kualitas</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="176"/>
        <source>Throughput</source>
        <translation>Kecepatan kirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="177"/>
        <source>Messaging limit</source>
        <translation>Batas pesan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="235"/>
        <source>{n} / {limit}</source>
        <translation>{n} / {limit}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="265"/>
        <source>Up to date with WhatsApp as of {when}.</source>
        <translation>Sesuai dengan WhatsApp per {when}.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="267"/>
        <source>Showing the copy kept on this computer, fetched {when}. Checking WhatsApp…</source>
        <translation>Menampilkan salinan di komputer ini, diambil {when}. Memeriksa WhatsApp…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="270"/>
        <source>Offline: showing the copy kept on this computer, fetched {when}.</source>
        <translation>Luring: menampilkan salinan di komputer ini, diambil {when}.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="291"/>
        <source>Choose a category</source>
        <translation>Pilih kategori</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="300"/>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="301"/>
        <source>Not reported</source>
        <translation>Tidak dilaporkan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="311"/>
        <source>A square photo; the middle of a wider picture is kept.</source>
        <translation>Foto persegi; bagian tengah gambar yang lebih lebar yang dipakai.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="317"/>
        <source>A photo is set; it shows here when WhatsApp can be reached.</source>
        <translation>Foto sudah dipasang; tampil di sini saat WhatsApp bisa dihubungi.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="320"/>
        <source>No profile photo yet</source>
        <translation>Belum ada foto profil</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="332"/>
        <source>This is how customers will see it. Upload it with “Use this photo”.</source>
        <translation>Begini pelanggan akan melihatnya. Unggah dengan “Pakai foto ini”.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="342"/>
        <source>The profile is not loaded yet: press Reload to try again.</source>
        <translation>Profil belum dimuat: tekan Muat ulang untuk mencoba lagi.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="368"/>
        <source>Choose a profile photo</source>
        <translation>Pilih foto profil</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="370"/>
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
        <location filename="../../monggo_desktop/ui/viewmodels/receiving.py" line="41"/>
        <source>The internet reaches this computer: a test went out and came back.</source>
        <translation>Internet menjangkau komputer ini: uji terkirim dan kembali.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/receiving.py" line="43"/>
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
        <location filename="../../monggo_desktop/ui/reports_page.py" line="77"/>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="78"/>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="79"/>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="80"/>
        <source>Export PNG…</source>
        <translation>Ekspor PNG…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="81"/>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="84"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="86"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="95"/>
        <source>Computed on this computer from the messages it holds. Nothing is sent anywhere.</source>
        <translation>Dihitung di komputer ini dari pesan yang tersimpan. Tidak ada yang dikirim ke mana pun.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="119"/>
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="121"/>
        <source>Saved {name}</source>
        <translation>Tersimpan {name}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="134"/>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="144"/>
        <source>No messages in this period</source>
        <translation>Tidak ada pesan pada periode ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="138"/>
        <source>Median first response</source>
        <translation>Median balasan pertama</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="139"/>
        <source>90% answered within</source>
        <translation>90% dibalas dalam</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="140"/>
        <source>Delivered</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="141"/>
        <source>Read (of delivered)</source>
        <translation>Dibaca (dari yang terkirim)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="142"/>
        <source>App opened</source>
        <translation>Aplikasi dibuka</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="143"/>
        <source>Chats from your ads</source>
        <translation>Chat dari iklan Anda</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="145"/>
        <source>No failed sends</source>
        <translation>Tidak ada pengiriman gagal</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="146"/>
        <source>No templates sent</source>
        <translation>Tidak ada template terkirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="147"/>
        <source>No customer messages</source>
        <translation>Tidak ada pesan pelanggan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="148"/>
        <source>{row} {column}:00: {value}</source>
        <translation>{row} {column}.00: {value}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/reports_page.py" line="149"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n pesan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/reports_page.py" line="203"/>
        <source>{n} of %n turn(s) answered</source>
        <translation>
            <numerusform>{n} dari %n giliran dijawab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="215"/>
        <source>click-to-WhatsApp ads</source>
        <translation>iklan klik-ke-WhatsApp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/reports_page.py" line="218"/>
        <source>on %n day(s)</source>
        <translation>
            <numerusform>pada %n hari</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="159"/>
        <source>Messages per day</source>
        <translation>Pesan per hari</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="161"/>
        <source>Failed sends by reason</source>
        <translation>Pengiriman gagal menurut alasan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="162"/>
        <source>Templates sent by category</source>
        <translation>Template terkirim menurut kategori</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="165"/>
        <source>Busiest hours (customer messages)</source>
        <translation>Jam tersibuk (pesan pelanggan)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="193"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="209"/>
        <source>{n} sent, {failed} failed</source>
        <translation>{n} terkirim, {failed} gagal</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="213"/>
        <source>{n} of {total} delivered</source>
        <translation>{n} dari {total} terkirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="221"/>
        <source>In</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="221"/>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="223"/>
        <source>{day}: {inbound} in, {outbound} out</source>
        <translation>{day}: {inbound} masuk, {outbound} keluar</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="231"/>
        <source>Unknown reason</source>
        <translation>Alasan tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="233"/>
        <source>Unknown template</source>
        <translation>Template tidak diketahui</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="248"/>
        <source>{n} min</source>
        <translation>{n} menit</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="250"/>
        <source>{h} h {m} min</source>
        <translation>{h} jam {m} menit</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="271"/>
        <source>Export the report as a picture</source>
        <translation>Ekspor laporan sebagai gambar</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="271"/>
        <source>PNG pictures (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="278"/>
        <source>Export the report&apos;s figures</source>
        <translation>Ekspor angka laporan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="278"/>
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
        <location filename="../../monggo_desktop/ui/template_picker.py" line="122"/>
        <source>For example: {example}</source>
        <translation>Contoh: {example}</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="124"/>
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
