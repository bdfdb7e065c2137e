"""The settings page: the inspector's profile (the report's letterhead), language, auto-lock
delay, backup reminder, the signing certificate made from the profile or imported, and where the
vault is. A setting is saved at once (the settings file is small); the profile when saved; the
profile and the certificate go through the vault thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspector.gui import labels
from inspector.gui.messages import error_text, make_heading, show_error
from inspector.settings import AUTO_LOCK_CHOICES, BACKUP_REMINDER_DAYS, LANGUAGES

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from inspector.gui.context import AppContext

# Each language by its own name, so a person can find theirs whatever language is on screen.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}
EXPIRY_WARNING_DAYS = 30


def settings_problems_text(problems: list[str]) -> str:
    """What to tell the user when the settings file could not be read as it was (for the app to
    show at start, and for this page)."""
    if not problems:
        return ""
    if "settings.json" in problems:
        return QCoreApplication.translate(
            "settings",
            "The settings file could not be read, so the defaults are in use. Choose your "
            "settings again; they are saved as soon as you change one.",
        )
    names = {
        "language": QCoreApplication.translate("settings", "language"),
        "auto_lock_minutes": QCoreApplication.translate("settings", "auto-lock delay"),
        "backup_reminder_days": QCoreApplication.translate("settings", "backup reminder"),
    }
    return QCoreApplication.translate(
        "settings", "Some settings were not valid and are back to their defaults: {names}."
    ).format(names=", ".join(names.get(p, p) for p in problems))


class SettingsPage(QWidget):
    # The chosen language ("" = the system's), after its translators are installed and the
    # settings saved. Views made from now on use it; the main window rebuilds the others.
    language_changed = Signal(str)

    def __init__(self, context: AppContext, workspace: QWidget | None = None) -> None:
        super().__init__(workspace)
        self.context = context
        self._loading = False
        self._certificate_loads = 0
        self._has_certificate = False
        self._profile_name = ""
        self.question: QMessageBox | None = None
        title = QLabel(self.tr("Settings"))
        make_heading(title, 4)
        self.problems = QLabel()
        self.problems.setObjectName("settingsProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(
            "background: #fff8e6; border: 1px solid #d9a441; border-radius: 3px; padding: 6px;"
            "color: #7a4f00"
        )
        self.problems.setVisible(False)
        self.error = QLabel()
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(title)
        layout.addWidget(self.problems)
        layout.addWidget(self._profile_box())
        layout.addWidget(self._language_box())
        layout.addWidget(self._security_box())
        layout.addWidget(self._backup_box())
        layout.addWidget(self._certificate_box())
        layout.addWidget(self._sync_box())
        layout.addWidget(self._vault_box())
        layout.addWidget(self.error)
        layout.addStretch(1)
        body.setMaximumWidth(820)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._show_settings()

    # -- building ------------------------------------------------------------------------------
    def _profile_box(self) -> QGroupBox:
        from inspector.gui.profile_form import ProfileBox

        self.profile_box = ProfileBox(self.context)
        self.profile = self.profile_box.form
        # Does the certificate still agree with the profile's name?
        self.profile_box.saved.connect(lambda: self._load_certificate(reload_profile=False))
        return self.profile_box

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Language"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(
                LANGUAGE_NAMES[code] if code else self.tr("System language"), code
            )
        note = self._note(
            self.tr("The whole window, the checklists and new reports follow the chosen language.")
        )
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addStretch(1)
        form = QFormLayout(box)
        form.addRow(self._label(self.tr("Lan&guage:"), self.language), row)
        form.addRow("", note)
        self.language.currentIndexChanged.connect(self._language_chosen)
        return box

    def _security_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Locking"))
        self.auto_lock = QComboBox()
        self.auto_lock.setObjectName("autoLock")
        for minutes in AUTO_LOCK_CHOICES:
            text = (
                self.tr("1 minute")
                if minutes == 1
                else self.tr("{n} minutes").format(n=minutes)
                if minutes < 60
                else self.tr("1 hour")
            )
            self.auto_lock.addItem(text, minutes)
        self.lock_now = QPushButton(self.tr("Lock no&w"))
        self.lock_now.setObjectName("lockNow")
        self.lock_now.setToolTip(self.tr("Ctrl+L from anywhere in the window"))
        note = self._note(
            self.tr("Without a key press or a click for this long, the window hides your records "
                    "and forgets the key until you enter your passphrase again.")
        )  # fmt: skip
        row = QHBoxLayout()
        row.addWidget(self.auto_lock)
        row.addWidget(QLabel(self.tr("without use")))
        row.addStretch(1)
        row.addWidget(self.lock_now)
        form = QFormLayout(box)
        form.addRow(self._label(self.tr("Lock &after:"), self.auto_lock), row)
        form.addRow("", note)
        self.auto_lock.currentIndexChanged.connect(self._auto_lock_chosen)
        self.lock_now.clicked.connect(self._lock_now)
        return box

    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups"))
        self.backup_days = QSpinBox()
        self.backup_days.setObjectName("backupReminderDays")
        self.backup_days.setRange(*BACKUP_REMINDER_DAYS)
        self.backup_days.setSuffix(self.tr(" days"))
        self.backup_days.setKeyboardTracking(False)  # save the number typed, not each digit
        row = QHBoxLayout()
        row.addWidget(self.backup_days)
        row.addStretch(1)
        form = QFormLayout(box)
        form.addRow(self._label(self.tr("&Remind me after:"), self.backup_days), row)
        form.addRow("", self._note(self.tr("The dashboard reminds you when the last backup of "
                                          "the vault is older than this.")))  # fmt: skip
        self.backup_days.valueChanged.connect(self._backup_days_chosen)
        return box

    def _certificate_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Signing certificate"))
        self.certificate = QLabel(self.tr("Looking for the signing certificate…"))
        self.certificate.setObjectName("certificate")
        self.certificate.setWordWrap(True)
        self.certificate.setTextFormat(Qt.TextFormat.PlainText)
        self.certificate.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.certificate_warning = QLabel()
        self.certificate_warning.setObjectName("certificateWarning")
        self.certificate_warning.setWordWrap(True)
        self.certificate_warning.setStyleSheet("color: #b00020")
        self.create_certificate = QPushButton(
            self.tr("&Create a self-signed certificate from the profile")
        )
        self.create_certificate.setObjectName("createCertificate")
        self.import_certificate = QPushButton(self.tr("Import from a P&KCS#12 file…"))
        self.import_certificate.setObjectName("importCertificate")
        note = self._note(
            self.tr("Reports are signed with this certificate. Use the one your authority issued "
                    "(a .p12 file); a self-signed one suits a laptop working on its own. The "
                    "private key never leaves the vault.")
        )  # fmt: skip
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_certificate)
        buttons.addWidget(self.import_certificate)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.certificate)
        layout.addWidget(self.certificate_warning)
        layout.addLayout(buttons)
        layout.addWidget(note)
        self.create_certificate.clicked.connect(self._create_certificate)
        self.import_certificate.clicked.connect(self._import_certificate)
        return box

    def _sync_box(self) -> QGroupBox:
        from inspector.gui.sync_controller import sync_controller
        from inspector.gui.sync_settings import SyncSettingsBox

        self.sync_box = SyncSettingsBox(sync_controller(self.context))
        # The authority's certificate, and the profile's name made the certificate's.
        self.sync_box.enrolled.connect(lambda *_args: self._load_certificate())
        return self.sync_box

    def _vault_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Vault"))
        self.folder = QLineEdit(str(self.context.folder))
        self.folder.setObjectName("vaultFolder")
        self.folder.setReadOnly(True)
        open_folder = QPushButton(self.tr("&Open folder"))
        open_folder.setObjectName("openVaultFolder")
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.folder)))
        )
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(open_folder)
        form = QFormLayout(box)
        form.addRow(self._label(self.tr("Vault &path:"), self.folder), row)
        form.addRow("", self._note(self.tr("Everything in it is encrypted. Back up the whole "
                                          "folder; the passphrase or the recovery key opens a "
                                          "copy.")))  # fmt: skip
        return box

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("color: #555555")
        return label

    # -- page contract -------------------------------------------------------------------------
    def refresh(self) -> None:
        from inspector.settings import load_settings

        self._show_settings()
        _on_disk, problems = load_settings()  # a few hundred bytes: read here
        self.problems.setText(settings_problems_text(problems))
        self.problems.setVisible(bool(problems))
        self._load_certificate()
        self.sync_box.refresh()

    def clear(self) -> None:
        self._certificate_loads += 1
        self.sync_box.clear()
        self.certificate.clear()
        self._warn("")
        self.profile_box.clear()  # nothing of the inspector's stays on a locked window
        if self.question is not None:
            self.question.close()
            self.question = None

    def _show_settings(self) -> None:
        settings = self.context.settings
        self._loading = True
        try:
            self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
            self.auto_lock.setCurrentIndex(
                max(0, self.auto_lock.findData(settings.auto_lock_minutes))
            )
            self.backup_days.setValue(settings.backup_reminder_days)
            self.folder.setText(str(self.context.folder))
        finally:
            self._loading = False

    # -- changes ---------------------------------------------------------------------------------
    def _save(self) -> bool:
        try:
            self.context.save_settings()
        except OSError as exc:
            self.error.setText(
                self.tr("The settings could not be saved ({reason}); they apply until the app "
                        "closes.").format(reason=exc.strerror or type(exc).__name__)
            )  # fmt: skip
            return False
        self.error.clear()
        self.problems.setVisible(False)
        return True

    def _language_chosen(self) -> None:
        if self._loading:
            return
        language = self.language.currentData()
        if language == self.context.settings.language:
            return
        from inspector.gui.i18n import install_translators

        self.context.settings.language = language
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_translators(app, language)
        # settings_changed: the main window sees the new language and rebuilds its views.
        self._save()
        self.language_changed.emit(language)

    def _auto_lock_chosen(self) -> None:
        if self._loading:
            return
        self.context.settings.auto_lock_minutes = int(self.auto_lock.currentData())
        self._save()  # settings_changed: the main window restarts its idle watch

    def _backup_days_chosen(self, days: int) -> None:
        if self._loading:
            return
        self.context.settings.backup_reminder_days = days
        self._save()

    def _lock_now(self) -> None:
        action = getattr(self.window(), "lock_action", None)
        if action is not None:
            action.trigger()

    # -- the signing certificate -----------------------------------------------------------------
    def _load_certificate(self, reload_profile: bool = True) -> None:
        if self.context.vault is None:
            return
        self._certificate_loads += 1
        asked = self._certificate_loads

        def load(session: Session) -> Any:
            from inspector.services.profile import profile_view
            from inspector.services.signing import current_certificate

            return current_certificate(session), profile_view(session)

        def loaded(found: Any) -> None:
            info, profile = found
            if asked == self._certificate_loads:
                if reload_profile:
                    self.profile.show_profile(profile)
                self._profile_name = profile.name if profile else ""
                self._show_certificate(info)

        self.context.read(load, loaded, self._certificate_failed)

    def _show_certificate(self, info: Any) -> None:
        import datetime as dt

        self.create_certificate.setEnabled(True)
        self.import_certificate.setEnabled(True)
        self._has_certificate = info is not None
        if info is None:
            self.create_certificate.setText(
                self.tr("&Create a self-signed certificate from the profile")
            )
            self.certificate.setText(self.tr("No signing certificate yet."))
            self._warn(self.tr("Reports cannot be signed until you create or import one."))
            return
        fingerprint = info.fingerprint.upper()
        grouped = " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))
        lines = [
            self.tr("Signer: {name}").format(name=info.common_name),
            self.tr("Subject: {subject}").format(subject=info.subject),
            self.tr("Issuer: {issuer}").format(issuer=info.issuer),
            self.tr("Valid: {start} to {end}").format(
                start=labels.date_text(info.not_valid_before.date()),
                end=labels.date_text(info.not_valid_after.date()),
            ),
            self.tr("SHA-256 fingerprint: {fingerprint}").format(fingerprint=grouped),
            self.tr("Self-signed: yes") if info.self_signed else self.tr("Self-signed: no"),
        ]
        self.certificate.setText("\n".join(lines))
        now = dt.datetime.now(dt.UTC)
        warnings = []
        if info.not_valid_after <= now:
            warnings.append(self.tr("This certificate has expired: reports cannot be signed."))
        elif info.not_valid_after - now < dt.timedelta(days=EXPIRY_WARNING_DAYS):
            warnings.append(
                self.tr("This certificate expires on {date}: ask for a new one.").format(
                    date=labels.date_text(info.not_valid_after.date())
                )
            )
        if not info.non_repudiation:
            warnings.append(
                self.tr("This certificate is not meant for signing documents (no "
                        "non-repudiation).")
            )  # fmt: skip
        from inspector.services.profile import same_name

        if self._profile_name and not same_name(self._profile_name, info.common_name):
            warnings.append(
                self.tr("The certificate is made out to {certificate}, the profile to {profile}: "
                        "reports are refused until they agree. Make a new certificate from the "
                        "profile, or give the profile the certificate's name.").format(
                    certificate=info.common_name, profile=self._profile_name
                )
            )  # fmt: skip
        self._warn("\n".join(warnings))
        self.create_certificate.setText(
            self.tr("&Replace with a self-signed certificate from the profile…")
        )

    def _certificate_failed(self, exc: BaseException) -> None:
        self.certificate.setText(self.tr("The signing certificate could not be read."))
        self._warn(error_text(exc))

    def _warn(self, text: str) -> None:
        self.certificate_warning.setText(text)
        self.certificate_warning.setVisible(bool(text))

    def _confirm_replace(self, then: Any) -> None:
        if not self._has_certificate:
            then()
            return
        box = QMessageBox(self)
        box.setObjectName("replaceCertificateQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Signing certificate"))
        box.setText(self.tr("Replace the signing certificate in use?"))
        box.setInformativeText(
            self.tr("Reports already signed stay valid; new reports are signed with the new one.")
        )
        replace = box.addButton(self.tr("&Replace"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: then() if button is replace else None)
        self.question = box
        box.open()

    def _create_certificate(self) -> None:
        self._confirm_replace(self._do_create_certificate)

    def _do_create_certificate(self) -> None:
        replace = self._has_certificate
        changes = self.profile.changes()  # the profile as shown is the one the certificate names

        def create(uow: Any) -> Any:
            from inspector.services.profile import update_profile
            from inspector.services.signing import create_certificate

            update_profile(uow, **changes)
            return create_certificate(uow, replace=replace)

        self._certificate_working()
        self.context.write(create, self._certificate_stored, self._certificate_refused)

    def _import_certificate(self) -> None:
        self._confirm_replace(self._do_import_certificate)

    def _do_import_certificate(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import signing certificate"),
            str(Path.home()),
            self.tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"),
        )
        if not path:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Import signing certificate"),
            self.tr("Password of {file}:").format(file=Path(path).name),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        replace = self._has_certificate

        def import_(uow: Any) -> Any:
            from inspector.errors import InvalidInput
            from inspector.i18n import _
            from inspector.services.signing import import_certificate

            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                raise InvalidInput(
                    _("Cannot read {path}: {reason}.").format(
                        path=path, reason=exc.strerror or type(exc).__name__
                    )
                ) from None
            return import_certificate(uow, data, password, replace=replace)

        self._certificate_working()
        self.context.write(import_, self._certificate_stored, self._certificate_refused)

    def _certificate_working(self) -> None:
        self.create_certificate.setEnabled(False)
        self.import_certificate.setEnabled(False)

    def _certificate_stored(self, info: Any) -> None:
        self.profile.emblem_saved()
        self._profile_name = self.profile.changes()["name"]
        self._show_certificate(info)

    def _certificate_refused(self, exc: BaseException) -> None:
        self.create_certificate.setEnabled(True)
        self.import_certificate.setEnabled(True)
        show_error(self, exc, self.tr("Signing certificate"))
