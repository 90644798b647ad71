"""The frozen build's contents, checked without running PyInstaller (packaging/bundle_data.py)."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bundle_data = _load("bundle_data")


def _destinations(root: Path = ROOT) -> dict[str, str]:
    """Bundle path of each collected file → its source."""
    return {
        f"{folder}/{Path(source).name}": source for source, folder in bundle_data.data_files(root)
    }


def test_every_package_data_pattern_of_pyproject_reaches_the_bundle():
    project = bundle_data.read_project(ROOT)
    collected = _destinations()
    missing = []
    for package, patterns in project.package_data.items():
        source_dir = bundle_data.package_source(project, package, ROOT)
        for pattern in patterns:
            for source in source_dir.glob(pattern):
                if "__pycache__" in source.parts:
                    continue
                target = Path(*package.split("."), source.relative_to(source_dir)).as_posix()
                if collected.get(target) != str(source):
                    missing.append(target)
    assert missing == []


def test_resources_directory_becomes_the_doan_desktop_resources_package():
    collected = _destinations()
    for source in (ROOT / "resources").rglob("*"):
        if source.is_file() and "__pycache__" not in source.parts and source.suffix != ".pyc":
            target = Path("doan_desktop/resources", source.relative_to(ROOT / "resources"))
            assert collected.get(target.as_posix()) == str(source), target
    # The package marker comes along, so the frozen importer finds the package on disk.
    assert "doan_desktop/resources/__init__.py" in collected
    assert "doan_desktop/resources/fonts/LiberationSerif-Regular.ttf" in collected
    assert "doan_desktop/resources/icons/doan-desktop.svg" in collected


def test_alembic_scripts_are_shipped_as_source_files():
    collected = _destinations()
    migrations = ROOT / "doan_desktop" / "core" / "store" / "migrations"
    expected = {
        path.relative_to(ROOT).as_posix()
        for path in migrations.rglob("*")
        if path.suffix in (".py", ".mako") and "__pycache__" not in path.parts
    }
    assert {"doan_desktop/core/store/migrations/env.py"} <= expected
    assert expected <= set(collected)


def test_a_code_list_added_later_is_picked_up_without_editing_the_spec(tmp_path):
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "resources").mkdir()
    lists = tmp_path / "doan_desktop" / "core" / "codes"
    lists.mkdir(parents=True)
    (lists / "ethnic_groups.json").write_text("[]", encoding="utf-8")
    (lists / "provinces.csv").write_text("code,name\n", encoding="utf-8")
    (lists / "notes.txt").write_text("not data", encoding="utf-8")
    cache = lists / "__pycache__"
    cache.mkdir()
    (cache / "stale.json").write_text("{}", encoding="utf-8")

    collected = _destinations(tmp_path)

    assert "doan_desktop/core/codes/ethnic_groups.json" in collected
    assert "doan_desktop/core/codes/provinces.csv" in collected
    assert "doan_desktop/core/codes/notes.txt" not in collected
    assert not any("__pycache__" in target for target in collected)


def test_name_and_version_come_from_pyproject():
    with open(ROOT / "pyproject.toml", "rb") as handle:
        project = tomllib.load(handle)["project"]
    read = bundle_data.read_project(ROOT)
    assert (read.name, read.version) == (project["name"], project["version"])


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("2.0.1.dev3", (2, 0, 1, 0)),
        ("3.4.5rc1", (3, 4, 5, 0)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
        ("dev", (0, 0, 0, 0)),
    ],
)
def test_windows_version_numbers(version, expected):
    assert bundle_data.version_tuple(version) == expected


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("babel/locale-data/root.dat", True),
        ("babel/locale-data/vi.dat", True),
        ("babel/locale-data/vi_VN.dat", True),
        ("babel/locale-data/en.dat", True),
        ("babel/locale-data/en_US.dat", True),
        ("babel/locale-data/fr.dat", False),
        ("babel/locale-data/en_GB.dat", False),
        ("babel/global.dat", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_vi.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_zh_TW.qm", False),
        ("doan_desktop/locale/doan_desktop_vi.qm", True),
        ("doan_desktop/locale/qtbase_vi.qm", True),
        ("qtawesome/fonts/materialdesignicons6-webfont-6.9.96.ttf", True),
        ("qtawesome/fonts/materialdesignicons6-webfont-charmap-6.9.96.json", True),
        ("qtawesome/fonts/fontawesome5-solid-webfont-5.15.4.ttf", False),
        ("qtawesome/fonts/phosphor-charmap-1.3.0.json", False),
    ],
)
def test_only_vietnamese_and_english_locale_data_is_kept(destination, kept):
    assert bundle_data.keep_data(destination) is kept


@pytest.mark.parametrize(
    ("library", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", True),
        ("PySide6/Qt/lib/libQt6PrintSupport.so.6", True),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
        ("PySide6/Qt/lib/libQt6PdfWidgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Charts.so.6", True),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", True),
        ("PySide6/Qt6WebEngineCore.dll", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("PySide6/Qt/lib/libQt6Multimedia.so.6", False),
        ("PySide6/Qt6Sql.dll", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", True),
    ],
)
def test_libraries_of_unused_qt_modules_are_dropped(library, kept):
    assert bundle_data.keep_binary(library) is kept


def test_qt_modules_the_program_uses_are_never_excluded():
    excluded = set(bundle_data.excluded_qt_modules())
    assert "PySide6.QtWebEngineCore" in excluded or not any(
        "QtWebEngine" in name for name in excluded
    )
    used = {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport", "QtPdf", "QtPdfWidgets"}
    used |= {"QtCharts", "QtSvgWidgets", "QtNetwork", "QtDBus"}
    assert not excluded & {f"PySide6.{name}" for name in used}
    assert "PySide6.QtQuick" in excluded and "PySide6.QtMultimedia" in excluded


def test_migration_imports_name_real_modules_only():
    names = bundle_data.migration_imports(ROOT)
    assert {"alembic.op", "alembic.context", "sqlalchemy"} <= set(names)
    assert "doan_desktop.core.store.models" in names
    assert all(importlib.util.find_spec(name) is not None for name in names)


def test_spec_and_launcher_are_valid_python():
    for name in ("doan-desktop.spec", "launcher.py"):
        source = (PACKAGING / name).read_text(encoding="utf-8")
        compile(source, name, "exec")


def test_icon_file_holds_every_size_as_png():
    render_icons = _load("render_icons")
    pngs = {size: b"\x89PNG\r\n\x1a\n" + bytes([size % 256]) * size for size in (16, 32, 256)}
    ico = render_icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", ico, 0)
    assert (reserved, kind, count) == (0, 1, 3)
    for index, size in enumerate(sorted(pngs)):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", ico, 6 + 16 * index
        )
        assert width == height == (0 if size == 256 else size)
        assert (planes, bits) == (1, 32)
        assert ico[offset : offset + length] == pngs[size]


def test_installer_script_keeps_its_promises():
    raw = (PACKAGING / "windows" / "doan-desktop.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, for Inno Setup before 6.3"
    script = raw.decode("utf-8-sig")
    lines = {line.strip() for line in script.splitlines()}
    assert "PrivilegesRequired=lowest" in lines
    # {autopf} is the per-user Programs folder when not elevated; only the wine check script
    # (windows/check_installer.sh) overrides InstallRoot.
    assert "DefaultDirName={#InstallRoot}\\doan-desktop" in lines
    assert '#define InstallRoot "{autopf}"' in lines
    assert "AppId={{FAE996AE-8C36-4165-8365-E8E25AAEA59F}" in lines  # never to change
    assert '#define AppName "Quản lý Đoàn xã"' in lines
    assert "[UninstallDelete]" not in lines  # the clerk's records are never removed
    assert any(line.startswith('Name: "{autodesktop}') for line in lines)
    assert any(line.startswith('Name: "{autoprograms}') for line in lines)


def test_mapped_packages_agree_with_setup_py():
    """setup.py maps resources/ into the package; the spec must map it the same way."""
    import ast

    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    mapping = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "package_dir":
            mapping = ast.literal_eval(node.value)
    assert mapping, "setup.py no longer maps package_dir: update packaging/bundle_data.py"
    assert bundle_data.MAPPED_PACKAGES == mapping


@pytest.mark.parametrize(
    ("plugin", "kept"),
    [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
        ("libcups.so.2", False),
        ("PySide6\\plugins\\tls\\qschannelbackend.dll", False),
        ("PySide6\\plugins\\imageformats\\qwebp.dll", False),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", False),
        ("PySide6/QtOpenGL.abi3.so", False),
        ("PySide6/QtOpenGLWidgets.abi3.so", False),
        ("PySide6\\QtOpenGL.pyd", False),
        ("PySide6/QtQuick.abi3.so", False),
        ("PySide6/QtGui.abi3.so", True),
        ("PySide6/QtPdfWidgets.abi3.so", True),
        ("PySide6\\QtPrintSupport.pyd", True),
    ],
)
def test_plugins_of_no_use_are_dropped(plugin, kept):
    assert bundle_data.keep_binary(plugin) is kept


def test_libraries_only_dropped_plugins_needed_are_pruned():
    links = {
        "/src/libqxcb.so": {"libxcb.so.1", "libQt6Gui.so.6"},
        "/src/libQt6Gui.so.6": {"libfreetype.so.6"},
        "/src/libfreetype.so.6": {"libpng16.so.16"},
        "/src/libpng16.so.16": set(),
        "/src/libxcb.so.1": set(),
        "/src/libcairo.so.2": {"libpixman-1.so.0"},
    }
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libxcb.so.1", "/src/libxcb.so.1", "BINARY"),
        ("libfreetype.so.6", "/src/libfreetype.so.6", "BINARY"),
        ("libpng16.so.16", "/src/libpng16.so.16", "BINARY"),
        # Left behind by the GTK theme plugin, which was dropped:
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/src/libpixman-1.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
    ]

    kept = bundle_data.prune_unreachable(binaries, lambda source: links.get(source, set()))

    assert [entry[0] for entry in kept] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libxcb.so.1",
        "libfreetype.so.6",
        "libpng16.so.16",
        "libpython3.11.so.1.0",
    ]


def test_python_extension_modules_at_the_top_are_never_pruned():
    """cffi's _cffi_backend sits at the bundle's top, is linked by nothing, and is imported by
    cryptography at run time: pruning it broke every signing command in the frozen build."""
    links = {"/src/_cffi_backend.so": {"libffi.so.8"}}
    binaries = [
        ("_cffi_backend.cpython-311-x86_64-linux-gnu.so", "/src/_cffi_backend.so", "EXTENSION"),
        ("libffi.so.8", "/src/libffi.so.8", "BINARY"),
        ("libunused.so.1", "/src/libunused.so.1", "BINARY"),
    ]

    kept = bundle_data.prune_unreachable(binaries, lambda source: links.get(source, set()))

    assert [entry[0] for entry in kept] == [
        "_cffi_backend.cpython-311-x86_64-linux-gnu.so",
        "libffi.so.8",
    ]


def test_the_icon_font_kept_is_the_one_the_program_loads():
    from doan_desktop.ui.icons import font_files

    ttf, charmap = font_files()
    assert bundle_data.keep_data(f"qtawesome/fonts/{ttf.name}")
    assert bundle_data.keep_data(f"qtawesome/fonts/{charmap.name}")


def test_libraries_only_a_system_library_needed_are_pruned():
    """libcups is left to the system; the TLS libraries only it linked to go with it."""
    links = {
        "/src/libcupsprintersupport.so": {"libcups.so.2", "libQt6PrintSupport.so.6"},
        "/src/libQt6PrintSupport.so.6": set(),
        "/src/libgnutls.so.30": {"libnettle.so.8"},
    }
    binaries = [
        (
            "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
            "/src/libcupsprintersupport.so",
            "BINARY",
        ),
        ("PySide6/Qt/lib/libQt6PrintSupport.so.6", "/src/libQt6PrintSupport.so.6", "BINARY"),
        ("libcups.so.2", "/src/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/src/libgnutls.so.30", "BINARY"),
        ("libnettle.so.8", "/src/libnettle.so.8", "BINARY"),
    ]
    kept = [entry for entry in binaries if bundle_data.keep_binary(entry[0])]
    kept = bundle_data.prune_unreachable(kept, lambda source: links.get(source, set()))

    assert [entry[0] for entry in kept] == [
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
    ]


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("readelf") is None,
    reason="reads an ELF library with binutils' readelf",
)
def test_needed_libraries_are_the_direct_links_only():
    import PySide6

    library = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libQt6Widgets.so.*"))
    needed = bundle_data.needed_libraries(str(library))

    assert {"libQt6Gui.so.6", "libQt6Core.so.6"} <= needed
    # Core links ICU; Widgets reaches it only through Core.
    assert not any(name.startswith("libicu") for name in needed)


def test_every_module_of_the_program_is_a_hidden_import():
    """Pages are imported by name when first shown: the analysis cannot see those imports."""
    modules = bundle_data.package_modules()

    assert "doan_desktop" in modules
    assert "doan_desktop.ui.pages.settings" in modules
    assert "doan_desktop.ui.pages.dashboard" in modules
    assert "doan_desktop.cli" in modules
    assert not any(".migrations" in name for name in modules)
    for name in modules:
        assert importlib.util.find_spec(name) is not None, name
