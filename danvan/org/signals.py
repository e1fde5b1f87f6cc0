"""The reporting-line signal, kept importable from here: `unit_moved` is core's (`danvan.core.signals`), where
the receiver that moves every unit-owned row lives; apps with other copies of paths listen to it too."""

from danvan.core.signals import unit_moved

__all__ = ["unit_moved"]
