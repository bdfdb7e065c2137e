"""XLSForm (ODK, KoboToolbox) to a checklist document (docs/forms.md).

``convert_workbook`` reads the ``survey``, ``choices`` and ``settings`` sheets and gives the
document in our format, loaded through ``load_document`` so it is known to be valid, with warnings
for what is left out on purpose (metadata fields, display hints). Everything it cannot carry over
is an error naming the file, the sheet, the row as a spreadsheet shows it (header = row 1) and the
column; every error is reported at once.

Supported: sheets ``survey``, ``choices``, ``settings`` (``form_title``, ``form_id``,
``version``, ``default_language``); question types ``integer``, ``decimal``, ``text``, ``date``,
``select_one L``, ``select_multiple L``, ``note``, ``calculate``, ``acknowledge``, ``image``/
``photo``/``file``/``audio``/``video`` (evidence); groups and repeats (a fixed ``repeat_count``
only, no repeat inside a repeat); columns ``label``, ``hint``, ``required``, ``relevant``,
``constraint``, ``constraint_message``, ``calculation``, ``read_only``, ``repeat_count``,
translated as ``label::English (en)``; expressions with ``${name}``, ``and``, ``or``, ``not()``,
``true()``, ``false()``, comparisons, ``+ - * div`` and the functions in ``translate.FUNCTIONS``,
their meaning kept where ours differs (see ``translate``).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from inspector.checklists.xlsform.convert import Conversion, Converter
from inspector.errors import InvalidInput
from inspector.i18n import _

__all__ = ["Conversion", "convert_file", "convert_workbook"]


def convert_workbook(
    path: Path,
    *,
    form_id: str | None = None,
    strict: bool = False,
    media: Path | None = None,
) -> Conversion:
    """The checklist in an XLSForm workbook. With ``strict``, FormInvalid listing every problem
    when anything would be lost; otherwise what cannot be carried over is left out and listed in
    ``Conversion.dropped`` (FormInvalid only when nothing usable remains). ``media``: the folder
    holding the files sent with the form (select_one_from_file's CSV)."""
    converter = Converter(Path(path), form_id, strict)
    if media is not None:
        converter.media = Path(media)
    return converter.convert()


def convert_file(
    source: Path,
    output: Path,
    *,
    form_id: str | None = None,
    overwrite: bool = False,
    strict: bool = False,
    media: Path | None = None,
) -> Conversion:
    """Convert ``source`` and write the checklist to ``output`` (YAML). Nothing is written when
    the conversion fails; an existing ``output`` is replaced only with ``overwrite``."""
    import yaml

    source, output = Path(source), Path(output)
    if output.exists() and not overwrite:
        raise InvalidInput(
            _(
                "{file} already exists; choose another output file or use --force to replace it"
            ).format(file=output)
        )
    if output.exists() and source.exists() and output.resolve() == source.resolve():
        raise InvalidInput(_("{file}: the output would replace the workbook").format(file=output))
    folder = output.parent
    if output.is_dir():
        raise InvalidInput(_("{file} is a folder; name the file to write").format(file=output))
    if not folder.is_dir():
        raise InvalidInput(_("{folder}: no such folder").format(folder=folder))
    if media is not None and not Path(media).is_dir():
        raise InvalidInput(_("{folder}: no such folder (--media)").format(folder=media))
    conversion = convert_workbook(source, form_id=form_id, strict=strict, media=media)
    document = dict(conversion.document)
    document["source"] = source.name
    if conversion.dropped:
        document["dropped"] = conversion.dropped
    text = _("# Converted from {file} by inspector forms import-xlsform\n").format(
        file=source.name
    ) + yaml.safe_dump(document, allow_unicode=True, sort_keys=False, width=100)
    handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return conversion
