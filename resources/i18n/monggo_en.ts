<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountNotice</name>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="14"/>
        <source>WhatsApp restricted this business account ({detail}): some messages cannot be sent until {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="18"/>
        <source>WhatsApp found a policy violation on this account ({detail}): check Meta Business Support Home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="22"/>
        <source>WhatsApp disabled this business account: nothing can be sent. Check Meta Business Support Home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="26"/>
        <source>This WhatsApp Business account was deleted at Meta: messages can no longer be sent or received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="30"/>
        <source>This number was moved off the Cloud API at Meta: messages can no longer be sent from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="33"/>
        <source>Customers reported or blocked this number: its quality is {detail}. Send fewer marketing messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="37"/>
        <source>WhatsApp lowered how many customers this number may message a day ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="40"/>
        <source>WhatsApp approved the display name {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="43"/>
        <source>WhatsApp rejected the display name {detail}: choose another one in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="48"/>
        <source>WhatsApp changed something on this business account ({event}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="51"/>
        <source>WhatsApp sent an alert for this business account: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="52"/>
        <source>The number&apos;s quality or limit changed: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="55"/>
        <source>WhatsApp decided on the display name {detail}: {event}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/notice_texts.py" line="59"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="49"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="51"/>
        <source>0812-3456-7890 or +62 812-3456-7890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="59"/>
        <source>WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="61"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppLockDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="40"/>
        <source>Turn the app lock on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="41"/>
        <source>Change the app lock passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="42"/>
        <source>Choose a new app lock passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="43"/>
        <source>Turn the app lock off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="47"/>
        <source>The app will ask for this passphrase when it opens and after it has been left idle. Your recovery key from setup still opens it if the passphrase is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="51"/>
        <source>The database is re-encrypted with a new key, so the old passphrase opens nothing from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="54"/>
        <source>You opened the app with the recovery key. Choose a new passphrase; the forgotten one stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="57"/>
        <source>The app will open without a passphrase; the database key goes back into the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="77"/>
        <source>Save the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="81"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="85"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="86"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="118"/>
        <source>Re-encrypting the database… Messages keep arriving meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppLockSection</name>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_section.py" line="13"/>
        <source>App lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_section.py" line="18"/>
        <source>Turn on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_section.py" line="19"/>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_section.py" line="20"/>
        <source>Turn off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_section.py" line="21"/>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_section.py" line="31"/>
        <source>Lock after idle (save settings to apply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_section.py" line="45"/>
        <source>On: a passphrase opens the app, and it locks itself when left idle. While locked, nothing personal is shown and notifications carry no names or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_section.py" line="49"/>
        <source>Off: the app opens without a passphrase. Anyone at this computer can read the chats.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppLockViewModel</name>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/app_lock.py" line="88"/>
        <source>That is not the app lock passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/app_lock.py" line="94"/>
        <source>That is not this database&apos;s recovery key: check it for typos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/app_lock.py" line="133"/>
        <source>The app lock is on: the passphrase opens the app, and it locks itself when left idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/app_lock.py" line="135"/>
        <source>The app lock is off: the app opens without a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/attachment_preview.py" line="99"/>
        <source>Send a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/attachment_preview.py" line="101"/>
        <source>Send a file ({number} of {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/attachment_preview.py" line="108"/>
        <source>No preview for this kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/attachment_preview.py" line="113"/>
        <source>A caption (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/attachment_preview.py" line="115"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/attachment_preview.py" line="116"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/attachment_preview.py" line="117"/>
        <source>Do not send this file; show the next one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/attachment_preview.py" line="126"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditBox</name>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="35"/>
        <source>Security self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="36"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="42"/>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="53"/>
        <source>Checking the encryption, the key, the files and the connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="59"/>
        <source>All {n} checks pass ({when}): the data is encrypted, its key is safe, no file is open to others or unencrypted, and the connections are protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="65"/>
        <source>The self-check found %n problem(s) ({when}):</source>
        <translation>
            <numerusform>The self-check found %n problem ({when}):</numerusform>
            <numerusform>The self-check found %n problems ({when}):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="72"/>
        <source>The self-check could not run: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="81"/>
        <source>Backups (encrypted, each kept 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="88"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="92"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="92"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="92"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="106"/>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="116"/>
        <source>A backup is made every day while the app runs; the next one is due {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_sections.py" line="123"/>
        <source>The last backup, {when}, failed: {why}. It is tried again in an hour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BubbleDelegate</name>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="19"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="20"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="21"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="22"/>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="23"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="24"/>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="25"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="26"/>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="28"/>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="29"/>
        <source>Download failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="30"/>
        <source>This message type is not supported here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="31"/>
        <source>May not have been sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="32"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="33"/>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="34"/>
        <source>The customer deleted this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="35"/>
        <source>This message was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="36"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="37"/>
        <source>from the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="38"/>
        <source>↪ Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="39"/>
        <source>↪↪ Forwarded many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="40"/>
        <source>From your ad: {headline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="41"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="42"/>
        <source>Call, {minutes}:{seconds:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="43"/>
        <source>Missed call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="44"/>
        <source>🛒 Order: {pieces}, {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="45"/>
        <source>1 piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/bubble_texts.py" line="46"/>
        <source>{n} pieces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatModel</name>
    <message>
        <location filename="../../monggo_desktop/ui/models/chat_model.py" line="45"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/chat_model.py" line="47"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="60"/>
        <source>24-hour window closed: only approved templates can be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="63"/>
        <source>Replies open for {h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="98"/>
        <source>Type a message; / for quick replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="102"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="105"/>
        <source>Attach a photo, video, audio or document; it is shown before it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="139"/>
        <source>Saved as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="166"/>
        <source>Choose a conversation on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="175"/>
        <source>Send ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="241"/>
        <source>The message is {n} characters long; WhatsApp takes at most 4096.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="252"/>
        <source>yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="291"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="292"/>
        <source>React</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="297"/>
        <source>Remove my reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="299"/>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="301"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="303"/>
        <source>Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="308"/>
        <source>Save file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="315"/>
        <source>Send a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/chat_panel.py" line="318"/>
        <source>Photos, videos, audio and documents (*.jpg *.jpeg *.png *.mp4 *.3gp *.mp3 *.m4a *.aac *.ogg *.amr *.pdf *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatViewModel</name>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/chat.py" line="194"/>
        <source>This photo cannot be shown: the file is not a picture this app can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="141"/>
        <source>Your WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="155"/>
        <source>Test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="176"/>
        <source>Asking WhatsApp what this token reaches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="194"/>
        <source>This token reaches {n} numbers: choose the one for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="200"/>
        <source>{number} · {name} · Quality: {quality}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="191"/>
        <source>WhatsApp knows this number. Is it yours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="228"/>
        <source>Go back to correct it, then test again. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDetailPanel</name>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="37"/>
        <source>legal basis: {basis}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="38"/>
        <source>consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="39"/>
        <source>consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="40"/>
        <source>opted out of marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="41"/>
        <source>marketing allowed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="44"/>
        <source>recorded here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="45"/>
        <source>from an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="46"/>
        <source>the customer&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="47"/>
        <source>WhatsApp&apos;s preference notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="55"/>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="56"/>
        <source>contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="57"/>
        <source>legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="64"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="65"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="66"/>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="67"/>
        <source>custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="68"/>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="69"/>
        <source>merged with another contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="72"/>
        <source>{when} · changed: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="95"/>
        <source>Open chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="97"/>
        <source>Delete all data of this customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="99"/>
        <source>Export this customer&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="103"/>
        <source>Labels, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="111"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="111"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="115"/>
        <source>Add a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="116"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="125"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="128"/>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="129"/>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="130"/>
        <source>Opted out of marketing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="148"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="149"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="150"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="151"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="153"/>
        <source>Consent (UU PDP, GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="156"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="164"/>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="175"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="199"/>
        <source>Choose a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="218"/>
        <source> · WhatsApp name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="220"/>
        <source>{handle} (no number shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="224"/>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="224"/>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="226"/>
        <source>A name for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="238"/>
        <source>Nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contact_detail.py" line="240"/>
        <source>No edits yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="36"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="37"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="38"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="39"/>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="40"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="41"/>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="45"/>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="46"/>
        <source>contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="47"/>
        <source>legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="58"/>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="59"/>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="61"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="132"/>
        <source>{name} (blocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="143"/>
        <source>opted out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/models/contact_table_model.py" line="145"/>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="103"/>
        <source>Search names and numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="108"/>
        <source>New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="110"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="113"/>
        <source>Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="114"/>
        <source>Possible duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="116"/>
        <source>Import from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="117"/>
        <source>Export to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="175"/>
        <source>Exported %n contact(s) to {name}</source>
        <translation>
            <numerusform>Exported %n contact to {name}</numerusform>
            <numerusform>Exported %n contacts to {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="200"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="284"/>
        <source>Deleted: %n message(s) and everything else about the customer. Receipt {id}.</source>
        <translation>
            <numerusform>Deleted: %n message and everything else about the customer. Receipt {id}.</numerusform>
            <numerusform>Deleted: %n messages and everything else about the customer. Receipt {id}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="214"/>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="247"/>
        <source>Open chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="248"/>
        <source>Add label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="249"/>
        <source>Remove label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="269"/>
        <source>Delete all data of this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="271"/>
        <source>The contact, their chats, messages, files, labels, notes and consent record are deleted now and cannot be brought back. A receipt keeps only a scrambled form of the number, the times and how much was deleted.

Delete everything about this customer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="281"/>
        <source>Choose a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="313"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="313"/>
        <source>Contacts (*.csv *.vcf *.vcard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="326"/>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="326"/>
        <source>CSV (*.csv);;vCard (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsViewModel</name>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/contacts.py" line="126"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/contacts.py" line="218"/>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="246"/>
        <source>📷 Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="247"/>
        <source>🎬 Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="248"/>
        <source>🎤 Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="249"/>
        <source>📄 Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="250"/>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="251"/>
        <source>📍 Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="252"/>
        <source>👤 Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="253"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="254"/>
        <source>🛒 Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="255"/>
        <source>Unsupported message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/delegates/conversation_delegate.py" line="264"/>
        <source>You: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/counted_texts.py" line="14"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/counted_texts.py" line="17"/>
        <source>You have %n new message(s)</source>
        <translation>
            <numerusform>You have %n new message</numerusform>
            <numerusform>You have %n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/counted_texts.py" line="20"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/counted_texts.py" line="23"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="104"/>
        <source>Phone number id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="105"/>
        <source>WhatsApp Business Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="98"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="90"/>
        <source>Your access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="91"/>
        <source>Paste them from Meta. WhatsApp is asked what they reach before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="99"/>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="100"/>
        <source>Advanced: the ids, if you have them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="106"/>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletionConfirmation</name>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="48"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="49"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="52"/>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="54"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="55"/>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="60"/>
        <source>Deletion confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="61"/>
        <source>(business name not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="62"/>
        <source>At the customer&apos;s request, all data this business kept about them in Monggo Pinarak Desktop has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="68"/>
        <source>What was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="70"/>
        <source>Customer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="72"/>
        <source>A salted SHA-256 hash of the customer&apos;s number: it shows which request this was, while the number itself is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/deletion_confirmation.py" line="77"/>
        <source>Written on {when} by Monggo Pinarak Desktop {version}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="27"/>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="30"/>
        <source>Choose two contacts of a group: the first one chosen is kept, the other is merged into it (its chats, messages, labels, notes and consent record move over).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="37"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="37"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="37"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="41"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="64"/>
        <source>No possible duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="65"/>
        <source>Same number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="65"/>
        <source>Same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="88"/>
        <source>Choose the contact to keep, then the one to merge into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="95"/>
        <source>Keeps {name}; moves {chats} with {messages} and {records}; labels afterwards: {labels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="97"/>
        <source>%n chat(s)</source>
        <translation>
            <numerusform>%n chat</numerusform>
            <numerusform>%n chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="98"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/duplicates_dialog.py" line="99"/>
        <source>%n consent record(s)</source>
        <translation>
            <numerusform>%n consent record</numerusform>
            <numerusform>%n consent records</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyList</name>
    <message>
        <location filename="../../monggo_desktop/ui/new_chat.py" line="138"/>
        <source>No chats yet.

Start one with New chat (Ctrl+N), or wait: a customer who writes to your WhatsApp number appears here. The status bar says whether this computer can receive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/error_dialog.py" line="19"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_dialog.py" line="21"/>
        <source>Monggo Pinarak hit an unexpected problem and carried on. Nothing you typed was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_dialog.py" line="27"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="40"/>
        <source>Wrong passphrase, or this is not a Monggo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="41"/>
        <source>There is no Monggo database in this folder yet: set the app up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="44"/>
        <source>The database key is missing from the system keyring: recover it with the recovery key shown at setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="48"/>
        <source>That is not a valid recovery key: check it for typos (groups of 5 letters and digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="51"/>
        <source>The disk is full: free some space and try again. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="54"/>
        <source>The database file is damaged (a page failed its integrity check): restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="32"/>
        <source>Export data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="34"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="36"/>
        <source>Empty: the whole account; or one customer&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="37"/>
        <source>Encrypt the ZIP with a passphrase (AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="41"/>
        <source>At least 12 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="47"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="52"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="53"/>
        <source>Whose data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="55"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="72"/>
        <source>Choose where to save the export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="77"/>
        <source>Export without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="79"/>
        <source>The ZIP will hold names, numbers and messages that anyone who gets the file can read. Keep it safe and delete it when done.

Write it unencrypted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="89"/>
        <source>Writing the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="95"/>
        <source>Save the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="106"/>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="106"/>
        <source>NOT encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="108"/>
        <source>Exported {messages} of {contacts} ({how}) to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="109"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="110"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/export_dialog.py" line="128"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="26"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="27"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="50"/>
        <source>Imported {done} of %n entries…</source>
        <translation>
            <numerusform>Imported {done} of %n entry…</numerusform>
            <numerusform>Imported {done} of %n entries…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="55"/>
        <source>Import cancelled: what was imported is kept whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="62"/>
        <source>{created} new, {merged} updated, {unchanged} unchanged, {skipped} skipped, {rejected} refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="74"/>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="91"/>
        <source>Stopping after the rows in hand…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="66"/>
        <source>Connect your WhatsApp Business number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="69"/>
        <source>Monggo Pinarak needs two things from your app in Meta&apos;s developer dashboard (developers.facebook.com): an access token and the app secret. For a token that keeps working, use a system user&apos;s: in Meta Business settings open Users → System users, add one, assign it your app and your WhatsApp account, and Generate new token with the whatsapp_business_messaging and whatsapp_business_management permissions. The app secret is under App settings → Basic. The app finds your number from the token and connects this computer to WhatsApp by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="78"/>
        <source>Try the demo instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="83"/>
        <source>No Meta account yet? The demo shows every screen with made-up chats.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="38"/>
        <source>Previous chat in the list (the list keeps the focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="39"/>
        <source>Next chat in the list (the list keeps the focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="40"/>
        <source>In the list: write in the open chat. In the message: send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="41"/>
        <source>A new line in the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="42"/>
        <source>Send the message when Enter is set to start a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="43"/>
        <source>Leave the message for the next field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="44"/>
        <source>Close the quick replies, or stop replying to a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="45"/>
        <source>At the start of a word in the message: the quick replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="49"/>
        <source>Next chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="50"/>
        <source>Previous chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="51"/>
        <source>Reply to the customer&apos;s last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="52"/>
        <source>React to the customer&apos;s last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="53"/>
        <source>New chat: write to a customer by their number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="54"/>
        <source>Search the chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="55"/>
        <source>This list of keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="30"/>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="32"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="33"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="34"/>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="35"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="61"/>
        <source>{name} (%n contact(s))</source>
        <translation>
            <numerusform>{name} (%n contact)</numerusform>
            <numerusform>{name} (%n contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="102"/>
        <source>Delete the label {name}? It is taken off %n contact(s); the contacts stay.</source>
        <translation>
            <numerusform>Delete the label {name}? It is taken off %n contact; the contacts stay.</numerusform>
            <numerusform>Delete the label {name}? It is taken off %n contacts; the contacts stay.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="74"/>
        <source>New label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="74"/>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="82"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="82"/>
        <source>Rename label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="90"/>
        <source>Label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/labels_dialog.py" line="100"/>
        <source>Delete label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../monggo_desktop/ui/lock_screen.py" line="50"/>
        <source>Monggo Pinarak is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/lock_screen.py" line="56"/>
        <source>Messages keep arriving and going out in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/lock_screen.py" line="62"/>
        <source>App lock passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/lock_screen.py" line="63"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/lock_screen.py" line="65"/>
        <source>Forgot the passphrase? Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/lock_screen.py" line="77"/>
        <source>Type the recovery key you saved at setup. You then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/lock_screen.py" line="80"/>
        <source>Unlock with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/lock_screen.py" line="81"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/lock_screen.py" line="159"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="103"/>
        <source>Monggo Pinarak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="107"/>
        <source>Search names, numbers and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="112"/>
        <source>Which conversations to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="127"/>
        <source>Choose a conversation on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="134"/>
        <source>New chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="151"/>
        <source>Demo: simulated customers and a simulated WhatsApp. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="259"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="262"/>
        <source>Lock the app now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="315"/>
        <source>This business account was closed on {day}: nothing is received or sent. Its data is removed on {purge} unless you reopen it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/screens.py" line="61"/>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/screens.py" line="62"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/screens.py" line="63"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/screens.py" line="64"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/screens.py" line="65"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/screens.py" line="66"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="425"/>
        <source>All chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="426"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="427"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="430"/>
        <source>Label: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="443"/>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="443"/>
        <source>Pin to the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="445"/>
        <source>Move out of the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="445"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/new_chat.py" line="36"/>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/new_chat.py" line="38"/>
        <source>A contact&apos;s name, or 0812-3456-7890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/new_chat.py" line="50"/>
        <source>WhatsApp lets a business write first only with an approved template: the chat opens with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/new_chat.py" line="55"/>
        <source>Open chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/new_chat.py" line="57"/>
        <source>Customer&apos;s WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../monggo_desktop/ui/notice_banner.py" line="24"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/notice_banner.py" line="41"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_dialog.py" line="17"/>
        <source>Unlock Monggo Pinarak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_dialog.py" line="20"/>
        <source>Your messages are encrypted with your passphrase. Type it to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_dialog.py" line="25"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_dialog.py" line="31"/>
        <source>Forgot the passphrase? Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_dialog.py" line="37"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_dialog.py" line="70"/>
        <source>That recovery key does not open this database. Check it for typos, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_dialog.py" line="73"/>
        <source>That passphrase does not open this database. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_dialog.py" line="82"/>
        <source>Type the recovery key you saved at setup. You then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_dialog.py" line="94"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseHint</name>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_hint.py" line="32"/>
        <source>Too short: {count} more characters. Four or five unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_hint.py" line="42"/>
        <source>Long enough. Type it again below; the two must match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/passphrase_hint.py" line="46"/>
        <source>Long enough, and the two match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="242"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="246"/>
        <source>This computer has no safe place for passwords, so your passphrase will protect the data. You type it each time the app starts; without it the data cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="256"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="257"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <location filename="../../monggo_desktop/ui/picture_viewer.py" line="13"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderWindow</name>
    <message>
        <location filename="../../monggo_desktop/ui/placeholder_window.py" line="14"/>
        <source>Monggo Pinarak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/placeholder_window.py" line="39"/>
        <source>Monggo Pinarak is not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/placeholder_window.py" line="42"/>
        <source>To look around first, start the demo: monggo-desktop --demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="17"/>
        <source>Messages, with their files and search entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="18"/>
        <source>Account data after the account is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="19"/>
        <source>Encrypted backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="20"/>
        <source>Log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="21"/>
        <source>Usage analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="29"/>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="30"/>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="31"/>
        <source>webhook bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="32"/>
        <source>closed accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="33"/>
        <source>usage events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="34"/>
        <source>backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="35"/>
        <source>log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="36"/>
        <source>chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="37"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="38"/>
        <source>consent entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="39"/>
        <source>waiting delivery updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="40"/>
        <source>files deleted at Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="41"/>
        <source>files Meta did not delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="48"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="53"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="54"/>
        <source>stopped; continued at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="55"/>
        <source>failed; tried again tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="56"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="57"/>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="58"/>
        <source>executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="59"/>
        <source>done and checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="66"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="67"/>
        <source>the backups folder in the data directory cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="71"/>
        <source>an unexpected error (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="80"/>
        <source>The database key is kept in a keyring that is not safe ({reason}): use a secure one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="83"/>
        <source>The database uses SQLCipher {subject}, not 4.x: update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="86"/>
        <source>The database pages are checked with {subject}, weaker than HMAC-SHA256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="89"/>
        <source>The database file is not encrypted: restore a backup or set the app up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="92"/>
        <source>{subject} database pages fail their check: restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="95"/>
        <source>The folder {subject} is open to other users ({reason}): make it 700.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="98"/>
        <source>The file {subject} can be read by other users ({reason}): make it 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="101"/>
        <source>{subject} may hold personal data unencrypted: move it out of the data directory or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="104"/>
        <source>The webhook receiver listens on {subject}, not only on this computer: bind it to 127.0.0.1 behind your TLS proxy or tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="109"/>
        <source>The Cloud API address {subject} does not use HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="110"/>
        <source>{subject} is a full copy of the data an earlier restore replaced, and nothing removes it: delete it (restore it into another folder first if you still need it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="115"/>
        <source>{subject}, the record of deletion requests, is damaged: put back a copy, or deleted customers could return with a restored backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="38"/>
        <source>Privacy center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="45"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="45"/>
        <source>Kept for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="45"/>
        <source>The policy allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="48"/>
        <source>Remove it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="43"/>
        <source>Export data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="50"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="50"/>
        <source>Whose data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="50"/>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="50"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="54"/>
        <source>Save confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="58"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="58"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="58"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="135"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="147"/>
        <source>the whole account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="147"/>
        <source>one customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="148"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="148"/>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="149"/>
        <source>(name removed with the customer&apos;s data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="190"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="190"/>
        <source>Text file (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="192"/>
        <source>Save the deletion confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="52"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="52"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="52"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="52"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="119"/>
        <source>What is kept, and for how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="100"/>
        <source>The next retention run (at every start and daily)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="124"/>
        <source>Last retention runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="105"/>
        <source>Deletion requests (receipts keep a hash of the number only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="125"/>
        <source>What Meta keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="83"/>
        <source>Removed: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="61"/>
        <source>Meta keeps the content of Cloud API messages on its side for up to 30 days to deliver them, and a media id sent by WhatsApp stops working after 7 days (files are downloaded and kept encrypted here before that). Deleting a customer here also deletes the files sent to them from Meta&apos;s servers when Meta can be reached; the rest of what Meta keeps is beyond reach from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="86"/>
        <source>Backed up to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="92"/>
        <source>Saved as {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="122"/>
        <source>Exports made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_page.py" line="139"/>
        <source>Past its period now: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="58"/>
        <source>Business profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="63"/>
        <source>Loading the profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="72"/>
        <source>halo@toko.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="76"/>
        <source>https://toko.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="96"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="98"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="99"/>
        <source>Fetch the profile from WhatsApp again (unsaved edits are dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="106"/>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="107"/>
        <source>Use this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="133"/>
        <source>What customers see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="136"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="137"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="138"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="139"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="140"/>
        <source>Website 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="141"/>
        <source>Website 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="153"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="161"/>
        <source>Profile photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="170"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="173"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="174"/>
        <source>Verified name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="175"/>
        <source>Name status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="176"/>
        <source>Quality rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="177"/>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="178"/>
        <source>Messaging limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="236"/>
        <source>{n} / {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="266"/>
        <source>Up to date with WhatsApp as of {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="268"/>
        <source>Showing the copy kept on this computer, fetched {when}. Checking WhatsApp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="271"/>
        <source>Offline: showing the copy kept on this computer, fetched {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="292"/>
        <source>Choose a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="301"/>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="302"/>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="312"/>
        <source>A square photo; the middle of a wider picture is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="318"/>
        <source>A photo is set; it shows here when WhatsApp can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="321"/>
        <source>No profile photo yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="333"/>
        <source>This is how customers will see it. Upload it with “Use this photo”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="343"/>
        <source>The profile is not loaded yet: press Reload to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="369"/>
        <source>Choose a profile photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="371"/>
        <source>Pictures (*.jpg *.jpeg *.png *.webp *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTexts</name>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="14"/>
        <source>Not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="15"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="16"/>
        <source>Automotive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="17"/>
        <source>Beauty, spa and salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="18"/>
        <source>Clothing and apparel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="19"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="20"/>
        <source>Entertainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="21"/>
        <source>Event planning and service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="22"/>
        <source>Finance and banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="23"/>
        <source>Food and grocery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="24"/>
        <source>Public service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="25"/>
        <source>Hotel and lodging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="26"/>
        <source>Medical and health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="27"/>
        <source>Non-profit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="28"/>
        <source>Professional services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="29"/>
        <source>Shopping and retail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="30"/>
        <source>Travel and transportation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="31"/>
        <source>Restaurant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="32"/>
        <source>Not a business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="39"/>
        <source>High (green)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="40"/>
        <source>Medium (yellow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="41"/>
        <source>Low (red): sending may be limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="42"/>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="49"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="50"/>
        <source>Shown without review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="51"/>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="52"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="53"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="54"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="61"/>
        <source>Standard (80 messages a second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="62"/>
        <source>High (up to 1,000 messages a second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="63"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="70"/>
        <source>50 customers a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="71"/>
        <source>250 customers a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="72"/>
        <source>1,000 customers a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="73"/>
        <source>2,000 customers a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="74"/>
        <source>10,000 customers a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="75"/>
        <source>100,000 customers a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="76"/>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="83"/>
        <source>Website {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="85"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="86"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="87"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="88"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="89"/>
        <source>Websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="90"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="98"/>
        <source>{field}: at most {limit} characters (this has {length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="101"/>
        <source>{field}: cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="102"/>
        <source>{field}: not an e-mail address (it needs an @, like halo@toko.example)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="105"/>
        <source>{field}: a web address starts with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="108"/>
        <source>{field}: at most {limit} addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="109"/>
        <source>{field}: choose one of the categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_texts.py" line="118"/>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileViewModel</name>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/profile.py" line="36"/>
        <source>that file is not a picture this app can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/profile.py" line="98"/>
        <source>Saved: customers see the new profile on WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/profile.py" line="107"/>
        <source>The new profile photo is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivePage</name>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="376"/>
        <source>Receive messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="378"/>
        <source>Customers&apos; replies reach this computer through a secure public address the app sets up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="382"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="407"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="409"/>
        <source>Connecting… a new tunnel can take up to a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="437"/>
        <source>This computer can receive messages. The app keeps the connection up while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="441"/>
        <source>Receiving is off: you can turn it on later in Settings → Receiving messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="444"/>
        <source>Not connected yet: Retry, or finish and the app keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receiving</name>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="15"/>
        <source>Automatic (a tunnel the app runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="16"/>
        <source>Stable tunnel (Cloudflare account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="17"/>
        <source>My own address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="18"/>
        <source>Off (send only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="24"/>
        <source>Tunnel started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="25"/>
        <source>Reachable from the internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="26"/>
        <source>Registered with WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="27"/>
        <source>Verified by WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="33"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="36"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="38"/>
        <source>{n} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="40"/>
        <source>{n} h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="47"/>
        <source>Receiving is off: this computer only sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="49"/>
        <source>Not receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="51"/>
        <source>Connecting to WhatsApp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="53"/>
        <source>Not reachable: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="55"/>
        <source>Registered with WhatsApp; waiting for the first message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="57"/>
        <source>a tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="59"/>
        <source>your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="61"/>
        <source>Receiving through {via} · last message {ago}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="68"/>
        <source>cloudflared is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="69"/>
        <source>the tunnel did not start or stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="70"/>
        <source>the internet does not reach this computer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="71"/>
        <source>WhatsApp refused to register this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="72"/>
        <source>WhatsApp refused the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="73"/>
        <source>the receiving settings are incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="74"/>
        <source>the receiver cannot listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="77"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="84"/>
        <source>Messages sent while this computer was off arrive once it is reachable: WhatsApp retries them for up to 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="94"/>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="96"/>
        <source>in Settings → Receiving messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_texts.py" line="98"/>
        <source>Install cloudflared (Windows: winget install --id Cloudflare.cloudflared; macOS: brew install cloudflared; Linux: Cloudflare&apos;s cloudflared package), then Retry; or choose the program file {where}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivingIndicator</name>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_indicator.py" line="34"/>
        <location filename="../../monggo_desktop/ui/receiving_indicator.py" line="59"/>
        <source>Fix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_indicator.py" line="59"/>
        <source>Turn on…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivingSection</name>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_section.py" line="25"/>
        <source>Receiving messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_section.py" line="35"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_section.py" line="50"/>
        <source>Receiver address on this computer (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_section.py" line="53"/>
        <source>Where the app waits for WhatsApp&apos;s messages. Keep 127.0.0.1: the tunnel reaches it there, and nothing else on your network can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_section.py" line="59"/>
        <source>Receiver port (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_section.py" line="61"/>
        <source>Change it only when another program uses this port, or your own address forwards to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_section.py" line="77"/>
        <source>Public address: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_section.py" line="84"/>
        <source>Sending a signed test through the public address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/receiving_section.py" line="89"/>
        <source>Not through yet; a new tunnel can take up to a minute (try {n})…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivingViewModel</name>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/receiving.py" line="43"/>
        <source>The internet reaches this computer: a test went out and came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/receiving.py" line="46"/>
        <source>The test did not come back: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="149"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="152"/>
        <source>If the passphrase is ever forgotten, this recovery key opens your data. Write it down or print it and keep it somewhere safe, away from this computer. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="161"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/app_lock_dialog.py" line="163"/>
        <source>I have saved it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="334"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="337"/>
        <source>The database key is in the system keyring. If the keyring is ever lost or reset, this recovery key opens your data again. It is shown only now: write it down or keep it in a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="345"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="347"/>
        <source>I have saved it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyBar</name>
    <message>
        <location filename="../../monggo_desktop/ui/composer.py" line="185"/>
        <source>Do not reply to this message (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/composer.py" line="196"/>
        <source>Replying to {who}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="78"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="79"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="80"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="81"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="82"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="85"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="87"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="96"/>
        <source>Computed on this computer from the messages it holds. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="120"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="122"/>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="135"/>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="145"/>
        <source>No messages in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="139"/>
        <source>Median first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="140"/>
        <source>90% answered within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="141"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="142"/>
        <source>Read (of delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="143"/>
        <source>App opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="144"/>
        <source>Chats from your ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="146"/>
        <source>No failed sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="147"/>
        <source>No templates sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="148"/>
        <source>No customer messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="149"/>
        <source>{row} {column}:00: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/reports_page.py" line="150"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/reports_page.py" line="204"/>
        <source>{n} of %n turn(s) answered</source>
        <translation>
            <numerusform>{n} of %n turn answered</numerusform>
            <numerusform>{n} of %n turns answered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="216"/>
        <source>click-to-WhatsApp ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/reports_page.py" line="219"/>
        <source>on %n day(s)</source>
        <translation>
            <numerusform>on %n day</numerusform>
            <numerusform>on %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="160"/>
        <source>Messages per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="162"/>
        <source>Failed sends by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="163"/>
        <source>Templates sent by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="166"/>
        <source>Busiest hours (customer messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="194"/>
        <source>{first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="210"/>
        <source>{n} sent, {failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="214"/>
        <source>{n} of {total} delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="222"/>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="222"/>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="224"/>
        <source>{day}: {inbound} in, {outbound} out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="233"/>
        <source>Unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="236"/>
        <source>Unknown template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="251"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="253"/>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="274"/>
        <source>Export the report as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="274"/>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="281"/>
        <source>Export the report&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="281"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionIndicator</name>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/retention_indicator.py" line="29"/>
        <source>Removed %n message(s) past the 30-day retention period</source>
        <translation>
            <numerusform>Removed %n message past the 30-day retention period</numerusform>
            <numerusform>Removed %n messages past the 30-day retention period</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/retention_indicator.py" line="32"/>
        <source>Removing old messages: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteFields</name>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="37"/>
        <source>Paste the tunnel&apos;s token (kept like a password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="38"/>
        <source>Save token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="44"/>
        <source>Found automatically when installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="45"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="50"/>
        <source>How WhatsApp reaches this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="52"/>
        <source>Tunnel hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="53"/>
        <source>Tunnel token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="54"/>
        <source>Your https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="55"/>
        <source>cloudflared program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="74"/>
        <source>The app runs Cloudflare&apos;s free cloudflared program and registers its address with WhatsApp. No account needed; the address changes at each start, and the app registers it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="78"/>
        <source>A named tunnel in your Cloudflare account: a fixed address on your own domain. Paste its token and hostname from Cloudflare&apos;s dashboard (Networks → Tunnels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="82"/>
        <source>An https address that already leads to this computer (your proxy, ngrok or Tailscale Funnel) and forwards to the receiver below. The app registers it with WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="85"/>
        <source>Send only: customers&apos; replies do not reach this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/route_fields.py" line="98"/>
        <source>Choose the cloudflared program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="282"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="285"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="303"/>
        <source>Creating the encrypted database and storing the credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="310"/>
        <source>in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="310"/>
        <source>inside the encrypted database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="312"/>
        <source>Saved. The credentials are kept {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="318"/>
        <source>Nothing was saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="13"/>
        <source>the business account is closed: reopen it in Settings to receive again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="15"/>
        <source>without a message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="16"/>
        <source>without confirming the read receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="18"/>
        <source>without a media id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="19"/>
        <source>without a download address for the media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="20"/>
        <source>the media file is larger than WhatsApp allows: it was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="21"/>
        <source>the media file arrived incomplete: it will be downloaded again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="22"/>
        <source>the media file arrived damaged: it will be downloaded again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="23"/>
        <source>without confirming the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="24"/>
        <source>is not a business profile field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="25"/>
        <source>without confirming the profile update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="26"/>
        <source>is needed to upload a profile photo: add it in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="27"/>
        <source>must be a JPEG or PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="28"/>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="29"/>
        <source>without an upload session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="30"/>
        <source>HTTP {status} for the profile photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="31"/>
        <source>with a profile photo larger than WhatsApp allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="32"/>
        <source>The profile photo could not be fetched: check the internet connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="33"/>
        <source>without a file handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="34"/>
        <source>with a next page on another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="35"/>
        <source>with more pages of templates than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="36"/>
        <source>is not a WhatsApp media id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="38"/>
        <source>about the token without its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="39"/>
        <source>with more pages of phone numbers than expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="40"/>
        <source>with a WhatsApp Business Account id that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="42"/>
        <source>the app&apos;s subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="43"/>
        <source>the webhook override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="44"/>
        <source>removing the webhook override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="45"/>
        <source>the app&apos;s webhook subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="46"/>
        <source>without confirming {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="48"/>
        <source>The access token is no longer valid: paste a new one in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="49"/>
        <source>The access token has expired: paste a new one in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="50"/>
        <source>The access token lacks a permission this needs: check the system user&apos;s permissions in Meta Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="54"/>
        <source>WhatsApp denied access: check the system user&apos;s permissions in Meta Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="55"/>
        <source>WhatsApp is limiting how fast this app sends: sending resumes shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="56"/>
        <source>The WhatsApp account reached its rate limit: sending resumes shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="57"/>
        <source>The number&apos;s sending speed limit was reached: sending resumes shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="58"/>
        <source>Too many messages to this customer in a short time: the next one waits a few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="61"/>
        <source>WhatsApp limited sending because of spam reports: check the number&apos;s quality rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="64"/>
        <source>WhatsApp held back this marketing message for this customer: try again after 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="67"/>
        <source>More than 24 hours since the customer&apos;s last message: send an approved template instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="70"/>
        <source>The message could not be delivered: the number may not use WhatsApp, or uses an old app version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="74"/>
        <source>This number is not on the test number&apos;s allowed list: add it in Meta&apos;s dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="77"/>
        <source>The WhatsApp Business account is locked: check Meta Business settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="78"/>
        <source>A payment problem with the WhatsApp Business account: check billing in Meta Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="81"/>
        <source>The customer has stopped marketing messages from this business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="82"/>
        <source>WhatsApp does not support this message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="83"/>
        <source>WhatsApp does not let this kind of message go to a customer known only by their username: send a plain message, or ask them for their number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="87"/>
        <source>The customer&apos;s media could not be downloaded: ask them to send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="88"/>
        <source>The media could not be uploaded: check its type and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="89"/>
        <source>A message cannot be sent to the business&apos;s own number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="90"/>
        <source>The phone number is not registered with the Cloud API: register it in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="93"/>
        <source>Too many registration attempts: wait before trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="94"/>
        <source>The account is blocked for policy violations: see Meta Business support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="95"/>
        <source>The customer is part of a WhatsApp experiment and cannot receive this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="96"/>
        <source>WhatsApp refused the request as invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="97"/>
        <source>WhatsApp refused the request: a required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="98"/>
        <source>WhatsApp refused the request: a field has a value it does not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="99"/>
        <source>The template does not match its approved form (parameters, length, or it is paused or disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="103"/>
        <source>WhatsApp is temporarily unavailable: it will be tried again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="104"/>
        <source>WhatsApp refused the request (error {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="105"/>
        <source>WhatsApp refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="106"/>
        <source>WhatsApp answered {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="107"/>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="108"/>
        <source>WhatsApp answered HTTP {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="110"/>
        <source>at most {most} characters (this has {length})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="111"/>
        <source>at least {least} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="112"/>
        <source>WhatsApp does not accept files of type {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="113"/>
        <source>unknown media kind {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="114"/>
        <source>a {kind} must be one of {types}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="115"/>
        <source>a {kind} of type {type} may be at most {most} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="116"/>
        <source>1 to {most} reply buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="117"/>
        <source>each button needs its own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="119"/>
        <source>unknown parameter type {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="120"/>
        <source>a WhatsApp number, digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="121"/>
        <source>a {kind} takes no caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="122"/>
        <source>only documents have a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="123"/>
        <source>only audio can be a voice note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="124"/>
        <source>latitude -90..90 and longitude -180..180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="125"/>
        <source>at least one contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="126"/>
        <source>needs name.formatted_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="127"/>
        <source>1 to {most} sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="128"/>
        <source>1 to {most} rows across all sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="129"/>
        <source>each row needs its own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="130"/>
        <source>each section needs a title when there are several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="132"/>
        <source>no answer ({failure})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="133"/>
        <source>the tunnel answered HTTP {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="134"/>
        <source>the probe came back to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="135"/>
        <source>another receiver answered (HTTP {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="137"/>
        <source>with something that is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="138"/>
        <source>with an unexpected shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="139"/>
        <source>WhatsApp did not answer in time: check the internet connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="140"/>
        <source>Cannot reach WhatsApp: check the internet connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="141"/>
        <source>The connection to WhatsApp broke off: check the internet connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="142"/>
        <source>refusing to send credentials over an unencrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="144"/>
        <source>the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="145"/>
        <source>cloudflared is not at the path {source} gives ({file}): choose it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="146"/>
        <source>cloudflared is not installed: {hint}, or choose the program file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="147"/>
        <source>cloudflared could not be started ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="148"/>
        <source>cloudflared gave no public address within a minute: check the internet connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="151"/>
        <source>cloudflared refused the tunnel token (exit code {code}): paste the token again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="154"/>
        <source>cloudflared could not get a quick tunnel from Cloudflare (exit code {code}): check the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="158"/>
        <source>cloudflared stopped before giving a public address (exit code {code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="160"/>
        <source>a webhook request was refused, it is not a WhatsApp Cloud API event ({where}: {problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="163"/>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="164"/>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="165"/>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="166"/>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="167"/>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="169"/>
        <source>the {what} is the long number shown in Meta&apos;s dashboard (digits only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="170"/>
        <source>the API version looks like {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="171"/>
        <source>the API base must be a URL such as {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="172"/>
        <source>the API base must use https (plain http is allowed only on this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="173"/>
        <source>the API base is a plain URL without query, fragment or user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="175"/>
        <source>the name is {length} characters long; at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="176"/>
        <source>the notes are {length} characters long; at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="177"/>
        <source>the label {label}… is too long; at most {most} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="178"/>
        <source>a custom field needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="179"/>
        <source>the field {field} is too long: names take {key_most}, values {value_most} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="182"/>
        <source>the field {field} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="183"/>
        <source>at most {most} custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="185"/>
        <source>wrong passphrase or not a Monggo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="186"/>
        <source>no Monggo database in this data directory: run `monggo-desktop setup` first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="187"/>
        <source>the database key is missing from the system keyring: run `monggo-desktop recover` with the recovery key shown at setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="191"/>
        <source>that is not a valid recovery key: check it for typos (groups of 5 letters and digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="194"/>
        <source>this database was written by a newer Monggo Pinarak (schema {found}, this version knows up to {supported}): install the newer version to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="198"/>
        <source>the disk is full: free some space and try again (nothing was saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="199"/>
        <source>the database file is damaged (a page failed its integrity check): restore it from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="203"/>
        <source>its country code does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="204"/>
        <source>it is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="205"/>
        <source>it is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="206"/>
        <source>it has the wrong number of digits for its country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="207"/>
        <source>check the digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="208"/>
        <source>the phone number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="209"/>
        <source>not a phone number: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="210"/>
        <source>impossible phone number: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="211"/>
        <source>not a valid phone number for its country: check the digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="212"/>
        <source>{number} is a landline: it cannot have WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="213"/>
        <source>a WhatsApp id holds digits only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="214"/>
        <source>unknown country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="215"/>
        <source>it has no digits in the right places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="216"/>
        <source>too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="217"/>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="219"/>
        <source>at most {most} addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="220"/>
        <source>is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="221"/>
        <source>must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="222"/>
        <source>must be one of the categories WhatsApp lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="224"/>
        <source>the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="225"/>
        <source>your own address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="226"/>
        <source>{what} must be a URL that starts with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="227"/>
        <source>{what} must start with https:// (WhatsApp delivers only over HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="228"/>
        <source>{what} must not carry a query (?…) or a fragment (#…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="229"/>
        <source>{what} is too long: WhatsApp takes callback URLs of up to {most} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="230"/>
        <source>the tunnel&apos;s hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="231"/>
        <source>the tunnel&apos;s hostname looks like shop.example.com (from Cloudflare&apos;s dashboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="235"/>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="236"/>
        <source>closed accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="237"/>
        <source>backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="238"/>
        <source>logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="239"/>
        <source>usage events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="240"/>
        <source>the webhook receiver needs an address to listen on, such as 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="241"/>
        <source>the webhook port is a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="242"/>
        <source>the Meta app id holds digits only (App settings &gt; Basic in Meta&apos;s dashboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="243"/>
        <source>the phone region is a two-letter country code, such as ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="244"/>
        <source>the app locks after 1 to 1440 idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="245"/>
        <source>{what} are kept 1 to {most} days: the privacy policy allows no longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="247"/>
        <source>a media file is damaged or does not belong here: download it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="249"/>
        <source>no system keyring is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="250"/>
        <source>the system keyring encrypts its secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="251"/>
        <source>the system keyring is switched off (null backend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="252"/>
        <source>the keyring backend {backend} keeps secrets in a plain file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="253"/>
        <source>the keyring backend {backend} is not known to encrypt secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="255"/>
        <source>{reason}: secrets are never stored there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="256"/>
        <source>the system keyring did not keep what was written to it: check that it is unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="259"/>
        <source>the database key in the system keyring is damaged: run `monggo-desktop recover`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="262"/>
        <source>the system keyring refused the request ({failure}): unlock it, or allow Monggo Pinarak to use it, and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="267"/>
        <source>{file} in the data directory is unreadable or damaged: restore it from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="271"/>
        <source>this business account was closed on {closed}: nothing is received or sent, and its data is removed on {purge} unless it is reopened in the app&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="276"/>
        <source>the app lock is already on: change its passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="277"/>
        <source>without a secure system keyring the passphrase is what protects the database: it stays on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="280"/>
        <source>that recovery key does not belong to this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="281"/>
        <source>the current passphrase is not right: check Caps Lock and the keyboard layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="283"/>
        <source>not connected to WhatsApp yet: add the access token with `monggo-desktop setup`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="286"/>
        <source>the profile photo must be a JPEG or PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="287"/>
        <source>{reason}: {details}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="289"/>
        <source>the account is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="290"/>
        <source>that does not look like an access token: copy it again from Meta&apos;s dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="291"/>
        <source>the access token cannot be changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="292"/>
        <source>that does not look like a tunnel token: copy it again from Cloudflare&apos;s dashboard (Networks → Tunnels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="296"/>
        <source>the tunnel token cannot be changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="298"/>
        <source>a legal basis is recorded with its basis, and only then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="299"/>
        <source>that contact no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="301"/>
        <source>that is not a WhatsApp username: write it as @name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="303"/>
        <source>the contacts export was cancelled: no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="304"/>
        <source>contacts are exported as CSV or vCard: give the file the extension .csv or .vcf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="307"/>
        <source>{path} is a folder: give the export a file name, such as contacts.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="308"/>
        <source>the folder {folder} does not exist: create it first or choose another place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="309"/>
        <source>the folder {folder} cannot be written: choose another place for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="310"/>
        <source>the contacts could not be written to {folder} ({reason}): nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="312"/>
        <source>the header has two {column} columns (columns {first} and {second}): keep one, then import the file again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="316"/>
        <source>the file has no phone column: its first line must name the columns, such as name,phone,labels,notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="320"/>
        <source>unknown legal basis: write consent, contract or legitimate interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="321"/>
        <source>malformed vCard: nothing of this card was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="322"/>
        <source>the card has no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="323"/>
        <source>malformed vCard line {line}: nothing of this card was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="325"/>
        <source>skipped (a deletion request covers this number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="326"/>
        <source>line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="327"/>
        <source>interrupted after {done:,} of 1 entry ({summary}): what was imported is whole; import the file again to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="331"/>
        <source>interrupted after {done:,} of {entries:,} entries ({summary}): what was imported is whole; import the file again to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="335"/>
        <source>not a WhatsApp BSUID (two letters, a dot, then letters and digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="337"/>
        <source>choose two different contacts to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="338"/>
        <source>one of the two contacts no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="340"/>
        <source>there is already a label called {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="341"/>
        <source>a label colour is written #rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="342"/>
        <source>customers cannot be deleted from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="343"/>
        <source>a label needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="345"/>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="346"/>
        <source>the row is too long (a cell over {cell:,} characters or a line over {line:,}): it was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="350"/>
        <source>it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="351"/>
        <source>cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="352"/>
        <source>the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="353"/>
        <source>{what} is a spreadsheet workbook, not CSV: save it as &quot;CSV UTF-8&quot; and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="356"/>
        <source>it holds NUL characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="357"/>
        <source>{what} is empty: nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="358"/>
        <source>{what} is not UTF-8 text ({where}): save it as UTF-8 (in a spreadsheet program: &quot;CSV UTF-8&quot;), then import it again; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="362"/>
        <source>it is not valid {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="363"/>
        <source>line {line} has a character in another encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="364"/>
        <source>the row cannot be read as CSV ({reason}): it was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="365"/>
        <source>line {line} is longer than {most:,} characters: nothing of this card was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="368"/>
        <source>the card has no END:VCARD line: nothing of this card was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="369"/>
        <source>the card is longer than {most:,} characters: nothing of it was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="370"/>
        <source>a line outside any vCard (BEGIN:VCARD … END:VCARD): it was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="372"/>
        <source>The message could not be delivered: the number may not use WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="374"/>
        <source>the file {file} could not be written in {folder} ({reason}): nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="378"/>
        <source>cannot receive webhooks on {host} port {port} ({reason}): choose another port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="380"/>
        <source>no customer known by that username has written yet: ask for their number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="381"/>
        <source>files cannot be sent from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="382"/>
        <source>that conversation no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="384"/>
        <source>files are not kept here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="385"/>
        <source>that file is no longer kept (removed by retention or on request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="386"/>
        <source>that file has not been downloaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="388"/>
        <source>the media file does not match what the customer sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="390"/>
        <source>the template {name} ({language}) is not approved for sending: sync templates first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="393"/>
        <source>this customer opted out of marketing messages: only utility and authentication templates may go to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="397"/>
        <source>an authentication template cannot go to a customer known only by their username: ask for their number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="401"/>
        <source>the template {name} needs 1 value, {given} given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="402"/>
        <source>the template {name} needs {needed} values, {given} given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="403"/>
        <source>the file to send is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="404"/>
        <source>only a message you sent can be sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="405"/>
        <source>this message was sent; there is nothing to resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="406"/>
        <source>this contact is blocked: unblock them on the Contacts screen to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="408"/>
        <source>at most {most} quick replies can be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="409"/>
        <source>the shortcut /{shortcut} may only hold letters, digits, - and _ (at most 32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="410"/>
        <source>the shortcut /{shortcut} is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="411"/>
        <source>the quick reply /{shortcut} has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="413"/>
        <source>no connection to WhatsApp: your messages wait and go out by themselves when it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="416"/>
        <source>WhatsApp is not answering right now: your messages wait and are retried by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="419"/>
        <source>sending {kind} messages is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="420"/>
        <source>the answer to the send was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="422"/>
        <source>{holder} already receives on this data directory: stop it first, or use another data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="426"/>
        <source>another Monggo Pinarak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="427"/>
        <source>{holder} receives on this data directory: stop it before {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="428"/>
        <source>the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="429"/>
        <source>{command} (process {pid}, since {since})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="430"/>
        <source>another Monggo Pinarak process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="432"/>
        <source>the backup was stopped: nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="433"/>
        <source>the backup could not be written: backups in the data directory is a file, not a folder (move it away); nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="437"/>
        <source>the backup could not be written ({reason}): check that the data directory&apos;s backups folder can be written; nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="441"/>
        <source>{folder} already holds a Monggo database: restore into an empty folder, or add --force to replace it (the current files are kept as a backup file, not deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="445"/>
        <source>{file} is not a Monggo Pinarak backup this version can restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="446"/>
        <source>{file} holds a file a backup never has ({member}): refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="447"/>
        <source>{file} is damaged ({member} does not match): nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="448"/>
        <source>there is no file {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="449"/>
        <source>{file} is damaged or not a backup: nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="451"/>
        <source>the security self-check is not available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="453"/>
        <source>{file} in the data folder is damaged: put back a copy of it, or move it away to start a new one (customers deleted before then could come back with a restored backup); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="458"/>
        <source>the export was cancelled: no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="459"/>
        <source>the export passphrase is too short: use at least {least} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="460"/>
        <source>no contact has that number, BSUID or username: nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="461"/>
        <source>{path} is a folder: give the export a file name, such as monggo-export.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="462"/>
        <source>{path} is inside the data directory: write the export somewhere else (the data directory holds only encrypted files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="466"/>
        <source>{path} is not a regular file: choose a new file name for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="467"/>
        <source>{path} already exists: choose another name, or pass --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="468"/>
        <source>{folder} is not a folder: choose another place for the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="469"/>
        <source>the export could not be written to {folder} ({reason}): nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="471"/>
        <source>no customer with that number, BSUID or username is kept here: nothing was deleted or recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="475"/>
        <source>the app is not receiving now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="477"/>
        <source>there is no public address yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="478"/>
        <source>an unexpected error ({failure}): it is tried again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="479"/>
        <source>the stable tunnel has no token: paste it in Settings, Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="480"/>
        <source>there is no app secret: run the setup again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="481"/>
        <source>checking that the internet reaches this computer (try {attempt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="482"/>
        <source>the public address leads to another computer or an old tunnel, not this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="483"/>
        <source>the internet does not reach this computer through the public address yet: the tunnel is retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="487"/>
        <source>the internet does not reach this computer through the public address: check your proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="490"/>
        <source>WhatsApp took the address but does not show it: it is retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="491"/>
        <source>the tunnel stopped: it is being started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="492"/>
        <source>the public address stopped reaching this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="494"/>
        <source>cannot reach WhatsApp to register this computer: check the internet connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="497"/>
        <source>WhatsApp refused the access token (expired or revoked): paste a new one in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="500"/>
        <source>the access token may not manage this WhatsApp account&apos;s webhooks: give its system user the whatsapp_business_management permission, with the app and the WhatsApp account assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="504"/>
        <source>WhatsApp could not verify the address (its check did not reach this computer): it is tried again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="508"/>
        <source>WhatsApp refused the address: the app is not subscribed to the WhatsApp Business Account, or an id is wrong; it is tried again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="512"/>
        <source>WhatsApp refused to register this computer (error {code}): it is tried again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="513"/>
        <source>WhatsApp refused to register this computer: it is tried again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="515"/>
        <source>the period must end after it begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="516"/>
        <source>a report covers at most {most} days: choose a shorter period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="518"/>
        <source>that recovery key does not open this database: it belongs to another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="519"/>
        <source>this database is opened with a passphrase; a recovery key does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="520"/>
        <source>Monggo Pinarak is locked with a passphrase: set MONGGO_PASSPHRASE or pass --passphrase-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="523"/>
        <source>this database is protected by a passphrase: set MONGGO_PASSPHRASE or pass --passphrase-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="526"/>
        <source>the database key is kept in the system keyring, but {reason}: start Monggo Pinarak where the keyring is available, or run `monggo-desktop recover`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="531"/>
        <source>the access token does not reach this phone number id: check both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="532"/>
        <source>the access token names no WhatsApp number: assign the WhatsApp account to the token&apos;s system user (Meta Business settings → Users → System users → Assign assets) and generate the token again, or type the phone number id and the WhatsApp Business Account id under Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="536"/>
        <source>the phone number id does not belong to this WhatsApp Business Account id: leave both empty and the app finds them from the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="540"/>
        <source>phone number id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="541"/>
        <source>WhatsApp Business Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="542"/>
        <source>WhatsApp account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="543"/>
        <source>cannot reach WhatsApp ({host}): check the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="544"/>
        <source>the access token was refused: it has expired (API Setup tokens last a day); {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="547"/>
        <source>the access token was refused: copy it again from Meta&apos;s dashboard, whole and without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="550"/>
        <source>the WhatsApp Business account is locked (a policy problem or a wrong two-step PIN): open WhatsApp Manager in Meta Business settings, see why, and request a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="554"/>
        <source>this phone number is not registered with the Cloud API yet: register it in WhatsApp Manager (Phone numbers → the number → Register), then test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="558"/>
        <source>the access token has no access to this {what}: give its system user the whatsapp_business_messaging and whatsapp_business_management permissions for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="562"/>
        <source>the {what} was not found: leave the ids empty and the app finds them from the token, or copy it from WhatsApp &gt; API Setup in Meta&apos;s dashboard {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="566"/>
        <source>(it is not the phone number itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="567"/>
        <source>(under the number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="568"/>
        <source>the API base URL ({host}) does not answer like WhatsApp&apos;s Graph API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="569"/>
        <source>the check failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="570"/>
        <source>this token reaches {count} numbers: run setup again with --phone-number-id and one of these ids
{lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="575"/>
        <source>in Meta Business settings open Users → System users, add a system user, assign it your app and your WhatsApp account, then Generate new token with the whatsapp_business_messaging and whatsapp_business_management permissions and no expiry, and use that token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="579"/>
        <source>this access token no longer works (expired or revoked): {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="580"/>
        <source>the access token lacks the {names} permission: generate the system user&apos;s token again with both WhatsApp permissions ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="585"/>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="586"/>
        <source>app secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="587"/>
        <source>webhook verify token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="588"/>
        <source>the {what} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="589"/>
        <source>the {what} contains spaces: paste it again without them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="590"/>
        <source>the passphrase is too short: use at least {least} characters (four or five unrelated words are easy to remember and hard to guess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="594"/>
        <source>{reason}, so Monggo Pinarak uses passphrase mode: set MONGGO_PASSPHRASE or pass --passphrase-file to choose the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="598"/>
        <source>this database is opened with a passphrase and there is no keyring to put a key into: use &quot;Forgot the passphrase?&quot; in the app&apos;s unlock window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="602"/>
        <source>{reason}: the key cannot be put back into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="604"/>
        <source>this build&apos;s SQLCipher is not version 4, so the database cannot be opened safely: reinstall the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="608"/>
        <source>the database could not switch to WAL mode: check the data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="609"/>
        <source>the database is busy in another Monggo Pinarak window or command: close it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="612"/>
        <source>the data directory cannot be written: check its permissions and free disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="616"/>
        <source>the data directory {folder} is not a folder: choose another with --data-dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="617"/>
        <source>the data directory {folder} cannot be written ({reason}): check its permissions or choose another with --data-dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_catalogue.py" line="622"/>
        <source>the copy was stopped: nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="104"/>
        <source>Paste the new access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="105"/>
        <source>Replace token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="115"/>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="129"/>
        <source>The system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="120"/>
        <source>Show a notification for new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="125"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="126"/>
        <source>Record usage analytics on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="129"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="130"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="136"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="140"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="140"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="144"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="145"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="148"/>
        <source>Close this business account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="150"/>
        <source>Reopen the business account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="65"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="208"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="223"/>
        <source>Graph API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="232"/>
        <source>Meta app id (at the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="56"/>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="153"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="57"/>
        <source>Receiving messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="58"/>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="167"/>
        <source>Quick replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="62"/>
        <source>App lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="65"/>
        <source>Privacy and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="74"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="121"/>
        <source>Enter sends the message (Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="122"/>
        <source>When this is off, Enter starts a new line and Ctrl+Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="154"/>
        <source>Language (at the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="157"/>
        <source>Default phone region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="159"/>
        <source>A number typed without + and a country code is read as this country&apos;s (ID: Indonesia, +62).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="161"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="168"/>
        <source>Type / and a shortcut in the message box to insert its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="174"/>
        <source>How long data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="178"/>
        <source>The privacy policy promises these as the longest times. You may keep data for less time, never longer; what is older goes at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="199"/>
        <source>Counts of which screens and actions are used, kept on this computer only and never sent. Turning it off deletes what was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="212"/>
        <source>The key that lets this app send and receive for your WhatsApp number. It is kept in the system&apos;s password store and never shown. Replace it when Meta says it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="220"/>
        <source>Connection to Meta (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="226"/>
        <source>The version of Meta&apos;s interface this app speaks. Change it only when Meta retires this one; Meta says so months ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="235"/>
        <source>Needed only to upload a profile photo. It is the number at the top of your app in Meta&apos;s App Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="244"/>
        <source>Receiving and sending stop at once. Everything of this account is removed 90 days later, as the privacy policy says; until then you can reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/settings_page.py" line="309"/>
        <source>%n usage event(s) recorded</source>
        <translation>
            <numerusform>%n usage event recorded</numerusform>
            <numerusform>%n usage events recorded</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="318"/>
        <source>Closed on {day}. Its data is removed on {purge} unless you reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="323"/>
        <source>Active: messages are received and sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="239"/>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="379"/>
        <source>Close the business account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="381"/>
        <source>Receiving and sending stop now. All data of this account is removed 90 days from today, as the privacy policy says, unless you reopen it before. Export the data first if you want to keep a copy (monggo-desktop export).

Close the account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/settings_page.py" line="137"/>
        <source>The privacy policy allows at most %n day(s)</source>
        <translation>
            <numerusform>The privacy policy allows at most %n day</numerusform>
            <numerusform>The privacy policy allows at most %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="185"/>
        <source>Messages, after delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="186"/>
        <source>Account data, after the account is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="187"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="188"/>
        <source>Log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="189"/>
        <location filename="../../monggo_desktop/ui/settings_page.py" line="193"/>
        <source>Usage analytics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsViewModel</name>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/settings.py" line="52"/>
        <source>Saved. The language and the receiver&apos;s own address change at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/settings.py" line="54"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/settings.py" line="73"/>
        <source>Access token replaced: messages waiting to be sent go out now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/settings.py" line="81"/>
        <source>The business account is closed: nothing is received or sent any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/settings.py" line="88"/>
        <source>The business account is open again: receiving and sending go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="455"/>
        <source>Set up Monggo Pinarak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/setup_wizard.py" line="457"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="87"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="89"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/keyboard.py" line="89"/>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="16"/>
        <source>Orders and service (utility)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="17"/>
        <source>Offers and news (marketing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="18"/>
        <source>Login codes (authentication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="37"/>
        <source>More than 24 hours since this customer&apos;s last message: WhatsApp allows only approved templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="46"/>
        <source>Send template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="76"/>
        <source>low quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="76"/>
        <source>quality dropping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="81"/>
        <source>No approved templates yet: they are synced from WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="126"/>
        <source>For example: {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="128"/>
        <source>Value {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Token</name>
    <message>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="12"/>
        <source>To get a token that keeps working: in Meta Business settings open Users → System users, add a system user, assign it your app and your WhatsApp account, then Generate new token with the whatsapp_business_messaging and whatsapp_business_management permissions and no expiry, and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="23"/>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="52"/>
        <source>The access token does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="25"/>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="56"/>
        <source>The access token works until {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="31"/>
        <source>This is a temporary token: it stops working within a day, and sending stops with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="35"/>
        <source>This token stops working within a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="37"/>
        <source>The access token no longer works (expired or revoked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="46"/>
        <source>Not checked with WhatsApp yet: it is checked at every start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="48"/>
        <source>WhatsApp refused the access token (expired or revoked): sending waits for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/token_texts.py" line="55"/>
        <source>The access token stops working on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenBanner</name>
    <message>
        <location filename="../../monggo_desktop/ui/token_banner.py" line="25"/>
        <source>Paste the new access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/token_banner.py" line="26"/>
        <source>Save token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenViewModel</name>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/token.py" line="37"/>
        <source>New access token saved: sending goes on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../monggo_desktop/ui/tray.py" line="67"/>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/tray.py" line="69"/>
        <source>New messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/tray.py" line="73"/>
        <location filename="../../monggo_desktop/ui/tray.py" line="157"/>
        <source>Monggo Pinarak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/tray.py" line="74"/>
        <source>{messages} from {customers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/tray.py" line="107"/>
        <source>Show Monggo Pinarak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/tray.py" line="108"/>
        <source>Notify me of new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/tray.py" line="112"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/tray.py" line="155"/>
        <source>Monggo Pinarak — {count} unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
