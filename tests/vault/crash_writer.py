"""Child process for the crash test: writes agencies one transaction at a time and prints the
number of each one after it commits."""

from __future__ import annotations

import sys
from pathlib import Path

from inspector.services.agencies import AgencyData, create_agency
from inspector.services.uow import UnitOfWork
from inspector.vault.store import unlock_vault


def main() -> None:
    folder, passphrase = Path(sys.argv[1]), sys.argv[2]
    vault = unlock_vault(folder, passphrase)
    number = 0
    while True:
        number += 1
        with UnitOfWork(vault) as uow:
            create_agency(uow, AgencyData(f"CRASH-{number:06d}", f"Agency {number}", "NP"))
        print(number, flush=True)


if __name__ == "__main__":
    main()
