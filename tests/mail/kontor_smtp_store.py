"""Test tooling: an aiosmtpd handler that stores every received message in a directory.

Used with Debian's aiosmtpd command line:
    /usr/bin/python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c kontor_smtp_store.StoreHandler DIR
(with this folder on PYTHONPATH). Each message becomes <n>.eml (the bytes as received) and
<n>.json (envelope, whether STARTTLS and AUTH were used); the .json is written last, by rename,
so a reader never sees half a message.
"""

import itertools
import json
import os
import time

_counter = itertools.count(1)


def store_message(directory, session, envelope):
    name = "%d-%06d" % (time.time_ns(), next(_counter))
    auth = getattr(session, "auth_data", None)
    meta = {
        "mail_from": envelope.mail_from,
        "rcpt_tos": list(envelope.rcpt_tos),
        "tls": session.ssl is not None,
        "authenticated": bool(getattr(session, "authenticated", False)),
        "login": auth.login.decode() if auth is not None and hasattr(auth, "login") else None,
        "eml": name + ".eml",
    }
    for suffix, data in ((".eml", envelope.original_content),
                         (".json", json.dumps(meta).encode())):
        temporary = os.path.join(directory, "." + name + suffix)
        with open(temporary, "wb") as f:
            f.write(data)
        os.rename(temporary, os.path.join(directory, name + suffix))


class StoreHandler:
    def __init__(self, directory):
        self.directory = directory
        os.makedirs(directory, exist_ok=True)

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 1:
            parser.error("StoreHandler takes one argument: the directory")
        return cls(args[0])

    async def handle_DATA(self, server, session, envelope):
        store_message(self.directory, session, envelope)
        return "250 2.0.0 Stored"
