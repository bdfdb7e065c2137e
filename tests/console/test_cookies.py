"""The session cookie's attributes over HTTPS (the server's app in-process on SQLite: the
browser tests run over plain HTTP on loopback)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.console.conftest import CHEAP, PASSWORD


def test_over_https_the_session_cookie_is_secure_httponly_strict_and_host_only(
    tmp_path: Path,
) -> None:
    from starlette.testclient import TestClient

    from inspector.server.api import create_app
    from inspector.server.config import ServerConfig
    from inspector.server.console.auth import create_user
    from inspector.server.console.passwords import PasswordCost
    from inspector.server.state import ServerState

    state = ServerState(ServerConfig(data_dir=tmp_path / "server"))
    try:
        with state.session() as session:
            create_user(session, "ana", "Ana Karki", role="national-admin", password=PASSWORD,
                        cost=PasswordCost(**CHEAP))  # fmt: skip
        client = TestClient(create_app(state), base_url="https://console.example.gov")
        form = client.get("/console/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
        assert token is not None
        answer = client.post(
            "/console/login",
            data={"csrf_token": token.group(1), "username": "ana", "password": PASSWORD},
            follow_redirects=False,
        )
        assert answer.status_code == 303
        cookie = next(
            value for name, value in answer.headers.multi_items()
            if name == "set-cookie" and value.startswith("__Host-fi_console=")
        )  # fmt: skip
        attributes = {part.strip().lower() for part in cookie.split(";")[1:]}
        assert {"httponly", "secure", "path=/", "samesite=strict"} <= attributes
        assert not any(part.startswith("domain") for part in attributes)
        assert client.get("/console/", follow_redirects=False).status_code == 200
        # The same token sent as the plain-HTTP cookie name is not looked at over HTTPS.
        plain = TestClient(create_app(state), base_url="https://console.example.gov")
        plain.cookies.set("fi_console", cookie.split(";")[0].split("=", 1)[1])
        assert plain.get("/console/", follow_redirects=False).status_code == 303
    finally:
        state.engine.dispose()
