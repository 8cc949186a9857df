"""A picture cache made when first needed, so start-up loads no picture code before it paints."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lbh_desktop.ui.library.card_pictures import CardPictures


class LazyPictures:
    """Mixed into the card delegate and the steps table."""

    _pictures: CardPictures | None = None

    @property
    def pictures(self) -> CardPictures:
        """The pictures' cache, made (and its module loaded) when first needed, after the
        window's first paint."""
        if self._pictures is None:
            from lbh_desktop.ui.library.card_pictures import CardPictures

            self._pictures = CardPictures()
        return self._pictures

    @property
    def pictures_ready(self) -> bool:
        return self._pictures is not None and self._pictures.ready
