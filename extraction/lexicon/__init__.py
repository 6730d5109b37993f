"""Word lists as data: each table is one compact string split into a frozenset."""
