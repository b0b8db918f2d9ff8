"""Tamil script: suffix joining, the spelling of word junctions, and romanization.

**Suffix joining** (``join``): a suffix that starts with a vowel fuses with the stem (வந்த் + ஆன் =
வந்தான்; கதவு + ஐ = கதவை; பெட்டி + ஐ = பெட்டியை; பிரியா + ஐ = பிரியாவை).

**Word junctions** (``double_before``, ``oru_form``): standard written Tamil doubles a hard consonant
(க ச த ப) that starts the next word after certain words (வல்லினம் மிகும்); the doubled consonant is
written at the end of the first word (அந்தக் கடிதம்), so tokens stay one per word. Which words trigger
the doubling is grammar (the case of a noun, a demonstrative), decided in ``model.language.grammar``;
this module only spells it. ஒரு becomes ஓர் before a vowel (ஓர் அதிகாரி).

**Romanization** (``romanize``), the way Tamil speakers type ("Tanglish"), lower case:

    vowels   அ a  ஆ aa  இ i  ஈ ee  உ u  ஊ oo  எ e  ஏ e  ஐ ai  ஒ o  ஓ o  ஔ au
    letters  க k/g  ங n  ச s/ch  ஞ nj  ட t/d  ண n  த th/dh  ந n  ப p/b  ம m  ய y  ர r  ல l
             வ v  ழ zh  ள l  ற r  ன n  ஜ j  ஷ sh  ஸ s  ஹ h

Hard consonants are voiced where Tamil pronounces them voiced: between vowels and after a nasal
(மகன் magan, முருகன் murugan, பையன்கள் paiyangal, அதனால் adhanaal, வந்தான் vandhaan; ப only
after a nasal: அன்பான anbaana), plain at the start of a word and when doubled (அனுப்ப anuppa, பாட்டு paattu, புத்தகம்
putthagam). ச is
"s" alone and "cch" doubled (பேசு pesu, பச்சை pacchai); ஞ்ச is "nj"; ட் and த் are "t" (ட்ட tt, த்த
tth); ற்ற is "tr", ன்ற "ndr". Names and loanwords keep their English spelling (பிரியா priya, லதா
latha, ரிப்போர்ட் report) — see ``model.language.forms.roman``.

Input is matched forgivingly by ``skeleton``: voiced and unvoiced letters, single and double
letters, long and short vowel spellings (aa/a, ee/ii/i, oo/uu/u, ae/e, oa/o), th/dh/t/d, ch/s, zh/l
all meet in one key. ``romanize(word, legacy=True)`` is the stricter scheme of earlier versions (oa, ae,
no voicing), still accepted on input.
"""

from __future__ import annotations

import re

PULLI = "\u0bcd"
VOWELS = {  # independent vowel -> (vowel sign, legacy roman)
    "அ": ("", "a"), "ஆ": ("\u0bbe", "aa"), "இ": ("\u0bbf", "i"), "ஈ": ("\u0bc0", "ee"),
    "உ": ("\u0bc1", "u"), "ஊ": ("\u0bc2", "oo"), "எ": ("\u0bc6", "e"), "ஏ": ("\u0bc7", "ae"),
    "ஐ": ("\u0bc8", "ai"), "ஒ": ("\u0bca", "o"), "ஓ": ("\u0bcb", "oa"), "ஔ": ("\u0bcc", "au"),
}
DISPLAY_VOWEL = {"ae": "e", "oa": "o"}           # the display romanization writes ஏ e, ஓ o
SIGN_ROMAN = {sign: roman for sign, roman in VOWELS.values() if sign}
CONSONANTS = {
    "க": "k", "ங": "n", "ச": "s", "ஞ": "nj", "ட": "d", "ண": "n", "த": "th", "ந": "n",
    "ப": "p", "ம": "m", "ய": "y", "ர": "r", "ல": "l", "வ": "v", "ழ": "zh", "ள": "l",
    "ற": "r", "ன": "n", "ஜ": "j", "ஷ": "sh", "ஸ": "s", "ஹ": "h",
}
FRONT_SIGNS = {"\u0bbf", "\u0bc0", "\u0bc6", "\u0bc7", "\u0bc8"}  # i ii e ee ai take the y-glide
U_SIGN = "\u0bc1"
TAMIL_BLOCK = range(0x0B80, 0x0C00)
HARD = "கசதப"                        # the consonants a junction can double (வல்லினம்)
NASALS = "ஙஞணநமன"
SONORANTS = "யரலவழள"


