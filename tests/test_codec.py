"""Archive values as plain data and back (the work cache's disk format)."""

from __future__ import annotations

import marshal

import pytest

from conftest import seed_files
from newsarchive.codec import CodecError, Decoder, encode
from newsarchive.model import Credit, Field, Problem, Settings, Severity
from newsarchive.reading import PARSE_DECODER, read_seeds


def test_a_parsed_seed_survives_the_round_trip() -> None:
    results, _ = read_seeds(seed_files(), Settings())
    for result in results:
        assert PARSE_DECODER.decode(marshal.loads(marshal.dumps(encode(result)))) == result


def test_only_the_given_classes_are_built() -> None:
    plain = encode(Credit("AP", None, "AP"))
    with pytest.raises(CodecError, match="unknown type 'Credit'"):
        Decoder((Field,)).decode(plain)


def test_a_tuple_that_looks_tagged_stays_a_tuple() -> None:
    value = ("\x00Problem", "not a tag")
    assert Decoder((Problem,)).decode(encode(value)) == value


@pytest.mark.parametrize(
    "value", [{"p-1": (1, 2.5)}, frozenset({"a", "b"}), [None, True], Problem("a.txt", None, "c", "m", Severity.INFO)]
)
def test_plain_containers_and_enums_keep_their_types(value: object) -> None:
    assert Decoder((Problem, Severity)).decode(encode(value)) == value


def test_fields_that_do_not_fit_the_class_are_refused() -> None:
    with pytest.raises(CodecError, match="bad Field"):
        Decoder((Field,)).decode(("\x00Field", "raw", "value", False, None, False, "one too many"))


def test_objects_that_are_not_plain_data_are_refused() -> None:
    with pytest.raises(CodecError):
        encode(object())
