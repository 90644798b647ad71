"""What goes into the frozen build besides Python modules, computed from pyproject.toml.

Kept apart from the .spec file so tests can check it without running PyInstaller. The rule is
"frozen like installed": every package-data pattern of pyproject.toml is collected at the same
package path (following the package-dir mapping, so the top-level resources/ directory
becomes doan_desktop/resources, as setup.py maps it), plus every *.json / *.csv inside the package, so code lists added
later reach the bundle without touching the spec.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "doan_desktop"
# Packages whose source lives outside the package tree, as setup.py maps them (package_dir);
# [tool.setuptools.package-dir] of pyproject.toml, if any, adds to these.
MAPPED_PACKAGES = {"doan_desktop.resources": "resources"}
AUTO_DATA_SUFFIXES = (".json", ".csv")
SKIPPED_PARTS = ("__pycache__",)

# Qt modules the program never imports: excluded so their Python bindings and libraries stay
# out. QtCore/Gui/Widgets/Svg/PrintSupport/Pdf/PdfWidgets/Charts are kept; prefixes match
# families (QtWebEngineCore, QtWebEngineWidgets, ...).
QT_EXCLUDED_PREFIXES = (
    "Qt3D",
    "QtAxContainer",
    "QtBluetooth",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtNetworkAuth",
    "QtNfc",
    "QtPositioning",
    "QtQml",
    "QtQuick",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerial",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngine",
    "QtWebSockets",
    "QtWebView",
)
# Native libraries / plugins of those modules that Qt's plugin collection could drag in anyway.
QT_EXCLUDED_LIBRARY = re.compile(
    r"Qt6?(3D|Bluetooth|DataVisualization|Designer|Graphs|Help|HttpServer|Location|Multimedia|"
    r"NetworkAuth|Nfc|Positioning|Qml|Quick|RemoteObjects|Scxml|Sensors|Serial|SpatialAudio|Sql|"
    r"StateMachine|Test|TextToSpeech|UiTools|WebChannel|WebEngine|WebSockets|WebView|ShaderTools|"
    r"VirtualKeyboard|EglFS|EglFs)",
    re.IGNORECASE,
)
# Qt plugins of no use to an office program on a desktop (embedded EGL, touch, network status,
# TLS, rare image formats) and the GTK3 theme plugin, which alone drags in cairo, pango and co.;
# without it Qt draws its own Fusion style on Linux.
QT_DROPPED_PLUGIN = re.compile(
    r"plugins[/\\]("
    r"(networkinformation|tls|egldeviceintegrations)[/\\]"
    r"|platformthemes[/\\]libqgtk3"
    r"|generic[/\\](lib)?q(tuiotouch|evdev)"
    r"|platforms[/\\](lib)?q(eglfs|linuxfb|minimalegl|vkkhrdisplay|vnc)"
    r"|imageformats[/\\](lib)?q(tiff|webp|icns|tga|wbmp)"
    r")"
)
# Libraries left to the system the program runs on. The CUPS client library is on every Linux
# desktop that prints and must match its print server anyway; bundled, it brought 8 MB of TLS,
# Kerberos and Avahi libraries with it. Without it Qt still prints to PDF files; its print
# dialog then lists no printers.
SYSTEM_LIBRARIES = re.compile(r"^libcups\.so\.\d+$")
# Of qtawesome's twelve icon fonts the program uses one (ui/icons.py loads only that one).
QTAWESOME_KEPT_FONT = re.compile(r"^materialdesignicons6-webfont-")
# Bindings the analysis collects although excluded (qtpy imports them inside try/except).
UNUSED_BINDINGS = ("QtOpenGL", "QtOpenGLWidgets")
PYSIDE_EXTENSION = re.compile(r"PySide6[/\\](Qt\w+)\.(abi3\.so|pyd)$")
# Other Python packages that are installed on a developer machine but never used at run time.
PYTHON_EXCLUDES = (
    "PyQt5",
    "PyQt6",
    "PySide2",
    # Imported by qtpy only inside try/except, never used by the program (9 MB).
    *(f"PySide6.{name}" for name in UNUSED_BINDINGS),
    # python-docx parses with lxml.etree alone.
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.sax",
    "lxml.builder",
    "lxml.cssselect",
    "lxml.ElementInclude",
    "readline",
    "tkinter",
    # Pygments is an optional extra of mako and alembic. Pillow is needed (reportlab imports it)
    # but not its AVIF/WebP codecs, its font renderer or its Tk bridge (8 MB with their
    # libraries); Pillow tolerates their absence.
    "pygments",
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingft",
    "PIL._imagingtk",
    "PIL.ImageTk",
    "_tkinter",
    "pytest",
    "pytestqt",
    "hypothesis",
    "IPython",
    "matplotlib",
    "numpy",
    "pandas",
    "ruff",
    "setuptools",
    "pip",
)
# Declared dependencies loaded lazily or by name: Babel formats dates and numbers (its hook then
# brings the locale data, pruned below).
# cryptography loads its cffi backend by name, out of sight of the analysis.
HIDDEN_IMPORTS = ("babel.dates", "babel.numbers", "_cffi_backend")
LANGUAGES = ("vi", "en")
# Babel needs "root" (every locale inherits from it) and the parents of en_US / vi_VN.
BABEL_KEPT = re.compile(r"^(root|vi|vi_VN|en|en_001|en_US|en_US_POSIX)\.dat$")


@dataclass(frozen=True)
class Project:
    name: str
    version: str
    package_data: dict[str, list[str]]
    package_dir: dict[str, str]


def read_project(root: Path = ROOT) -> Project:
    with open(root / "pyproject.toml", "rb") as handle:
        data = tomllib.load(handle)
    setuptools = data.get("tool", {}).get("setuptools", {})
    return Project(
        name=data["project"]["name"],
        version=data["project"]["version"],
        package_data={k: list(v) for k, v in setuptools.get("package-data", {}).items()},
        package_dir={**MAPPED_PACKAGES, **setuptools.get("package-dir", {})},
    )


def package_source(project: Project, package: str, root: Path = ROOT) -> Path:
    """Directory holding ``package`` in the source tree, honouring package-dir (longest match)."""
    parts = package.split(".")
    for cut in range(len(parts), 0, -1):
        mapped = project.package_dir.get(".".join(parts[:cut]))
        if mapped is not None:
            return root.joinpath(mapped, *parts[cut:])
    return root.joinpath(*parts)


def _wanted(path: Path) -> bool:
    return path.is_file() and not any(part in SKIPPED_PARTS for part in path.parts)


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder in the bundle) pairs, as PyInstaller's ``datas`` wants."""
    project = read_project(root)
    found: dict[str, str] = {}

    def add(source: Path, package_dir: Path, package: str) -> None:
        relative = source.relative_to(package_dir).parent
        destination = Path(*package.split("."), relative)
        found.setdefault(Path(destination, source.name).as_posix(), str(source))

    for package, patterns in project.package_data.items():
        source_dir = package_source(project, package, root)
        for pattern in patterns:
            for source in sorted(source_dir.glob(pattern)):
                if _wanted(source):
                    add(source, source_dir, package)
    # Packages mapped from elsewhere (resources/) go in whole, __init__.py included: the frozen
    # importer then finds them on disk, where importlib.resources can list their files.
    for package, mapped in project.package_dir.items():
        if package == PACKAGE or not package.startswith(PACKAGE + "."):
            continue
        source_dir = root / mapped
        for source in sorted(source_dir.rglob("*")):
            if _wanted(source) and source.suffix != ".pyc":
                add(source, source_dir, package)
    package_dir = package_source(project, PACKAGE, root)
    for source in sorted(package_dir.rglob("*")):
        if source.suffix in AUTO_DATA_SUFFIXES and _wanted(source):
            add(source, package_dir, PACKAGE)
    return sorted((source, str(Path(dest).parent)) for dest, source in found.items())


