"""bytes → str: which encoding is used, why (``result.encoding``), and what is refused as not a page."""

from __future__ import annotations

import codecs
import gzip
import struct
import zlib

import pytest

from boilerstrip import InputError, Options, Result, strip, strip_html, strip_text
from boilerstrip._decode import choose_encoding, decode

PROSE = {
    "en": "The river that runs through the middle of town was little more than a drain, said the “volunteers”.",
    "ru": "Река, которая течёт через центр города, двадцать лет была почти сточной канавой, говорят волонтёры.",
    "zh": "二十年来，流经城镇中心的那条河几乎只是一条排水沟，志愿者们说。现在一切都变了。",
    "ja": "二十年間、町の中心を流れる川はほとんど排水路にすぎなかったと、ボランティアたちは語った。",
    "pl": "Zażółć gęślą jaźń: przez dwadzieścia lat rzeka płynąca przez środek miasta była ściekiem, mówią łódzcy.",
    "fr": "Pendant vingt ans, la rivière qui traverse le centre-ville n’était guère plus qu’un égout, déplorent-ils.",
}


def html_page(text: str, head: str = "") -> str:
    body = "\n".join(f"<p>{text} ({i})</p>" for i in range(4))
    return f"<!DOCTYPE html><html><head>{head}<title>Page</title></head><body><article>{body}</article></body></html>"


def _paragraphs_present(result: Result, text: str) -> bool:
    """Decoding is what is tested here, not labelling: look in every block, kept or not."""
    everything = "\n".join(b.text for b in result.blocks)
    return all(f"{text} ({i})" in everything for i in range(4))


def _everything(result: Result) -> str:
    return "\n".join(b.text for b in result.blocks)


# --- byte order marks -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("bom", "codec", "name"), [
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
])
@pytest.mark.parametrize("lang", ["en", "ru", "zh"])
def test_bom(bom: bytes, codec: str, name: str, lang: str) -> None:
    page = html_page(PROSE[lang], head='<meta charset="iso-8859-1">')  # the BOM outranks the <meta>
    result = strip(bom + page.encode(codec))
    assert (result.encoding.name, result.encoding.source) == (name, "bom")
    assert _paragraphs_present(result, PROSE[lang])
    assert "\ufeff" not in _everything(result)


def test_bom_outranks_the_http_header() -> None:
    data = codecs.BOM_UTF8 + html_page(PROSE["ru"]).encode("utf-8")
    result = strip(data, content_type="text/html; charset=windows-1251")
    assert result.encoding.source == "bom"
    assert _paragraphs_present(result, PROSE["ru"])


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec: str) -> None:
    result = strip(html_page(PROSE["fr"]).encode(codec))
    assert result.encoding.name == codec
    assert _paragraphs_present(result, PROSE["fr"])


# --- explicit argument and HTTP header --------------------------------------------------------------------------------


def test_explicit_encoding_wins_over_everything() -> None:
    page = html_page(PROSE["ru"], head='<meta charset="utf-8">')
    result = strip(page.encode("koi8-r"), encoding="koi8-r", content_type="text/html; charset=utf-8")
    assert (result.encoding.name, result.encoding.source) == ("koi8-r", "argument")
    assert _paragraphs_present(result, PROSE["ru"])


def test_explicit_encoding_for_text() -> None:
    result = strip_text((PROSE["pl"] + "\n\n" + PROSE["pl"]).encode("iso-8859-2"), encoding="iso-8859-2")
    assert result.encoding.source == "argument"
    assert PROSE["pl"] in _everything(result)


@pytest.mark.parametrize("header", [
    "text/html; charset=windows-1251",
    "text/html;charset=\"windows-1251\"",
    "TEXT/HTML; CHARSET=CP1251",
    "text/html; charset='cp1251'; foo=bar",
])
def test_http_content_type_charset(header: str) -> None:
    result = strip(html_page(PROSE["ru"]).encode("cp1251"), content_type=header)
    assert (result.encoding.name, result.encoding.source) == ("cp1251", "http-header")
    assert _paragraphs_present(result, PROSE["ru"])


def test_http_header_outranks_meta() -> None:
    page = html_page(PROSE["ru"], head='<meta charset="koi8-r">')
    result = strip(page.encode("cp1251"), content_type="text/html; charset=windows-1251")
    assert result.encoding.source == "http-header"
    assert _paragraphs_present(result, PROSE["ru"])


