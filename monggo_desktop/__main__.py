from monggo_desktop.cli import main

raise SystemExit(main())
