"""Interlinear glosses for Mini-Tamil words (Leipzig-style labels), from the parser's analyses."""

from __future__ import annotations

from model.language.forms import analyses, base_spelling
from model.language.lexicon import load_lexicon
from model.language.script import has_tamil

CASE = {"nom": "", "acc": "-ACC", "dat": "-DAT", "loc": "-LOC", "soc": "-SOC", "abl": "-ABL",
        "idam": "-LOC.ANIM",          # மாணவர்களிடம், செவிலியரிடம்: -இடம், the locative of people (told, asked: v7c, v7d)
        "ben": "-BEN", "ins": "-INS",                 # v7e: மனைவிக்காக wife-BEN, தொலைநோக்கியால் telescope-INS
        "into": "-DAT-inside"}                        # நதிக்குள் (model.language.spots)
AGR = {"m": "3SG.M", "f": "3SG.F", "h": "3SG.HON", "n": "3SG.N", "pl_r": "3PL", "pl_n": "3PL.N",
       "1sg": "1SG", "2sg": "2SG", "2pl": "2PL", "1pl": "1PL"}
PRONOUN = {"he": "he", "she": "she", "they_hon": "he/she.HON", "it": "it", "they": "they", "they_things": "they.N", "this_pron": "this",
           "i": "I", "you": "you.PL/POL", "you_sg": "you.SG", "we": "we.EXCL", "we_incl": "we.INCL",
           "that_pron": "that"}                      # அதை, an object only (v7g demonstratives)
WH = {"who": "who", "whom": "who-ACC", "what": "what", "where": "where", "when": "when", "why": "why", "how": "how",
      "what_time": "hour-DAT"}                                # மணிக்கு in எத்தனை மணிக்கு, what time (v7g)
TENSE = {"past": "PST", "pres": "PRS", "fut": "FUT"}
DET = {"the": "that", "this": "this", "a": "one", "self": "self.POSS", "selves": "self-PL.POSS"}   # தன், தங்கள்: own


