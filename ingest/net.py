"""HTTP fetching for the readers: bounded, polite and guarded against SSRF.

:class:`Fetcher` wraps an ``httpx.Client`` and adds

* timeouts, a streamed body-size cap (``CLAIMGRAPH_MAX_BODY_BYTES``, default
  10 MB) and an overall time budget per fetch;
* redirects followed by hand (at most 5), every hop checked again;
* a content-type check before the body is read: HTML, plain text and
  RSS/Atom/any XML type only, with sniffing for feeds served under other
  types (by the root element, in whatever encoding the document is);
* a per-host minimum interval between the end of one request and the start
  of the next (``CLAIMGRAPH_FETCH_MIN_INTERVAL`` seconds, default 1);
* an SSRF guard: loopback, private, link-local, unique-local, multicast,
  reserved and cloud-metadata addresses are refused.  Host names are resolved
  and *every* address checked before the request, and the connection itself
  goes through :class:`GuardedBackend`, which resolves, checks and then
  connects to the checked address, so DNS rebinding between check and connect
  cannot swap in an internal address.  ``CLAIMGRAPH_ALLOW_PRIVATE_HOSTS``
  (comma-separated host names and CIDRs, or ``*``) opens the guard for tests
  and intranets; cloud-metadata addresses stay closed under ``*`` and open
  only when a listed CIDR covers them.

All failures are :class:`ReadError` with a one-line reason.
"""

from __future__ import annotations

import ipaddress
import os
import re
import socket
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from ingest.document import ReadError

MAX_REDIRECTS = 5
DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024
DEFAULT_TIMEOUT = 15.0
DEFAULT_MIN_INTERVAL = 1.0
USER_AGENT = "ClaimGraph/0.1 (news claims reader; +https://example.invalid/claimgraph)"

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown"})
FEED_TYPES = frozenset(
    {
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/rss",
        "text/rss+xml",
        "text/atom+xml",
    }
)
XML_TYPES = frozenset({"application/xml", "text/xml"})
ACCEPTED_TYPES = HTML_TYPES | TEXT_TYPES | FEED_TYPES | XML_TYPES


def is_xml_type(content_type: str) -> bool:
    """True for every XML media type feedparser reads: ``*/xml``, ``*+xml``, ``*/xml-*``.

    (``application/xml-dtd`` and ``text/xml-external-parsed-entity`` included:
    servers label feeds with them, and what the body declares is checked anyway.)
    """
    _, _, subtype = content_type.partition("/")
    return subtype == "xml" or subtype.endswith("+xml") or subtype.startswith("xml-")


def is_accepted_type(content_type: str) -> bool:
    """True for the media types that are read at all: HTML, plain text and any XML."""
    return content_type in ACCEPTED_TYPES or is_xml_type(content_type)

