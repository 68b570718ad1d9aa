"""newslint on Dask, for users: `lint_bag` and `write_findings` (`pip install 'newslint[dask]'`).

    from newslint.dask import lint_bag, write_findings

The implementation, shared with `newslint check --engine dask`, is `newslint.running.dask_engine`.
"""

from newslint.running.dask_engine import lint_bag, write_findings

__all__ = ["lint_bag", "write_findings"]