def test_http_header_without_charset_falls_through() -> None:
    page = html_page(PROSE["ru"], head='<meta charset="windows-1251">')
    result = strip(page.encode("cp1251"), content_type="text/html")
    assert result.encoding.source == "meta"


def test_unknown_charset_in_header_falls_through() -> None:
    result = strip(html_page(PROSE["ru"]).encode("utf-8"), content_type="text/html; charset=klingon")
    assert result.encoding.name == "utf-8"
    assert _paragraphs_present(result, PROSE["ru"])


# --- <meta> -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "label", "codec"), [
    ("ru", "windows-1251", "cp1251"),
    ("zh", "GB18030", "gb18030"),
    ("zh", "gb2312", "gb18030"),  # read as its superset, as browsers do
    ("ja", "Shift_JIS", "cp932"),
    ("pl", "ISO-8859-2", "iso8859-2"),
    ("fr", "windows-1252", "cp1252"),
    ("ru", "koi8-r", "koi8-r"),
])
@pytest.mark.parametrize("form", ["charset", "http-equiv"])
def test_meta_charset(lang: str, label: str, codec: str, form: str) -> None:
    if form == "charset":
        head = f'<meta charset="{label}">'
    else:
        head = f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'
    text = PROSE[lang]
    if label == "gb2312":
        text = text[:20]  # GB2312 only covers common characters; keep the page within it
    data = html_page(text, head=head).encode(label)
    result = strip(data)
    assert (result.encoding.name, result.encoding.source) == (codec, "meta")
    assert _paragraphs_present(result, text)


def test_meta_iso_8859_1_is_read_as_windows_1252() -> None:
    """Pages labelled iso-8859-1 use the 0x80-0x9F range for curly quotes and dashes, as windows-1252."""
    text = "“Quoted” words — and café, with a sentence long enough to be taken as the prose of a page."
    result = strip(html_page(text, head='<meta charset="iso-8859-1">').encode("cp1252"))
    assert result.encoding.name == "cp1252"
    assert _paragraphs_present(result, text)
    assert not any("\x80" <= ch <= "\x9f" for ch in _everything(result))


def test_meta_lying_latin1_but_bytes_are_utf8() -> None:
    data = html_page(PROSE["fr"], head='<meta charset="iso-8859-1">').encode("utf-8")
    result = strip(data)
    assert result.encoding.name == "utf-8"
    assert result.encoding.source.startswith("utf-8")
    assert "iso-8859-1" in result.encoding.source  # the source says what the page claimed
    assert _paragraphs_present(result, PROSE["fr"])
    assert "Ã" not in _everything(result)


def test_meta_lying_legacy_cyrillic_but_bytes_are_utf8() -> None:
    result = strip(html_page(PROSE["ru"], head='<meta charset="windows-1251">').encode("utf-8"))
    assert result.encoding.name == "utf-8"
    assert _paragraphs_present(result, PROSE["ru"])


def test_header_lying_latin1_but_bytes_are_utf8() -> None:
    result = strip(html_page(PROSE["fr"]).encode("utf-8"), content_type="text/html; charset=ISO-8859-1")
    assert result.encoding.name == "utf-8"
    assert _paragraphs_present(result, PROSE["fr"])


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-32"])
def test_meta_naming_utf16_or_utf32_in_ascii_bytes_means_utf8(label: str) -> None:
    result = strip(html_page(PROSE["ru"], head=f'<meta charset="{label}">').encode("utf-8"))
    assert result.encoding.name == "utf-8"
    assert _paragraphs_present(result, PROSE["ru"])


def test_xml_declaration() -> None:
    page = '<?xml version="1.0" encoding="windows-1251"?>\n' + html_page(PROSE["ru"])
    result = strip(page.encode("cp1251"))
    assert (result.encoding.name, result.encoding.source) == ("cp1251", "xml-declaration")
    assert _paragraphs_present(result, PROSE["ru"])


# --- no declaration: UTF-8 validity, then the detector ----------------------------------------------------------------


def test_plain_ascii_and_utf8() -> None:
    assert strip(html_page(PROSE["en"]).encode("ascii", "ignore")).encoding.name == "utf-8"
    result = strip(html_page(PROSE["zh"]).encode("utf-8"))
    assert (result.encoding.name, result.encoding.source) == ("utf-8", "utf-8-validity")


