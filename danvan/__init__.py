"""danvan — information system of Vietnam's mass-mobilisation apparatus."""

__version__ = "0.1.0"
