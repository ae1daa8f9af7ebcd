import sys

from observer_app.cli import main

sys.exit(main())
