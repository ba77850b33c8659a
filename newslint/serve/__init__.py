"""``newslint serve``: newslint as an HTTP service for a CMS (needs ``pip install 'newslint[serve]'``)."""

from __future__ import annotations

from pathlib import Path

from newslint.serve.app import create_app
from newslint.serve.limits import Limits


def run(host: str, port: int, limits: Limits, config_file: Path | None = None) -> None:
    import uvicorn

    app = create_app(limits, config_file)
    # one process: the engine is warm in it; more CPUs want more processes behind a balancer
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False, server_header=False)


__all__ = ["Limits", "create_app", "run"]
