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
_XML_DECLARATION = re.compile(rb"""^\s{0,100}<\?xml[^>]{0,200}?encoding\s*=\s*["']\s*([\w.:-]{1,40})""",
                              re.IGNORECASE)
_META_SCAN_BYTES = 100_000  # a <meta charset> must come early in <head>; 100 kB covers pages with huge inline CSS
_DETECT_BYTES = 400_000  # charset-normalizer gets this much: enough for rare letters to show, bounded in time
_BINARY_SNIFF_BYTES = 4096  # the head of the input that the binary-data checks look at
_MAX_NUL_SHARE = 0.1  # more NUL bytes than this in the head: UTF-16/32 (NULs in a regular pattern) or binary
_MAX_CONTROL_SHARE = 0.05  # C0 control bytes (not tab, newline, CR, form feed, ESC) no text in any encoding has
_BINARY_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_TEXT_CONTROL = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# What a label in a page or HTTP header means, as browsers read it (WHATWG Encoding Standard): "iso-8859-1" and
# "ascii" pages are windows-1252 (smart quotes in 0x80-0x9F), "gb2312" pages are GBK, "shift_jis" pages use the
# Windows extensions... Each target decodes its label's bytes the same way and more.
_LABEL_SUPERSET = {
    "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "iso8859-11": "cp874", "tis-620": "cp874",
    "gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932", "euc_kr": "cp949", "big5": "big5hkscs",
}
_LABEL_ALIASES = {
    "x-sjis": "cp932", "windows-31j": "cp932", "windows-874": "cp874", "x-user-defined": "cp1252",
    "iso-8859-8-i": "iso8859-8", "unicode-1-1-utf-8": "utf-8", "x-mac-roman": "mac-roman", "unicode": "utf-8",
    "x-gbk": "gb18030", "x-euc-jp": "euc_jp", "x-mac-cyrillic": "mac-cyrillic",
}
_UTF_WIDE = ("utf-16", "utf-32")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_MIN_UTF8_CHARS = 8  # valid multi-byte characters needed before stray bytes are taken for damage, not another encoding
_UTF8_GOOD_PER_BAD = 20  # ... and at least this many of them per invalid byte
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")  # \v and \f are whitespace: see clean_text
_SURROGATE = re.compile("[\ud800-\udfff]")
# The ASCII characters clean_text changes, as bytes: those of _CONTROL, and \v and \f (made line breaks). In UTF-8
# these bytes stand only for themselves, never inside a multi-byte character.
_CONTROL_BYTES = bytes((*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f))
_HTML_SNIFF = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|span|article|section|table|a\s|br|li|ul|h[1-6]|script|style|link)\b",
    re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,500})?/?>")


def _codec(name: bytes | str) -> str | None:
    """The Python codec name for a charset label, or None when Python does not know it."""
    label = name.decode("ascii", "ignore") if isinstance(name, bytes) else name
    label = label.strip().lower()
    label = _LABEL_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _label(name: bytes) -> str:
    return name.decode("ascii", "replace").strip().lower()


def _declared(name: bytes | str) -> str | None:
    """The codec for a charset a page or server declares, read as a browser reads it: a label naming UTF-16 or
    UTF-32 in ASCII-readable markup means UTF-8, and legacy labels mean their superset."""
    codec = _codec(name)
    if codec is None:
        return None
    if codec.startswith(_UTF_WIDE):
        return "utf-8"  # we could read the declaration as ASCII, so the bytes are not UTF-16 or UTF-32
    return _LABEL_SUPERSET.get(codec, codec)


