from loyalty_pos.cli.main import main

raise SystemExit(main())
