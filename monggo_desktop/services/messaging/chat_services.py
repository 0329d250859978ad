"""The chat's services, each for one purpose, made together for the window: what the list and the chat read,
what the owner does in a chat, the media files, the quick replies, and the feed of changes they all announce on.
The UI talks to these only (never to storage or cloud)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from monggo_desktop.domain.models import utc_now
from monggo_desktop.services.messaging.change_feed import ChangeFeed
from monggo_desktop.services.messaging.chat_actions import ChatActions
from monggo_desktop.services.messaging.chat_reads import ChatReads
from monggo_desktop.services.messaging.media_access import MediaAccess
from monggo_desktop.services.messaging.quick_replies import QuickReplies
from monggo_desktop.storage import Database

if TYPE_CHECKING:  # the client (httpx) loads after the window is up
    from monggo_desktop.cloud.client import CloudApiClient


@dataclass(frozen=True, slots=True)
class ChatServices:
    feed: ChangeFeed
    reads: ChatReads
    actions: ChatActions
    media: MediaAccess
    quick_replies: QuickReplies
    account_id: int

    @property
    def media_dir(self) -> Path | None:
        return self.media.media_dir

    def client(self) -> CloudApiClient | None:
        """The Cloud API client once there is one (deleting a customer's media at Meta needs it)."""
        return self.actions.client


def chat_services(
    db: Database,
    account_id: int,
    *,
    media_dir: Path | None = None,
    client: CloudApiClient | None = None,
    now: Callable[[], datetime] = utc_now,
) -> ChatServices:
    feed = ChangeFeed()
    actions = ChatActions(db, feed, account_id=account_id, media_dir=media_dir, now=now)
    if client is not None:
        actions.attach_client(client)
    return ChatServices(
        feed=feed,
        reads=ChatReads(db, now=now),
        actions=actions,
        media=MediaAccess(db, media_dir),
        quick_replies=QuickReplies(db),
        account_id=account_id,
    )
