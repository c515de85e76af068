"""Hand-made messages and files for the parsing tests: well-formed, broken and hostile.

Files are built with the libraries that read them (pypdf, openpyxl, python-docx, extract-msg's
OLE writer) or, for TNEF, byte by byte from the format's specification (MS-OXTNEF).
"""

from __future__ import annotations

import io
import struct
import zipfile
from email.message import EmailMessage

import docx
import openpyxl
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

CRLF = b"\r\n"


def raw_message(headers: dict[str, str] | list[tuple[str, str]], body: bytes | str) -> bytes:
    """A message from literal header lines and a literal body: nothing is fixed up."""
    items = headers.items() if isinstance(headers, dict) else headers
    head = "".join(f"{name}: {value}\r\n" for name, value in items).encode("utf-8")
    if isinstance(body, str):
        body = body.encode("utf-8")
    return head + CRLF + body


def base_headers(**extra: str) -> dict[str, str]:
    headers = {
        "From": "Partner Desk <desk@partner.example>",
        "To": "orders@chargecars.example",
        "Subject": "Order",
        "Date": "Thu, 03 Jul 2025 09:14:22 +0200",
        "Message-ID": "<test@partner.example>",
        "MIME-Version": "1.0",
    }
    headers.update({name.replace("_", "-"): value for name, value in extra.items()})
    return headers


def with_attachment(
    data: bytes,
    filename: str,
    maintype: str = "application",
    subtype: str = "octet-stream",
    body: str = "Zie bijlage.",
    disposition: str = "attachment",
) -> bytes:
    msg = EmailMessage()
    for name, value in base_headers().items():
        if name != "MIME-Version":
            msg[name] = value
    msg.set_content(body)
    msg.add_attachment(
        data, maintype=maintype, subtype=subtype, filename=filename, disposition=disposition
    )
    return msg.as_bytes()


def nested_multipart(depth: int, leaf: str = "Diepste tekst") -> bytes:
    """``depth`` multiparts inside each other, a text part at the bottom."""
    body = f'Content-Type: text/plain; charset="utf-8"\r\n\r\n{leaf}\r\n'
    for level in range(depth, 0, -1):
        boundary = f"b{level}"
        body = (
            f'Content-Type: multipart/mixed; boundary="{boundary}"\r\n\r\n'
            f"--{boundary}\r\n{body}\r\n--{boundary}--\r\n"
        )
    headers = "".join(f"{k}: {v}\r\n" for k, v in base_headers().items())
    return (headers + body).encode()


def many_parts(count: int) -> bytes:
    parts = "".join(
        f"--sep\r\nContent-Type: text/plain\r\n\r\nDeel {index}\r\n" for index in range(count)
    )
    headers = base_headers(Content_Type='multipart/mixed; boundary="sep"')
    return raw_message(headers, parts + "--sep--\r\n")


# --- PDF --------------------------------------------------------------------------------------


def _font() -> DictionaryObject:
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
        }
    )


def _pdf_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(pages: list[list[str]]) -> bytes:
    """A PDF with a real text layer: each page a list of lines (WinAnsi characters)."""
    writer = PdfWriter()
    for lines in pages:
        page = writer.add_blank_page(width=595, height=842)
        font = writer._add_object(_font())
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        ops = ["BT", "/F1 11 Tf", "14 TL", "50 800 Td"]
        for line in lines:
            encoded = _pdf_string(line).encode("cp1252").decode("latin-1")
            ops.append(f"({encoded}) Tj T*")
        ops.append("ET")
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    return _write(writer)


def form_pdf(fields: dict[str, str], heading: str = "Orderformulier") -> bytes:
    """A one-page AcroForm: a heading in the text layer, values only in the form fields."""
    writer = PdfWriter()
    writer.append(io.BytesIO(text_pdf([[heading]])))
    page = writer.pages[0]
    annotations = ArrayObject()
    for index, (name, value) in enumerate(fields.items()):
        y = 700 - 30 * index
        widget = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject(name),
                NameObject("/V"): TextStringObject(value),
                NameObject("/Rect"): ArrayObject(
                    [FloatObject(200), FloatObject(y), FloatObject(500), FloatObject(y + 20)]
                ),
                NameObject("/F"): NumberObject(4),
            }
        )
        annotations.append(writer._add_object(widget))
    checkbox = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Btn"),
            NameObject("/T"): TextStringObject("Akkoord"),
            NameObject("/V"): NameObject("/Off"),
            NameObject("/Rect"): ArrayObject(
                [FloatObject(200), FloatObject(100), FloatObject(220), FloatObject(120)]
            ),
        }
    )
    annotations.append(writer._add_object(checkbox))
    page[NameObject("/Annots")] = annotations
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {
            NameObject("/Fields"): ArrayObject(list(annotations)),
            NameObject("/NeedAppearances"): BooleanObject(True),
        }
    )
    return _write(writer)


