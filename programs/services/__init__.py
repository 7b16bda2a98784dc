"""Caravan's operations. Views, the admin and commands call these; business
rules live here once."""
