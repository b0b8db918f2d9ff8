"""Tamil script helpers: suffix joining (sandhi) and the romanization the app accepts.

Romanization (one Tamil letter at a time, Tanglish-style, lower case):

    vowels   அ a  ஆ aa  இ i  ஈ ee  உ u  ஊ oo  எ e  ஏ ae  ஐ ai  ஒ o  ஓ oa  ஔ au
    letters  க k  ங n  ச s  ஞ nj  ட d  ண n  த th  ந n  ப p  ம m  ய y  ர r  ல l  வ v
             ழ zh  ள l  ற r  ன n  ஜ j  ஷ sh  ஸ s  ஹ h

Context rules (how Tamil speakers type): a consonant with pulli (்) drops its vowel;
ட் and ட after ட் are "t" (ட்ட "tt"); த் is "t" (so த்த is "tth"); ற் before ற is "t" (ற்ற "tr");
ற after ன் is "dr" (ன்ற "ndr"); க after ங் is "g" (ங்க "ng"); ப after ம் is "b" (ம்ப "mb").
"""

from __future__ import annotations

PULLI = "\u0bcd"
VOWELS = {  # independent vowel -> (vowel sign, roman)
    "அ": ("", "a"), "ஆ": ("\u0bbe", "aa"), "இ": ("\u0bbf", "i"), "ஈ": ("\u0bc0", "ee"),
    "உ": ("\u0bc1", "u"), "ஊ": ("\u0bc2", "oo"), "எ": ("\u0bc6", "e"), "ஏ": ("\u0bc7", "ae"),
    "ஐ": ("\u0bc8", "ai"), "ஒ": ("\u0bca", "o"), "ஓ": ("\u0bcb", "oa"), "ஔ": ("\u0bcc", "au"),
}
SIGN_ROMAN = {sign: roman for sign, roman in VOWELS.values() if sign}
CONSONANTS = {
    "க": "k", "ங": "n", "ச": "s", "ஞ": "nj", "ட": "d", "ண": "n", "த": "th", "ந": "n",
    "ப": "p", "ம": "m", "ய": "y", "ர": "r", "ல": "l", "வ": "v", "ழ": "zh", "ள": "l",
    "ற": "r", "ன": "n", "ஜ": "j", "ஷ": "sh", "ஸ": "s", "ஹ": "h",
}
FRONT_SIGNS = {"\u0bbf", "\u0bc0", "\u0bc6", "\u0bc7", "\u0bc8"}  # i ii e ee ai take the y-glide
U_SIGN = "\u0bc1"
TAMIL_BLOCK = range(0x0B80, 0x0C00)


def is_tamil(text: str) -> bool:
    """True when every letter of ``text`` is in the Tamil Unicode block."""
    letters = [ch for ch in text if ch.isalpha() or 0x0B80 <= ord(ch) < 0x0C00]
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


def romanize(word: str) -> str:
    """Romanize a Tamil-script word with the scheme in this module's docstring."""
    units = _units(word)
    out: list[str] = []
    for i, (letter, mark) in enumerate(units):
        if letter in VOWELS:
            out.append(VOWELS[letter][1])
            continue
        if letter not in CONSONANTS:
            out.append("h" if letter == "ஃ" else letter)
            continue
        prev = units[i - 1] if i else ("", "")
        nxt = units[i + 1] if i + 1 < len(units) else ("", "")
        base = CONSONANTS[letter]
        if mark == PULLI and letter in "டத":
            base = "t"
        elif mark == PULLI and letter == "ற" and nxt[0] == "ற":
            base = "t"
        elif letter == "ட" and prev == ("ட", PULLI):
            base = "t"
        elif letter == "ற" and prev == ("ன", PULLI):
            base = "dr"
        elif letter == "க" and prev == ("ங", PULLI):
            base = "g"
        elif letter == "ப" and prev == ("ம", PULLI):
            base = "b"
        if mark == PULLI:
            out.append(base)
        else:
            out.append(base + (SIGN_ROMAN[mark] if mark else "a"))
    return "".join(out)
