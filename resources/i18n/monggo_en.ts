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
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="48"/>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="50"/>
        <source>0812-3456-7890 or +62 812-3456-7890</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="58"/>
        <source>WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="60"/>
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
        <location filename="../../monggo_desktop/ui/viewmodels/chat.py" line="193"/>
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
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="102"/>
        <source>Search names and numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="107"/>
        <source>New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="109"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="112"/>
        <source>Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="113"/>
        <source>Possible duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="115"/>
        <source>Import from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="116"/>
        <source>Export to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="173"/>
        <source>Exported %n contact(s) to {name}</source>
        <translation>
            <numerusform>Exported %n contact to {name}</numerusform>
            <numerusform>Exported %n contacts to {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="198"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="282"/>
        <source>Deleted: %n message(s) and everything else about the customer. Receipt {id}.</source>
        <translation>
            <numerusform>Deleted: %n message and everything else about the customer. Receipt {id}.</numerusform>
            <numerusform>Deleted: %n messages and everything else about the customer. Receipt {id}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="212"/>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="245"/>
        <source>Open chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="246"/>
        <source>Add label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="247"/>
        <source>Remove label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="267"/>
        <source>Delete all data of this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="269"/>
        <source>The contact, their chats, messages, files, labels, notes and consent record are deleted now and cannot be brought back. A receipt keeps only a scrambled form of the number, the times and how much was deleted.

Delete everything about this customer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="279"/>
        <source>Choose a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="311"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="311"/>
        <source>Contacts (*.csv *.vcf *.vcard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="324"/>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/contacts_page.py" line="324"/>
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
        <location filename="../../monggo_desktop/ui/error_words.py" line="29"/>
        <source>Wrong passphrase, or this is not a Monggo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="30"/>
        <source>There is no Monggo database in this folder yet: set the app up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="33"/>
        <source>The database key is missing from the system keyring: recover it with the recovery key shown at setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="37"/>
        <source>That is not a valid recovery key: check it for typos (groups of 5 letters and digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="40"/>
        <source>The disk is full: free some space and try again. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/error_words.py" line="43"/>
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
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="25"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="26"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="49"/>
        <source>Imported {done} of %n entries…</source>
        <translation>
            <numerusform>Imported {done} of %n entry…</numerusform>
            <numerusform>Imported {done} of %n entries…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="54"/>
        <source>Import cancelled: what was imported is kept whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="61"/>
        <source>{created} new, {merged} updated, {unchanged} unchanged, {skipped} skipped, {rejected} refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="73"/>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/import_dialog.py" line="90"/>
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
        <location filename="../../monggo_desktop/ui/main_window.py" line="424"/>
        <source>All chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="425"/>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="426"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="429"/>
        <source>Label: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="442"/>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="442"/>
        <source>Pin to the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="444"/>
        <source>Move out of the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/main_window.py" line="444"/>
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
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="16"/>
        <source>Messages, with their files and search entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="17"/>
        <source>Account data after the account is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="18"/>
        <source>Encrypted backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="19"/>
        <source>Log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="20"/>
        <source>Usage analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="28"/>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="29"/>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="30"/>
        <source>webhook bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="31"/>
        <source>closed accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="32"/>
        <source>usage events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="33"/>
        <source>backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="34"/>
        <source>log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="35"/>
        <source>chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="36"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="37"/>
        <source>consent entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="38"/>
        <source>waiting delivery updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="39"/>
        <source>files deleted at Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="40"/>
        <source>files Meta did not delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="47"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="52"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="53"/>
        <source>stopped; continued at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="54"/>
        <source>failed; tried again tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="55"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="56"/>
        <source>recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="57"/>
        <source>executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="58"/>
        <source>done and checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="65"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="66"/>
        <source>the backups folder in the data directory cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="70"/>
        <source>an unexpected error (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="79"/>
        <source>The database key is kept in a keyring that is not safe ({reason}): use a secure one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="82"/>
        <source>The database uses SQLCipher {subject}, not 4.x: update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="85"/>
        <source>The database pages are checked with {subject}, weaker than HMAC-SHA256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="88"/>
        <source>The database file is not encrypted: restore a backup or set the app up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="91"/>
        <source>{subject} database pages fail their check: restore the newest backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="94"/>
        <source>The folder {subject} is open to other users ({reason}): make it 700.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="97"/>
        <source>The file {subject} can be read by other users ({reason}): make it 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="100"/>
        <source>{subject} may hold personal data unencrypted: move it out of the data directory or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="103"/>
        <source>The webhook receiver listens on {subject}, not only on this computer: bind it to 127.0.0.1 behind your TLS proxy or tunnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="108"/>
        <source>The Cloud API address {subject} does not use HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="109"/>
        <source>{subject} is a full copy of the data an earlier restore replaced, and nothing removes it: delete it (restore it into another folder first if you still need it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/privacy_texts.py" line="114"/>
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
        <location filename="../../monggo_desktop/ui/profile_page.py" line="57"/>
        <source>Business profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="62"/>
        <source>Loading the profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="71"/>
        <source>halo@toko.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="75"/>
        <source>https://toko.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="95"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="97"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="98"/>
        <source>Fetch the profile from WhatsApp again (unsaved edits are dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="105"/>
        <source>Choose photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="106"/>
        <source>Use this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="132"/>
        <source>What customers see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="135"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="136"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="137"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="138"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="139"/>
        <source>Website 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="140"/>
        <source>Website 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="152"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="160"/>
        <source>Profile photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="169"/>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="172"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="173"/>
        <source>Verified name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="174"/>
        <source>Name status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="175"/>
        <source>Quality rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="176"/>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="177"/>
        <source>Messaging limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="235"/>
        <source>{n} / {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="265"/>
        <source>Up to date with WhatsApp as of {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="267"/>
        <source>Showing the copy kept on this computer, fetched {when}. Checking WhatsApp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="270"/>
        <source>Offline: showing the copy kept on this computer, fetched {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="291"/>
        <source>Choose a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="300"/>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="301"/>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="311"/>
        <source>A square photo; the middle of a wider picture is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="317"/>
        <source>A photo is set; it shows here when WhatsApp can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="320"/>
        <source>No profile photo yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="332"/>
        <source>This is how customers will see it. Upload it with “Use this photo”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="342"/>
        <source>The profile is not loaded yet: press Reload to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="368"/>
        <source>Choose a profile photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/profile_page.py" line="370"/>
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
        <location filename="../../monggo_desktop/ui/viewmodels/receiving.py" line="41"/>
        <source>The internet reaches this computer: a test went out and came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/viewmodels/receiving.py" line="43"/>
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
        <location filename="../../monggo_desktop/ui/reports_page.py" line="77"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="78"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="79"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="80"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="81"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="84"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="86"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="95"/>
        <source>Computed on this computer from the messages it holds. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="119"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="121"/>
        <source>Saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="134"/>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="144"/>
        <source>No messages in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="138"/>
        <source>Median first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="139"/>
        <source>90% answered within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="140"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="141"/>
        <source>Read (of delivered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="142"/>
        <source>App opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="143"/>
        <source>Chats from your ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="145"/>
        <source>No failed sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="146"/>
        <source>No templates sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="147"/>
        <source>No customer messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="148"/>
        <source>{row} {column}:00: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/reports_page.py" line="149"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/reports_page.py" line="203"/>
        <source>{n} of %n turn(s) answered</source>
        <translation>
            <numerusform>{n} of %n turn answered</numerusform>
            <numerusform>{n} of %n turns answered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="215"/>
        <source>click-to-WhatsApp ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../monggo_desktop/ui/reports_page.py" line="218"/>
        <source>on %n day(s)</source>
        <translation>
            <numerusform>on %n day</numerusform>
            <numerusform>on %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="159"/>
        <source>Messages per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="161"/>
        <source>Failed sends by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="162"/>
        <source>Templates sent by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="165"/>
        <source>Busiest hours (customer messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="193"/>
        <source>{first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="209"/>
        <source>{n} sent, {failed} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="213"/>
        <source>{n} of {total} delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="221"/>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="221"/>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="223"/>
        <source>{day}: {inbound} in, {outbound} out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="231"/>
        <source>Unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="233"/>
        <source>Unknown template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="248"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="250"/>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="271"/>
        <source>Export the report as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="271"/>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="278"/>
        <source>Export the report&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/reports_page.py" line="278"/>
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
        <location filename="../../monggo_desktop/ui/template_picker.py" line="122"/>
        <source>For example: {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../monggo_desktop/ui/template_picker.py" line="124"/>
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
