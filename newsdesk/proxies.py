"""The client's address, for login rate limiting (django-axes' AXES_CLIENT_IP_CALLABLE).

X-Forwarded-For is written by whoever sends the request, so it is believed only when the request
arrives from a proxy listed in NEWSDESK_TRUSTED_PROXIES, and then only up to the first hop that is
not such a proxy: a client cannot choose the address its failed logins are counted under. django-ipware
trusts a header naming a trusted proxy without checking who connected, which a client can forge.
"""

from __future__ import annotations

import ipaddress
from functools import cache

from django.conf import settings


@cache
def _networks(proxies: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(p, strict=False) for p in proxies)


def _address(text: str):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _trusted(address, networks) -> bool:
    return address is not None and any(address in network for network in networks)


def client_ip(request) -> str | None:
    remote = request.META.get("REMOTE_ADDR", "")
    networks = _networks(tuple(settings.NEWSDESK_TRUSTED_PROXIES))
    if not _trusted(_address(remote), networks):
        return remote or None
    # Each trusted proxy appends the address it received from: read the chain from the right.
    hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    for hop in reversed(hops):
        address = _address(hop)
        if address is None:
            # Garbage in the header: the last trustworthy address is the proxy's own peer.
            break
        if not _trusted(address, networks):
            return str(address)
        remote = str(address)
    return remote or None
