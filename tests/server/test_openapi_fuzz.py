"""schemathesis against the server's own OpenAPI document, over real HTTP, with a real device
credential: no server error (5xx), and no answer that breaks the documented schema."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.serverkit import (
    RunningServer,
    enrol,
    fresh_postgres_database,
    seed_ministry,
    start_server,
)


@pytest.fixture(scope="module")
def fuzzed_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with fresh_postgres_database() as url:
        server = start_server(tmp_path_factory.mktemp("fuzz"), url)
        try:
            seed_ministry(server, agencies=2)
            yield server
        finally:
            server.stop()


@pytest.fixture(scope="module")
def device_headers(fuzzed_server: RunningServer) -> dict[str, str]:
    return enrol(fuzzed_server, "asha").headers


def test_the_api_never_fails_and_keeps_its_schema(
    fuzzed_server: RunningServer, device_headers: dict[str, str]
) -> None:
    """Every operation of the document, with generated parameters and bodies (positive and
    negative cases)."""
    from hypothesis import given
    from hypothesis.errors import Unsatisfiable

    api = schemathesis.openapi.from_url(f"{fuzzed_server.api}/openapi.json")
    checks = [
        not_a_server_error,
        status_code_conformance,
        content_type_conformance,
        response_schema_conformance,
    ]
    operations = [result.ok() for result in api.get_all_operations()]
    statuses: list[int] = []
    assert len(operations) >= 10
    modes = [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE]
    for operation, mode in [(op, mode) for op in operations for mode in modes]:

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=30,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def fuzz(case: Any) -> None:
            response = case.call_and_validate(
                base_url=fuzzed_server.url, headers=device_headers, checks=checks
            )
            statuses.append(response.status_code)

        try:
            fuzz()
        except Unsatisfiable:
            assert mode is schemathesis.GenerationMode.NEGATIVE  # nothing to break (no input)
    # Generated requests reached the routes: some were taken, some refused as invalid.
    assert len(statuses) >= 20 * len(operations)
    assert {200, 422} <= set(statuses)
