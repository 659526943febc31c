"""bytes → str, keeping the evidence of which encoding was used; and the HTML-or-text decision for ``strip()``."""

from __future__ import annotations

import codecs
import re

from ._types import Encoding, InputError, InputKind

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip-compressed data: decompress it first"),
    (b"BZh", "bzip2-compressed data: decompress it first"),
    (b"\xfd7zXZ\x00", "xz-compressed data: decompress it first"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data: decompress it first"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document), not a web page"),
    (b"%PDF-", "a PDF document, not a web page"),
    (b"\x89PNG", "a PNG image, not a web page"),
    (b"\xff\xd8\xff", "a JPEG image, not a web page"),
    (b"GIF8", "a GIF image, not a web page"),
    (b"RIFF", "a RIFF media file, not a web page"),
    (b"\x00asm", "a WebAssembly module, not a web page"),
    (b"\x7fELF", "an executable, not a web page"),
)
_HEADER_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,400}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.IGNORECASE)
_META_SCAN_BYTES = 100_000  # a <meta charset> must come early in <head>; 100 kB covers pages with huge inline CSS
_DETECT_BYTES = 400_000  # charset-normalizer gets this much: enough for rare letters to show, bounded in time
_SINGLE_BYTE_WESTERN = frozenset({"latin-1", "iso8859-1", "cp1252", "ascii", "iso8859-15"})
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_HTML_SNIFF = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|span|article|section|table|a\s|br|li|ul|h[1-6]|script|style|link)\b",
    re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,500})?/?>")


def _codec(name: bytes | str) -> str | None:
    """The Python codec name for a charset label, or None when Python does not know it."""
    label = name.decode("ascii", "ignore") if isinstance(name, bytes) else name
    label = label.strip().lower()
    if label in ("x-user-defined", "unicode", "utf-16", "utf-32"):  # labels that lie about the bytes in HTML
        label = "utf-8" if label in ("unicode",) else label
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _sniff_binary(data: bytes) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"input looks like {what}")
    head = data[:4096]
    if head and head.count(0) > len(head) // 10:  # UTF-16/32 pages carry a BOM or NULs in a regular pattern
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if not (even > len(head) // 4 or odd > len(head) // 4):
            raise InputError("input looks like binary data (many NUL bytes), not text or HTML")


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > len(head) * 0.4 and even < len(head) * 0.05:
        return "utf-16-le"
    if even > len(head) * 0.4 and odd < len(head) * 0.05:
        return "utf-16-be"
    return None


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def choose_encoding(data: bytes, *, encoding: str | None = None, content_type: str | None = None) -> Encoding:
    """Decide how to decode ``data``: explicit argument, BOM, HTTP Content-Type, <meta>, UTF-8 validity, detector."""
    if encoding is not None:
        name = _codec(encoding)
        if name is None:
            raise InputError(f"unknown encoding {encoding!r}")
        return Encoding(name, "argument")
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Encoding(name, "bom")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return Encoding(utf16, "nul-pattern")
    if content_type:
        match = _HEADER_CHARSET.search(content_type.encode("latin-1", "ignore"))
        name = _codec(match.group(1)) if match else None
        if name:
            return Encoding(name, "http-header")
    match = _META_CHARSET.search(data[:_META_SCAN_BYTES])
    meta = _codec(match.group(1)) if match else None
    if meta and meta.startswith("utf-16"):
        meta = "utf-8"  # a page that was decodable enough for us to read its <meta> is not UTF-16
    if meta:
        if meta in _SINGLE_BYTE_WESTERN and not data.isascii() and _valid_utf8(data):
            return Encoding("utf-8", "utf-8-validity (meta said " + meta + ")")
        return Encoding(meta, "meta")
    if data.isascii() or _valid_utf8(data):
        return Encoding("utf-8", "utf-8-validity")
    return Encoding(_detect(data), "detector")


def _detect(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset-normalizer is a dependency
        return "cp1252"
    best = from_bytes(data[:_DETECT_BYTES]).best()
    if best is None:
        return "cp1252"
    return _codec(best.encoding) or "cp1252"


def clean_text(text: str) -> str:
    """Remove what no page text may hold: NUL and other control characters, lone surrogates, BOM."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = _CONTROL.sub("", text)
    return _SURROGATE.sub("\ufffd", text)


def decode(data: bytes | str, *, encoding: str | None = None,
           content_type: str | None = None) -> tuple[str, Encoding]:
    """Turn the caller's input into clean text and say how it was decoded."""
    if isinstance(data, str):
        return clean_text(data), Encoding("str", "str")
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"expected str or bytes, got {type(data).__name__}")
    raw = bytes(data)
    _sniff_binary(raw)
    chosen = choose_encoding(raw, encoding=encoding, content_type=content_type)
    text = raw.decode(chosen.name, errors="replace")
    return clean_text(text), chosen


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup: an HTML sniff in the head, or tags making up a fair part of the text."""
    head = text[:5000].lstrip()
    if head.startswith("<") and _HTML_SNIFF.search(head[:1000]):
        return True
    tags = _TAG.findall(text[:50_000])
    if len(tags) < 3:
        return False
    known = sum(1 for t in tags if _HTML_SNIFF.match(t))
    return known >= 3 and known >= len(tags) // 3


def detect_kind(text: str) -> InputKind:
    """HTML or plain text, for ``strip()``."""
    return InputKind.HTML if looks_like_html(text) else InputKind.TEXT