def migration_imports(root: Path = ROOT) -> list[str]:
    """Modules the Alembic scripts import: they are read from disk at run time, so PyInstaller's
    analysis never sees them and their imports must be named as hidden imports."""
    migrations = root / PACKAGE / "core" / "store" / "migrations"
    names: set[str] = {"alembic.context", "alembic.op", "alembic.runtime.migration"}
    for script in sorted(migrations.rglob("*.py")):
        tree = ast.parse(script.read_text(encoding="utf-8"), filename=str(script))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(
                    f"{node.module}.{alias.name}"
                    for alias in node.names
                    if _is_module(f"{node.module}.{alias.name}")
                )
    return sorted(names)


def package_modules(root: Path = ROOT) -> list[str]:
    """Every module of the program, as hidden imports: the window imports its pages by name when
    first shown, out of the analysis' sight. The Alembic scripts are left out: they are shipped
    as files and run by Alembic, never imported as modules."""
    package_dir = root / PACKAGE
    migrations = package_dir / "core" / "store" / "migrations"
    names = []
    for source in sorted(package_dir.rglob("*.py")):
        if migrations in source.parents or not _wanted(source):
            continue
        parts = source.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def excluded_qt_modules() -> list[str]:
    try:
        import PySide6
    except ImportError:
        return []
    folder = Path(PySide6.__file__).parent
    modules = {
        path.name.split(".")[0] for path in folder.glob("Qt*.*") if path.suffix in (".so", ".pyd")
    }
    names = sorted(m for m in modules if m.startswith(QT_EXCLUDED_PREFIXES))
    return [f"PySide6.{name}" for name in names]


