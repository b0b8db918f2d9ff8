"""Attention Lab's pure-Python core: the Mini-Tamil language, models, training, evaluation.

Nothing here imports Streamlit; importing a submodule does no work beyond definitions.
"""