_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_METADATA_ADDRESSES = frozenset(
    {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
)
_UNIQUE_LOCAL = ipaddress.ip_network("fc00::/7")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class BlockedAddress(Exception):
    """A connection to an address the guard refuses (raised inside the transport)."""


# ---------------------------------------------------------------- address policy


def address_problem(ip: IPAddress) -> str | None:
    """Why ``ip`` is not a public address (``None`` when it is)."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return address_problem(ip.ipv4_mapped)
    if ip in _METADATA_ADDRESSES:
        return "cloud metadata address"
    if ip.is_loopback:
        return "loopback address"
    if ip.is_link_local:
        return "link-local address"
    if ip.is_multicast:
        return "multicast address"
    if ip.is_unspecified:
        return "unspecified address"
    if isinstance(ip, ipaddress.IPv6Address) and ip in _UNIQUE_LOCAL:
        return "unique-local address"
    if ip.is_private:
        return "private address"
    if ip.is_reserved:
        return "reserved address"
    if not ip.is_global:
        return "non-public address"
    return None


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Which non-public addresses may be fetched anyway (the allow-list)."""

    allow_all: bool = False
    hosts: frozenset[str] = frozenset()
    networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def parse(cls, setting: str) -> AddressPolicy:
        """Parse ``CLAIMGRAPH_ALLOW_PRIVATE_HOSTS``: host names, IPs/CIDRs or ``*``."""
        allow_all = False
        hosts: set[str] = set()
        networks: list[IPNetwork] = []
        for raw in setting.split(","):
            item = raw.strip().strip("[]").lower()
            if not item:
                continue
            if item == "*":
                allow_all = True
                continue
            try:
                networks.append(ipaddress.ip_network(item, strict=False))
            except ValueError:
                hosts.add(item.rstrip("."))
        return cls(allow_all, frozenset(hosts), tuple(networks))

    @classmethod
    def from_environment(cls) -> AddressPolicy:
        return cls.parse(os.environ.get("CLAIMGRAPH_ALLOW_PRIVATE_HOSTS", ""))

    def refusal(self, host: str, ip: IPAddress) -> str | None:
        """Why connecting to ``ip`` (for ``host``) is refused, or ``None`` if allowed."""
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped  # judge ::ffff:10.0.0.1 exactly like 10.0.0.1
        problem = address_problem(ip)
        if problem is None:
            return None
        if any(ip in net for net in self.networks if net.version == ip.version):
            return None
        if ip in _METADATA_ADDRESSES:  # never opened by "*" or a host name alone
            return f"{problem} {ip}"
        if self.allow_all or host.lower().rstrip(".") in self.hosts:
            return None
        return f"{problem} {ip}"


def _literal_ip(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return None


def resolve(host: str, port: int) -> list[IPAddress]:
    """All addresses ``host`` resolves to (a literal IP resolves to itself)."""
    literal = _literal_ip(host)
    if literal is not None:
        return [literal]
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: dict[IPAddress, None] = {}
    for info in infos:
        seen.setdefault(ipaddress.ip_address(info[4][0].split("%", 1)[0]), None)
    return list(seen)


def checked_addresses(policy: AddressPolicy, host: str, port: int) -> list[IPAddress]:
    """Resolve ``host`` and check every address; raise BlockedAddress on any refusal."""
    addresses = resolve(host, port)
    for ip in addresses:
        reason = policy.refusal(host, ip)
        if reason:
            raise BlockedAddress(reason)
    return addresses


class GuardedBackend(httpcore.NetworkBackend):
    """An httpcore network backend that connects only to checked addresses.

    It resolves the host itself, checks every address against the policy and
    then connects to the checked IP, so the address used is the address
    checked.  TLS still verifies against the host name (httpcore passes the
    origin host as SNI/server_hostname, not the IP we connect to).
    """

    def __init__(self, policy: AddressPolicy) -> None:
        self._policy = policy
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[tuple[int, int, int | bytes]] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = checked_addresses(self._policy, host, port)
        last_error: Exception | None = None
        for ip in addresses:
            try:
                return self._inner.connect_tcp(
                    str(ip), port, timeout, local_address, socket_options
                )
            except httpcore.ConnectError as exc:  # try the next checked address
                last_error = exc
        raise last_error or httpcore.ConnectError(f"no address for {host}")

    def connect_unix_socket(self, *args: object, **kwargs: object) -> httpcore.NetworkStream:
        raise BlockedAddress("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class GuardedTransport(httpx.HTTPTransport):
    """``httpx.HTTPTransport`` whose connection pool uses :class:`GuardedBackend`.

    httpx has no public hook for the network backend, so the pool built by
    the parent constructor is replaced by an equivalent one that has it.
    """

    def __init__(self, policy: AddressPolicy) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=10,
            max_keepalive_connections=5,
            keepalive_expiry=5.0,
            network_backend=GuardedBackend(policy),
        )


# ---------------------------------------------------------------- responses


@dataclass(slots=True)
class Response:
    """A fetched body: final URL after redirects, status, headers and bytes."""

    url: str
    status: int
    headers: Mapping[str, str]
    content: bytes = b""
    content_type: str = ""  # media type, lower-case, no parameters ("" if none)
    charset: str | None = None
    kind: str = ""  # "html", "text", "feed" or "xml" (see sniff_kind)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str:
        """The body decoded with the declared charset (HTML meta charset, else UTF-8)."""
        charset = self.charset or _meta_charset(self.content) or "utf-8"
        try:
            return self.content.decode(charset, errors="replace")
        except LookupError:  # an unknown charset name
            return self.content.decode("utf-8", errors="replace")


_META_CHARSET_RE = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([a-zA-Z0-9_.:-]+)", re.I)


def _meta_charset(content: bytes) -> str | None:
    match = _META_CHARSET_RE.search(content[:4096])
    return match.group(1).decode("ascii") if match else None


_PROLOG_RE = re.compile(
    rb"\s*(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>)", re.I | re.S
)
_ROOT_RE = re.compile(rb"\s*<([A-Za-z_][\w:.-]*)")


def root_element(content: bytes) -> str | None:
    """The name of the first element of an XML/HTML document (prolog skipped), lower-case.

    The document may be in any encoding an XML parser detects from its first
    bytes (UTF-8, UTF-16 and UTF-32 with or without a byte-order mark, EBCDIC):
    its head is decoded first.
    """
    head = _decoded_head(content[:65536]).removeprefix(b"\xef\xbb\xbf")
    pos = 0
    while True:
        match = _PROLOG_RE.match(head, pos)
        if not match:
            break
        pos = match.end()
    match = _ROOT_RE.match(head, pos)
    return match.group(1).decode("ascii", "replace").lower() if match else None


# The first bytes of "<?xml" or "<" in each encoding an XML parser detects by
# itself (XML 1.0, appendix F), with or without a byte-order mark.
_ENCODING_SIGNATURES = (
    (b"\x00\x00\xfe\xff", "utf-32-be", 4),
    (b"\xff\xfe\x00\x00", "utf-32-le", 4),
    (b"\xfe\xff", "utf-16-be", 2),
    (b"\xff\xfe", "utf-16-le", 2),
    (b"\x00\x00\x00<", "utf-32-be", 0),
    (b"<\x00\x00\x00", "utf-32-le", 0),
    (b"\x00<\x00", "utf-16-be", 0),
    (b"<\x00", "utf-16-le", 0),
    (b"\x4c\x6f\xa7\x94", "cp037", 0),  # "<?xm" in EBCDIC
)


def _decoded_head(head: bytes) -> bytes:
    """``head`` as UTF-8 when its first bytes show a UTF-16/32 or EBCDIC document."""
    for signature, codec, bom in _ENCODING_SIGNATURES:
        if head.startswith(signature):
            width = 4 if "32" in codec else 2 if "16" in codec else 1
            body = head[bom:]
            body = body[: len(body) - len(body) % width]
            return body.decode(codec, errors="replace").encode("utf-8")
    return head


def local_name(name: str | None) -> str | None:
    """An element name without its namespace prefix (``r:rss`` is ``rss``)."""
    return name.rpartition(":")[2] if name else name


FEED_ROOTS = frozenset({"rss", "feed", "rdf"})


def is_feed_document(content: bytes) -> bool:
    """True when the document's root element is an RSS, RDF or Atom feed (any prefix)."""
    return local_name(root_element(content)) in FEED_ROOTS


_HTML_ROOTS = frozenset({"html", "head", "body", "title", "meta"})


def sniff_kind(content_type: str, content: bytes) -> str:
    """Classify a response as "feed", "html", "text" or "xml".

    Feeds are recognised by type and, since servers often mislabel them, by
    their root element too.
    """
    if content_type in FEED_TYPES or is_feed_document(content):
        return "feed"
    if content_type in HTML_TYPES:
        return "html"
    if is_xml_type(content_type):
        return "xml"
    if content_type in TEXT_TYPES:
        return "text"
    # No usable type: HTML if it starts like HTML, else plain text.
    return "html" if root_element(content) in _HTML_ROOTS else "text"


# ---------------------------------------------------------------- fetcher


def _env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, "") or default)
    except ValueError:
        return default


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, "") or default)
    except ValueError:
        return default


