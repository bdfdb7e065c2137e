"""Radio buttons and check boxes whose text wraps, as a word-wrapped label does. Qt's own draw
their text on one line, so one long choice ("Frais administratifs (documents, visa, permis,
...)") made the whole form wider than the window and gave it a horizontal scroll bar.

They keep ``text()``, mnemonics-free labels, keyboard focus and the style's indicator; only the
text is laid out here, in the rectangle the style gives the label."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QWidget,
)

_FLAGS = (
    int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
)


class _Wrapping:
    """Shared by both buttons: what the style calls the indicator, and the label beside it."""

    _indicator: QStyle.PixelMetric
    _spacing: QStyle.PixelMetric
    _element: QStyle.PrimitiveElement

    def _setup(self) -> None:
        widget: QWidget = self  # type: ignore[assignment]
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        widget.setSizePolicy(policy)

    def _text_left(self) -> int:
        widget: QWidget = self  # type: ignore[assignment]
        style = widget.style()
        return style.pixelMetric(self._indicator, None, widget) + style.pixelMetric(
            self._spacing, None, widget
        )

    def _text_rect(self, width: int) -> QRect:
        widget: QAbstractButton = self  # type: ignore[assignment]
        metrics = QFontMetrics(widget.font())
        space = max(1, width - self._text_left() - 2)
        return metrics.boundingRect(QRect(0, 0, space, 100_000), _FLAGS, widget.text())

    def _height_for(self, width: int) -> int:
        widget: QWidget = self  # type: ignore[assignment]
        indicator = widget.style().pixelMetric(self._indicator, None, widget)
        return max(indicator, self._text_rect(width).height()) + 4

    def _size_hint(self) -> QSize:
        widget: QAbstractButton = self  # type: ignore[assignment]
        metrics = QFontMetrics(widget.font())
        width = self._text_left() + metrics.horizontalAdvance(widget.text()) + 4
        return QSize(width, self._height_for(width))

    def _minimum_size_hint(self) -> QSize:
        widget: QAbstractButton = self  # type: ignore[assignment]
        metrics = QFontMetrics(widget.font())
        longest_word = max(
            (metrics.horizontalAdvance(word) for word in widget.text().split()), default=0
        )
        width = self._text_left() + min(longest_word, 12 * metrics.averageCharWidth()) + 4
        return QSize(width, self._height_for(width))

    def _paint(self) -> None:
        widget: QAbstractButton = self  # type: ignore[assignment]
        option = QStyleOptionButton()
        widget.initStyleOption(option)  # type: ignore[attr-defined]
        style = widget.style()
        painter = QPainter(widget)
        indicator = style.pixelMetric(self._indicator, None, widget)
        text_height = QFontMetrics(widget.font()).height()
        top = max(0, (text_height - indicator) // 2) + 2
        option.rect = QRect(0, top, indicator, indicator)
        style.drawPrimitive(self._element, option, painter, widget)
        text = QRect(self._text_left(), 2, widget.width() - self._text_left() - 2,
                     widget.height() - 2)  # fmt: skip
        role = widget.foregroundRole()
        style.drawItemText(painter, text, _FLAGS, widget.palette(), widget.isEnabled(),
                           widget.text(), role)  # fmt: skip
        if widget.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(widget)
            focus.rect = (
                self._text_rect(widget.width())
                .translated(self._text_left(), 2)
                .adjusted(-1, -1, 1, 1)
            )
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, widget)
        painter.end()

    # Qt's virtual functions, for both buttons.
    def sizeHint(self) -> QSize:
        return self._size_hint()

    def minimumSizeHint(self) -> QSize:
        return self._minimum_size_hint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height_for(width)

    def hitButton(self, pos: QPoint) -> bool:
        widget: QWidget = self  # type: ignore[assignment]
        return widget.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._paint()


class WrappingRadioButton(_Wrapping, QRadioButton):
    _indicator = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
    _spacing = QStyle.PixelMetric.PM_RadioButtonLabelSpacing
    _element = QStyle.PrimitiveElement.PE_IndicatorRadioButton

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()


class WrappingCheckBox(_Wrapping, QCheckBox):
    _indicator = QStyle.PixelMetric.PM_IndicatorWidth
    _spacing = QStyle.PixelMetric.PM_CheckBoxLabelSpacing
    _element = QStyle.PrimitiveElement.PE_IndicatorCheckBox

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()
