"""Seed data for ``seed_demo``.

``lianyungang-kazakhstan-2024.json`` holds the reference program's facts and
names. The text modules hold the sentences written for the demo in every
language: ``reference_text`` says only what the facts say, ``demo_text`` is
illustrative and always stored with ``is_demo=True``, and ``synthetic_text``
fills the load-test programs.
"""