def scanned_pdf() -> bytes:
    """A page that is only an image (as a scanner makes it): no text layer, no fields."""
    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    image = DecodedStreamObject()
    image.set_data(bytes([0, 255] * 50 * 25))  # 50x50 grey-scale stripes
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(50),
            NameObject("/Height"): NumberObject(50),
            NameObject("/ColorSpace"): NameObject("/DeviceGray"),
            NameObject("/BitsPerComponent"): NumberObject(8),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/XObject"): DictionaryObject({NameObject("/Im0"): writer._add_object(image)})}
    )
    content = DecodedStreamObject()
    content.set_data(b"q 500 0 0 700 40 60 cm /Im0 Do Q")
    page[NameObject("/Contents")] = writer._add_object(content)
    return _write(writer)


def _write(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- Office files -----------------------------------------------------------------------------


def xlsx(rows: list[list[object]], sheet: str = "Orders",
         hidden_rows: list[list[object]] | None = None) -> bytes:  # fmt: skip
    workbook = openpyxl.Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for row in rows:
        worksheet.append(row)
    if hidden_rows:
        hidden = workbook.create_sheet("Oud")
        for row in hidden_rows:
            hidden.append(row)
        hidden.sheet_state = "hidden"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def with_zip_bomb(office_file: bytes, inflated_bytes: int) -> bytes:
    """The same Office file with one more member: ``inflated_bytes`` zeros, deflated to little."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(office_file)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info, source.read(info.filename))
        with target.open("xl/media/padding.bin", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(inflated_bytes >> 20):
                member.write(chunk)
    return out.getvalue()


def docx_file(paragraphs: list[str], table: list[list[str]], hidden: str | None = None) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if hidden:
        paragraph = document.add_paragraph("Zichtbaar ")
        paragraph.add_run(hidden).font.hidden = True
    grid = document.add_table(rows=len(table), cols=len(table[0]))
    for r, row in enumerate(table):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value
    document.add_paragraph("Na de tabel.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- Outlook ----------------------------------------------------------------------------------


def _tnef_object(level: int, name: int, kind: int, data: bytes) -> bytes:
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BHHI", level, name, kind, len(data)) + data + struct.pack("<H", checksum)


def tnef(body: str, files: list[tuple[str, bytes]], codepage: int = 1252) -> bytes:
    """A winmail.dat: TNEF signature, version, code page, body, then each attached file."""
    out = struct.pack("<IH", 0x223E9F78, 0x0001)
    out += _tnef_object(1, 0x9006, 0x0008, struct.pack("<I", 0x00010000))  # attTnefVersion
    out += _tnef_object(1, 0x9007, 0x0006, struct.pack("<II", codepage, 0))  # attOemCodepage
    out += _tnef_object(1, 0x800C, 0x0002, body.encode(f"cp{codepage}"))  # attBody
    for name, data in files:
        out += _tnef_object(2, 0x9002, 0x0006, b"\0" * 14)  # attAttachRendData: a new file
        out += _tnef_object(2, 0x8010, 0x0001, name.encode("ascii") + b"\0")  # attAttachTitle
        out += _tnef_object(2, 0x800F, 0x0006, data)  # attAttachData
    return out


def outlook_msg(subject: str, body: str, sender: tuple[str, str], files=()) -> bytes:
    """A minimal .msg (MS-OXMSG): an OLE file of property streams, via extract-msg's writer."""
    from extract_msg.ole_writer import OleWriter

    writer = OleWriter()
    properties = b""
    strings = {0x001A: "IPM.Note", 0x0037: subject, 0x1000: body, 0x0C1A: sender[0],
               0x5D01: sender[1]}  # fmt: skip
    for prop_id, text in strings.items():
        data = text.encode("utf-16-le")
        writer.addEntry(f"__substg1.0_{prop_id:04X}001F", data)
        properties += struct.pack("<IIII", (prop_id << 16) | 0x001F, 6, len(data) + 2, 0)
    writer.addEntry("__nameid_version1.0", storage=True)
    for stream in ("__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"):
        writer.addEntry(["__nameid_version1.0", stream], b"")
    for index, (name, data) in enumerate(files):
        storage = f"__attach_version1.0_#{index:08X}"
        writer.addEntry(storage, storage=True)
        encoded_name = name.encode("utf-16-le")
        writer.addEntry([storage, "__substg1.0_3707001F"], encoded_name)
        writer.addEntry([storage, "__substg1.0_37010102"], data)
        attach_props = struct.pack("<IIII", 0x3707001F, 6, len(encoded_name) + 2, 0)
        attach_props += struct.pack("<IIII", 0x37010102, 6, len(data), 0)
        attach_props += struct.pack("<IIII", 0x37050003, 6, 1, 0)  # attach method: by value
        writer.addEntry([storage, "__properties_version1.0"], b"\0" * 8 + attach_props)
    header = struct.pack("<8sIIII8s", b"\0" * 8, 0, len(files), 0, len(files), b"\0" * 8)
    writer.addEntry("__properties_version1.0", header + properties)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypted_pdf(pdf: bytes, user_password: str) -> bytes:
    from pypdf import PdfReader

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="eigenaar", algorithm="AES-128")
    return _write(writer)
