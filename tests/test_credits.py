"""The photo credits page: one entry per agency, whatever name the credit gives it."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from newsarchive.archive import build_archive
from newsarchive.credits import agency_name, render_credits_page
from newsarchive.model import SeedFile
from newsarchive.paths import SitePaths


@pytest.mark.parametrize(
    ("credited", "filed_under"),
    [
        ("AP", "Associated Press (AP)"),
        ("Associated Press", "Associated Press (AP)"),
        ("The Associated Press", "Associated Press (AP)"),
        ("AFP", "Agence France-Presse (AFP)"),
        ("Agence France-Presse", "Agence France-Presse (AFP)"),
        ("Agence France Presse", "Agence France-Presse (AFP)"),
        ("Reuters", "Reuters"),
        ("Getty Images", "Getty Images"),
        ("Ronahi TV", "Ronahi TV"),
    ],
)
def test_agency_spellings_are_one_agency(credited: str, filed_under: str) -> None:
    assert agency_name(credited) == filed_under


SEEDS = {
    "a.txt": "Reuters | 21 Oct 2017\n\nA first headline\n\nText of the first story, long enough to read.\n\n"
    "Jane Roe/AP\nA street in Homs, Syria, Oct. 20, 2017.\n",
    "b.txt": "Reuters | 22 Oct 2017\n\nA second headline\n\nText of the second story, long enough to read.\n\n"
    "John Doe/Associated Press\nA market in Aleppo, Syria, Oct. 21, 2017.\n\n"
    "Sam Poe/AFP/Getty Images\nA road near Idlib, Syria, Oct. 21, 2017.\n",
    "c.txt": "Reuters | 23 Oct 2017\n\nA third headline\n\nText of the third story, long enough to read.\n\n"
    "Ann Loe/Agence France-Presse\nA bridge in Raqqa, Syria, Oct. 22, 2017.\n",
}


def test_credits_page_files_ap_and_associated_press_together() -> None:
    archive = build_archive([SeedFile(name, text.encode()) for name, text in SEEDS.items()])
    page = render_credits_page(archive, SitePaths())
    soup = BeautifulSoup(page.body, "html.parser")
    agencies = [h.get_text().removesuffix("¶") for h in soup.select("h3")]
    assert "Associated Press (AP) (2 photos)" in agencies
    assert "Agence France-Presse (AFP) (2 photos)" in agencies
    assert not any(
        name.startswith(("AP (", "AFP (", "Associated Press (1", "Agence France-Presse (1")) for name in agencies
    )
    heading = soup.find(id="credit-associated-press-ap")
    assert heading.find_next("p").get_text() == "Credited as AP, Associated Press."
