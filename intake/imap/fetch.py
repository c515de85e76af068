"""Finding and fetching new messages: only UIDs above the last one stored, in batches.

Big mailboxes are never fetched whole (paperless-ngx #13175) and a UID set never grows
into a command line the server refuses ("UID FETCH: Too long argument", #7799): sizes
are asked for in chunks of UIDS_PER_COMMAND, and bodies fetched in groups bounded by
count and by total bytes.
"""

from __future__ import annotations

from collections.abc import Iterator

from imapclient import IMAPClient

UIDS_PER_COMMAND = 100
BODIES_PER_FETCH = 20
BYTES_PER_FETCH = 32 * 1024 * 1024


def new_uids(client: IMAPClient, last_uid: int) -> list[int]:
    """UIDs above ``last_uid``, ascending. ("N:*" matches the highest UID even below N.)"""
    found = client.search(["UID", f"{last_uid + 1}:*"])
    return sorted(uid for uid in found if uid > last_uid)


def fetch_groups(client: IMAPClient, uids: list[int]) -> Iterator[list[int]]:
    """The UIDs in fetch-sized groups, in order; expunged ones are left out."""
    for start in range(0, len(uids), UIDS_PER_COMMAND):
        chunk = uids[start:start + UIDS_PER_COMMAND]
        sizes = client.fetch(chunk, ["RFC822.SIZE"])
        group: list[int] = []
        group_bytes = 0
        for uid in chunk:
            if uid not in sizes:
                continue  # expunged since the search
            size = int(sizes[uid].get(b"RFC822.SIZE") or 0)
            if group and (len(group) >= BODIES_PER_FETCH or group_bytes + size > BYTES_PER_FETCH):
                yield group
                group, group_bytes = [], 0
            group.append(uid)
            group_bytes += size
        if group:
            yield group


def fetch_bodies(client: IMAPClient, uids: list[int]) -> list[tuple[int, bytes]]:
    """(uid, raw bytes) in UID order; BODY.PEEK so that fetching alone never sets \\Seen."""
    response = client.fetch(uids, ["BODY.PEEK[]"])
    bodies = []
    for uid in uids:
        data = response.get(uid)
        if data is None:
            continue  # expunged meanwhile
        raw = data.get(b"BODY[]")
        if raw is None:
            raise IncompleteFetch(f"the server sent no body for UID {uid}")
        bodies.append((uid, bytes(raw)))
    return bodies


class IncompleteFetch(RuntimeError):
    pass
