"""The till as a cashier meets it, each figure from fresh till processes of its own, in a
real window (a private Xvfb when this session has no display; offscreen, and the
figures named so, when there is no X server at all):

* start: the ``loyalty-pos`` entry point to the signed-in sale screen ready for a scan,
  worst of ``WARM_RUNS`` warm starts, then one start after the OS file cache was dropped
  (``start_cold_s``, where the machine allows it) and one after only the database's
  pages were evicted (``start_dbevicted_s``);
* scan to painted: a scanner's burst of keys in, the member panel's frame flushed out,
  with an empty basket and with a 30-line one; and the first scan of a till started
  cold (and with the database evicted);
* peak memory: the high-water mark of one till process after a scripted day.
"""

from __future__ import annotations

from collections.abc import Callable

from loyalty_pos.bench import page_cache
from loyalty_pos.bench.cold_start import start_seconds
from loyalty_pos.bench.display import gui_display, run_child
from loyalty_pos.bench.figures import Figure, percentile
from loyalty_pos.bench.seeded import SeededStore
from loyalty_pos.bench.till_session import BASKET_LINES, KEY_INTERVAL_MS

WARM_RUNS = 5
WARMUP_STARTS = 1  # unmeasured: it writes the bytecode an install ships and warms the OS cache
SCANS = 200
DAY_SALES = 300
DAY_RETURNS = 20


def _samples(session: dict[str, object], key: str) -> list[float]:
    return [float(value) for value in session[key]]  # type: ignore[attr-defined]


def run(store: SeededStore, *, log: Callable[[str], None]) -> list[Figure]:
    config = store.ensure()
    data_dir, db_path = config.data_dir, config.db_path
    figures: list[Figure] = []
    with gui_display() as display:
        sfx = display.suffix
        log(f"gui figures on {display.kind} {display.env.get('DISPLAY', '')}".rstrip()
            + f"; cold methods: {', '.join(page_cache.methods())}")
        log("starts ...")
        for _ in range(WARMUP_STARTS):
            start_seconds(data_dir, display.env)
        warm = [start_seconds(data_dir, display.env) for _ in range(WARM_RUNS)]
        log(f"warm starts (s): {', '.join(f'{s:.2f}' for s in warm)}")
        figures.append(Figure.measured(f"start_warm_worst_s{sfx}", max(warm), "s", "<= 1.5"))
        for method in page_cache.methods():
            used = page_cache.make_cold(method, db_path)
            figures.append(Figure.measured(f"start_{method}_s{sfx}", start_seconds(data_dir, display.env), "s", "<= 3",
                                           cache=method, cache_method=used))

        log(f"scans ({SCANS} with an empty basket, {SCANS} with {BASKET_LINES} lines; "
            f"a key every {KEY_INTERVAL_MS} ms) ...")
        session = run_child("till_session", [str(data_dir), str(SCANS)], display)
        empty, full = _samples(session, "empty_ms"), _samples(session, "lines_30_ms")
        burst = float(session["burst_ms"])  # type: ignore[arg-type]
        log(f"the burst itself lasts {burst:.0f} ms; from its Enter to the flush, p95 "
            f"{percentile([s - burst for s in empty[1:] or empty], 95):.1f} ms empty, "
            f"{percentile([s - burst for s in full], 95):.1f} ms with {BASKET_LINES} lines")
        # The first scan of a session pays for warming the till up: its own figure below.
        figures.append(Figure.measured(f"scan_to_painted_p95{sfx}", percentile(empty[1:] or empty, 95), "ms", "<= 50"))
        figures.append(Figure.measured(f"scan_to_painted_30_lines_p95{sfx}", percentile(full, 95), "ms", "<= 50"))
        for method in page_cache.methods():
            used = page_cache.make_cold(method, db_path)
            first = run_child("till_session", [str(data_dir), "1", "--no-basket"], display)
            figures.append(Figure.measured(f"scan_first_after_{method}_ms{sfx}", _samples(first, "empty_ms")[0],
                                           "ms", "<= 150", cache=method, cache_method=used))

        log(f"a scripted day: {DAY_SALES} sales, {DAY_RETURNS} returns, the back office, reports, a card sheet ...")
        day = run_child("till_day", [str(data_dir), str(DAY_SALES), str(DAY_RETURNS)], display)
        log(f"after the day: peak {day['peak_mb']:.0f} MB, resident {day['resident_mb']:.0f} MB")
        figures.append(Figure.measured("rss_peak_day_mb", float(day["peak_mb"]), "MB", "<= 300"))  # type: ignore[arg-type]
    return figures