def _sniff_binary(data: bytes, encoding: str | None) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"input looks like {what}")
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return
    if encoding is not None and (_codec(encoding) or "").startswith(_UTF_WIDE):
        return  # the caller says it is UTF-16 or UTF-32: NUL bytes are expected
    head = data[:_BINARY_SNIFF_BYTES]
    if not head or _utf16_without_bom(data):
        return
    if head.count(0) > len(head) * _MAX_NUL_SHARE:
        raise InputError("input looks like binary data (many NUL bytes), not text or HTML")
    if len(_BINARY_CONTROL.findall(head)) > len(head) * _MAX_CONTROL_SHARE:
        raise InputError("input looks like binary data (many control bytes), not text or HTML")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: ASCII characters leave a NUL in every other byte, and only there."""
    head = data[:_BINARY_SNIFF_BYTES]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > len(head) * 0.2 and even < len(head) * 0.025:
        codec = "utf-16-le"
    elif even > len(head) * 0.2 and odd < len(head) * 0.025:
        codec = "utf-16-be"
    else:
        return None
    text = head[: len(head) // 2 * 2].decode(codec, errors="replace")
    if len(_TEXT_CONTROL.findall(text)) > len(text) * _MAX_CONTROL_SHARE:
        return None  # NULs in every other byte, but the characters they make are control codes: binary data
    return codec


def _read_utf8(data: bytes) -> tuple[bool, str | None]:
    """Whether ``data`` is UTF-8, allowing a sequence cut short at the very end (a truncated input), and its text
    when it decodes whole: the caller then need not decode the page a second time."""
    try:
        return True, data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
    except UnicodeDecodeError:
        return False, None
    return True, None


def _prefer_utf8(declared: str, data: bytes) -> tuple[bool, str | None]:
    """A declared legacy encoding loses to UTF-8 when the bytes hold non-ASCII text and are valid UTF-8: servers and
    templates lie ("iso-8859-1" by default), while legacy text that is also valid UTF-8 is vanishingly rare. With
    the text, when the check decoded it whole."""
    if declared == "utf-8" or declared.startswith(_UTF_WIDE) or data.isascii():
        return False, None
    return _read_utf8(data)


def choose_encoding(data: bytes, *, encoding: str | None = None, content_type: str | None = None) -> Encoding:
    """Decide how to decode ``data``: explicit argument, BOM, HTTP Content-Type, <meta> (or an XML declaration),
    UTF-8 validity, detector. ``Encoding.source`` says which one decided."""
    return _choose(data, encoding, content_type)[0]


def _choose(data: bytes, encoding: str | None, content_type: str | None) -> tuple[Encoding, str | None]:
    """:func:`choose_encoding`, and the text when deciding on UTF-8 took decoding it whole (most pages)."""
    if encoding is not None:
        name = _codec(encoding)
        if name is None:
            raise InputError(f"unknown encoding {encoding!r}")
        return Encoding(name, "argument"), None
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Encoding(name, "bom"), None
    utf16 = _utf16_without_bom(data)
    if utf16:
        return Encoding(utf16, "nul-pattern"), None
    if content_type:
        match = _HEADER_CHARSET.search(content_type.encode("latin-1", "ignore"))
        name = _declared(match.group(1)) if match else None
        if match and name:
            prefer, text = _prefer_utf8(name, data)
            if prefer:
                return Encoding("utf-8", f"utf-8-validity (http-header said {_label(match.group(1))})"), text
            return Encoding(name, "http-header"), None
    for pattern, source in ((_META_CHARSET, "meta"), (_XML_DECLARATION, "xml-declaration")):
        match = pattern.search(data[:_META_SCAN_BYTES])
        declared = _declared(match.group(1)) if match else None
        if match and declared:
            prefer, text = _prefer_utf8(declared, data)
            if prefer:
                return Encoding("utf-8", f"utf-8-validity ({source} said {_label(match.group(1))})"), text
            return Encoding(declared, source), None
    valid, text = _read_utf8(data)
    if valid:
        return Encoding("utf-8", "utf-8-validity"), text
    if _mostly_utf8(data):
        return Encoding("utf-8", "utf-8-validity (a few invalid bytes)"), None
    return Encoding(_detect(data), "detector"), None


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few stray bytes (a template pasted in another encoding, a cut character): many valid multi-byte
    characters and few invalid bytes. Legacy-encoded text almost never forms valid UTF-8 sequences."""
    text = data[:_DETECT_BYTES].decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(_NON_ASCII.findall(text)) - bad
    return good >= _MIN_UTF8_CHARS and bad * _UTF8_GOOD_PER_BAD <= good


