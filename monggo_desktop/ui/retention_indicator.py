"""Old messages being removed (privacy policy: 30 days after delivery), in the status bar only while it matters,
and a line once the run removed something."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar


class RetentionIndicator(QObject):
    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self._status = bar
        self.label = QLabel(bar)
        self.progress = QProgressBar(bar)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        bar.addPermanentWidget(self.label)
        bar.addPermanentWidget(self.progress)
        self.label.hide()
        self.progress.hide()

    def show_progress(self, done: int, total: int, finished: bool) -> None:
        if finished or total == 0:
            self.label.hide()
            self.progress.hide()
            if finished and done:
                self._status.showMessage(
                    self.tr("Removed %n message(s) past the 30-day retention period", "", done), 8000
                )
            return
        self.label.setText(self.tr("Removing old messages: {done} of {total}").format(done=done, total=total))
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.label.show()
        self.progress.show()
