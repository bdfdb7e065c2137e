"""The frozen application's entry point: the same ``inspector`` command as the console script
(no command opens the window)."""

from inspector.cli.main import main

raise SystemExit(main())
