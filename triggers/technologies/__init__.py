"""Technologies: a fingerprint catalogue (Wappalyzer's shape) matched against pages and job
postings."""

from .fingerprint import Catalogue, CatalogueError, Detection, Page, cookies_set, parse_catalogue

__all__ = ["Catalogue", "CatalogueError", "Detection", "Page", "cookies_set", "parse_catalogue"]
