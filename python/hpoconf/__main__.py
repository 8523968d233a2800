"""``python -m hpoconf``: the same as the ``hpoconf`` command."""

from ._cli import main

if __name__ == "__main__":
    main()
