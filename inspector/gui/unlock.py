"""Creating the vault on first run (then the inspector's profile and a certificate made from it),
unlocking it later, and recovering it with the recovery key.

Key derivation takes a deliberate third of a second or more (and longer after wrong attempts), so
it runs off the GUI thread; the window stays responsive and says what it is doing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from inspector.gui.messages import error_text, make_heading

if TYPE_CHECKING:
    from inspector.gui.context import AppContext
    from inspector.vault.store import Vault


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setObjectName(name)
    field.setMinimumWidth(320)
    return field


class UnlockWidget(QWidget):
    """Pages: create (first run), recovery key (shown once), the profile (first run), unlock,
    recover."""

    unlocked = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pages = QStackedWidget()
        self.create_page = self._create_page()
        self.key_page = self._key_page()
        self.unlock_page = self._unlock_page()
        self.recover_page = self._recover_page()
        self.profile_page = self._profile_page()
        for page in (
            self.create_page,
            self.key_page,
            self.profile_page,
            self.unlock_page,
            self.recover_page,
        ):
            self.pages.addWidget(page)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # an activity bar: key derivation has no steps to count
        self.busy.setVisible(False)
        self.busy.setMaximumWidth(320)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("Field Inspector"))
        make_heading(title, 6)
        layout.addWidget(title, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.pages, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.busy, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.show_start_page()

    # -- pages -----------------------------------------------------------------------------
    def _create_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Welcome. Everything you record is kept encrypted on this laptop. Choose a "
                "passphrase of several words; you will need it every time you open the app."
            )
        )
        intro.setWordWrap(True)
        self.new_passphrase = _password_field("newPassphrase")
        self.new_passphrase_again = _password_field("newPassphraseAgain")
        self.strength = QProgressBar()
        self.strength.setObjectName("strength")
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(True)
        self.strength_label = QLabel()
        self.strength_label.setObjectName("strengthLabel")
        self.create_error = QLabel()
        self.create_error.setObjectName("createError")
        self.create_error.setStyleSheet("color: #b00020")
        self.create_error.setWordWrap(True)
        self.create_button = QPushButton(self.tr("&Create vault"))
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.new_passphrase)
        form.addRow(self.tr("&Again:"), self.new_passphrase_again)
        form.addRow(self.tr("Strength:"), self.strength)
        form.addRow("", self.strength_label)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.create_error)
        layout.addWidget(self.create_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.new_passphrase.textChanged.connect(self._update_strength)
        self.new_passphrase.returnPressed.connect(self.new_passphrase_again.setFocus)
        self.new_passphrase_again.returnPressed.connect(self._create)
        self.create_button.clicked.connect(self._create)
        self._update_strength("")
        return page

    def _key_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "Your recovery key is shown once, now. Write it down or print it and keep it "
                "somewhere safe, away from this laptop. It is the only way back into your "
                "records if you forget the passphrase."
            )
        )
        intro.setWordWrap(True)
        self.recovery_key_label = QLabel()
        self.recovery_key_label.setObjectName("recoveryKey")
        self.recovery_key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(mono.pointSize() + 3)
        self.recovery_key_label.setFont(mono)
        copy = QPushButton(self.tr("Cop&y"))
        copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.recovery_key_label.text())
        )
        self.key_stored = QCheckBox(self.tr("I have &stored the recovery key in a safe place"))
        self.key_stored.setObjectName("keyStored")
        self.key_continue = QPushButton(self.tr("C&ontinue"))
        self.key_continue.setObjectName("keyContinue")
        self.key_continue.setEnabled(False)
        self.key_stored.toggled.connect(self.key_continue.setEnabled)
        self.key_continue.clicked.connect(self._key_done)
        row = QHBoxLayout()
        row.addWidget(self.recovery_key_label)
        row.addWidget(copy)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.key_stored)
        layout.addWidget(self.key_continue, alignment=Qt.AlignmentFlag.AlignRight)
        return page

    def _profile_page(self) -> QWidget:
        from inspector.gui.profile_form import ProfileForm

        page = QWidget()
        intro = QLabel(
            self.tr("Who you are, for your reports: their letterhead names your authority and "
                    "its office, and they are signed in your name. You can change this later in "
                    "Settings.")
        )  # fmt: skip
        intro.setWordWrap(True)
        self.profile_form = ProfileForm(self.context)
        self.profile_form.setMinimumWidth(520)
        self.make_certificate = QCheckBox(
            self.tr("Make a self-signed &signing certificate from this profile")
        )
        self.make_certificate.setObjectName("makeCertificate")
        self.make_certificate.setChecked(True)
        certificate_note = QLabel(
            self.tr("Leave this unticked if your authority will enrol this laptop: it issues "
                    "the certificate then.")
        )  # fmt: skip
        certificate_note.setWordWrap(True)
        certificate_note.setStyleSheet("color: #555555")
        self.profile_later = QPushButton(self.tr("&Later"))
        self.profile_later.setObjectName("profileLater")
        self.profile_save = QPushButton(self.tr("Save and &continue"))
        self.profile_save.setObjectName("profileSave")
        self.profile_save.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.profile_later)
        buttons.addStretch(1)
        buttons.addWidget(self.profile_save)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.profile_form)
        layout.addWidget(self.make_certificate)
        layout.addWidget(certificate_note)
        layout.addLayout(buttons)
        self.profile_later.clicked.connect(self.unlocked)
        self.profile_save.clicked.connect(self._save_profile)
        return page

    def _unlock_page(self) -> QWidget:
        page = QWidget()
        self.passphrase = _password_field("passphrase")
        self.unlock_error = QLabel()
        self.unlock_error.setObjectName("unlockError")
        self.unlock_error.setStyleSheet("color: #b00020")
        self.unlock_error.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        forgot = QPushButton(self.tr("&Forgot the passphrase?"))
        forgot.setObjectName("forgotButton")
        forgot.setFlat(True)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        buttons = QHBoxLayout()
        buttons.addWidget(forgot)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(page)
        self.unlock_intro = QLabel(self.tr("Enter your passphrase to open your records."))
        self.unlock_intro.setWordWrap(True)
        layout.addWidget(self.unlock_intro)
        layout.addLayout(form)
        layout.addWidget(self.unlock_error)
        layout.addLayout(buttons)
        self.passphrase.returnPressed.connect(self._unlock)
        self.unlock_button.clicked.connect(self._unlock)
        forgot.clicked.connect(lambda: self._show(self.recover_page, self.recovery_key_field))
        return page

    def _recover_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr("Enter the recovery key you stored when the vault was created, and choose a "
                    "new passphrase.")
        )  # fmt: skip
        intro.setWordWrap(True)
        self.recovery_key_field = QLineEdit()
        self.recovery_key_field.setObjectName("recoveryKeyField")
        self.recovery_key_field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.reset_passphrase = _password_field("resetPassphrase")
        self.reset_passphrase_again = _password_field("resetPassphraseAgain")
        self.recover_error = QLabel()
        self.recover_error.setObjectName("recoverError")
        self.recover_error.setStyleSheet("color: #b00020")
        self.recover_error.setWordWrap(True)
        self.recover_button = QPushButton(self.tr("&Recover"))
        self.recover_button.setObjectName("recoverButton")
        back = QPushButton(self.tr("&Back"))
        form = QFormLayout()
        form.addRow(self.tr("Recovery &key:"), self.recovery_key_field)
        form.addRow(self.tr("&New passphrase:"), self.reset_passphrase)
        form.addRow(self.tr("&Again:"), self.reset_passphrase_again)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.recover_error)
        layout.addLayout(buttons)
        self.recover_button.clicked.connect(self._recover)
        self.reset_passphrase_again.returnPressed.connect(self._recover)
        back.clicked.connect(lambda: self._show(self.unlock_page, self.passphrase))
        return page

    # -- behaviour ---------------------------------------------------------------------------
    def show_start_page(self, locked_message: str = "") -> None:
        from inspector.vault.store import vault_exists

        if vault_exists(self.context.folder):
            self.unlock_intro.setText(
                locked_message or self.tr("Enter your passphrase to open your records.")
            )
            self.passphrase.clear()
            self.unlock_error.clear()
            self._show(self.unlock_page, self.passphrase)
        else:
            self._show(self.create_page, self.new_passphrase)

    def _show(self, page: QWidget, focus: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        focus.setFocus()

    def _update_strength(self, text: str) -> None:
        from inspector.vault.keys import MIN_PASSPHRASE_LENGTH, passphrase_strength

        score = passphrase_strength(text)
        self.strength.setValue(score)
        names = [
            self.tr("Too short: at least {n} characters").format(n=MIN_PASSPHRASE_LENGTH),
            self.tr("Weak: add words"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Strong"),
        ]
        self.strength.setFormat(names[score])
        self.strength_label.setText(
            self.tr("Tip: four or more unrelated words are strong and easy to type.")
            if score < 3
            else ""
        )

    def _working(self, working: bool) -> None:
        self.busy.setVisible(working)
        for button in (
            self.create_button,
            self.unlock_button,
            self.recover_button,
            self.profile_save,
            self.profile_later,
        ):
            button.setEnabled(not working)

    def _create(self) -> None:
        first, second = self.new_passphrase.text(), self.new_passphrase_again.text()
        if first != second:
            self.create_error.setText(self.tr("The two passphrases differ."))
            self.new_passphrase_again.setFocus()
            return
        from inspector.vault.keys import MIN_PASSPHRASE_LENGTH, passphrase_strength

        if passphrase_strength(first) == 0:
            self.create_error.setText(
                self.tr("The passphrase must have at least {n} characters.").format(
                    n=MIN_PASSPHRASE_LENGTH
                )
            )
            return
        self.create_error.clear()
        self._working(True)
        folder = self.context.folder

        def create() -> Any:
            from inspector.vault.store import create_vault

            return create_vault(folder, first)

        self.context.call(create, self._created, self._create_failed)

    def _created(self, created: Any) -> None:
        self._working(False)
        self.new_passphrase.clear()
        self.new_passphrase_again.clear()
        self._pending_vault: Vault = created.vault
        self.recovery_key_label.setText(created.recovery_key)
        self.key_stored.setChecked(False)
        self._show(self.key_page, self.key_stored)

    def _create_failed(self, exc: BaseException) -> None:
        self._working(False)
        self.create_error.setText(error_text(exc))

    def _key_done(self) -> None:
        self.recovery_key_label.clear()  # shown once
        self.context.open(self._pending_vault)
        del self._pending_vault
        self.profile_form.show_profile(None)
        self._show(self.profile_page, self.profile_form.name)
        # Its wrapped notes make it taller than the stack first allowed: room for every row.
        self.profile_page.setMinimumHeight(self.profile_page.sizeHint().height())

    def _save_profile(self) -> None:
        changes = self.profile_form.changes()
        certificate = self.make_certificate.isChecked()

        def save(uow: Any) -> Any:
            from inspector.services.profile import update_profile
            from inspector.services.signing import create_certificate

            update_profile(uow, **changes)
            return create_certificate(uow) if certificate else None

        self._working(True)
        self.context.write(save, self._profile_saved, self._profile_refused)

    def _profile_saved(self, _certificate: Any) -> None:
        self._working(False)
        self.unlocked.emit()

    def _profile_refused(self, exc: BaseException) -> None:
        self._working(False)
        self.profile_form.say(error_text(exc))

    def _unlock(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.unlock_error.setText(self.tr("Enter your passphrase."))
            return
        from inspector.vault import throttle
        from inspector.vault.store import find_vault

        try:
            find_vault(self.context.folder)  # no vault, a revoked one: said before any wait
            # The count of wrong passphrases lives in the vault folder, beside the key file.
            wait = throttle.seconds_to_wait(self.context.folder)
        except Exception as exc:
            self.unlock_error.setText(error_text(exc))
            return
        self.unlock_error.setText(
            self.tr("After several wrong attempts, please wait %n seconds…", "", round(wait))
            if wait > 0.5
            else ""
        )
        self._working(True)
        folder = self.context.folder

        def unlock() -> Vault:
            from inspector.vault.store import unlock_vault

            return unlock_vault(folder, passphrase)

        self.context.call(unlock, self._unlocked, self._unlock_failed)

    def _unlocked(self, vault: Vault) -> None:
        self._working(False)
        self.passphrase.clear()
        self.unlock_error.clear()
        self.context.open(vault)
        self.unlocked.emit()

    def _unlock_failed(self, exc: BaseException) -> None:
        from inspector.errors import WrongPassphrase

        self._working(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        if isinstance(exc, WrongPassphrase):
            self.unlock_error.setText(self.tr("Wrong passphrase. Try again."))
        else:
            self.unlock_error.setText(error_text(exc))

    def _recover(self) -> None:
        key = self.recovery_key_field.text()
        first, second = self.reset_passphrase.text(), self.reset_passphrase_again.text()
        if first != second:
            self.recover_error.setText(self.tr("The two passphrases differ."))
            return
        self._working(True)
        folder = self.context.folder

        def recover() -> Vault:
            from inspector.vault.store import reset_passphrase, unlock_vault

            reset_passphrase(folder, key, first)
            return unlock_vault(folder, first)

        self.context.call(recover, self._recovered, self._recover_failed)

    def _recovered(self, vault: Vault) -> None:
        self._working(False)
        for field in (self.recovery_key_field, self.reset_passphrase, self.reset_passphrase_again):
            field.clear()
        self.context.open(vault)
        self.unlocked.emit()

    def _recover_failed(self, exc: BaseException) -> None:
        from inspector.errors import WrongRecoveryKey

        self._working(False)
        if isinstance(exc, WrongRecoveryKey):
            self.recover_error.setText(self.tr("That recovery key does not open this vault."))
        else:
            self.recover_error.setText(error_text(exc))