def has_tamil(text: str) -> bool:
    """True when any character of ``text`` is in the Tamil Unicode block (letters, vowel signs, pulli)."""
    return any(ord(ch) in TAMIL_BLOCK for ch in text)


def is_tamil(text: str) -> bool:
    """True when every letter of ``text`` is in the Tamil Unicode block."""
    letters = [ch for ch in text if ch.isalpha() or ord(ch) in TAMIL_BLOCK]
    return bool(letters) and all(ord(ch) in TAMIL_BLOCK for ch in letters)


def join(stem: str, suffix: str) -> str:
    """Attach ``suffix`` to ``stem`` with Tamil orthographic sandhi.

    A suffix that starts with an independent vowel fuses with the stem's last consonant
    (வந்த் + ஆன் = வந்தான்); a final short u is elided (கதவு + ஐ = கதவை); a front vowel
    takes the y-glide (பெட்டி + ஐ = பெட்டியை); any other vowel takes the v-glide
    (பிரியா + ஐ = பிரியாவை).
    """
    if not suffix or suffix[0] not in VOWELS:
        return stem + suffix
    sign, rest = VOWELS[suffix[0]][0], suffix[1:]
    last = stem[-1]
    if last == PULLI or last == U_SIGN:
        return stem[:-1] + sign + rest
    glide = "ய" if last in FRONT_SIGNS else "வ"
    return stem + glide + sign + rest


# ---- word junctions -----------------------------------------------------------------------------
def double_before(word: str, following: str) -> str:
    """``word`` with the first consonant of ``following`` doubled onto its end when that consonant is
    a hard one (க ச த ப) followed by a vowel (அந்த + கடிதம் → அந்தக்). The caller decides whether
    ``word`` is a doubling context."""
    if len(following) >= 1 and following[0] in HARD and (len(following) == 1 or following[1] != PULLI):
        return word + following[0] + PULLI
    return word


def undouble(word: str) -> str | None:
    """The word without a junction consonant (அந்தக் → அந்த), or ``None`` if it ends in none."""
    if len(word) > 2 and word[-1] == PULLI and word[-2] in HARD and word[-3] != PULLI:
        return word[:-2]
    return None


def oru_form(following: str) -> str:
    """The indefinite article before ``following``: ஓர் before a vowel, ஒரு otherwise."""
    return "ஓர்" if following[:1] in VOWELS else "ஒரு"


# ---- romanization -------------------------------------------------------------------------------
def _units(word: str) -> list[tuple[str, str]]:
    """Split a Tamil word into (letter, mark) units; mark is a vowel sign, pulli or ''."""
    units: list[tuple[str, str]] = []
    for ch in word:
        if ch in CONSONANTS or ch in VOWELS or ch == "ஃ":
            units.append((ch, ""))
        elif (ch in SIGN_ROMAN or ch == PULLI) and units and units[-1][0] in CONSONANTS:
            units[-1] = (units[-1][0], ch)
        else:
            units.append((ch, ""))
    return units


def _ends_in_vowel(unit: tuple[str, str]) -> bool:
    letter, mark = unit
    return letter in VOWELS or (letter in CONSONANTS and mark != PULLI)


