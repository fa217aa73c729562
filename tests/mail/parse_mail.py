#!/usr/bin/python3
"""Test tooling: parses a message (bytes on stdin) with Python's email package and prints what
a mail client would see, as JSON, plus facts about the raw bytes. The C++ tests compare it."""

import email
import email.header
import email.policy
import email.utils
import json
import re
import sys


def addresses(msg, name):
    """The mailboxes of header `name`. Display names are decoded with email.header, which
    drops the white space between adjacent encoded-words as RFC 2047 section 6.2 says (the
    policy-based parser keeps a space there inside a phrase); its defects still count."""
    raw = [re.sub(r"\r?\n(?=[ \t])", "", value)
           for key, value in msg.raw_items() if key.lower() == name.lower()]
    result = []
    for display, address in email.utils.getaddresses(raw):
        decoded = str(email.header.make_header(email.header.decode_header(display)))
        result.append({"name": decoded, "address": address})
    return result


def main():
    raw = sys.stdin.buffer.read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    defects = [type(d).__name__ for d in msg.defects]
    headers = []
    for name, value in msg.items():
        headers.append([name, str(value)])
        defects += ["%s: %s" % (name, type(d).__name__) for d in getattr(value, "defects", [])]
    parts = []
    for part in msg.walk():
        defects += [type(d).__name__ for d in part.defects if part is not msg]
        if part.is_multipart():
            continue
        parts.append({
            "content_type": part.get_content_type(),
            "charset": part.get_content_charset(),
            "transfer_encoding": part.get("Content-Transfer-Encoding", ""),
            # CRLF is the canonical line break on the wire; compare text with LF.
            "body": part.get_content().replace("\r\n", "\n"),
        })
    lines = raw.split(b"\r\n")
    result = {
        "headers": headers,
        "from": addresses(msg, "From"),
        "to": addresses(msg, "To"),
        "reply_to": addresses(msg, "Reply-To"),
        "subject": str(msg["Subject"]) if msg["Subject"] is not None else None,
        "message_id": msg["Message-ID"],
        "date": msg["Date"].datetime.isoformat() if msg["Date"] is not None else None,
        "content_type": msg.get_content_type(),
        "parts": parts,
        "defects": defects,
        "max_line_length": max(len(line) for line in lines),
        "bare_line_breaks": any(b"\n" in line or b"\r" in line for line in lines),
        "ascii_only": all(byte < 128 for byte in raw),
    }
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
