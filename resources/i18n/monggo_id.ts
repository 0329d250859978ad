<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BubbleDelegate</name>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_delegate.py" line="56"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_delegate.py" line="57"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_delegate.py" line="58"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_delegate.py" line="59"/>
        <source>Voice message</source>
        <translation>Pesan suara</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_delegate.py" line="60"/>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_delegate.py" line="61"/>
        <source>Sticker</source>
        <translation>Stiker</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_delegate.py" line="62"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_delegate.py" line="63"/>
        <source>Contact card</source>
        <translation>Kartu kontak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_delegate.py" line="65"/>
        <source>Downloading…</source>
        <translation>Mengunduh…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_delegate.py" line="66"/>
        <source>Download failed</source>
        <translation>Gagal mengunduh</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_delegate.py" line="67"/>
        <source>This message type is not supported here</source>
        <translation>Jenis pesan ini belum bisa ditampilkan di sini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_delegate.py" line="68"/>
        <source>May not have been sent</source>
        <translation>Mungkin belum terkirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_delegate.py" line="69"/>
        <source>Not sent</source>
        <translation>Tidak terkirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_delegate.py" line="70"/>
        <source>Resend</source>
        <translation>Kirim ulang</translation>
    </message>
</context>
<context>
    <name>ChatModel</name>
    <message>
        <location filename="../../monggo_desktop/ui/models/chat_model.py" line="39"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/chat_model.py" line="41"/>
        <source>Yesterday</source>
        <translation>Kemarin</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="32"/>
        <source>24-hour window closed: only approved templates can be sent</source>
        <translation>Batas 24 jam sudah lewat: sekarang hanya template yang disetujui yang bisa dikirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="35"/>
        <source>Replies open for {h} h {m} min</source>
        <translation>Masih bisa membalas {h} jam {m} menit lagi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="78"/>
        <source>Type a message</source>
        <translation>Ketik pesan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="81"/>
        <source>Send</source>
        <translation>Kirim</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="82"/>
        <source>Attach…</source>
        <translation>Lampirkan…</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="84"/>
        <source>Photo (JPEG, PNG), video, audio or document; the caption is the text typed</source>
        <translation>Foto (JPEG, PNG), video, audio, atau dokumen; keterangannya adalah teks yang diketik</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="128"/>
        <source>Choose a conversation on the left</source>
        <translation>Pilih percakapan di sebelah kiri</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="176"/>
        <source>The message is {n} characters long; WhatsApp takes at most 4096.</source>
        <translation>Pesan ini {n} karakter; WhatsApp hanya menerima paling banyak 4096 karakter.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="184"/>
        <source>Send a file</source>
        <translation>Kirim berkas</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="187"/>
        <source>Photos, videos, audio and documents (*.jpg *.jpeg *.png *.mp4 *.3gp *.mp3 *.m4a *.aac *.ogg *.amr *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt)</source>
        <translation>Foto, video, audio, dan dokumen (*.jpg *.jpeg *.png *.mp4 *.3gp *.mp3 *.m4a *.aac *.ogg *.amr *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt)</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="203"/>
        <source>📷 Photo</source>
        <translation>📷 Foto</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="204"/>
        <source>🎬 Video</source>
        <translation>🎬 Video</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="205"/>
        <source>🎤 Audio</source>
        <translation>🎤 Audio</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="206"/>
        <source>📄 Document</source>
        <translation>📄 Dokumen</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="207"/>
        <source>Sticker</source>
        <translation>Stiker</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="208"/>
        <source>📍 Location</source>
        <translation>📍 Lokasi</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="209"/>
        <source>👤 Contact</source>
        <translation>👤 Kontak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="210"/>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="211"/>
        <source>Unsupported message</source>
        <translation>Pesan tidak didukung</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="220"/>
        <source>You: {text}</source>
        <translation>Anda: {text}</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="36"/>
        <source>Monggo Pinarak</source>
        <translation>Monggo Pinarak</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="40"/>
        <source>Search names, numbers and messages</source>
        <translation>Cari nama, nomor, dan pesan</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="65"/>
        <source>Demo: simulated customers and a simulated WhatsApp. Nothing leaves this computer.</source>
        <translation>Demo: pelanggan dan WhatsApp di sini hanya simulasi. Tidak ada yang dikirim keluar dari komputer ini.</translation>
    </message>
</context>
<context>
    <name>PlaceholderWindow</name>
    <message>
        <location filename="../../monggo_desktop/ui/placeholder_window.py" line="12"/>
        <source>Monggo Pinarak</source>
        <translation>Monggo Pinarak</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="28"/>
        <source>More than 24 hours since this customer&apos;s last message: WhatsApp allows only approved templates.</source>
        <translation>Sudah lebih dari 24 jam sejak pesan terakhir pelanggan ini: WhatsApp hanya mengizinkan template yang sudah disetujui.</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="38"/>
        <source>Send template</source>
        <translation>Kirim template</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="59"/>
        <source>No approved templates yet: they are synced from WhatsApp</source>
        <translation>Belum ada template yang disetujui: template akan diambil otomatis dari WhatsApp</translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="80"/>
        <source>Value for {name}</source>
        <translation>Isi untuk {name}</translation>
    </message>
</context>
</TS>
