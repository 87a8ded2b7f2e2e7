"""A real nginx on 127.0.0.1 serving a built site with deploy/nginx.conf (for the deployment test)."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEPLOY_CONF = ROOT / "deploy" / "nginx.conf"
SITE_ROOT = "/srv/sotay/site"  # where deploy/nginx.conf expects the built site

_MAIN = """\
daemon off;
master_process off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 64; }}
http {{
    include {mime};
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
{site}
}}
"""


def nginx_binary() -> str:
    """nginx: $SOTAY_NGINX, else on PATH or in /usr/sbin (scripts/ensure-tools.sh installs Debian's)."""
    env = os.environ.get("SOTAY_NGINX")
    if env and Path(env).exists():
        return env
    for found in (shutil.which("nginx"), "/usr/sbin/nginx", "/usr/local/sbin/nginx"):
        if found and Path(found).exists():
            return found
    subprocess.run(["bash", str(ROOT / "scripts" / "ensure-tools.sh")], check=True)
    return shutil.which("nginx") or "/usr/sbin/nginx"


def _mime_types(binary: str) -> str:
    """The mime.types that ships with this nginx (next to its default configuration)."""
    shown = subprocess.run([binary, "-V"], capture_output=True, text=True, check=False).stderr
    conf = re.search(r"--conf-path=(\S+)", shown)
    candidates = [Path(conf.group(1)).parent / "mime.types"] if conf else []
    candidates += [Path("/etc/nginx/mime.types"), Path("/usr/local/etc/nginx/mime.types")]
    return str(next(p for p in candidates if p.is_file()))


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def site_config(site: Path, port: int) -> str:
    """deploy/nginx.conf, pointed at *site* and listening on 127.0.0.1:*port* only."""
    text = DEPLOY_CONF.read_text(encoding="utf-8").replace(SITE_ROOT, str(site))
    text = re.sub(r"^\s*listen \[::\]:80;\n", "", text, flags=re.M)
    return re.sub(r"^(\s*)listen 80;", rf"\1listen 127.0.0.1:{port};", text, flags=re.M)


class Nginx:
    """``with Nginx(site) as n:`` runs nginx in the foreground on a free loopback port until exit."""

    def __init__(self, site: Path):
        self.site = Path(site)
        self.binary = nginx_binary()
        self.port = free_port()
        self.proc: subprocess.Popen | None = None
        self._tmp = tempfile.TemporaryDirectory(prefix="sotay-nginx-")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def __enter__(self) -> Nginx:
        tmp = Path(self._tmp.name)
        conf = tmp / "nginx.conf"
        conf.write_text(
            _MAIN.format(tmp=tmp, mime=_mime_types(self.binary), site=site_config(self.site, self.port)),
            encoding="utf-8",
        )
        test = subprocess.run(
            [self.binary, "-t", "-p", str(tmp), "-c", str(conf)], capture_output=True, text=True
        )
        if test.returncode != 0:
            raise RuntimeError(f"nginx rejected the configuration:\n{test.stderr}")
        self.proc = subprocess.Popen([self.binary, "-p", str(tmp), "-c", str(conf)], stderr=subprocess.PIPE)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"nginx stopped: {self.proc.stderr.read().decode()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("nginx did not start listening within 10 s")

    def __exit__(self, *exc) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._tmp.cleanup()
