"""The bundled model, loaded offline, decides whether a candidate sentence reports its event."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from triggers import AccountIndex, Document, SentenceTyper, read_document
from triggers.detectors import text_detectors
from triggers.embedding import Embedder


@pytest.fixture(scope="module")
def typer():
    return SentenceTyper(Embedder())


def read_with_model(typer: SentenceTyper, title: str, text: str = ""):
    """The events a release reports when the model must confirm what the cues find."""
    document = Document("d", title, text, "https://news.example/d", date(2026, 3, 2))
    return read_document(document, text_detectors(), AccountIndex([]), typer)


def test_the_bundled_model_gives_unit_vectors_offline():
    vectors = Embedder().encode(["Acme raised money.", "Acme raised money.", "Rain in Spain."])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert np.allclose(vectors[0], vectors[1])


def test_vectors_are_cached_in_the_store_by_content(store):
    embedder = Embedder(store=store)
    embedder.encode(["Acme raised money.", "Acme hired a CFO."])
    embedder.encode(["Acme raised money."])
    assert store.scalar("SELECT count(*) FROM embeddings") == 2
    again = Embedder(store=store)
    assert np.allclose(again.encode(["Acme hired a CFO."])[0],
                       embedder.encode(["Acme hired a CFO."])[0])


def test_a_missing_model_folder_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no sentence-transformers model at"):
        Embedder(model_path=tmp_path).encode(["text"])


@pytest.mark.parametrize("event_type, sentence", [
    ("funding", "Orbital Freight today said it raised $14 million in a Series A led by Lumen "
                "Capital."),
    ("leadership_change", "Orbital Freight has hired Marta Kovacs as its new Chief Revenue "
                          "Officer."),
    # a new site told at length, and a launch told as the maker's latest innovation
    ("expansion", "Orbital Games Inc., the force behind the first active gaming arena, is "
                  "excited to announce the grand opening of its Cambridge location, the 5th in "
                  "Ontario, on July 14, 2026."),
    ("expansion", "Orbital Care, a leading mental health clinic specializing in personalized "
                  "care, has relocated to a new facility in Vadnais Heights."),
    ("product_launch", "In a move set to change the laser cutting industry, Orbital Compressor "
                       "has unveiled its latest innovation: an all-in-one screw compressor."),
])
def test_sentences_that_report_an_event_are_confirmed(typer, event_type, sentence):
    [similarity] = typer.similarities([sentence])
    assert typer.confirms(event_type, similarity)


@pytest.mark.parametrize("event_type, sentence", [
    ("funding", "Lumen Capital closed its second fund at $250 million for logistics startups."),
    ("leadership_change", "Speaking at the summit, Orbital Freight CEO Marta Kovacs shared her "
                          "view of the freight market."),
])
def test_look_alikes_without_an_event_are_not_confirmed(typer, event_type, sentence):
    [similarity] = typer.similarities([sentence])
    assert not typer.confirms(event_type, similarity)


def test_a_cue_that_names_the_event_outright_needs_no_second_opinion(typer):
    found = {(e.type, e.company) for e in read_with_model(
        typer, "Northbeam Acquires Retail Analytics Platform Shopwise")}
    assert found == {("acquisition", "Northbeam"), ("acquisition", "Shopwise")}


def test_a_headline_is_the_news_and_needs_no_second_opinion(typer):
    headline = "Glowpath Unveils Solar Backpacks for Frequent Travellers"
    body = "The backpacks charge phones from panels sewn into their flaps."
    found = read_with_model(typer, headline, body)
    assert [(e.type, e.company, e.evidence[0].quote) for e in found] == [
        ("product_launch", "Glowpath", headline)]


def test_the_model_reads_the_clause_an_announcer_reports_not_the_announcers_description(typer):
    sentence = ("Shopwise, whose quarterly revenue grew 40 percent and whose stock trades on the "
                "Nasdaq, announced that Glowpath Insurance has gone live with its claims platform.")
    [whole] = typer.similarities([sentence])
    assert not typer.confirms("tech_stack_change", whole)  # the description reads as results
    found = read_with_model(typer, "", sentence)
    assert [(e.type, e.company, e.fields["technology"]) for e in found] == [
        ("tech_stack_change", "Glowpath Insurance", "Shopwise claims platform")]


def test_announcing_the_launch_of_a_product_names_it_outright(typer):
    sentence = ("Harbor Pool, a cooperative of bitcoin miners, announces the launch of TALLY, a "
                "ledger that shares block rewards among its members.")
    [similarity] = typer.similarities([sentence])
    assert not typer.confirms("product_launch", similarity)  # the model alone would miss it
    found = read_with_model(typer, "Mining news", sentence)
    assert [(e.type, e.company) for e in found] == [("product_launch", "Harbor Pool")]


@pytest.mark.parametrize("sentence, partner", [
    ("Glowpath has partnered with The Harbor Foundation to mint collectible badges on the "
     "Ledgerline network for the brands it serves.", "The Harbor Foundation"),
    ("Glowpath, a cutting-edge and secure crypto exchange (CEX), is proud to announce its "
     "partnership with Ridgeguard, a leader in digital asset security, to protect the funds of "
     "its users.", "Ridgeguard"),
])
def test_a_release_saying_it_has_partnered_names_the_partnership_outright(typer, sentence,
                                                                           partner):
    [similarity] = typer.similarities([sentence])
    assert not typer.confirms("partnership", similarity)  # the model alone would miss it
    found = read_with_model(typer, "Security news", sentence)
    assert {(e.type, e.company, e.fields["counterparty"]) for e in found} == {
        ("partnership", "Glowpath", partner), ("partnership", partner, "Glowpath")}


def test_announcing_an_appointment_to_the_board_names_it_outright(typer):
    sentence = ("DUBAI - (Wire) - December 31, 2026 - Glowpath Construction Corp. (OTC: GLWP) "
                "(\u201cGlowpath\u201d or the \u201cCompany\u201d), an innovative 3D house printing "
                "technology company, is pleased to announce the appointment of Mahesh Roe to its "
                "Board of Directors.")
    [similarity] = typer.similarities([sentence])
    assert not typer.confirms("leadership_change", similarity)  # the model alone would miss it
    found = read_with_model(typer, "Glowpath Welcomes a Specialist", sentence)
    assert [(e.type, e.company, e.fields["person"]) for e in found] == [
        ("leadership_change", "Glowpath Construction", "Mahesh Roe")]
