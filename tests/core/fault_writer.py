"""A writer process for the fault tests: numbered operations, each one transaction.

Operation n adds one place 'op-n' and five organisations noted 'op-n'; after a crash either
all six rows of an operation are there or none. Prints each finished n.
"""

import sys
from pathlib import Path

from buurtapp.core.storage.database import open_database


def main() -> None:
    path, start = Path(sys.argv[1]), int(sys.argv[2])
    database = open_database(path)
    n = start
    while True:
        with database.atomic() as conn:
            conn.execute("INSERT INTO places (name, notes) VALUES (?, ?)", (f"op-{n}", "x" * 2000))
            for k in range(5):
                conn.execute(
                    "INSERT INTO organisations (name, kind, notes) VALUES (?, 'other', ?)",
                    (f"org {n}.{k}", f"op-{n}"),
                )
        print(n, flush=True)
        n += 1


if __name__ == "__main__":
    main()
