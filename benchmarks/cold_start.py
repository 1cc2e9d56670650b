"""Child process for the cold-start figure: opens the till on a store and says
``ready`` once the sign-in screen has been painted and takes keys."""

from __future__ import annotations

import sys
from pathlib import Path


def main(data_dir: str) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer

    from loyalty_pos.app import open_app
    from loyalty_pos.config import Config
    from loyalty_pos.gui.launch import build_till, till_application

    qt_app = till_application()
    app = open_app(Config.load(Path(data_dir)))
    window, _scanner, _ops = build_till(app.uow, clock=app.clock, key=app.key, config=app.config)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and window.sign_in.pin.isVisible():
                # Usable: painted, and the next key goes to the sign-in form.
                QTimer.singleShot(0, self.ready)
            return False

        def ready(self) -> None:
            print("ready", flush=True)
            qt_app.quit()

    spy = FirstPaint()
    window.sign_in.installEventFilter(spy)
    window.resize(1280, 800)
    window.show()
    code = qt_app.exec()
    app.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
