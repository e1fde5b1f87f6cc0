"""Reads of the directives app, one module per concept: documents, tasks, activities (with compliance, the
calendar and the indicator sources). Every read a user asks for is scoped (`for_user`, or the directives' rule
that documents flow down, rules.readable_directives_q)."""
