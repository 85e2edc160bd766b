"""watchfloor: sourced, structured records of what armed groups do, from news reporting."""

__version__ = "0.43.0"
