"""Does a candidate sentence report an event of this type? Nearest example sentences.

Cheap cues choose the candidates; only they reach the model. A finding stands when its
sentence is closer to its type's examples than to the no-event examples, by a margin."""

from __future__ import annotations

from importlib import resources

import numpy as np
import yaml

from .embedding import Embedder

NONE = "none"


class SentenceTyper:
    def __init__(self, embedder: Embedder, margin: float = 0.0, floor: float = 0.25):
        self.embedder = embedder
        self.margin = margin
        self.floor = floor
        text = resources.files("triggers").joinpath("examples.yaml").read_text("utf-8")
        self.examples: dict[str, list[str]] = yaml.safe_load(text)
        self._vectors: dict[str, np.ndarray] | None = None

    @property
    def vectors(self) -> dict[str, np.ndarray]:
        if self._vectors is None:
            self._vectors = {kind: self.embedder.encode(sentences)
                             for kind, sentences in self.examples.items()}
        return self._vectors

    def similarities(self, sentences: list[str]) -> list[dict[str, float]]:
        """Per sentence, the best cosine similarity to each type's examples."""
        if not sentences:
            return []
        encoded = self.embedder.encode(sentences)
        best = {kind: (encoded @ vectors.T).max(axis=1) for kind, vectors in self.vectors.items()}
        return [{kind: float(values[i]) for kind, values in best.items()}
                for i in range(len(sentences))]

    def confirms(self, event_type: str, similarity: dict[str, float]) -> bool:
        if event_type not in similarity:
            return True  # no examples for this type: the detector's own reading stands
        own = similarity[event_type]
        return own >= self.floor and own >= similarity.get(NONE, 0.0) + self.margin
