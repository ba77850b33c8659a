"""``newslint serve``: newslint as an HTTP service for a CMS (needs ``pip install 'newslint[serve]'``)."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

from newslint.serve.app import create_app
from newslint.serve.limits import Limits

#: How the server's settings reach the worker processes uvicorn starts (they import the app anew).
SETTINGS_VARIABLE = "NEWSLINT_SERVE_SETTINGS"


def run(host: str, port: int, limits: Limits, config_file: Path | None = None, processes: int = 1) -> None:
    import uvicorn

    options = {"host": host, "port": port, "log_level": "info", "access_log": False, "server_header": False}
    if processes == 1:
        uvicorn.run(create_app(limits, config_file), **options)
        return
    create_app(limits, config_file)  # a bad --config fails here, once, not in every worker
    # more CPUs: more processes (the GIL keeps one process's threads on one core), each with its own warm engine
    os.environ[SETTINGS_VARIABLE] = json.dumps({"limits": dataclasses.asdict(limits), "config": str(config_file) if config_file else None})
    uvicorn.run("newslint.serve:app_from_environment", factory=True, workers=processes, **options)


def app_from_environment():
    """The app of one worker process, built from the settings :func:`run` left in the environment."""
    settings = json.loads(os.environ[SETTINGS_VARIABLE])
    config = settings["config"]
    return create_app(Limits(**settings["limits"]), Path(config) if config else None)


__all__ = ["Limits", "create_app", "run"]
