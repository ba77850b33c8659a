"""Shared fixtures. Every test runs with the network blocked: newslint must work offline."""

from __future__ import annotations

import os
import socket
import tempfile

import pytest

# Every newslint the tests start caches into a throwaway directory, never the checkout.
os.environ["NEWSLINT_CACHE_DIR"] = tempfile.mkdtemp(prefix="newslint-test-cache-")
# and keeps built rules and tables there too, not in the user's cache folder
os.environ["NEWSLINT_BUILT_CACHE_DIR"] = tempfile.mkdtemp(prefix="newslint-test-built-")


class NetworkBlocked(RuntimeError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkBlocked("newslint tried to use the network during a test")


@pytest.fixture(autouse=True)
def block_network(monkeypatch, request):
    if request.node.get_closest_marker("allow_network"):
        return
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)


def pytest_configure(config):
    config.addinivalue_line("markers", "allow_network: the test may open sockets (a local test server)")
