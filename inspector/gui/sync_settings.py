"""The settings page's "Central server" box: this laptop's enrolment (server, account,
jurisdiction, when), enrolling with the address and the one-time code the administrator gave
(the server's authority fingerprint is shown for a person to compare before anything is
stored), and the standalone switch."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspector.gui.messages import error_text
from inspector.gui.sync_status import open_sync_details, when_text

if TYPE_CHECKING:
    from inspector.gui.sync_controller import SyncController
    from inspector.services.sync import ServerAuthority
    from inspector.services.sync_view import EnrolmentFacts


class SyncSettingsBox(QGroupBox):
    """``enrolled`` after an enrolment stored (the signing certificate changed with it)."""

    enrolled = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncSettings")
        self.setTitle(self.tr("Central server"))
        self.controller = controller
        self.context = controller.context
        self.facts: EnrolmentFacts | None = None
        self.question: QMessageBox | None = None
        self.confirm_button: QPushButton | None = None
        self._loads = 0
        self._loading = False

        self.enrolment = QLabel()
        self.enrolment.setObjectName("enrolmentFacts")
        self.enrolment.setWordWrap(True)
        self.enrolment.setTextFormat(Qt.TextFormat.PlainText)
        self.enrolment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.url = QLineEdit()
        self.url.setObjectName("serverUrl")
        self.url.setPlaceholderText("https://sync.example.org")
        self.code = QLineEdit()
        self.code.setObjectName("enrolmentCode")
        self.code.setPlaceholderText(self.tr("The one-time code from your administrator"))
        self.enrol_button = QPushButton(self.tr("&Enrol…"))
        self.enrol_button.setObjectName("enrol")
        self.enrol_button.clicked.connect(self.start_enrolment)
        self.code.returnPressed.connect(self.start_enrolment)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        url_label = QLabel(self.tr("&Server address:"))
        url_label.setBuddy(self.url)
        code_label = QLabel(self.tr("Enrolment co&de:"))
        code_label.setBuddy(self.code)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.enrol_button)
        form.addRow(url_label, self.url)
        form.addRow(code_label, code_row)
        form.addRow("", self._note(self.tr(
            "Your administrator gives you the address, a one-time code and the fingerprint of "
            "the authority. Before anything is stored, the window shows the fingerprint the "
            "server sends, for you to compare.")))  # fmt: skip

        self.enrol_again = QPushButton(self.tr("&Enrol again…"))
        self.enrol_again.setObjectName("enrolAgain")
        self.enrol_again.setToolTip(self.tr("With a new code, for example when the "
                                            "administrator asks you to."))  # fmt: skip
        self.enrol_again.clicked.connect(self._show_form)
        self.details = QPushButton(self.tr("Sync &details…"))
        self.details.setObjectName("settingsSyncDetails")
        self.details.clicked.connect(lambda: open_sync_details(self, self.controller))
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol_again)
        buttons.addWidget(self.details)
        buttons.addStretch(1)

        self.standalone = QCheckBox(self.tr("Standalone laptop: &never sync"))
        self.standalone.setObjectName("standalone")
        self.standalone.toggled.connect(self._standalone_chosen)
        standalone_note = self._note(self.tr(
            "For a laptop that works on its own, without the authority's server: nothing is "
            "sent and nothing comes down."))  # fmt: skip

        self.message = QLabel()
        self.message.setObjectName("enrolmentMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.addWidget(self.enrolment)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.standalone)
        layout.addWidget(standalone_note)
        controller.enrolment_changed.connect(self.refresh)
        controller.status_changed.connect(self._status_changed)

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: #555555")
        return label

    # -- showing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.context.vault is None:
            return
        self._loads += 1
        asked = self._loads

        def read(session: Any) -> tuple[EnrolmentFacts | None, bool]:
            from inspector.services.sync_view import enrolment_facts
            from inspector.sync.state import is_standalone

            return enrolment_facts(session), is_standalone(session)

        def loaded(result: tuple[EnrolmentFacts | None, bool]) -> None:
            if asked == self._loads and self.context.vault is not None:
                self._show(*result)

        self.context.read(read, loaded, lambda exc: self._say(error_text(exc), error=True))

    def clear(self) -> None:
        self._loads += 1
        self.facts = None
        self.enrolment.clear()
        self.code.clear()
        self.message.clear()
        if self.question is not None:
            self.question.close()
            self.question = None

    def _show(self, facts: EnrolmentFacts | None, standalone: bool) -> None:
        from inspector.sync.enrol import format_fingerprint

        self.facts = facts
        self._loading = True
        self.standalone.setChecked(standalone)
        self._loading = False
        if facts is None:
            self.enrolment.setText(self.tr("This laptop is not enrolled with a server."))
        else:
            self.enrolment.setText("\n".join([
                self.tr("Server: {name} ({url})").format(name=facts.server_name or "?",
                                                         url=facts.server_url),
                self.tr("Enrolled for: {account}, {jurisdiction}").format(
                    account=facts.account_name or "?", jurisdiction=facts.jurisdiction or "?"),
                self.tr("Enrolled: {when}").format(when=when_text(facts.enrolled_at)),
                self.tr("Authority fingerprint (SHA-256): {fingerprint}").format(
                    fingerprint=format_fingerprint(facts.ca_fingerprint)),
            ]))  # fmt: skip
            if not self.url.text():
                self.url.setText(facts.server_url)
        self.form.setVisible(facts is None and not standalone)
        self.enrol_again.setVisible(facts is not None and not standalone)
        self.details.setVisible(facts is not None)

    def _status_changed(self, status: Any) -> None:
        if status is None:
            self.clear()

    def _show_form(self) -> None:
        self.form.setVisible(True)
        self.enrol_again.setVisible(False)
        self.code.setFocus()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020" if error else "")

    # -- enrolment -----------------------------------------------------------------------------
    def start_enrolment(self) -> None:
        url, code = self.url.text().strip(), self.code.text().strip()
        if not url:
            self._say(self.tr("Enter the server's address."), error=True)
            self.url.setFocus()
            return
        if not code:
            self._say(self.tr("Enter the enrolment code."), error=True)
            self.code.setFocus()
            return
        options = self.controller.client_options

        def contact() -> ServerAuthority:
            from inspector.services.sync import contact_server

            return contact_server(url, client_options=options)

        self._working(True)
        self._say(self.tr("Contacting {url}…").format(url=url))
        self.controller.run_network(
            contact, lambda found: self._confirm(found, code), self._enrolment_failed
        )

    def _confirm(self, contact: ServerAuthority, code: str) -> None:
        """Show the authority's fingerprint; enrol only when the person says it matches."""
        self._working(False)
        self._say("")
        box = QMessageBox(self)
        box.setObjectName("fingerprintQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Confirm the server"))
        box.setText(self.tr("Enrol this laptop with {name}?").format(name=contact.name or "?"))
        from inspector.sync.enrol import format_fingerprint

        box.setInformativeText(
            self.tr(
                "Address: {url}\n\nFingerprint of its authority (SHA-256):\n{fingerprint}\n\n"
                "Compare it with the fingerprint your administrator gave you. Enrol only if "
                "they are the same; nothing has been stored yet."
            ).format(url=contact.url, fingerprint=format_fingerprint(contact.ca_fingerprint))
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        confirm = box.addButton(self.tr("They match: &enrol"), QMessageBox.ButtonRole.AcceptRole)
        confirm.setObjectName("fingerprintMatches")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # Enter alone does not confirm a fingerprint
        box.buttonClicked.connect(
            lambda button: self._enrol(contact, code) if button is confirm else self._declined()
        )
        self.question, self.confirm_button = box, confirm
        box.open()

    def _declined(self) -> None:
        self.question = None
        self._say(self.tr("Not enrolled: the fingerprint was not confirmed. Nothing was stored."))

    def _enrol(self, contact: ServerAuthority, code: str) -> None:
        self.question = None
        vault = self.context.vault
        if vault is None:
            return
        options = self.controller.client_options

        def enrol() -> Any:
            from inspector.services.sync import enrol

            return enrol(vault, contact.url, code, expected_fingerprint=contact.ca_fingerprint,
                         client_options=options)  # fmt: skip

        self._working(True)
        self._say(self.tr("Enrolling with {name}…").format(name=contact.name or contact.url))
        self.controller.run_network(enrol, self._enrolled, self._enrolment_failed)

    def _enrolled(self, done: Any) -> None:
        self._working(False)
        self.code.clear()
        self._say(
            self.tr(
                "Enrolled with {server} for {account} ({jurisdiction}). Reports are now signed "
                "with the certificate your authority issued. Sync now (F9) sends your work."
            ).format(
                server=done.server_name or done.server_url,
                account=done.account_name or "?",
                jurisdiction=done.jurisdiction or "?",
            )
        )
        self.controller.enrolled()
        self.enrolled.emit()

    def _enrolment_failed(self, exc: BaseException) -> None:
        self._working(False)
        self._say(error_text(exc), error=True)

    def _working(self, working: bool) -> None:
        self.enrol_button.setEnabled(not working)
        self.url.setEnabled(not working)
        self.code.setEnabled(not working)

    # -- standalone ----------------------------------------------------------------------------
    def _standalone_chosen(self, standalone: bool) -> None:
        vault = self.context.vault
        if self._loading or vault is None:
            return

        def work() -> None:
            from inspector.services.sync import set_standalone

            set_standalone(vault, standalone)

        def stored(_result: Any) -> None:
            self._say(
                self.tr("Standalone: this laptop never syncs.")
                if standalone
                else self.tr("This laptop may sync again.")
            )
            self.controller.enrolled()

        self.context.call(work, stored, lambda exc: self._say(error_text(exc), error=True))
