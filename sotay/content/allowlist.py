"""The allowlist of official domains, link shorteners and approved embeds (sotay/content/allowlist.yml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

ALLOWLIST_FILE = Path(__file__).with_name("allowlist.yml")


@dataclass(frozen=True)
class Allowlist:
    """``domains`` maps a domain to whether its subdomains are covered too."""

    domains: dict[str, bool]
    shorteners: frozenset[str]
    embeds: tuple[str, ...]

    def allows(self, host: str) -> bool:
        """True when *host* is an allowed domain, its ``www.`` form, or a covered subdomain."""
        host = host.lower().rstrip(".")
        host = host.removeprefix("www.")
        if host in self.domains:
            return True
        return any(sub and host.endswith("." + domain) for domain, sub in self.domains.items())

    def is_shortener(self, host: str) -> bool:
        """True when *host* is a known link shortener."""
        return host.lower().removeprefix("www.") in self.shorteners

    def embed_approved(self, url: str) -> bool:
        """True when *url* starts with an approved embed prefix."""
        return any(url.startswith(prefix) for prefix in self.embeds)


@cache
def load_allowlist(path: Path = ALLOWLIST_FILE) -> Allowlist:
    """Read the allowlist file at *path*."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    domains = {str(d["domain"]).lower(): bool(d.get("subdomains", False)) for d in data.get("domains") or []}
    return Allowlist(
        domains=domains,
        shorteners=frozenset(str(s).lower() for s in data.get("shorteners") or []),
        embeds=tuple(str(e) for e in data.get("embeds") or []),
    )
