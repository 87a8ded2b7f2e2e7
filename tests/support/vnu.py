"""The Nu Html Checker (npm ``vnu-jar``, pinned in package.json) run once over a whole site folder."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@dataclass(frozen=True)
class KnownError:
    """An error inherent to the theme's markup that no override can remove, and why it is accepted."""

    name: str
    message: re.Pattern
    extract: re.Pattern
    why: str

    def matches(self, msg: dict) -> bool:
        """Whether the checker's *msg* is exactly this error."""
        return bool(
            self.message.search(msg.get("message", "")) and self.extract.search(msg.get("extract", ""))
        )


# Keep this list minimal: every other error is fixed where it is made (templates, CSS, Markdown).
KNOWN_ERRORS = (
    KnownError(
        name="material-toggle-autocomplete",
        message=re.compile(r"^Attribute “autocomplete” is only allowed when the input type is"),
        extract=re.compile(r'<input class="md-toggle" data-md-toggle="(?:drawer|search)" type="checkbox"'),
        why=(
            "Material's base.html writes autocomplete=off on its hidden drawer/search checkboxes so that "
            "Firefox does not restore them open after going back; the inputs sit outside every template "
            "block, so only replacing base.html whole would remove it."
        ),
    ),
)


def java() -> str:
    """The java binary: $JAVA, else the one on PATH (scripts/ensure-tools.sh installs it)."""
    found = os.environ.get("JAVA") or shutil.which("java")
    if not found:
        raise FileNotFoundError("java not found: run `bash scripts/ensure-tools.sh`")
    return found


def check_site(folder: Path) -> list[dict]:
    """Every error the checker reports over the HTML files of *folder* (one JVM, one run)."""
    if not VNU_JAR.is_file():
        raise FileNotFoundError(f"{VNU_JAR} missing: run `bash scripts/bootstrap.sh` (npm ci)")
    cmd = [java(), "-Xss4m", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--skip-non-html"]
    done = subprocess.run([*cmd, str(folder)], capture_output=True, text=True, check=False)
    report = done.stderr.strip() or done.stdout.strip()  # vnu writes its JSON report to stderr
    return [m for m in json.loads(report)["messages"] if m.get("type") != "info"]


def unexpected(messages: list[dict], known=KNOWN_ERRORS) -> list[dict]:
    """The messages that are not one of the *known* theme errors."""
    return [m for m in messages if not any(k.matches(m) for k in known)]


def describe(folder: Path, msg: dict) -> str:
    """``path:line: message — extract`` for one checker message."""
    url = msg.get("url", "")
    path = url.split(folder.as_posix(), 1)[-1].lstrip("/") if url else "?"
    extract = " ".join(msg.get("extract", "").split())[:120]
    return f"{path}:{msg.get('lastLine', '?')}: {msg.get('message', '')} — {extract}"
