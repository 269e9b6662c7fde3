"""`python -m assistant.console`: serve the staff console (same as `python -m assistant.cli console`)."""

import sys

from assistant.cli import main

if __name__ == "__main__":
    sys.exit(main(["console", *sys.argv[1:]]))
