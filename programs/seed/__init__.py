"""Seeding the demo: the reference program, demo content and the demo
delegation's logistics, a fictional program open for applications, accounts,
load-test data.

``seed_demo()`` is what the ``seed_demo`` command runs. Each step finds its
rows again by slug or natural key, so running it twice leaves the same rows;
everything happens in one transaction, so a failure leaves nothing behind.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import translation

from ..models import Program
from .accounts import create_demo_users, ensure_demo_users_allowed
from .demo_content import seed_demo_events, seed_demo_report
from .demo_logistics import seed_demo_logistics
from .demo_people import seed_demo_participants
from .facts import SeedError, load_seed_facts
from .images import seed_demo_images
from .music_camp import seed_music_camp
from .reference import seed_reference_program
from .synthetic import ensure_valid_scale, seed_synthetic_programs

__all__ = ["SeedError", "SeedResult", "seed_demo"]


@dataclass
class SeedResult:
    program: Program
    # The fictional program that takes applications.
    open_program: Program | None = None
    demo_users: list[str] = field(default_factory=list)
    synthetic_created: int = 0


def seed_demo(
    *,
    demo_users: bool = False,
    scale: int = 0,
    on_progress: Callable[[int], object] | None = None,
) -> SeedResult:
    """Load the reference program with its demo content, and the fictional
    music camp that takes applications; optionally more.

    ``demo_users`` adds the demo log-ins (only with DEBUG on); ``scale`` makes
    sure that many synthetic programs exist, reporting to ``on_progress``.
    Raises ``SeedError`` for a refused or impossible request, before writing.
    """
    ensure_valid_scale(scale)
    if demo_users:
        ensure_demo_users_allowed()
    facts = load_seed_facts()
    # The untranslated column of each translated field takes the active
    # language's value, which must be the default language's.
    with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
        program, cities = seed_reference_program(facts)
        seed_demo_images(program, cities)
        seed_demo_events(program)
        seed_demo_participants(program, cities)
        seed_demo_logistics(program)
        seed_demo_report(program)
        result = SeedResult(program=program, open_program=seed_music_camp(cities))
        if demo_users:
            result.demo_users = create_demo_users(program)
        result.synthetic_created = seed_synthetic_programs(
            scale, list(cities.values()), on_progress
        )
    return result
