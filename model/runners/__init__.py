"""Runners load a checkpoint and answer one sentence: ``Translator`` (Mini-Tamil → English),
``EncoderRunner`` (English self-attention), and ``analyze``, everything the pages need about one
typed sentence, tokenized once."""
