"""`loyalty-pos serve` on a till installed without the server's extra says how to get it."""

from __future__ import annotations

import builtins
import sys
from typing import Any

import pytest

from loyalty_pos.cli.main import main


def test_serve_without_fastapi_names_the_extra_to_install(monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str], tmp_path: Any) -> None:
    real_import = builtins.__import__

    def without_server_packages(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.split(".")[0] in {"fastapi", "uvicorn", "starlette"}:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_server_packages)
    # Forget what other tests imported, so the command meets the missing packages afresh.
    for module in [name for name in sys.modules if name.startswith(("loyalty_pos.sync.server", "fastapi", "uvicorn",
                                                                    "starlette"))]:
        monkeypatch.delitem(sys.modules, module)
    code = main(["serve", "--data-dir", str(tmp_path / "server")])
    err = capsys.readouterr().err
    assert code == 2
    assert "loyalty-pos[server]" in err
    assert "Traceback" not in err
