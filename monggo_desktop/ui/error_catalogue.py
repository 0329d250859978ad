"""The templates of the messages said below the UI (errors, a failed send's reason, the receiving
state's detail), for lupdate, which reads only ui/: the window translates them in the context
"ServiceErrors" (ui/error_words.py). Written by tools/error_catalogue.py (`make translations`); a unit test
fails when it is not up to date, so edit the sources, not this file."""

# ruff: noqa: E501
from __future__ import annotations

from monggo_desktop.ui.i18n import QT_TRANSLATE_NOOP

TEMPLATES: tuple[str, ...] = (
    # app.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the business account is closed: reopen it in Settings to receive again"),
    # cloud/client.py
    QT_TRANSLATE_NOOP("ServiceErrors", "without a message id"),
    QT_TRANSLATE_NOOP("ServiceErrors", "without confirming the read receipt"),
    # cloud/client_assets.py
    QT_TRANSLATE_NOOP("ServiceErrors", "without a media id"),
    QT_TRANSLATE_NOOP("ServiceErrors", "without a download address for the media"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the media file is larger than WhatsApp allows: it was not saved"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the media file arrived incomplete: it will be downloaded again"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the media file arrived damaged: it will be downloaded again"),
    QT_TRANSLATE_NOOP("ServiceErrors", "without confirming the deletion"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is not a business profile field"),
    QT_TRANSLATE_NOOP("ServiceErrors", "without confirming the profile update"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is needed to upload a profile photo: add it in Settings"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be a JPEG or PNG image"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is empty"),
    QT_TRANSLATE_NOOP("ServiceErrors", "without an upload session"),
    QT_TRANSLATE_NOOP("ServiceErrors", "HTTP {status} for the profile photo"),
    QT_TRANSLATE_NOOP("ServiceErrors", "with a profile photo larger than WhatsApp allows"),
    QT_TRANSLATE_NOOP("ServiceErrors", "The profile photo could not be fetched: check the internet connection"),
    QT_TRANSLATE_NOOP("ServiceErrors", "without a file handle"),
    QT_TRANSLATE_NOOP("ServiceErrors", "with a next page on another server"),
    QT_TRANSLATE_NOOP("ServiceErrors", "with more pages of templates than expected"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is not a WhatsApp media id"),
    # cloud/client_tokens.py
    QT_TRANSLATE_NOOP("ServiceErrors", "about the token without its data"),
    QT_TRANSLATE_NOOP("ServiceErrors", "with more pages of phone numbers than expected"),
    QT_TRANSLATE_NOOP("ServiceErrors", "with a WhatsApp Business Account id that is not a number"),
    # cloud/client_webhooks.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the app's subscription"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the webhook override"),
    QT_TRANSLATE_NOOP("ServiceErrors", "removing the webhook override"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the app's webhook subscription"),
    QT_TRANSLATE_NOOP("ServiceErrors", "without confirming {what}"),
    # cloud/errors.py
    QT_TRANSLATE_NOOP("ServiceErrors", "The access token is no longer valid: paste a new one in Settings"),
    QT_TRANSLATE_NOOP("ServiceErrors", "The access token has expired: paste a new one in Settings"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The access token lacks a permission this needs: check the system user's permissions in Meta Business",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "WhatsApp denied access: check the system user's permissions in Meta Business"),
    QT_TRANSLATE_NOOP("ServiceErrors", "WhatsApp is limiting how fast this app sends: sending resumes shortly"),
    QT_TRANSLATE_NOOP("ServiceErrors", "The WhatsApp account reached its rate limit: sending resumes shortly"),
    QT_TRANSLATE_NOOP("ServiceErrors", "The number's sending speed limit was reached: sending resumes shortly"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Too many messages to this customer in a short time: the next one waits a few seconds"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "WhatsApp limited sending because of spam reports: check the number's quality rating"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "WhatsApp held back this marketing message for this customer: try again after 24 hours"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "More than 24 hours since the customer's last message: send an approved template instead"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The message could not be delivered: the number may not use WhatsApp, or uses an old app version",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "This number is not on the test number's allowed list: add it in Meta's dashboard"
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "The WhatsApp Business account is locked: check Meta Business settings"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "A payment problem with the WhatsApp Business account: check billing in Meta Business"
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "The customer has stopped marketing messages from this business"),
    QT_TRANSLATE_NOOP("ServiceErrors", "WhatsApp does not support this message type"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "WhatsApp does not let this kind of message go to a customer known only by their username: send a plain message, or ask them for their number",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "The customer's media could not be downloaded: ask them to send it again"),
    QT_TRANSLATE_NOOP("ServiceErrors", "The media could not be uploaded: check its type and size"),
    QT_TRANSLATE_NOOP("ServiceErrors", "A message cannot be sent to the business's own number"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "The phone number is not registered with the Cloud API: register it in Settings"
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Too many registration attempts: wait before trying again"),
    QT_TRANSLATE_NOOP("ServiceErrors", "The account is blocked for policy violations: see Meta Business support"),
    QT_TRANSLATE_NOOP("ServiceErrors", "The customer is part of a WhatsApp experiment and cannot receive this message"),
    QT_TRANSLATE_NOOP("ServiceErrors", "WhatsApp refused the request as invalid"),
    QT_TRANSLATE_NOOP("ServiceErrors", "WhatsApp refused the request: a required field is missing"),
    QT_TRANSLATE_NOOP("ServiceErrors", "WhatsApp refused the request: a field has a value it does not accept"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "The template does not match its approved form (parameters, length, or it is paused or disabled)",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "WhatsApp is temporarily unavailable: it will be tried again"),
    QT_TRANSLATE_NOOP("ServiceErrors", "WhatsApp refused the request (error {code})"),
    QT_TRANSLATE_NOOP("ServiceErrors", "WhatsApp refused the request"),
    QT_TRANSLATE_NOOP("ServiceErrors", "WhatsApp answered {what}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{field}: {problem}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "WhatsApp answered HTTP {status}"),
    # cloud/limits.py
    QT_TRANSLATE_NOOP("ServiceErrors", "at most {most} characters (this has {length})"),
    QT_TRANSLATE_NOOP("ServiceErrors", "at least {least} characters"),
    QT_TRANSLATE_NOOP("ServiceErrors", "WhatsApp does not accept files of type {type}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown media kind {kind}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a {kind} must be one of {types}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a {kind} of type {type} may be at most {most} KB"),
    QT_TRANSLATE_NOOP("ServiceErrors", "1 to {most} reply buttons"),
    QT_TRANSLATE_NOOP("ServiceErrors", "each button needs its own id"),
    # cloud/payloads.py
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown parameter type {kind}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a WhatsApp number, digits only"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a {kind} takes no caption"),
    QT_TRANSLATE_NOOP("ServiceErrors", "only documents have a file name"),
    QT_TRANSLATE_NOOP("ServiceErrors", "only audio can be a voice note"),
    QT_TRANSLATE_NOOP("ServiceErrors", "latitude -90..90 and longitude -180..180"),
    QT_TRANSLATE_NOOP("ServiceErrors", "at least one contact"),
    QT_TRANSLATE_NOOP("ServiceErrors", "needs name.formatted_name"),
    QT_TRANSLATE_NOOP("ServiceErrors", "1 to {most} sections"),
    QT_TRANSLATE_NOOP("ServiceErrors", "1 to {most} rows across all sections"),
    QT_TRANSLATE_NOOP("ServiceErrors", "each row needs its own id"),
    QT_TRANSLATE_NOOP("ServiceErrors", "each section needs a title when there are several"),
    # cloud/probe.py
    QT_TRANSLATE_NOOP("ServiceErrors", "no answer ({failure})"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the tunnel answered HTTP {status}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the probe came back to this computer"),
    QT_TRANSLATE_NOOP("ServiceErrors", "another receiver answered (HTTP {status})"),
    # cloud/transport.py
    QT_TRANSLATE_NOOP("ServiceErrors", "with something that is not JSON"),
    QT_TRANSLATE_NOOP("ServiceErrors", "with an unexpected shape"),
    QT_TRANSLATE_NOOP("ServiceErrors", "WhatsApp did not answer in time: check the internet connection"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Cannot reach WhatsApp: check the internet connection"),
    QT_TRANSLATE_NOOP("ServiceErrors", "The connection to WhatsApp broke off: check the internet connection"),
    QT_TRANSLATE_NOOP("ServiceErrors", "refusing to send credentials over an unencrypted connection"),
    # cloud/tunnel.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the settings"),
    QT_TRANSLATE_NOOP("ServiceErrors", "cloudflared is not at the path {source} gives ({file}): choose it again"),
    QT_TRANSLATE_NOOP("ServiceErrors", "cloudflared is not installed: {hint}, or choose the program file"),
    QT_TRANSLATE_NOOP("ServiceErrors", "cloudflared could not be started ({reason})"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "cloudflared gave no public address within a minute: check the internet connection"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "cloudflared refused the tunnel token (exit code {code}): paste the token again"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "cloudflared could not get a quick tunnel from Cloudflare (exit code {code}): check the connection",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "cloudflared stopped before giving a public address (exit code {code})"),
    # cloud/webhook_node.py
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "a webhook request was refused, it is not a WhatsApp Cloud API event ({where}: {problem})"
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "not UTF-8 text"),
    QT_TRANSLATE_NOOP("ServiceErrors", "nested too deeply"),
    QT_TRANSLATE_NOOP("ServiceErrors", "not valid JSON"),
    QT_TRANSLATE_NOOP("ServiceErrors", "not a JSON object"),
    QT_TRANSLATE_NOOP("ServiceErrors", "not an object"),
    # domain/account_rules.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the {what} is the long number shown in Meta's dashboard (digits only)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the API version looks like {example}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the API base must be a URL such as {example}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the API base must use https (plain http is allowed only on this machine)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the API base is a plain URL without query, fragment or user name"),
    # domain/contacts.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the name is {length} characters long; at most {most}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the notes are {length} characters long; at most {most}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the label {label}… is too long; at most {most} characters"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a custom field needs a name"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "the field {field} is too long: names take {key_most}, values {value_most} characters"
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "the field {field} appears twice"),
    QT_TRANSLATE_NOOP("ServiceErrors", "at most {most} custom fields"),
    # domain/errors.py
    QT_TRANSLATE_NOOP("ServiceErrors", "wrong passphrase or not a Monggo database"),
    QT_TRANSLATE_NOOP("ServiceErrors", "no Monggo database in this data directory: run `monggo-desktop setup` first"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the database key is missing from the system keyring: run `monggo-desktop recover` with the recovery key shown at setup",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "that is not a valid recovery key: check it for typos (groups of 5 letters and digits)"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "this database was written by a newer Monggo Pinarak (schema {found}, this version knows up to {supported}): install the newer version to open it",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "the disk is full: free some space and try again (nothing was saved)"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "the database file is damaged (a page failed its integrity check): restore it from a backup"
    ),
    # domain/phone.py
    QT_TRANSLATE_NOOP("ServiceErrors", "its country code does not exist"),
    QT_TRANSLATE_NOOP("ServiceErrors", "it is too short"),
    QT_TRANSLATE_NOOP("ServiceErrors", "it is too long"),
    QT_TRANSLATE_NOOP("ServiceErrors", "it has the wrong number of digits for its country"),
    QT_TRANSLATE_NOOP("ServiceErrors", "check the digits"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the phone number is empty"),
    QT_TRANSLATE_NOOP("ServiceErrors", "not a phone number: {reason}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "impossible phone number: {reason}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "not a valid phone number for its country: check the digits"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{number} is a landline: it cannot have WhatsApp"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a WhatsApp id holds digits only"),
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown country code"),
    QT_TRANSLATE_NOOP("ServiceErrors", "it has no digits in the right places"),
    QT_TRANSLATE_NOOP("ServiceErrors", "too short"),
    QT_TRANSLATE_NOOP("ServiceErrors", "too long"),
    # domain/profile.py
    QT_TRANSLATE_NOOP("ServiceErrors", "at most {most} addresses"),
    QT_TRANSLATE_NOOP("ServiceErrors", "is not an e-mail address"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must start with http:// or https://"),
    QT_TRANSLATE_NOOP("ServiceErrors", "must be one of the categories WhatsApp lists"),
    # domain/receiving.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the address"),
    QT_TRANSLATE_NOOP("ServiceErrors", "your own address"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{what} must be a URL that starts with https://"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{what} must start with https:// (WhatsApp delivers only over HTTPS)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{what} must not carry a query (?…) or a fragment (#…)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{what} is too long: WhatsApp takes callback URLs of up to {most} characters"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the tunnel's hostname"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "the tunnel's hostname looks like shop.example.com (from Cloudflare's dashboard)"
    ),
    # domain/settings.py
    QT_TRANSLATE_NOOP("ServiceErrors", "messages"),
    QT_TRANSLATE_NOOP("ServiceErrors", "closed accounts"),
    QT_TRANSLATE_NOOP("ServiceErrors", "backups"),
    QT_TRANSLATE_NOOP("ServiceErrors", "logs"),
    QT_TRANSLATE_NOOP("ServiceErrors", "usage events"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the webhook receiver needs an address to listen on, such as 127.0.0.1"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the webhook port is a number from 0 to 65535"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the Meta app id holds digits only (App settings > Basic in Meta's dashboard)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the phone region is a two-letter country code, such as ID"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the app locks after 1 to 1440 idle minutes"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{what} are kept 1 to {most} days: the privacy policy allows no longer"),
    # security/file_crypto.py
    QT_TRANSLATE_NOOP("ServiceErrors", "a media file is damaged or does not belong here: download it again"),
    # security/keyring_vetting.py
    QT_TRANSLATE_NOOP("ServiceErrors", "no system keyring is available"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the system keyring encrypts its secrets"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the system keyring is switched off (null backend)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the keyring backend {backend} keeps secrets in a plain file"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the keyring backend {backend} is not known to encrypt secrets"),
    # security/vault.py
    QT_TRANSLATE_NOOP("ServiceErrors", "{reason}: secrets are never stored there"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "the system keyring did not keep what was written to it: check that it is unlocked"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "the database key in the system keyring is damaged: run `monggo-desktop recover`"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the system keyring refused the request ({failure}): unlock it, or allow Monggo Pinarak to use it, and try again",
    ),
    # security/vault_config.py
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "{file} in the data directory is unreadable or damaged: restore it from a backup"
    ),
    # services/account/accounts.py
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "this business account was closed on {closed}: nothing is received or sent, and its data is removed on {purge} unless it is reopened in the app's settings",
    ),
    # services/account/app_lock.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the app lock is already on: change its passphrase instead"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "without a secure system keyring the passphrase is what protects the database: it stays on"
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "that recovery key does not belong to this database"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the current passphrase is not right: check Caps Lock and the keyboard layout"),
    # services/account/profile.py
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "not connected to WhatsApp yet: add the access token with `monggo-desktop setup`"
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "the profile photo must be a JPEG or PNG image"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{reason}: {details}"),
    # services/account/settings.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the account is no longer there"),
    QT_TRANSLATE_NOOP("ServiceErrors", "that does not look like an access token: copy it again from Meta's dashboard"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the access token cannot be changed here"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "that does not look like a tunnel token: copy it again from Cloudflare's dashboard (Networks → Tunnels)",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "the tunnel token cannot be changed here"),
    # services/contacts/consent.py
    QT_TRANSLATE_NOOP("ServiceErrors", "a legal basis is recorded with its basis, and only then"),
    QT_TRANSLATE_NOOP("ServiceErrors", "that contact no longer exists"),
    # services/contacts/customers.py
    QT_TRANSLATE_NOOP("ServiceErrors", "that is not a WhatsApp username: write it as @name"),
    # services/contacts/exporting.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the contacts export was cancelled: no file was written"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "contacts are exported as CSV or vCard: give the file the extension .csv or .vcf"
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "{path} is a folder: give the export a file name, such as contacts.csv"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the folder {folder} does not exist: create it first or choose another place"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the folder {folder} cannot be written: choose another place for the export"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the contacts could not be written to {folder} ({reason}): nothing was saved"),
    # services/contacts/files.py
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the header has two {column} columns (columns {first} and {second}): keep one, then import the file again",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the file has no phone column: its first line must name the columns, such as name,phone,labels,notes",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "unknown legal basis: write consent, contract or legitimate interest"),
    QT_TRANSLATE_NOOP("ServiceErrors", "malformed vCard: nothing of this card was imported"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the card has no phone number"),
    QT_TRANSLATE_NOOP("ServiceErrors", "malformed vCard line {line}: nothing of this card was imported"),
    # services/contacts/importing.py
    QT_TRANSLATE_NOOP("ServiceErrors", "skipped (a deletion request covers this number)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "line {line}: {reason}"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "interrupted after {done:,} of 1 entry ({summary}): what was imported is whole; import the file again to finish",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "interrupted after {done:,} of {entries:,} entries ({summary}): what was imported is whole; import the file again to finish",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "not a WhatsApp BSUID (two letters, a dot, then letters and digits)"),
    # services/contacts/merge.py
    QT_TRANSLATE_NOOP("ServiceErrors", "choose two different contacts to merge"),
    QT_TRANSLATE_NOOP("ServiceErrors", "one of the two contacts no longer exists"),
    # services/contacts/service.py
    QT_TRANSLATE_NOOP("ServiceErrors", "there is already a label called {label}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a label colour is written #rrggbb"),
    QT_TRANSLATE_NOOP("ServiceErrors", "customers cannot be deleted from here"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a label needs a name"),
    # services/contacts/stream.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the file"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the row is too long (a cell over {cell:,} characters or a line over {line:,}): it was not imported",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "it cannot be read"),
    QT_TRANSLATE_NOOP("ServiceErrors", "cannot read {path}: {reason}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the text"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", '{what} is a spreadsheet workbook, not CSV: save it as "CSV UTF-8" and import that'
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "it holds NUL characters"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{what} is empty: nothing to import"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        '{what} is not UTF-8 text ({where}): save it as UTF-8 (in a spreadsheet program: "CSV UTF-8"), then import it again; nothing was imported',
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "it is not valid {encoding}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "line {line} has a character in another encoding"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the row cannot be read as CSV ({reason}): it was not imported"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "line {line} is longer than {most:,} characters: nothing of this card was imported"
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "the card has no END:VCARD line: nothing of this card was imported"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the card is longer than {most:,} characters: nothing of it was imported"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a line outside any vCard (BEGIN:VCARD … END:VCARD): it was ignored"),
    # services/demo_data.py
    QT_TRANSLATE_NOOP("ServiceErrors", "The message could not be delivered: the number may not use WhatsApp"),
    # services/durable_files.py
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "the file {file} could not be written in {folder} ({reason}): nothing was saved"
    ),
    # services/engine.py
    QT_TRANSLATE_NOOP("ServiceErrors", "cannot receive webhooks on {host} port {port} ({reason}): choose another port"),
    # services/messaging/chat_actions.py
    QT_TRANSLATE_NOOP("ServiceErrors", "no customer known by that username has written yet: ask for their number"),
    QT_TRANSLATE_NOOP("ServiceErrors", "files cannot be sent from here"),
    QT_TRANSLATE_NOOP("ServiceErrors", "that conversation no longer exists"),
    # services/messaging/media_access.py
    QT_TRANSLATE_NOOP("ServiceErrors", "files are not kept here"),
    QT_TRANSLATE_NOOP("ServiceErrors", "that file is no longer kept (removed by retention or on request)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "that file has not been downloaded yet"),
    # services/messaging/media_downloads.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the media file does not match what the customer sent"),
    # services/messaging/outbox.py
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "the template {name} ({language}) is not approved for sending: sync templates first"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "this customer opted out of marketing messages: only utility and authentication templates may go to them",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "an authentication template cannot go to a customer known only by their username: ask for their number",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "the template {name} needs 1 value, {given} given"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the template {name} needs {needed} values, {given} given"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the file to send is no longer there"),
    QT_TRANSLATE_NOOP("ServiceErrors", "only a message you sent can be sent again"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this message was sent; there is nothing to resend"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this contact is blocked: unblock them on the Contacts screen to send"),
    # services/messaging/quick_replies.py
    QT_TRANSLATE_NOOP("ServiceErrors", "at most {most} quick replies can be kept"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the shortcut /{shortcut} may only hold letters, digits, - and _ (at most 32)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the shortcut /{shortcut} is used twice"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the quick reply /{shortcut} has no text"),
    # services/messaging/sender.py
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "no connection to WhatsApp: your messages wait and go out by themselves when it is back"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "WhatsApp is not answering right now: your messages wait and are retried by themselves"
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "sending {kind} messages is not supported"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the answer to the send was lost"),
    # services/owner_lock.py
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "{holder} already receives on this data directory: stop it first, or use another data directory",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "another Monggo Pinarak"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{holder} receives on this data directory: stop it before {what}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the app"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{command} (process {pid}, since {since})"),
    QT_TRANSLATE_NOOP("ServiceErrors", "another Monggo Pinarak process"),
    # services/privacy/backup.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the backup was stopped: nothing was kept"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the backup could not be written: backups in the data directory is a file, not a folder (move it away); nothing was kept",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the backup could not be written ({reason}): check that the data directory's backups folder can be written; nothing was kept",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "{folder} already holds a Monggo database: restore into an empty folder, or add --force to replace it (the current files are kept as a backup file, not deleted)",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "{file} is not a Monggo Pinarak backup this version can restore"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{file} holds a file a backup never has ({member}): refused"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{file} is damaged ({member} does not match): nothing was restored"),
    QT_TRANSLATE_NOOP("ServiceErrors", "there is no file {path}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{file} is damaged or not a backup: nothing was restored"),
    # services/privacy/center.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the security self-check is not available here"),
    # services/privacy/deletion_ledger.py
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "{file} in the data folder is damaged: put back a copy of it, or move it away to start a new one (customers deleted before then could come back with a restored backup); nothing was changed",
    ),
    # services/privacy/export.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the export was cancelled: no file was written"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the export passphrase is too short: use at least {least} characters"),
    QT_TRANSLATE_NOOP("ServiceErrors", "no contact has that number, BSUID or username: nothing was exported"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{path} is a folder: give the export a file name, such as monggo-export.zip"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "{path} is inside the data directory: write the export somewhere else (the data directory holds only encrypted files)",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "{path} is not a regular file: choose a new file name for the export"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{path} already exists: choose another name, or pass --force to replace it"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{folder} is not a folder: choose another place for the export"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the export could not be written to {folder} ({reason}): nothing was saved"),
    # services/privacy/forget.py
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "no customer with that number, BSUID or username is kept here: nothing was deleted or recorded"
    ),
    # services/receiving/control.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the app is not receiving now"),
    # services/receiving/route.py
    QT_TRANSLATE_NOOP("ServiceErrors", "there is no public address yet"),
    QT_TRANSLATE_NOOP("ServiceErrors", "an unexpected error ({failure}): it is tried again"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the stable tunnel has no token: paste it in Settings, Receiving"),
    QT_TRANSLATE_NOOP("ServiceErrors", "there is no app secret: run the setup again"),
    QT_TRANSLATE_NOOP("ServiceErrors", "checking that the internet reaches this computer (try {attempt})"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the public address leads to another computer or an old tunnel, not this one"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the internet does not reach this computer through the public address yet: the tunnel is retried",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "the internet does not reach this computer through the public address: check your proxy"
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "WhatsApp took the address but does not show it: it is retried"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the tunnel stopped: it is being started again"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the public address stopped reaching this computer"),
    # services/receiving/words.py
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "cannot reach WhatsApp to register this computer: check the internet connection"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "WhatsApp refused the access token (expired or revoked): paste a new one in Settings"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the access token may not manage this WhatsApp account's webhooks: give its system user the whatsapp_business_management permission, with the app and the WhatsApp account assigned",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "WhatsApp could not verify the address (its check did not reach this computer): it is tried again",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "WhatsApp refused the address: the app is not subscribed to the WhatsApp Business Account, or an id is wrong; it is tried again",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "WhatsApp refused to register this computer (error {code}): it is tried again"),
    QT_TRANSLATE_NOOP("ServiceErrors", "WhatsApp refused to register this computer: it is tried again"),
    # services/reports.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the period must end after it begins"),
    QT_TRANSLATE_NOOP("ServiceErrors", "a report covers at most {most} days: choose a shorter period"),
    # services/session.py
    QT_TRANSLATE_NOOP("ServiceErrors", "that recovery key does not open this database: it belongs to another one"),
    QT_TRANSLATE_NOOP("ServiceErrors", "this database is opened with a passphrase; a recovery key does not apply"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Monggo Pinarak is locked with a passphrase: set MONGGO_PASSPHRASE or pass --passphrase-file"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "this database is protected by a passphrase: set MONGGO_PASSPHRASE or pass --passphrase-file"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the database key is kept in the system keyring, but {reason}: start Monggo Pinarak where the keyring is available, or run `monggo-desktop recover`",
    ),
    # services/setup/check.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the access token does not reach this phone number id: check both"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the access token names no WhatsApp number: assign the WhatsApp account to the token's system user (Meta Business settings → Users → System users → Assign assets) and generate the token again, or type the phone number id and the WhatsApp Business Account id under Advanced",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the phone number id does not belong to this WhatsApp Business Account id: leave both empty and the app finds them from the token",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "phone number id"),
    QT_TRANSLATE_NOOP("ServiceErrors", "WhatsApp Business Account id"),
    QT_TRANSLATE_NOOP("ServiceErrors", "WhatsApp account"),
    QT_TRANSLATE_NOOP("ServiceErrors", "cannot reach WhatsApp ({host}): check the connection"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "the access token was refused: it has expired (API Setup tokens last a day); {steps}"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "the access token was refused: copy it again from Meta's dashboard, whole and without spaces"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the WhatsApp Business account is locked (a policy problem or a wrong two-step PIN): open WhatsApp Manager in Meta Business settings, see why, and request a review",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "this phone number is not registered with the Cloud API yet: register it in WhatsApp Manager (Phone numbers → the number → Register), then test again",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the access token has no access to this {what}: give its system user the whatsapp_business_messaging and whatsapp_business_management permissions for this account",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the {what} was not found: leave the ids empty and the app finds them from the token, or copy it from WhatsApp > API Setup in Meta's dashboard {where}",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "(it is not the phone number itself)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "(under the number)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the API base URL ({host}) does not answer like WhatsApp's Graph API"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the check failed: {reason}"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "this token reaches {count} numbers: run setup again with --phone-number-id and one of these ids\n{lines}",
    ),
    # services/setup/discovery.py
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "in Meta Business settings open Users → System users, add a system user, assign it your app and your WhatsApp account, then Generate new token with the whatsapp_business_messaging and whatsapp_business_management permissions and no expiry, and use that token",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "this access token no longer works (expired or revoked): {steps}"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the access token lacks the {names} permission: generate the system user's token again with both WhatsApp permissions ticked",
    ),
    # services/setup/first_setup.py
    QT_TRANSLATE_NOOP("ServiceErrors", "access token"),
    QT_TRANSLATE_NOOP("ServiceErrors", "app secret"),
    QT_TRANSLATE_NOOP("ServiceErrors", "webhook verify token"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the {what} is empty"),
    QT_TRANSLATE_NOOP("ServiceErrors", "the {what} contains spaces: paste it again without them"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the passphrase is too short: use at least {least} characters (four or five unrelated words are easy to remember and hard to guess)",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "{reason}, so Monggo Pinarak uses passphrase mode: set MONGGO_PASSPHRASE or pass --passphrase-file to choose the passphrase",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        'this database is opened with a passphrase and there is no keyring to put a key into: use "Forgot the passphrase?" in the app\'s unlock window',
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "{reason}: the key cannot be put back into it"),
    # storage/connection.py
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "this build's SQLCipher is not version 4, so the database cannot be opened safely: reinstall the app",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "the database could not switch to WAL mode: check the data directory"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "the database is busy in another Monggo Pinarak window or command: close it and try again"
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "the data directory cannot be written: check its permissions and free disk space"
    ),
    # storage/data_dir.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the data directory {folder} is not a folder: choose another with --data-dir"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "the data directory {folder} cannot be written ({reason}): check its permissions or choose another with --data-dir",
    ),
    # storage/snapshot_copy.py
    QT_TRANSLATE_NOOP("ServiceErrors", "the copy was stopped: nothing was kept"),
)
