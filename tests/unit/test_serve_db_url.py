"""`loyalty-pos serve --db` with something that is not a database it runs on: one line, exit 2."""

from __future__ import annotations

import pytest

from loyalty_pos.cli.main import main


@pytest.mark.parametrize("url", ["9999", "mysql://shop@db/loyalty", "nosuchdialect://x"])
def test_a_database_url_the_server_cannot_use_is_one_clear_line(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "list-terminals", "--db", url]) == 2
    err = capsys.readouterr().err
    assert "is not a database URL this server can use" in err and "Traceback" not in err
