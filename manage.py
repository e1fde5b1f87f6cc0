#!/usr/bin/env python
"""Same as the installed `danvan` command."""

from danvan.cli import main

if __name__ == "__main__":
    main()
