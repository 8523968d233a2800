"""The ``hpoconf`` command of the wheel: the Rust command line, run in this process."""

import signal
import sys

from . import _hpoconf


def main() -> None:
    """Run ``hpoconf`` with this process's arguments and exit with its status."""
    # Ctrl-C stops the command at once, as it stops the native binary (the check runs in Rust,
    # where Python's KeyboardInterrupt would only be seen once it returned).
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    except (ValueError, OSError):  # not the main thread, or no such signal here
        pass
    sys.stdout.flush()
    sys.exit(_hpoconf._run_cli(["hpoconf", *sys.argv[1:]]))


if __name__ == "__main__":
    main()