def romanize(word: str, legacy: bool = False) -> str:
    """Romanize a Tamil-script word the way Tamil speakers type it (see the module docstring);
    ``legacy``: the stricter scheme of earlier versions (ஏ ae, ஓ oa, no voicing), still read on input."""
    units = _units(word)
    out: list[str] = []
    for i, (letter, mark) in enumerate(units):
        if letter in VOWELS:
            roman = VOWELS[letter][1]
            out.append(roman if legacy else DISPLAY_VOWEL.get(roman, roman))
            continue
        if letter not in CONSONANTS:
            out.append("h" if letter == "ஃ" else letter)
            continue
        prev = units[i - 1] if i else ("", "")
        nxt = units[i + 1] if i + 1 < len(units) else ("", "")
        base = (_legacy_consonant if legacy else _typed_consonant)(letter, mark, prev, nxt)
        if mark == PULLI:
            out.append(base)
        else:
            roman = SIGN_ROMAN[mark] if mark else "a"
            out.append(base + (roman if legacy else DISPLAY_VOWEL.get(roman, roman)))
    return "".join(out)


def _typed_consonant(letter: str, mark: str, prev: tuple[str, str], nxt: tuple[str, str]) -> str:
    """A consonant as people type it: voiced between vowels and after nasals, plain at the start and doubled."""
    after_vowel = bool(prev[0]) and _ends_in_vowel(prev)
    after_nasal = prev[1] == PULLI and prev[0] in NASALS
    after_sonorant = prev[1] == PULLI and prev[0] in SONORANTS
    doubled = prev == (letter, PULLI)
    base = CONSONANTS[letter]
    if letter == "க":
        base = "k" if mark == PULLI or doubled or not (after_vowel or after_nasal or after_sonorant) else "g"
    elif letter == "ச":
        if mark == PULLI:
            base = "c" if nxt[0] == "ச" else "ch"
        elif doubled:
            base = "ch"
        elif prev == ("ஞ", PULLI):
            base = "j"
        else:
            base = "s"
    elif letter == "ஞ":
        base = "n" if mark == PULLI and nxt[0] == "ச" else "nj"
    elif letter == "ட":
        base = "t" if mark == PULLI or doubled or not (after_vowel or after_nasal) else "d"
    elif letter == "த":
        if mark == PULLI:
            base = "t"
        elif doubled or not (after_vowel or after_nasal or prev == ("ய", PULLI)):
            base = "th"
        else:
            base = "dh"
    elif letter == "ப":
        base = "b" if after_nasal else "p"     # after a nasal b (அன்பு anbu); elsewhere p (சரிபார் saripaar)
    elif letter == "ற":
        if mark == PULLI and nxt[0] == "ற":
            base = "t"
        elif prev == ("ன", PULLI):
            base = "dr"
        else:
            base = "r"
    return base


def _legacy_consonant(letter: str, mark: str, prev: tuple[str, str], nxt: tuple[str, str]) -> str:
    """A consonant in the legacy scheme: unvoiced except ங்க g, ம்ப b; ட் த் t, ற்ற tr, ன்ற ndr."""
    if mark == PULLI and letter in "டத":
        return "t"
    if mark == PULLI and letter == "ற" and nxt[0] == "ற":
        return "t"
    if letter == "ட" and prev == ("ட", PULLI):
        return "t"
    if letter == "ற" and prev == ("ன", PULLI):
        return "dr"
    if letter == "க" and prev == ("ங", PULLI):
        return "g"
    if letter == "ப" and prev == ("ம", PULLI):
        return "b"
    return CONSONANTS[letter]


_SKELETON_STEPS = (
    (r"ey", "ei"),                      # செய் typed sei as often as sey (seigiraar, seygiraar)
    (r"zh", "l"), (r"sh|ch|j|c", "s"), (r"dh|th|d", "t"), (r"g|q", "k"), (r"b|f", "p"), (r"w", "v"),
    (r"x", "ks"), (r"aa", "a"), (r"ee|ii|ie", "i"), (r"oo|uu", "u"), (r"ae|ea", "e"), (r"oa", "o"),
    (r"(.)\1+", r"\1"),
)


def skeleton(roman: str) -> str:
    """A forgiving key for romanized spelling: voicing, doubling and vowel-length spellings merged."""
    s = roman.lower()
    for pattern, repl in _SKELETON_STEPS:
        s = re.sub(pattern, repl, s)
    return s
