"""``python -m claimgraph`` runs the command line."""

import sys

from claimgraph.cli import main

sys.exit(main())
