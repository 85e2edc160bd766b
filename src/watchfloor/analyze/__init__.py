"""Analysis over stored or freshly extracted records (accuracy against answer keys)."""
