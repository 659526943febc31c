"""Benchmark suite of boilerstrip against peer extractors (see BENCHMARKS.md at the repo root).

Commands: ``python -m benchmarks.run`` (HTML mode), ``benchmarks.text_mode`` (plain-text mode),
``benchmarks.labelled`` (line labels), ``benchmarks.errors`` (worst pages) and ``benchmarks.gate``
(CI floors). Corpora are read from ``../shared/corpora`` relative to the repo root.
Scoring code (:mod:`benchmarks.scoring`) uses the standard library only; peers are imported
only inside the adapters.
"""
