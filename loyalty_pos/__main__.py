from loyalty_pos.cli import main

raise SystemExit(main())
