"""Time the participant import of 10,000 rows, from CSV and from XLSX.

    DATABASE_URL=postgres://user@host:5432/name python scripts/time_import.py [--rows N]

Builds a spreadsheet of N synthetic people in memory, then times reading
it, the preview (every row checked) and the commit (every row registered
through the registration service, in one transaction) against a migrated
database. Each run happens inside a transaction that is rolled back, so the
database is left as it was.
"""

import argparse
import io
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "exchange_site.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402

from programs.services import imports, spreadsheets  # noqa: E402
from tests.factories import ProgramFactory  # noqa: E402

CATEGORIES = ["journalist", "diplomat", "researcher", "youth", "editor"]
COUNTRIES = ["KZ", "CN", "China", "Kazakhstan", "FR", "RU"]
NATIVE = ["Әлия Сейітова", "王伟", "Дмитрий Орлов", "Zoé Martin"]


def synthetic_rows(count: int) -> list[list[str]]:
    rows = [list(spreadsheets.COLUMNS)]
    for index in range(count):
        rows.append(
            [
                f"Given{index}",
                f"Family{index}",
                NATIVE[index % len(NATIVE)],
                f"person{index}@example.org",
                f"+7 700 {index:07d}",
                "",
                COUNTRIES[index % len(COUNTRIES)],
                CATEGORIES[index % len(CATEGORIES)],
                ["en", "fr", "ru", "kk", "zh-hans"][index % 5],
            ]
        )
    return rows


def as_csv(rows) -> bytes:
    import csv

    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode("utf-8")


def as_xlsx(rows) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def time_one(data: bytes, name: str, capacity: int) -> dict[str, float]:
    timings = {}
    with transaction.atomic():
        program = ProgramFactory(
            slug=f"import-timing-{name.rsplit('.', 1)[-1]}", capacity=capacity
        )
        start = time.perf_counter()
        table = spreadsheets.read_spreadsheet(data, name)
        timings["read"] = time.perf_counter() - start
        start = time.perf_counter()
        preview = imports.preview_import(program, table.rows)
        timings["preview"] = time.perf_counter() - start
        assert preview.is_valid, preview.rows_with_problems[:3]
        start, cpu = time.perf_counter(), time.process_time()
        imports.commit_import(program, table.rows)
        timings["commit"] = time.perf_counter() - start
        # Python's own share, which other load on the machine does not inflate
        # (PostgreSQL's work runs in its own process and is not counted).
        timings["commit CPU"] = time.process_time() - cpu
        transaction.set_rollback(True)
    timings["total"] = timings["read"] + timings["preview"] + timings["commit"]
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument(
        "--capacity",
        type=int,
        default=None,
        help="program capacity (default: half the rows, so the waitlist fills)",
    )
    parser.add_argument(
        "--no-limit", action="store_true", help="a program without a capacity"
    )
    args = parser.parse_args()
    capacity = args.capacity if args.capacity is not None else args.rows // 2
    if args.no_limit:
        capacity = None
    rows = synthetic_rows(args.rows)
    print(
        f"{args.rows} rows, capacity {capacity}, on {connection.vendor} "
        f"({connection.settings_dict['NAME']})"
    )
    for name, data in (
        ("people.csv", as_csv(rows)),
        ("people.xlsx", as_xlsx(rows)),
    ):
        timings = time_one(data, name, capacity)
        print(
            f"{name:12} {len(data) / 1e6:5.1f} MB  "
            + "  ".join(f"{step} {seconds:6.2f} s" for step, seconds in timings.items())
        )


if __name__ == "__main__":
    main()