def keep_data(destination: str) -> bool:
    """Drop Babel locales and Qt translations other than Vietnamese and English, and the icon
    fonts the program does not use."""
    path = Path(destination)
    parts = path.parts
    if parts[:2] == ("qtawesome", "fonts"):
        return bool(QTAWESOME_KEPT_FONT.match(path.name))
    if "locale-data" in parts and parts[0] == "babel":
        return bool(BABEL_KEPT.match(path.name))
    if len(parts) >= 2 and parts[-2] == "translations" and "PySide6" in parts:
        return path.suffix != ".qm" or path.stem.rsplit("_", 1)[-1] in LANGUAGES
    return True


def keep_binary(destination: str) -> bool:
    if QT_DROPPED_PLUGIN.search(destination) or SYSTEM_LIBRARIES.match(Path(destination).name):
        return False
    binding = PYSIDE_EXTENSION.search(destination)
    if binding and (
        binding.group(1) in UNUSED_BINDINGS or binding.group(1).startswith(QT_EXCLUDED_PREFIXES)
    ):
        return False
    return not QT_EXCLUDED_LIBRARY.search(Path(destination).name)


def prune_unreachable(binaries: list, imports_of) -> list:
    """Drop top-level shared libraries no kept binary links to any more.

    PyInstaller collects the dependencies of every plugin during analysis; once plugins are
    dropped, the system libraries only they needed (cairo for the GTK theme, gio for network
    status ...) are dead weight, as are those only a library left to the system needed.
    ``binaries`` holds (destination, source, kind) entries; ``imports_of(source)`` names the
    libraries a binary links to directly (its DT_NEEDED entries, see ``needed_libraries``):
    the walk follows them from library to library.
    The Python library is always kept: the bootloader, not a binary, loads it. Python extension
    modules (kind EXTENSION, e.g. cffi's ``_cffi_backend``, which cryptography loads) are imported,
    never linked to: they are always kept, and what they link to is reached from them.
    """

    def top_level(entry) -> bool:
        in_root = "/" not in entry[0] and "\\" not in entry[0]
        return in_root and entry[2] != "EXTENSION"

    by_name = {Path(entry[0]).name: entry for entry in binaries if top_level(entry)}
    reached = {name for name in by_name if name.startswith("libpython")}
    pending = [entry for entry in binaries if not top_level(entry)]
    pending += [by_name[name] for name in reached]
    while pending:
        entry = pending.pop()
        for name in imports_of(entry[1]):
            if name in by_name and name not in reached:
                reached.add(name)
                pending.append(by_name[name])
    return [entry for entry in binaries if not top_level(entry) or Path(entry[0]).name in reached]


def needed_libraries(binary: str) -> set[str]:
    """The libraries an ELF binary names as DT_NEEDED (read with binutils' readelf)."""
    dynamic = subprocess.run(
        ["readelf", "-d", binary], capture_output=True, text=True, check=True
    ).stdout
    return set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic))


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Windows wants four numbers: 0.1.0 gives (0, 1, 0, 0); a suffix like .dev1 is dropped."""
    head = re.match(r"^\d+(\.\d+)*", version)
    numbers = [int(n) for n in head.group(0).split(".")][:4] if head else []
    return tuple((numbers + [0, 0, 0, 0])[:4])  # type: ignore[return-value]
