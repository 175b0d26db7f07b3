"""On-demand benchmarks for ClaimGraph: ``python -m bench <name>`` or ``./ops/bench``.

See BENCHMARKS.md for what each measures and the latest numbers.
"""
