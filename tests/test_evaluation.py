"""The eval harness scores (type, company) pairs and fields the way TRIGGERS.md says."""

from triggers.evaluation import score

RECORDS = [
    {"id": "a", "events": [{"type": "funding", "company": "Hiber B.V.",
                            "fields": {"amount": 5_000_000, "currency": "EUR",
                                       "round": "series_a"}}]},
    {"id": "b", "events": []},
    {"id": "c", "events": [{"type": "leadership_change", "company": "Acme",
                            "fields": {"person": "Jane Roe", "role": "CFO", "change": "joined"}}]},
]


def test_pairs_match_after_normalising_the_company_and_fields_are_scored():
    predictions = {
        "a": [{"type": "funding", "company": "hiber", "fields": {"amount": 5_000_000.0,
                                                                "currency": "EUR",
                                                                "round": "seed"}}],
        "b": [{"type": "funding", "company": "Nobody", "fields": {}}],
        "c": [],
    }
    scores = score(RECORDS, predictions)
    funding = scores.types["funding"]
    assert (funding.true_positive, funding.false_positive, funding.false_negative) == (1, 1, 0)
    assert funding.precision == 0.5 and funding.recall == 1.0
    assert dict(funding.fields["amount"]) == {"total": 1, "right": 1}
    assert dict(funding.fields["round"]) == {"total": 1, "right": 0}
    assert scores.types["leadership_change"].recall == 0.0
    assert (scores.event_free, scores.event_free_alarms) == (1, 1)
