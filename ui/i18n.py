"""Installing translators: ours (.qm from resources/translations) and Qt's own qtbase_fr."""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.i18n import set_language
from app.resources import resource_path

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    set_language(language)
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    if language == "en":
        return
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir)]
    frozen_qt = resource_path("translations", "qt")
    if frozen_qt.exists():
        candidates.append((f"qtbase_{language}", str(frozen_qt)))
    for ts in sorted(resource_path("translations").glob(f"*_{language}.qm")):
        candidates.append((ts.stem, str(ts.parent)))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
