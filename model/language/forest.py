"""What the Mini-Tamil parser and the English parser share about Lark: the words go in already
categorised (one token per word), an ambiguous forest is counted, and a node is read by its first word.

Both grammars are Earley backbones over word categories, not characters, so neither uses a
character lexer: ``WordLexer`` yields the (word, category) pairs it is given, with the word's index
as its position, which the parsers' error messages report.
"""

from __future__ import annotations

from dataclasses import replace

from lark import Token, Tree
from lark.lexer import Lexer


class WordLexer(Lexer):
    """One token per word: ``data`` is a list of (word, category); the token's type is the category."""

    def __init__(self, lexer_conf):
        pass

    def lex(self, data):
        for i, (word, category) in enumerate(data):
            yield Token(category, word, start_pos=i, line=1, column=i + 1)


def count_trees(node) -> int:
    """How many trees a Lark forest parsed with ``ambiguity="explicit"`` holds (``_ambig`` nodes add up)."""
    if not isinstance(node, Tree):
        return 1
    if node.data == "_ambig":
        return sum(count_trees(c) for c in node.children)
    n = 1
    for c in node.children:
        n *= count_trees(c)
    return n


def first_word(node) -> Token:
    """The first word (token) under a node: where a phrase starts, for messages and look-ups."""
    return node if isinstance(node, Token) else first_word(node.children[0])


def read_marked(r, node: Tree, split, flag: str, problem_of, mood: str, depth: int, clause_of):
    """A Tamil clause with one marking word (எல்லோரும், கொஞ்சம் …): ``split`` takes the word out of ``node``'s
    children, ``clause_of`` reads the rest, the clause gets ``flag`` set, and ``problem_of(lex, clause, mood,
    depth)`` says why it is not in the language (``r`` is the parser's resolver, which fails with the message)."""
    rest, tok = split(node.children)
    cl = replace(clause_of(Tree(node.data, rest)), **{flag: True})
    problem = problem_of(r.lex, cl, mood, depth)
    if problem:
        r.fail(f"{r.word(tok)}: {problem}", tok)
    return cl
