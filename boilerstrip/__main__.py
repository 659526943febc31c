"""``python -m boilerstrip``: the same command line as ``boilerstrip``."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
