"""The networks: the GRU encoder–decoder (with or without additive attention), the mini transformer
encoder, vocabularies, and the exact numpy toys. Tensors in, tensors out: no text, no files."""
