"""The Neo4j backend for the store fixture, and helpers for Neo4j tests.

Tests reach the real server started by ``ops/neo4j/start`` (``ops/test`` starts
it and exports ``NEO4J_URI`` & co.).  Without ``NEO4J_URI`` the Neo4j tests are
skipped on a developer's machine, but in CI (``CI=true``) they fail: CI must
never pass by silently skipping the real database.
"""

from __future__ import annotations

import functools
import os
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest
from neo4j import Driver, GraphDatabase

from graph.neo4j_store import Neo4jStore
from graph.store import GraphStore
from tests.tools import in_ci


def neo4j_auth() -> tuple[str, str] | None:
    password = os.environ.get("NEO4J_PASSWORD")
    return (os.environ.get("NEO4J_USERNAME") or "neo4j", password) if password else None


@functools.cache
def _server() -> tuple[Driver | None, str]:
    """A driver for the test server, or None and the reason there is none."""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        return None, "NEO4J_URI is not set (start one with ops/neo4j/start, or run ops/test)"
    driver = GraphDatabase.driver(uri, auth=neo4j_auth())
    try:
        driver.verify_connectivity()
    except Exception as exc:
        driver.close()
        return None, f"Neo4j at {uri} is unreachable: {exc}"
    return driver, ""


def require_neo4j() -> Driver:
    """The test server's driver; skip (locally, no NEO4J_URI) or fail (CI, or unreachable)."""
    driver, reason = _server()
    if driver is None:
        if in_ci() or os.environ.get("NEO4J_URI"):
            pytest.fail(f"Neo4j tests cannot run: {reason}", pytrace=False)
        pytest.skip(reason)
    return driver


def clear_database(driver: Driver) -> None:
    """Delete every node and relationship (the schema stays)."""
    # CALL ... IN TRANSACTIONS needs an auto-commit transaction (session.run).
    with driver.session(database=os.environ.get("NEO4J_DATABASE") or None) as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()


@contextmanager
def neo4j_store(tmp_path: Path) -> Iterator[GraphStore]:
    """A store on the test server, emptied first."""
    driver = require_neo4j()
    clear_database(driver)
    store = Neo4jStore.from_environment()
    try:
        yield store
    finally:
        store.close()


STORE_FACTORIES = {"neo4j": neo4j_store}


class TcpRelay:
    """A loopback TCP relay in front of a real server, that can be cut and restored.

    It stands for a network outage or a server restart between ClaimGraph and
    Neo4j without restarting the shared test server: ``down()`` closes the
    listening socket and every open connection, ``up()`` listens again on the
    same port.
    """

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self._listener: socket.socket | None = None
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()

    def up(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def down(self) -> None:
        with self._lock:
            if self._listener is not None:
                # shutdown() wakes the thread blocked in accept(); close() alone does not.
                with suppress(OSError):
                    self._listener.shutdown(socket.SHUT_RDWR)
                self._listener.close()
                self._listener = None
            for conn in self._conns:
                with suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
                conn.close()
            self._conns.clear()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # closed by down()
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self._conns += [client, upstream]
            for src, dst in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(src, dst), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)


# A Bolt message as the driver sends it: a 2-byte chunk size, the message (a
# tiny struct: marker 0xB0 + field count, then its signature byte), 00 00.
BOLT_COMMIT = b"\x00\x02\xb0\x12\x00\x00"  # COMMIT has no fields
BOLT_RUN = b"\xb3\x10"  # RUN: query, parameters, extra


#: Decides, for each client-to-server read while armed, how many of its bytes
#: to pass on before cutting (``None``: pass all and keep watching).
CutRule = Callable[[bytes], int | None]


def cut_before_commit() -> CutRule:
    """Cut instead of passing the transaction's COMMIT: every statement ran, none committed."""
    return lambda data: 0 if BOLT_COMMIT in data else None


def cut_mid_statement() -> CutRule:
    """Cut halfway through the first message sent after the transaction's first statement.

    The server has then run at least one write of the transaction and
    receives half a message; whatever the driver sends next (another
    statement or the COMMIT) never arrives whole.
    """
    ran_a_statement = False

    def rule(data: bytes) -> int | None:
        nonlocal ran_a_statement
        if ran_a_statement:
            return len(data) // 2
        ran_a_statement = data[2:4] == BOLT_RUN
        return None

    return rule


class CuttingRelay(TcpRelay):
    """A :class:`TcpRelay` that can also cut at a chosen point of the Bolt stream.

    ``cut_when(rule)`` arms it: each chunk the client sends is shown to
    ``rule`` first, and when the rule names a byte count the relay passes
    that many bytes on and goes down (as ``down()``), so the server sees the
    connection drop in the middle of whatever the client was doing.
    """

    def __init__(self, target_host: str, target_port: int) -> None:
        super().__init__(target_host, target_port)
        self._rule: CutRule | None = None
        self.cuts = 0

    def cut_when(self, rule: CutRule) -> None:
        self._rule = rule

    def _pipe(self, src: socket.socket, dst: socket.socket) -> None:  # type: ignore[override]
        try:
            # The upstream socket is the one connected to the server's port.
            to_server = dst.getpeername()[1] == self.target[1]
            while data := src.recv(65536):
                rule = self._rule if to_server else None
                keep = rule(data) if rule is not None else None
                if keep is None:
                    dst.sendall(data)
                    continue
                self._rule = None
                if keep:
                    dst.sendall(data[:keep])
                self.cuts += 1
                self.down()
                return
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
