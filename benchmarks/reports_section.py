"""Child process for the Reports section as a manager meets it: a fresh till signed in
as the demo's manager opens Reports (Ctrl+Shift+R: the back office, on that section),
which starts all its reports at once on the till's own workers. Prints one JSON
object, seconds from the key's action:

* ``first_tab_s``: the first tab (liability and expiry) painted with its figures and
  flushed (the same end point as scan to painted: a zero timer queued from that
  paint, then a round trip to the window system);
* ``all_loaded_s``: every report of the section has arrived and been put in its tab.
"""

from __future__ import annotations

import json
import sys
import time


def main(data_dir: str) -> int:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtGui import QGuiApplication

    from loyalty_pos.bench.till_session import manager_till

    qt_app, app, window, ops = manager_till(data_dir)
    ops.wait_idle(10_000)
    qt_app.processEvents()

    loop = QEventLoop()
    stamps: dict[str, float] = {}
    section_box: list[QObject] = []

    class FirstTabPainted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if (event.type() == QEvent.Type.Paint and section_box and section_box[0].report is not None
                    and "first_queued" not in stamps):
                stamps["first_queued"] = 0
                QTimer.singleShot(0, first_flushed)
            return False

    def first_flushed() -> None:
        QGuiApplication.sync()
        stamps["first"] = time.perf_counter()

    spy = FirstTabPainted()
    poll = QTimer()
    poll.setTimerType(Qt.TimerType.PreciseTimer)
    poll.setInterval(1)

    def check() -> None:
        office = window.back_office
        if office is None or not section_box:
            section = office.sections.get("reports") if office is not None else None  # type: ignore[attr-defined]
            if section is None:
                return
            section_box.append(section)
            for widget in (section.liability_tab, *section.liability_tab.findChildren(QObject)):
                widget.installEventFilter(spy)
        section = section_box[0]
        if "all" not in stamps and section.loaded():  # type: ignore[attr-defined]
            stamps["all"] = time.perf_counter()
        if "all" in stamps and "first" in stamps:
            loop.quit()

    poll.timeout.connect(check)
    start = time.perf_counter()
    window.open_back_office("reports")
    check()  # the section is built inside the call: watched before its first paint
    poll.start()
    QTimer.singleShot(600_000, loop.quit)
    loop.exec()
    poll.stop()
    if "all" not in stamps or "first" not in stamps:
        raise SystemExit(f"the Reports section did not finish loading: {stamps}")
    print(json.dumps({"first_tab_s": stamps["first"] - start, "all_loaded_s": stamps["all"] - start}), flush=True)
    window.back_office.done(0)  # type: ignore[union-attr]
    ops.wait_idle(10_000)
    window.close()
    app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
