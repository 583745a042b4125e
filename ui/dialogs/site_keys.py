"""Before a consolidation: the keys of sites not known here, each with its fingerprint, for the
coordinator to accept or refuse after comparing it with the site on the phone. A new site's
package refused (or left undecided) is set aside, not counted; a site whose key changed is
refused unless its key is replaced."""

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.site_keys import KeyCheck
from ui.screen_fit import fit_size
from ui.widgets.controls import named_button


class SiteKeysDialog(QDialog):
    def __init__(self, checks: Sequence[KeyCheck], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("siteKeysDialog")
        self.setWindowTitle(self.tr("Keys of the sites"))
        # a key once, even when it signed the packages of several months
        unique = {(c.status, c.fingerprint): c for c in checks if c.status != "known"}
        self.checks = list(unique.values())
        self.choices: list[QButtonGroup] = []
        self.accept_buttons = []
        self.refuse_buttons = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Call each site and have its key fingerprint read to you: the site sees it when "
                "it saves its statistics package. Accept a key only if the fingerprints match."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = QWidget()
        grid = QGridLayout(rows)
        for index, check in enumerate(self.checks):
            grid.addWidget(self._describe(check), index * 2, 0)
            grid.addLayout(self._buttons(index, check), index * 2, 1)
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            grid.addWidget(line, index * 2 + 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(self.checks) * 2, 1)  # the sites at the top, one under another
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows)
        layout.addWidget(scroll, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.continue_button = named_button(
            None, "continueButton", self.tr("&Continue"), self.accept, auto_default=True
        )
        self.cancel_button = named_button(None, "cancelButton", self.tr("Cancel"), self.reject)
        buttons.addWidget(self.continue_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        fit_size(self, 760, 420)

    def _describe(self, check: KeyCheck) -> QLabel:
        if check.status == "changed":
            text = (
                self.tr(
                    "« %1 » signs with another key.\nKey accepted until now: %2\n"
                    "Key of this package: %3\nReplace it only if the site's database was replaced."
                )
                .replace("%1", check.site_name)
                .replace("%2", check.recorded_fingerprint)
                .replace("%3", check.fingerprint)
            )
        else:
            text = (
                self.tr("« %1 » is a new site.\nKey fingerprint: %2")
                .replace("%1", check.site_name)
                .replace("%2", check.fingerprint)
            )
        label = QLabel(text)
        label.setWordWrap(True)
        label.setAccessibleName(text)
        return label

    def _buttons(self, index: int, check: KeyCheck) -> QHBoxLayout:
        changed = check.status == "changed"
        accept = named_button(
            None,
            f"acceptKey{index}",
            self.tr("Replace the key") if changed else self.tr("Accept"),
        )
        refuse = named_button(
            None, f"refuseKey{index}", self.tr("Refuse") if changed else self.tr("Set aside")
        )
        group = QButtonGroup(self)
        for button in (accept, refuse):
            button.setCheckable(True)
            button.setAutoDefault(False)
            group.addButton(button)
        refuse.setChecked(True)  # nothing is trusted until the coordinator says so
        self.choices.append(group)
        self.accept_buttons.append(accept)
        self.refuse_buttons.append(refuse)
        row = QHBoxLayout()
        row.addWidget(accept)
        row.addWidget(refuse)
        return row

    def _chosen(self, status: str) -> list[str]:
        return [
            check.fingerprint
            for check, button in zip(self.checks, self.accept_buttons, strict=True)
            if check.status == status and button.isChecked()
        ]

    def accepted_keys(self) -> list[str]:
        """Fingerprints of the new sites the coordinator accepted."""
        return self._chosen("new")

    def replacing_keys(self) -> list[str]:
        """Fingerprints that replace the key accepted before for their site."""
        return self._chosen("changed")
