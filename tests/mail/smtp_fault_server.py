#!/usr/bin/python3
"""Test tooling: an SMTP server (aiosmtpd) that misbehaves on purpose.

    smtp_fault_server.py --mode MODE [--mode-file FILE] [--store DIR] [--auth USER:PASSWORD]
                         [--tls CERT KEY]

Listens on 127.0.0.1 on a free port and prints "PORT <n>" once it accepts connections.
Modes:
  accept           store the message (as kontor_smtp_store does) and answer 250
  slow-accept      the same after 0.2 seconds (senders overlap in time)
  greeting-4xx     greet with 421 and close
  hang             accept the connection and never say anything
  rcpt-4xx         answer RCPT with 450          rcpt-5xx   answer RCPT with 550
  data-4xx         answer the data with 451      data-5xx   answer the data with 554
  hang-after-data  store the message, then never answer
  drop-after-data  store the message, then close the connection without an answer
With --mode-file, each new connection reads its mode from FILE (when it exists and is not
empty), so a test can change the behaviour while the server keeps its port.
With --auth, AUTH (PLAIN, LOGIN) is offered and required; with --tls, STARTTLS is offered and
AUTH only after it.
"""

import argparse
import asyncio
import ssl

from aiosmtpd.smtp import SMTP, AuthResult

from kontor_smtp_store import store_message

TAG = " (fault injected)"


class Modes:
    def __init__(self, mode, path):
        self.default = mode
        self.path = path

    def current(self):
        if self.path:
            try:
                with open(self.path) as f:
                    mode = f.read().strip()
                if mode:
                    return mode
            except OSError:
                pass
        return self.default


class RawProtocol(asyncio.Protocol):
    """For faults before any SMTP dialogue."""

    def __init__(self, mode):
        self.mode = mode

    def connection_made(self, transport):
        self.transport = transport
        if self.mode == "greeting-4xx":
            transport.write(("421 4.3.2 Service not available" + TAG + "\r\n").encode())
            transport.close()


class FaultHandler:
    def __init__(self, mode, store):
        self.mode = mode
        self.store = store

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.mode == "rcpt-4xx":
            return "450 4.2.1 Mailbox busy" + TAG
        if self.mode == "rcpt-5xx":
            return "550 5.1.1 No such mailbox" + TAG
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.mode == "data-4xx":
            return "451 4.3.0 Temporary local problem" + TAG
        if self.mode == "data-5xx":
            return "554 5.6.0 Message refused" + TAG
        if self.mode == "slow-accept":
            await asyncio.sleep(0.2)
        if self.store:
            store_message(self.store, session, envelope)
        if self.mode == "hang-after-data":
            await asyncio.sleep(3600)
        if self.mode == "drop-after-data":
            server.transport.abort()
        return "250 2.0.0 Stored"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", required=True)
    parser.add_argument("--mode-file")
    parser.add_argument("--store")
    parser.add_argument("--auth")
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    args = parser.parse_args()

    options = {"hostname": "kontor-test"}
    if args.auth:
        user, password = args.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = auth_data.login == user.encode() and auth_data.password == password.encode()
            # handled=False makes aiosmtpd answer 535 itself; auth_data records the login.
            return AuthResult(success=ok, handled=False, auth_data=auth_data)

        options.update(authenticator=authenticator, auth_required=True,
                       auth_require_tls=bool(args.tls))
    if args.tls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*args.tls)
        options.update(tls_context=context, require_starttls=False)

    modes = Modes(args.mode, args.mode_file)

    def factory():
        mode = modes.current()
        if mode in ("hang", "greeting-4xx"):
            return RawProtocol(mode)
        return SMTP(FaultHandler(mode, args.store), **options)

    async def serve():
        server = await asyncio.get_running_loop().create_server(factory, "127.0.0.1", 0)
        print("PORT %d" % server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Event().wait()

    asyncio.run(serve())


if __name__ == "__main__":
    main()
