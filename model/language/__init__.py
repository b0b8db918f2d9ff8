"""Mini-Tamil → English: script, lexicon, inflection, the synchronous grammar, generator, parser,
tokenizer, glosses and the seed sentences. Pure Python; imports nothing outside ``model.language``
but ``model.errors``."""
