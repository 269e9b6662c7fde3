"""`python -m assistant.website`: serve the demo clinic website with the chat widget."""

import sys

from assistant.website.serve import main

if __name__ == "__main__":
    sys.exit(main())
