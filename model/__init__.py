"""Attention Lab's pure-Python core (never imports Streamlit; importing does no work).

Parts, each importing only the parts listed before it:

- ``errors``, ``language`` — the Mini-Tamil language: grammar, lexicon, inflection, script, parser,
  generator, tokenizer.
- ``networks`` — the seq2seq pair, the mini encoder, the numpy toys, vocabularies.
- ``checkpoints`` — safe saving and loading (``weights_only=True``).
- ``runners`` — a loaded checkpoint answering one sentence; ``analyze`` for the pages.
- ``evaluation`` — metrics, length curves, head roles, speed.
- ``training`` — the recipes that write the checkpoints.
- ``cli`` — ``python -m model``.
"""
