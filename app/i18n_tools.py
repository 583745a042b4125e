"""Translation chores: find the strings to translate, update a catalogue, compile the .qm files.

    python -m app.i18n_tools compile                    every resources/translations/*.ts -> .qm
    python -m app.i18n_tools update TS FILE.py [...]    refresh one area's catalogue
    python -m app.i18n_tools missing                    strings of app/ and ui/ not yet in French

`pyside6-lupdate` finds `self.tr("...")`, `QCoreApplication.translate("Ctx", "...")` and
`translate("Ctx", "...")`, but not calls through a module's small wrapper such as

    def _tr(text):
        return translate("Cli", text)

so those are found here, by reading the module's syntax tree, and kept in the catalogue.
"""

import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from app.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_FOLDERS = ("app", "ui")
TS_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
NOT_FINISHED = ("unfinished", "obsolete", "vanished")

Message = tuple[str, str]  # (context, source text)


class ToolMissing(RuntimeError):
    """A Qt translation tool (pyside6-lupdate / pyside6-lrelease) cannot be found."""


def translations_dir() -> Path:
    return resource_path("translations")


def qt_tool(name: str) -> str:
    """The path of a PySide6 tool, preferably the one installed next to this Python."""
    for folder in (Path(sys.executable).parent, Path(sys.executable).resolve().parent):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise ToolMissing(f"{name} not found: install PySide6 in this environment.")
    return found


def _run(args: list[str]) -> None:
    subprocess.run(args, check=True, capture_output=True, text=True)


# --- reading what the code asks for ---------------------------------------------------------
def source_files(root: Path = ROOT) -> list[Path]:
    return sorted(p for folder in SOURCE_FOLDERS for p in (root / folder).rglob("*.py"))


def _translate_context(node: ast.AST, parameter: str) -> str | None:
    """The context of `translate("Ctx", parameter)` / `X.translate("Ctx", parameter)`."""
    if not isinstance(node, ast.Call) or len(node.args) < 2:
        return None
    func = node.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
    context, text = node.args[0], node.args[1]
    if (
        name == "translate"
        and isinstance(context, ast.Constant)
        and isinstance(context.value, str)
        and isinstance(text, ast.Name)
        and text.id == parameter
    ):
        return context.value
    return None


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level functions `def f(text): return translate("Ctx", text)` -> {f: Ctx}."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        parameter = node.args.args[0].arg
        for statement in node.body:
            if isinstance(statement, ast.Return) and statement.value is not None:
                context = _translate_context(statement.value, parameter)
                if context is not None:
                    found[node.name] = context
    return found


def wrapper_messages(path: Path) -> set[Message]:
    """Strings passed as literals to the module's translate wrappers."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    wrappers = _wrappers(tree)
    messages: set[Message] = set()
    if not wrappers:
        return messages
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in wrappers
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            messages.add((wrappers[node.func.id], node.args[0].value))
    return messages


def read_ts(ts_file: Path) -> dict[Message, str | None]:
    """{(context, source): French text, or None when not finished} for one catalogue."""
    entries: dict[Message, str | None] = {}
    root = ET.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            done = node is not None and node.get("type") not in NOT_FINISHED and bool(node.text)
            entries[(name, source)] = node.text if done and node is not None else None
    return entries


def lupdate_messages(py_files: Iterable[Path]) -> set[Message]:
    """What pyside6-lupdate finds in these files."""
    files = [str(p) for p in py_files]
    if not files:
        return set()
    with tempfile.TemporaryDirectory() as folder:
        ts_file = Path(folder) / "found.ts"
        _run([qt_tool("pyside6-lupdate"), *files, "-ts", str(ts_file)])
        return set(read_ts(ts_file))


def messages_in(py_files: Iterable[Path]) -> set[Message]:
    """Every translatable string of these files: lupdate's and the wrappers'."""
    files = list(py_files)
    found = lupdate_messages(files)
    for path in files:
        found |= wrapper_messages(path)
    return found


def finished_translations(language: str = "fr") -> set[Message]:
    """The messages with a finished translation in any committed catalogue of this language."""
    done: set[Message] = set()
    for ts_file in sorted(translations_dir().glob(f"*_{language}.ts")):
        done |= {key for key, text in read_ts(ts_file).items() if text}
    return done


def missing_translations(py_files: Iterable[Path], language: str = "fr") -> list[Message]:
    return sorted(messages_in(py_files) - finished_translations(language))


# --- writing catalogues ---------------------------------------------------------------------
def update_catalogue(ts_file: Path, py_files: Iterable[Path]) -> None:
    """Run lupdate on the files, then keep the wrappers' strings and drop what has gone."""
    files = list(py_files)
    _run([qt_tool("pyside6-lupdate"), *[str(p) for p in files], "-ts", str(ts_file)])
    wanted: set[Message] = set()
    for path in files:
        wanted |= wrapper_messages(path)
    root = ET.parse(ts_file).getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    for context_name, source in sorted(wanted):
        context = contexts.get(context_name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
            contexts[context_name] = context
        message = next((m for m in context.iter("message") if m.findtext("source") == source), None)
        if message is None:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", type="unfinished")
            continue
        node = message.find("translation")
        if node is not None and node.get("type") in ("vanished", "obsolete"):
            node.attrib.pop("type")
            if not node.text:
                node.set("type", "unfinished")
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            node = message.find("translation")
            if node is not None and node.get("type") in ("vanished", "obsolete"):
                context.remove(message)
        if not context.findall("message"):
            root.remove(context)
    ET.indent(root, space="    ")
    ts_file.write_text(TS_HEADER + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


def compile_catalogue(ts_file: Path, qm_file: Path) -> None:
    _run([qt_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)])


def compile_all() -> list[Path]:
    """Compile every catalogue next to itself; returns the .qm files written."""
    written = []
    for ts_file in sorted(translations_dir().glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        compile_catalogue(ts_file, qm_file)
        written.append(qm_file)
    return written


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    command = args[0] if args else ""
    try:
        if command == "compile":
            for qm_file in compile_all():
                print(qm_file.name)
            return 0
        if command == "update" and len(args) >= 3:
            update_catalogue(Path(args[1]), [Path(p) for p in args[2:]])
            return 0
        if command == "missing":
            missing = missing_translations(source_files())
            for context, source in missing:
                print(f"{context}: {source}")
            return 1 if missing else 0
    except (ToolMissing, subprocess.CalledProcessError) as error:
        print(getattr(error, "stderr", None) or error, file=sys.stderr)
        return 2
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
