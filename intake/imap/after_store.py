"""What happens to a message in the mailbox once it is stored: \\Seen, or moved away.

INTAKE_IMAP_AFTER_STORE is "seen" or "move:FOLDER". Only ever done after the store
committed. If the connection drops between the commit and this step, ``catch_up`` does
it on the next connection: every UID at or below our bookkeeping's last UID is stored.
"""

from __future__ import annotations

from dataclasses import dataclass

from imapclient import IMAPClient
from imapclient.imapclient import DELETED, SEEN


class AfterStoreError(ValueError):
    pass


@dataclass(frozen=True)
class AfterStore:
    move_to: str | None = None  # None: flag \Seen and leave the message where it is

    @classmethod
    def parse(cls, value: str, source_folder: str | None = None) -> AfterStore:
        value = (value or "seen").strip()
        if value.lower() == "seen":
            return cls()
        kind, _, folder = value.partition(":")
        if kind.lower() != "move" or not folder.strip():
            raise AfterStoreError(
                f"INTAKE_IMAP_AFTER_STORE must be 'seen' or 'move:FOLDER', not {value!r}")
        if source_folder is not None and folder.strip() == source_folder:
            raise AfterStoreError(f"cannot move processed mail into the folder it is read from "
                                  f"({source_folder})")
        return cls(move_to=folder.strip())

    def prepare(self, client: IMAPClient) -> None:
        """Create the processed folder when it is missing (before anything needs it)."""
        if self.move_to and not client.folder_exists(self.move_to):
            client.create_folder(self.move_to)

    def apply(self, client: IMAPClient, uids: list[int]) -> None:
        if not uids:
            return
        if self.move_to is None:
            client.add_flags(uids, [SEEN], silent=True)
        elif client.has_capability("MOVE"):
            client.move(uids, self.move_to)
        else:
            # RFC 3501 without MOVE: copy, mark deleted, expunge just those (UIDPLUS);
            # without UIDPLUS, EXPUNGE removes every \Deleted message in the folder.
            client.copy(uids, self.move_to)
            client.add_flags(uids, [SEEN, DELETED], silent=True)
            if client.has_capability("UIDPLUS"):
                client.uid_expunge(uids)
            else:
                client.expunge()

    def catch_up(self, client: IMAPClient, last_uid: int) -> list[int]:
        """Finish the step for stored messages it was not done for; returns their UIDs."""
        if last_uid <= 0:
            return []
        criteria = ["UID", f"1:{last_uid}"]
        if self.move_to is None:
            criteria.append("UNSEEN")
        uids = sorted(u for u in client.search(criteria) if u <= last_uid)
        for start in range(0, len(uids), 100):
            self.apply(client, uids[start:start + 100])
        return uids
