"""Sales regions from a country, written as an ISO code or an English name."""

from __future__ import annotations

_REGIONS: dict[str, dict[str, str]] = {
    "North America": {"US": "United States", "CA": "Canada", "MX": "Mexico"},
    "Europe": {
        "GB": "United Kingdom", "IE": "Ireland", "DE": "Germany", "FR": "France",
        "NL": "Netherlands", "BE": "Belgium", "LU": "Luxembourg", "ES": "Spain", "PT": "Portugal",
        "IT": "Italy", "CH": "Switzerland", "AT": "Austria", "DK": "Denmark", "SE": "Sweden",
        "NO": "Norway", "FI": "Finland", "IS": "Iceland", "PL": "Poland", "CZ": "Czechia",
        "SK": "Slovakia", "HU": "Hungary", "RO": "Romania", "BG": "Bulgaria", "GR": "Greece",
        "EE": "Estonia", "LV": "Latvia", "LT": "Lithuania", "SI": "Slovenia", "HR": "Croatia",
        "RS": "Serbia", "UA": "Ukraine", "CY": "Cyprus", "MT": "Malta",
    },
    "Asia Pacific": {
        "AU": "Australia", "NZ": "New Zealand", "JP": "Japan", "KR": "South Korea",
        "CN": "China", "HK": "Hong Kong", "TW": "Taiwan", "SG": "Singapore", "IN": "India",
        "ID": "Indonesia", "MY": "Malaysia", "TH": "Thailand", "VN": "Vietnam",
        "PH": "Philippines", "PK": "Pakistan", "BD": "Bangladesh",
    },
    "Latin America": {
        "BR": "Brazil", "AR": "Argentina", "CL": "Chile", "CO": "Colombia", "PE": "Peru",
        "UY": "Uruguay", "CR": "Costa Rica",
    },
    "Middle East and Africa": {
        "IL": "Israel", "AE": "United Arab Emirates", "SA": "Saudi Arabia", "QA": "Qatar",
        "TR": "Turkey", "EG": "Egypt", "ZA": "South Africa", "NG": "Nigeria", "KE": "Kenya",
        "MA": "Morocco",
    },
}
_ALSO = {"usa": "US", "u.s.": "US", "united states of america": "US", "uk": "GB",
         "great britain": "GB", "england": "GB", "scotland": "GB", "czech republic": "CZ",
         "the netherlands": "NL", "holland": "NL", "korea": "KR", "uae": "AE", "turkiye": "TR"}
_LOOKUP: dict[str, str] = {}
for _region, _countries in _REGIONS.items():
    for _code, _name in _countries.items():
        _LOOKUP[_code.lower()] = _LOOKUP[_name.lower()] = _region
for _alias, _code in _ALSO.items():
    _LOOKUP[_alias] = _LOOKUP[_code.lower()]
REGIONS = tuple(_REGIONS)


def region_of(country: str | None) -> str | None:
    """'Europe' for 'DE' or 'Germany'; None when the country is unknown or not listed."""
    return _LOOKUP.get(country.strip().lower()) if country else None
