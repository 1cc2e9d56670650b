import sys

from loyalty_pos.bench.runner import main

sys.exit(main())
