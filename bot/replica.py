"""Who this process is, to the leases it takes in a database other replicas share."""

from __future__ import annotations

import os
import secrets
import socket


def replica_id() -> str:
    """Host, process id and a random tag (a pid is reused after a restart; the tag is not)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


REPLICA = replica_id()
