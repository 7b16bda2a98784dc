"""Settings package: ``base`` holds what every environment shares; ``dev``,
``test`` and ``production`` adjust it. Everything secret or site-specific comes
from the environment (see the README's configuration table)."""