def max_body_bytes() -> int:
    """The size cap for one article's bytes (``CLAIMGRAPH_MAX_BODY_BYTES``, default 10 MB).

    It bounds files and standard input as well as HTTP bodies.
    """
    return _env_int("CLAIMGRAPH_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES)


@dataclass
class Fetcher:
    """Fetches URLs with the limits and guards described in the module docstring."""

    policy: AddressPolicy = field(default_factory=AddressPolicy)
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    timeout: float = DEFAULT_TIMEOUT
    min_interval: float = DEFAULT_MIN_INTERVAL
    user_agent: str = USER_AGENT
    #: The clock the politeness interval and the time budget are measured on, and
    #: how to wait on it (a test passes a virtual clock to check intervals exactly).
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _last_request: dict[str, float] = field(default_factory=dict, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    @classmethod
    def from_environment(cls) -> Fetcher:
        """A fetcher configured from the ``CLAIMGRAPH_*`` settings."""
        return cls(
            policy=AddressPolicy.from_environment(),
            max_body_bytes=max_body_bytes(),
            timeout=_env_float("CLAIMGRAPH_FETCH_TIMEOUT", DEFAULT_TIMEOUT),
            min_interval=_env_float("CLAIMGRAPH_FETCH_MIN_INTERVAL", DEFAULT_MIN_INTERVAL),
            user_agent=os.environ.get("CLAIMGRAPH_USER_AGENT") or USER_AGENT,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                transport=GuardedTransport(self.policy),
                timeout=httpx.Timeout(self.timeout),
                follow_redirects=False,  # followed by hand so every hop is checked
                trust_env=False,  # a proxy would connect for us, bypassing the guard
                headers={"User-Agent": self.user_agent},
            )
        return self._client

    def fetch(self, url: str, headers: Mapping[str, str] | None = None) -> Response:
        """GET ``url``; return the response or raise :class:`ReadError`.

        ``headers`` may carry conditional-request validators; a 304 is then
        returned as a :class:`Response` with ``status == 304`` and no body.
        """
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            self.check_url(current, url)
            response = self._get(current, url, headers or {})
            if response.status not in _REDIRECT_CODES:
                return response
            location = response.headers.get("location")
            if not location:
                raise ReadError(url, f"HTTP {response.status} redirect without a Location")
            current = urljoin(current, location.strip())
        raise ReadError(url, f"more than {MAX_REDIRECTS} redirects")

    def check_url(self, target: str, source: str) -> None:
        """Refuse non-HTTP schemes and hosts that resolve to guarded addresses.

        Literal IPs are judged without any connection attempt.
        """
        parts = urlsplit(target)
        what = "" if target == source else f"redirect to {target}: "
        if parts.scheme.lower() not in ("http", "https"):
            raise ReadError(source, f"{what}only http and https URLs are fetched")
        host = parts.hostname
        if not host:
            raise ReadError(source, f"{what}URL has no host")
        try:
            port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        except ValueError:
            raise ReadError(source, f"{what}URL has an invalid port") from None
        try:
            checked_addresses(self.policy, host, port)
        except BlockedAddress as exc:
            raise ReadError(source, f"{what}refusing to fetch {exc}") from None
        except (socket.gaierror, UnicodeError):
            raise ReadError(source, f"{what}cannot resolve host {host}") from None

    def _wait_turn(self, host: str) -> None:
        """Sleep until ``min_interval`` has passed since the last request to ``host``."""
        if self.min_interval <= 0:
            return
        with self._lock:
            now = self.clock()
            ready = self._last_request.get(host, now - self.min_interval) + self.min_interval
            self._last_request[host] = max(now, ready)
        if ready > now:
            self.sleep(ready - now)

    def _done(self, host: str) -> None:
        """Count the interval from the end of a request, so a slow host is not hurried."""
        if self.min_interval > 0:
            with self._lock:
                self._last_request[host] = max(self._last_request.get(host, 0.0), self.clock())

    def _get(self, target: str, source: str, headers: Mapping[str, str]) -> Response:
        host = (urlsplit(target).hostname or "").lower()
        self._wait_turn(host)
        deadline = self.clock() + 4 * self.timeout  # bounds slow drip-fed bodies
        try:
            with self.client.stream("GET", target, headers=dict(headers)) as resp:
                return self._read_response(resp, target, source, deadline)
        except BlockedAddress as exc:
            raise ReadError(source, f"refusing to fetch {exc}") from None
        except httpx.TimeoutException:
            raise ReadError(source, "timed out") from None
        except httpx.ConnectError:
            raise ReadError(source, "cannot connect") from None
        except httpx.InvalidURL:
            raise ReadError(source, "not a valid URL") from None
        except httpx.HTTPError as exc:
            raise ReadError(source, f"network error ({type(exc).__name__})") from None
        except OSError:  # e.g. the guarded backend's own DNS lookup failing
            raise ReadError(source, "cannot connect") from None
        finally:
            self._done(host)

    def _read_response(
        self, resp: httpx.Response, target: str, source: str, deadline: float
    ) -> Response:
        status = resp.status_code
        headers = {k.lower(): v for k, v in resp.headers.items()}
        base = Response(url=target, status=status, headers=headers)
        if status in _REDIRECT_CODES or status == 304:
            return base
        if status >= 400:
            raise ReadError(source, f"HTTP {status}")
        if not 200 <= status < 300:
            raise ReadError(source, f"unexpected HTTP status {status}")
        media, _, params = headers.get("content-type", "").partition(";")
        base.content_type = media.strip().lower()
        charset = re.search(r"charset\s*=\s*\"?([^\";\s]+)", params, re.I)
        base.charset = charset.group(1) if charset else None
        if base.content_type and not is_accepted_type(base.content_type):
            raise ReadError(source, f"unsupported content type {base.content_type}")
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            raise ReadError(source, f"response larger than {self.max_body_bytes} bytes")
        chunks: list[bytes] = []
        size = 0
        for chunk in resp.iter_bytes():
            size += len(chunk)
            if size > self.max_body_bytes:
                raise ReadError(source, f"response larger than {self.max_body_bytes} bytes")
            if self.clock() > deadline:
                raise ReadError(source, "timed out while reading the response")
            chunks.append(chunk)
        base.content = b"".join(chunks)
        base.kind = sniff_kind(base.content_type, base.content)
        return base
