from __future__ import annotations

import pytest

from zitat.errors import ZitatError
from zitat.text.normalize import check_text, decode


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "latin-1"])
def test_normalize_decodes_common_encodings(encoding):
    text = "„Größe“, sagte Jürgen."
    if encoding == "latin-1":
        text = "Größe, sagte Jürgen."  # latin-1 has no German quotation marks
    assert decode(text.encode(encoding)) == text


def test_normalize_strips_utf8_bom():
    assert decode("\ufeffHallo".encode()) == "Hallo"


@pytest.mark.parametrize(
    "value,code",
    [("", "E001"), ("  \n\t ", "E001"), (b"\x00\x01\x02binary", "E002"), (42, "E005")],
)
def test_normalize_rejects_bad_input_with_code_and_doc_id(value, code):
    with pytest.raises(ZitatError) as info:
        check_text(value, "doc-7")
    assert info.value.code.name == code
    assert "doc-7" in str(info.value)


def test_normalize_rejects_oversized_text():
    with pytest.raises(ZitatError) as info:
        check_text("a" * 101, "big", max_chars=100)
    assert info.value.code.name == "E006"
