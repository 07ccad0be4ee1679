"""spaCy's entity recogniser, decoded for a whole batch at once in NumPy.

spaCy's compiled greedy decoder takes the interpreter lock in every validity
test of every move (74 moves, every token): with en_core_web_sm that is two
thirds of the recogniser's time, more than its own tok2vec. :class:`EntityDecoder`
runs the same model the same way: the recogniser's tok2vec and precomputed
feature layer, the same three state features (the first word of the buffer,
the first word of the open entity and the word before the buffer while an
entity is open), the same output layer, and the BILUO validity rules of
``spacy.pipeline._parser_internals.ner`` for documents without preset
entities. It picks the same move at every step, so it sets the same entities
(tests/test_nlp.py compares them with spaCy's own on a corpus).

Every move reads one word, so all the sentences of a batch are at the same
word at each step: step ``t`` decides word ``t`` of every sentence longer
than ``t``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from spacy.pipeline import EntityRecognizer
    from spacy.tokens import Doc

_BEGIN, _IN, _LAST, _UNIT, _OUT = range(5)
_MOVE_CODES = {"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT, "O": _OUT}


class EntityDecoder:
    """Sets ``doc.ents`` as ``ner.pipe`` would, for docs the recogniser has not seen (no preset entities)."""

    def __init__(self, ner: EntityRecognizer) -> None:
        if ner.cfg.get("beam_width", 1) != 1 or ner.model.attrs.get("unseen_classes"):
            raise ValueError("only a greedy recogniser whose classes were all seen in training")
        self._tok2vec, self._lower, self._upper = ner.model.layers
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        self._moves = np.array([_MOVE_CODES[name.split("-", 1)[0]] for name in names])
        label_names = sorted({name[2:] for name in names if name[2:]})
        self._label_names = label_names
        # label 0 (the "O" move, and a "U-" move meant only for blocked preset tokens) -> -1
        self._labels = np.array([label_names.index(name[2:]) if name[2:] else -1 for name in names])
        self._labelled = self._labels >= 0
        self._bias = self._lower.get_param("b")
        self._out_weights = self._upper.get_param("W")
        self._out_bias = self._upper.get_param("b")

    def __call__(self, docs: list[Doc]) -> None:
        docs = [doc for doc in docs if len(doc)]
        if not docs:
            return
        lengths = np.array([len(doc) for doc in docs])
        offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        flags = np.concatenate([doc.to_array(["SENT_START", "IS_SPACE"]).view(np.int64) for doc in docs])
        sent_start, space = flags[:, 0] == 1, flags[:, 1] == 1
        features = self._lower.predict(self._tok2vec.predict(docs))  # row 0: the padding (no word)
        order = np.argsort(-lengths, kind="stable")
        active_at = np.searchsorted(-lengths[order], -np.arange(lengths.max()), side="left")
        open_label = np.full(len(docs), -1, dtype=np.int64)
        ent_start = np.zeros(len(docs), dtype=np.int64)
        found: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
        for t in range(int(lengths.max())):
            states = order[:active_at[t]]
            guess = self._best_moves(t, states, lengths, offsets, open_label, ent_start, sent_start, space,
                                     features)
            move, label = self._moves[guess], self._labels[guess]
            begins = states[move == _BEGIN]
            open_label[begins], ent_start[begins] = label[move == _BEGIN], t
            lasts, units = states[move == _LAST], states[move == _UNIT]
            found.append((lasts, ent_start[lasts], np.full(len(lasts), t + 1), open_label[lasts].copy()))
            found.append((units, np.full(len(units), t), np.full(len(units), t + 1), label[move == _UNIT]))
            open_label[lasts] = -1
        _set_entities(docs, found, self._label_names)

    def _best_moves(self, t: int, states: np.ndarray, lengths: np.ndarray, offsets: np.ndarray,
                    open_label: np.ndarray, ent_start: np.ndarray, sent_start: np.ndarray, space: np.ndarray,
                    features: np.ndarray) -> np.ndarray:
        """Index of the best valid move of each state in ``states``, all at word ``t``."""
        word = offsets[states] + t
        opened = open_label[states]
        is_open = opened >= 0
        # features: the word, the entity's first word, the word before (rows shifted by the padding row)
        first = np.where(is_open, offsets[states] + ent_start[states] + 1, 0)
        before = np.where(is_open, word, 0)
        unmaxed = features[word + 1, 0] + features[first, 1] + features[before, 2] + self._bias
        hidden = unmaxed[:, :, 0]
        for piece in range(1, unmaxed.shape[2]):  # NumPy's max over a short last axis is many times slower
            hidden = np.maximum(hidden, unmaxed[:, :, piece])
        scores = self._upper.ops.gemm(hidden, self._out_weights, trans2=True)
        scores += self._out_bias
        has_next = lengths[states] - t >= 2
        next_starts = np.zeros(len(states), dtype=bool)
        next_starts[has_next] = sent_start[word[has_next] + 1]
        on_space = space[word]
        same_label = self._labels[None, :] == opened[:, None]
        moves = self._moves[None, :]
        valid = np.where(moves == _BEGIN, (~is_open & has_next & ~next_starts & ~on_space)[:, None] & self._labelled,
                np.where(moves == _IN, (is_open & has_next & ~next_starts)[:, None] & same_label,
                np.where(moves == _LAST, is_open[:, None] & same_label,
                np.where(moves == _UNIT, (~is_open & ~on_space)[:, None] & self._labelled,
                         ~is_open[:, None]))))
        return np.where(valid, scores, -np.inf).argmax(axis=1)


def _set_entities(docs: list[Doc], found: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]],
                  label_names: list[str]) -> None:
    from spacy.tokens import Span

    per_doc: dict[int, list[tuple[int, int, int]]] = {}
    for states, starts, ends, labels in found:
        for state, start, end, label in zip(states.tolist(), starts.tolist(), ends.tolist(), labels.tolist()):
            per_doc.setdefault(state, []).append((start, end, label))
    for i, doc in enumerate(docs):
        spans = [Span(doc, start, end, label=label_names[label]) for start, end, label in sorted(per_doc.get(i, []))]
        doc.set_ents(spans, default="outside")
