"""Images placed by templates, with alt text (Swedish public documents must be accessible)."""

from __future__ import annotations

import io
from collections.abc import Callable

from docx.shared import Cm
from docxtpl import InlineImage


class AccessibleImage(InlineImage):
    """An inline image whose ``descr`` and ``title`` carry the alt text screen readers read."""

    def __init__(self, tpl, png: bytes | Callable[[], bytes], alt_text: str, title: str, width_cm: float):
        super().__init__(tpl, None, width=Cm(width_cm))
        self.png = png
        self.alt_text = alt_text
        self.title = title

    def _insert_image(self) -> str:
        self.image_descriptor = io.BytesIO(self.png() if callable(self.png) else self.png)
        inline = self.tpl.current_rendering_part.new_pic_inline(self.image_descriptor, self.width, self.height)
        doc_pr = inline.xpath(".//wp:docPr")[0]
        doc_pr.set("descr", self.alt_text)
        doc_pr.set("title", self.title)
        doc_pr.set("name", self.title[:60] or "Diagram")
        return f'</w:t></w:r><w:r><w:drawing>{inline.xml}</w:drawing></w:r><w:r><w:t xml:space="preserve">'


ImageFactory = Callable[[bytes | Callable[[], bytes], str, str], object]


def image_factory(template, width_cm: float = 15.5) -> ImageFactory:
    """A function (png or a function giving it, alt text, title) → object a template prints with ``{{ … }}``."""

    def make(png: bytes | Callable[[], bytes], alt_text: str, title: str) -> AccessibleImage:
        return AccessibleImage(template, png, alt_text, title, width_cm)

    return make