def _detect(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset-normalizer is a dependency
        return "cp1252"
    sample = data
    if len(sample) > _DETECT_BYTES:  # cut after a newline or '>': never inside a multi-byte character
        cut = max(data.rfind(b"\n", 0, _DETECT_BYTES), data.rfind(b">", 0, _DETECT_BYTES))
        sample = data[: cut + 1 if cut > _DETECT_BYTES // 2 else _DETECT_BYTES]
    best = from_bytes(sample).best()
    if best is None:
        return "cp1252"
    name = _codec(best.encoding) or "cp1252"
    return _LABEL_SUPERSET.get(name, name)


def _is_clean(text: str, utf8: bytes | None = None) -> bool:
    """True when ``clean_text`` has nothing to change but a BOM: no control character, form feed, vertical tab,
    noncharacter U+FFFE/U+FFFF or lone surrogate. A regex scan of a whole page costs milliseconds; this is a few
    C passes over its UTF-8 form (which a lone surrogate cannot take). ``utf8``: the bytes ``text`` was decoded from
    as UTF-8 (errors replaced), which stand for that form: the decoder maps each ASCII byte to itself and never
    makes one part of an invalid sequence, and it yields no surrogate."""
    if "\ufffe" in text or "\uffff" in text:
        return False
    if utf8 is None:
        try:
            utf8 = text.encode("utf-8")
        except UnicodeEncodeError:
            return False
    return len(utf8.translate(None, _CONTROL_BYTES)) == len(utf8)


def clean_text(text: str, *, utf8: bytes | None = None) -> str:
    """Remove what no page text may hold: NUL and other control characters, lone surrogates, BOM. ``utf8``: the
    bytes ``text`` was decoded from as UTF-8, if it was (a quicker check, see ``_is_clean``; a BOM's bytes are no
    control bytes)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if _is_clean(text, utf8):
        return text
    text = _CONTROL.sub("", text.replace("\f", "\n").replace("\v", "\n"))
    return _SURROGATE.sub("\ufffd", text)


def decode(data: bytes | str, *, encoding: str | None = None,
           content_type: str | None = None) -> tuple[str, Encoding]:
    """Turn the caller's input into clean text and say how it was decoded."""
    text, enc, _ = decode_keeping_utf8(data, encoding=encoding, content_type=content_type)
    return text, enc


def decode_keeping_utf8(data: bytes | str, *, encoding: str | None = None,
                        content_type: str | None = None) -> tuple[str, Encoding, bytes | None]:
    """:func:`decode`, and the input bytes when they are exactly the text's UTF-8 form (decoded as UTF-8 with no
    byte replaced, and nothing cleaned away), else None: the HTML parser then reads them as they are rather than
    the text encoded again (a fair part of a millisecond on a large page)."""
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"encoding must be a str, got {type(encoding).__name__}")
    if content_type is not None and not isinstance(content_type, str):
        raise TypeError(f"content_type must be a str, got {type(content_type).__name__}")
    if isinstance(data, str):
        return clean_text(data), Encoding("str", "str"), None
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"expected str or bytes, got {type(data).__name__}")
    raw = bytes(data)
    _sniff_binary(raw, encoding)
    chosen, text_or_none = _choose(raw, encoding, content_type)
    text = text_or_none if text_or_none is not None else raw.decode(chosen.name, errors="replace")
    if chosen.name != "utf-8":
        return clean_text(text), chosen, None
    # most pages are UTF-8: the check reads the bytes we have rather than the text encoded again
    clean = clean_text(text, utf8=raw)
    # the same text object: nothing was cleaned; no U+FFFD: no byte was replaced (the bytes are valid UTF-8)
    return clean, chosen, raw if clean is text and "\ufffd" not in text else None


def starts_like_html(text: str) -> bool:
    """True when ``text`` opens as HTML does: a tag first, and an HTML sniff in its first kilobyte."""
    head = text[:5000].lstrip()
    return head.startswith("<") and _HTML_SNIFF.search(head[:1000]) is not None


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup: an HTML sniff in the head, or tags making up a fair part of the text."""
    if starts_like_html(text):
        return True
    tags = _TAG.findall(text[:50_000])
    if len(tags) < 3:
        return False
    known = sum(1 for t in tags if _HTML_SNIFF.match(t))
    return known >= 3 and known >= len(tags) // 3


def detect_kind(text: str) -> InputKind:
    """HTML or plain text, for ``strip()``."""
    return InputKind.HTML if looks_like_html(text) else InputKind.TEXT
