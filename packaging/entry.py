"""The frozen app's entry point (build.spec): the ``taqrir`` command."""

from desktop_app.cli import main

raise SystemExit(main())
