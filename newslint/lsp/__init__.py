"""``newslint lsp``: a language server for editors (needs ``pip install 'newslint[lsp]'``, which brings pygls)."""

from __future__ import annotations

from newslint.lsp.server import create_server, run

__all__ = ["create_server", "run"]
