"""One BLAS thread for the small matrix products of linking and parsing.

Re-clustering an event and spaCy's layers multiply small matrices: a second
BLAS (or OpenMP) thread gains nothing on them, but it spins between calls,
and its CPU time is taken from the other processes of the desk. The facts
step ran at 19.7 articles per second per core with the default pools after
the linker had run in the same process, and at 23.1 with one thread.

>>> with one_blas_thread():
...     pass
"""

from __future__ import annotations

from functools import lru_cache

from threadpoolctl import ThreadpoolController


@lru_cache(maxsize=1)
def _controller() -> ThreadpoolController:
    # Looked for once: looking for the pools at every batch (``threadpool_limits``) cost ~1 ms of CPU.
    # It sees only the pools loaded by then, so numpy's BLAS (the one our matrix products and spaCy's layers
    # use) is loaded first: a facts step that entered this before spaCy had loaded numpy limited nothing, and
    # its CPU time rose by half (a second thread spinning). SciPy's comes with the linker's import of SciPy.
    import numpy  # noqa: F401

    return ThreadpoolController()


def one_blas_thread():  # noqa: ANN201 - threadpoolctl's context manager
    """A context in which every BLAS and OpenMP pool of the process uses one thread."""
    return _controller().limit(limits=1)