@pytest.mark.parametrize(("lang", "codec"), [("ru", "cp1251"), ("zh", "gb18030"), ("ja", "shift_jis")])
def test_detector_without_any_declaration(lang: str, codec: str) -> None:
    page = html_page(PROSE[lang])
    result = strip(page.encode(codec))
    assert result.encoding.source == "detector"
    assert _paragraphs_present(result, PROSE[lang])


def test_detector_on_a_large_page_cut_inside_a_character() -> None:
    """The detector sees a bounded sample; a cut inside a two-byte character must not throw it off."""
    page = html_page(PROSE["zh"] * 2000)
    data = page.encode("gb18030")
    assert len(data) > 400_000
    result = strip(data)
    assert result.encoding.name == "gb18030"


def test_truncated_utf8_stays_utf8() -> None:
    """Cutting a UTF-8 page at the size limit may split a character; the page is still UTF-8."""
    data = ("\n\n".join([PROSE["ru"]] * 50)).encode("utf-8")
    cut = next(n for n in range(1000, 1010) if not _is_utf8(data[:n]))
    result = strip_text(data, options=Options(max_input_bytes=cut))
    assert result.truncated
    assert result.encoding.name == "utf-8"
    assert PROSE["ru"] in _everything(result)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_invalid_utf8_bytes_do_not_crash() -> None:
    data = html_page(PROSE["en"]).encode("utf-8").replace(b"river", b"riv\xff\xfe\xc3r")
    result = strip(data)
    assert result.blocks


def test_choose_encoding_is_pure() -> None:
    data = html_page(PROSE["ru"]).encode("cp1251")
    assert choose_encoding(data) == choose_encoding(data)
    assert decode(data) == decode(data)


# --- not a page -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("data", "what"), [
    (gzip.compress(b"<html><body><p>hello</p></body></html>"), "gzip"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, "PNG"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
    (b"GIF89a\x01\x00\x01\x00", "GIF"),
    (b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
    (b"BZh91AY&SY", "bzip2"),
    (b"\x7fELF\x02\x01\x01\x00", "executable"),
])
@pytest.mark.parametrize("func", [strip, strip_html, strip_text])
def test_known_binary_formats_are_refused_by_name(data: bytes, what: str, func: object) -> None:
    with pytest.raises(InputError, match=what):
        func(data)  # type: ignore[operator]


@pytest.mark.parametrize("data", [
    b"".join(struct.pack("<I", i) for i in range(2000)),
    b"\x00" * 5000,
    zlib.compress(bytes(range(256)) * 40)[2:],  # raw deflate: no magic number
    bytes(range(256)) * 16,
], ids=["int32-table", "all-nul", "raw-deflate", "byte-ramp"])
def test_nul_heavy_or_control_heavy_binary_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="binary"):
        strip(data)


def test_binary_magic_inside_str_is_just_text() -> None:
    """A str was already decoded by the caller: only bytes are sniffed for binary formats."""
    result = strip("%PDF-1.7 is a line of text about the PDF format, written as a sentence of prose.")
    assert result.blocks


# --- str input --------------------------------------------------------------------------------------------------------


def test_str_input_encoding_is_reported_as_str() -> None:
    result = strip(html_page(PROSE["en"]))
    assert (result.encoding.name, result.encoding.source) == ("str", "str")


@pytest.mark.parametrize("junk", ["\ud800", "\udfff", "\x00", "\x00\x00\x00", "\x07\x1b", "\ufeff", "\uffff"])
@pytest.mark.parametrize("func", [strip, strip_html, strip_text])
def test_lone_surrogates_and_control_characters_in_str(junk: str, func: object) -> None:
    text = f"The river{junk} that runs through the middle of town was a drain{junk}, said the volunteers."
    result = func(f"<p>{text}</p><p>{text}</p>")  # type: ignore[operator]
    for block in result.blocks:
        assert "\x00" not in block.text
        assert not any("\ud800" <= ch <= "\udfff" for ch in block.text)
    result.to_json().encode("utf-8")  # every rendering is encodable
    result.to_html().encode("utf-8")
    result.to_markdown().encode("utf-8")
    result.report().encode("utf-8")


def test_nul_characters_in_bytes_are_removed() -> None:
    data = b"<p>The river that runs\x00 through the middle of town was a drain, said the volunteers.</p>"
    result = strip(data)
    assert "\x00" not in _everything(result)
    assert "runs through" in _everything(result)
