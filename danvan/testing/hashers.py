"""Argon2 at its cheapest, for tests only.

Production hashes every password with Django's Argon2 parameters (about 100 MB of memory and 8 threads a hash:
~0.3 s of CPU on a small server, on purpose). A test suite that creates a few users per test would spend most of
its time there, so the tests hash with the same algorithm ("argon2", the same encoded form, verified by the same
code) at the smallest cost the algorithm allows. `danvan/conftest.py` puts it in place for the whole session;
`accounts/tests/test_login.py` checks that the production settings still name the full-cost hasher first.
"""

from django.contrib.auth.hashers import Argon2PasswordHasher


class CheapArgon2PasswordHasher(Argon2PasswordHasher):
    time_cost = 1
    memory_cost = 8  # KiB: the minimum, 8 × parallelism
    parallelism = 1