def gloss(word: str) -> str:
    """A gloss such as ``report-ACC`` or ``send-PST-3SG.HON``; ``?`` for words outside the lexicon."""
    readings = analyses().get(base_spelling(word))
    if not readings:
        return "?"
    lex = load_lexicon()
    a = readings[0]
    if a.cat == "N":
        kind, case, number = a.feats
        noun = lex.nominal(kind, a.key)
        return noun.en + ("-PL" if number == "pl" else "") + CASE[case]
    if a.cat in ("VFIN", "VQ"):
        en = lex.verb(a.key).en[0]
        if "habit" in a.feats:                                # குடிப்பதில்லை drink-FUT-NMLZ-NEG (v5a)
            return f"{en}-FUT-NMLZ-NEG"
        if "perfect" in a.feats:                              # சென்றிருக்கிறார் go-PTCP-be-PRS-3SG.HON (v5a)
            return f"{en}-PTCP-be-PRS-{'/'.join(AGR[r.feats[1]] for r in readings if r.cat == a.cat)}"
        if "neg" in a.feats:                                  # வரவில்லை come-INF-NEG, வரமாட்டான் come-INF-NEG.FUT-3SG.M
            if a.feats[0] == "fut" and len({r.feats[1] for r in readings}) < 4:
                return f"{en}-INF-NEG.FUT-{'/'.join(AGR[r.feats[1]] for r in readings)}"
            return "be-NEG" if a.key == "be" and a.feats[0] == "pres" else f"{en}-INF-NEG"
        agrs = "/".join(AGR[r.feats[1]] for r in readings if r.cat == a.cat)
        return f"{en}-{TENSE[a.feats[0]]}-{agrs}" + ("-Q" if a.cat == "VQ" else "")
    if a.cat == "VRP":
        return f"{lex.verb(a.key).en[0]}-{TENSE[a.feats[0]]}-REL"
    if a.cat == "VINF":
        return f"{lex.verb(a.key).en[0]}-INF"
    if a.cat == "VIMP":
        return f"{lex.verb(a.key).en[0]}-" + ("NEG.IMP.POL" if "neg" in a.feats else "IMP.SG" if "sg" in a.feats
                                               else "IMP.POL")
    if a.cat in ("VREP", "VCOULD", "VASKED"):                  # வருவதாக, தூங்கக்கூடிய, உதவுமாறு (v7d)
        en = lex.verb(a.key).en[0]
        return {"VREP": f"{en}-FUT-NMLZ-ADV", "VCOULD": f"{en}-INF-can-REL", "VASKED": f"{en}-FUT-PURP"}[a.cat]
    if a.cat == "REFL":                                         # தனக்கு self-DAT, தங்களை self-PL-ACC (v7d asking)
        return "self" + ("-PL" if a.feats[1] == "pl" else "") + CASE[a.feats[0]]
    if a.cat == "WH":
        return WH[a.key]
    if a.cat in ("DEG", "DEGA", "DEGB"):
        return {"DEG": "very", "DEGA": "measure-DAT", "DEGB": "much-ADV"}[a.cat]
    if a.cat == "REQ":
        return "can-FUT-Q"
    if a.cat == "DET":
        return DET.get(a.key) or AGR[lex.determiners[a.key]["poss"]] + ".POSS"
    if a.cat == "PRON":
        return PRONOUN[a.key] + CASE[a.feats[0]]
    table = {"NUM": lex.numbers, "ADJ": lex.adjectives, "PRED": lex.predicates}
    if a.cat in table:
        return table[a.cat][a.key]["en"] + ("-ADV" if a.cat == "PRED" else "")
    if a.cat == "TIME":
        return "-".join(lex.times[a.key]["en"])
    if a.cat == "CONJ":
        return "-".join(lex.conjunctions[a.key]["en"])
    if a.cat == "ADV":                                          # இங்கே here, ஏற்கெனவே already; தாண்டி over (v7f, v8e)
        return lex.adverbs[a.key]["en"] if a.key in lex.adverbs else lex.data["spots"][a.key]["en"]
    if a.cat in ("MEASURE", "ALMOST", "SPENT"):   # குவளை glass, கிட்டத்தட்ட almost, தீர்ந்துவிட்டது (v7b)
        return next(m["en"] for m in lex.data["measures"] if m["key"] == a.key) if a.cat == "MEASURE" else \
            "almost" if a.cat == "ALMOST" else f"run.out-COMPL-PST-{AGR[a.key]}"
    if a.cat == "FULL":                                         # நிரம்பியிருந்தது fill-PTCP-be-PST-3SG.N (v8c)
        return "fill-PTCP-be-" + {"past": "PST", "pres": "PRS", "fut": "FUT"}[a.key] + "-3SG.N" + \
            ("-Q" if a.feats == ("q",) else "")
    if a.cat in ("WHICH", "TOWN", "ORIGIN", "WHOSED", "WHOSEP"):   # எந்த ஊரைச் சேர்ந்தவர், யாருடைய (v5c)
        return {"WHICH": "which", "TOWN": "town-ACC", "ORIGIN": "belonging-NMLZ", "WHOSED": "whose",
                "WHOSEP": "whose-NMLZ"}[a.cat]
    if a.cat in ("NGEN", "PRICE"):                              # சட்டையின் விலை: shirt-GEN price
        return lex.nouns[a.key].en + "-GEN" if a.cat == "NGEN" else "price"
    if a.cat == "NQ":                                           # பையா bag-Q
        return lex.nouns[a.key].en + "-Q"
    if a.cat == "ALL":                                          # எல்லோரும் all
        return lex.data["everyone"]["en"]
    if a.cat == "CLOCK":                                        # கிழமை weekday, மணி hour
        return next(c["gloss"] for c in lex.data["clock"] if c["key"] == a.key)
    if a.cat in ("BODY", "VBODY"):                             # தலை வலிக்கிறது: head ache (a bodily state)
        gloss_ = lex.experiencers[a.key]["gloss"]
        return gloss_[0] if a.cat == "BODY" else gloss_[1] + ("-Q" if a.feats[0] == "q" else "")
    if a.cat in ("VERDICT", "VSAID", "SELF"):                   # தவறு செய்ததாக, தான் (v7c telling)
        from model.language.telling import told_gloss

        return told_gloss(lex, a)
    if a.cat in ("HOWMANY", "AMOUNT", "SOME", "HOWMUCH"):       # எத்தனை, வயது, கொஞ்சம், எவ்வளவு
        return {"HOWMANY": "how.many", "AMOUNT": "age", "SOME": "a.little", "HOWMUCH": "how.much"}[a.cat]
    return {"TMOD": {"கடந்த": "last", "அடுத்த": "next", "நாளை": "tomorrow", "நேற்று": "yesterday",
                     "நாள்": "day"}.get(word, word),
            "TN": {"வாரம்": "week", "மாதம்": "month", "காலை": "morning", "மாலை": "evening",
                   "இரவு": "night", "முழுவதும்": "whole-ADV"}.get(word, word)}.get(a.cat, word)


def describe(word: str) -> tuple[str, str, str]:
    """(Tamil script, display romanization, gloss) of a word of the language typed in either script
    (a suggestion, say); the gloss is ``?`` for a word outside the lexicon."""
    from model.language.forms import roman
    from model.language.tokenizer import read_roman

    tamil = word if has_tamil(word) else (read_roman(word)[0] or word)
    return tamil, roman(tamil) if has_tamil(tamil) else word, gloss(tamil)


def word_rows() -> list[tuple[str, str, str]]:
    """Every word form of the language as (Tamil, romanized, gloss), in Tamil alphabetical order."""
    from model.language.forms import all_source_forms, roman

    return [(w, roman(w), gloss(w)) for w in sorted(all_source_forms())]


def search_words(rows: list[tuple[str, str, str]], query: str) -> list[tuple[str, str, str]]:
    """The rows of ``word_rows()`` that contain ``query`` (any case) in any script: Tamil, romanized
    or the English gloss."""
    q = query.strip().lower()
    return [r for r in rows if not q or any(q in v.lower() for v in r)]
