"""Money in text: amounts with units and currencies, read and written back."""

from __future__ import annotations

import re

_CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR",
                     "£": "GBP", "gbp": "GBP", "chf": "CHF", "c$": "CAD", "ca$": "CAD",
                     "cad": "CAD", "a$": "AUD", "aud": "AUD", "₹": "INR", "inr": "INR",
                     "¥": "JPY", "jpy": "JPY", "sek": "SEK", "dollars": "USD", "euros": "EUR",
                     "pounds": "GBP", "euro": "EUR", "rs": "INR", "rs.": "INR", "hk$": "HKD",
                     "hkd": "HKD", "s$": "SGD", "sgd": "SGD", "nz$": "NZD", "nzd": "NZD",
                     "r$": "BRL", "brl": "BRL", "nok": "NOK", "dkk": "DKK", "cny": "CNY",
                     "rmb": "CNY", "aed": "AED", "sar": "SAR", "zar": "ZAR", "krw": "KRW",
                     "₩": "KRW"}
_UNITS = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mm": 1e6, "m": 1e6,
          "mio": 1e6, "mio.": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "mrd": 1e9, "mrd.": 1e9,
          "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7}
_NUMBER = r"\d{1,3}(?:[,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_UNIT = r"billion|million|thousand|bn|mn|mm|Mio\.?|Mrd\.?|lakhs?|crores?|cr\b|[mMbBkK]\b"
# ("HK$" before "$": a Hong Kong dollar is not a US one; "Rs 50 lakh" is Indian rupees)
_CUR_BEFORE = (r"US\$|CA\$|HK\$|NZ\$|(?<![A-Za-z])(?:C\$|A\$|S\$|R\$|Rs\.?(?=\s?\d))|\$|€|£|₹|¥|₩|"
               r"USD|EUR|GBP|CHF|CAD|AUD|INR|SEK|HKD|SGD|NZD|BRL|NOK|DKK|CNY|RMB|AED|SAR|ZAR|KRW|JPY")
AMOUNT = re.compile(
    rf"(?P<cur>{_CUR_BEFORE})\s?(?P<num>{_NUMBER})\s*(?P<unit>{_UNIT})?"
    rf"|(?P<num2>{_NUMBER})\s*(?P<unit2>{_UNIT})\s*(?P<cur2>€|\$|£|USD|EUR|GBP|CHF|dollars|euros?|pounds)",
    re.IGNORECASE,
)
MONEY = rf"(?:{_CUR_BEFORE})\s?(?:{_NUMBER})\s*(?:{_UNIT})?"  # "$12.5M", "€3 million"
# "..., bringing its total funding to $16 million": a running total, not this round.
_CUMULATIVE = re.compile(r"\b(?:to\s+date|total\s+(?:funding|financing|capital|raised|investment)|"
                         r"brings?|bringing|cumulative|overall)\b[^.$€£]{0,40}$", re.IGNORECASE)
# "with a $50 million valuation", "valued at $1 billion": what the company is worth
_VALUATION_AFTER = re.compile(r"\s*(?:(?:pre|post)-money\s+)?valuation\b", re.IGNORECASE)
_VALUED_BEFORE = re.compile(r"\bvalu(?:ed|ation)\s+(?:of|at)\s+$", re.IGNORECASE)


def _raised(text: str, money: re.Match[str]) -> bool:
    """Is this sum money raised, not a running total or a valuation?"""
    before = text[max(0, money.start() - 60):money.start()]
    return not (_CUMULATIVE.search(before) or _VALUED_BEFORE.search(before)
                or _VALUATION_AFTER.match(text, money.end()))


def parse_amount(text: str) -> tuple[float, str] | None:
    """'$12.5M' -> (12500000.0, 'USD'); '1,2 Mio. €' -> (1200000.0, 'EUR')."""
    if re.search(r"\bundisclosed\b", text[:120], re.IGNORECASE):
        return None
    match = next((m for m in AMOUNT.finditer(text) if _raised(text, m)), None)
    if not match:
        return None
    number = match.group("num") or match.group("num2")
    unit = (match.group("unit") or match.group("unit2") or "").lower()
    currency = _CURRENCY_SYMBOLS.get((match.group("cur") or match.group("cur2")).lower(), "USD")
    value = parse_number(number, decimal_comma=bool(unit) and re.fullmatch(r"\d+,\d{1,2}", number))
    if value is None:
        return None
    return round(value * _UNITS.get(unit, 1.0), 2), currency


# A bare "$" in a release by a company listed only in Sydney or Toronto is its home dollar.
_HOME_DOLLAR = {"ASX": "AUD", "TSX": "CAD", "TSXV": "CAD", "TSX-V": "CAD", "CSE": "CAD",
                "NZX": "NZD"}
_LISTING = re.compile(r"\(\s*(?P<exchange>ASX|TSX-?V?|CSE|NZX|NYSE(?:\s+American)?|NASDAQ|Nasdaq)\s*:")
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$\s?\d")
_NAMED_DOLLAR = re.compile(r"\b(?:US|U\.S\.|USD|United\s+States)\s?(?:\$|dollars?)|\bUSD\b",
                           re.IGNORECASE)


def home_currency(listings_text: str, money_text: str) -> str | None:
    """'AUD' for '$8 million' raised by 'Resouro (ASX:RSM)'; None where the dollar is named
    ('US$8 million') or the company is also listed in New York."""
    exchanges = {match.group("exchange").upper() for match in _LISTING.finditer(listings_text)}
    homes = {_HOME_DOLLAR.get(exchange) for exchange in exchanges}
    if len(homes) != 1 or None in homes or not _BARE_DOLLAR.search(money_text) \
            or _NAMED_DOLLAR.search(money_text):
        return None
    return homes.pop()


def parse_number(text: str, decimal_comma: bool = False) -> float | None:
    if decimal_comma:
        text = text.replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):  # 1.250.000,50
        text = text.replace(".", "").replace(",", ".")
    else:
        text = text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def format_amount(amount: float | None, currency: str | None) -> str:
    if not amount:
        return "an undisclosed amount"
    symbol = {"USD": "$", "EUR": "€", "GBP": "£"}.get(currency or "", (currency or "") + " ")
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if amount >= size:
            return f"{symbol}{amount / size:g}{suffix}"
    return f"{symbol}{amount:g}"
