"""Composition root of the GUI: data dir, preferences, language, database, wizard, window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from doan_desktop import __version__, i18n
from doan_desktop.core.messages import translate
from doan_desktop.core.store import private, write_errors
from doan_desktop.core.store.db import DatabaseError, open_database
from doan_desktop.core.unit import get_unit
from doan_desktop.paths import DataDir, demo_data_dir, resolve_data_dir
from doan_desktop.preferences import Preferences

log = logging.getLogger("doan_desktop")


def _setup_logging(data_dir: DataDir) -> Path:
    private.make_folder(data_dir.logs)
    log_file = data_dir.logs / "doan-desktop.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    private.tighten(log_file)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)
    return log_file


def _install_excepthook(log_file: Path, data_dir: DataDir) -> None:
    """An unexpected error goes to the log file; the clerk gets a sentence and the way to it.

    A write that failed because the disk is full or the folder may not be written is said as
    such, with what to do: it is not a fault of the program, and the clerk can fix it.
    """

    def hook(kind, value, tb):
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, value, tb)))
        storage = write_errors.describe(value, data_dir.root)
        if storage is not None:
            QMessageBox.warning(
                None,
                translate("App", "Not saved"),
                storage
                + " "
                + translate(
                    "App", "What you were doing was not saved; the records saved before are safe."
                ),
            )
            return
        box = QMessageBox(
            QMessageBox.Critical,
            translate("App", "Unexpected error"),
            translate(
                "App",
                "Something went wrong that the program did not expect. Your saved records are safe. "
                "The details were written to {path}.",
            ).format(path=log_file),
        )
        open_button = box.addButton(translate("App", "Open the log"), QMessageBox.ActionRole)
        box.addButton(QMessageBox.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file)))

    sys.excepthook = hook


def apply_font_scale(app: QApplication, scale: int) -> None:
    base = app.property("base_point_size")
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty("base_point_size", base)
    font = QFont(app.font())
    font.setPointSizeF(float(base) * scale / 100)
    app.setFont(font)


def _demo():
    from doan_desktop.core import demo  # the sample generator is only needed with --demo

    return demo


def run_gui(args: argparse.Namespace) -> int:
    from doan_desktop.ui.refcount_guard import immortalise_singletons

    immortalise_singletons()  # PySide6 6.12.0 on Python 3.11 would abort after minutes of use
    data_dir = DataDir(demo_data_dir() if args.demo else resolve_data_dir(args.data_dir))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("doan-desktop")
    app.setApplicationVersion(__version__)
    preferences = Preferences.load(data_dir.preferences)
    i18n.install(preferences.language)
    apply_font_scale(app, preferences.font_scale)
    try:
        data_dir.ensure()
        log_file = _setup_logging(data_dir)
    except OSError as error:
        QMessageBox.critical(
            None,
            "doan-desktop",
            write_errors.describe(error, data_dir.root)
            or translate("App", "Cannot use the data folder {path}: {detail}").format(
                path=data_dir.root, detail=error.strerror or error
            ),
        )
        return 1
    if not args.self_test:
        _install_excepthook(log_file, data_dir)

    from doan_desktop.ui import data_safety, single_instance

    lock, exit_code = data_safety.take_lock(data_dir)
    if lock is None:
        return exit_code
    # Listening from now on: a second start during start-up brings forward what is shown.
    instance = single_instance.InstanceServer(data_dir.root, app)
    try:
        context = start_office(data_dir, preferences, args)
        if isinstance(context, int):
            return context
        return _run_window(app, context, args, instance)
    finally:
        instance.close()
        lock.release()


def _run_window(app: QApplication, context, args: argparse.Namespace, instance) -> int:
    from doan_desktop.ui import data_safety
    from doan_desktop.ui.main_window import MainWindow

    window = MainWindow(context)
    instance.window = window
    guard = data_safety.guard(context, window)
    app.aboutToQuit.connect(guard.at_close)
    # Office screens are small (often 1366x768): use all of it, even where no window manager
    # maximises windows.
    window.resize(app.primaryScreen().availableGeometry().size())
    window.showMaximized()
    try:
        if args.self_test:
            return self_test(app, window)
        if os.environ.get("DOAN_STARTUP_PROBE"):
            _finish_when_shown(app, os.environ["DOAN_STARTUP_PROBE"])
        return app.exec()
    finally:
        window.wait_for_pages()


def start_office(data_dir: DataDir, preferences: Preferences, args: argparse.Namespace):
    """The data checked, opened and set up, holding the data folder's lock: the window's
    context, or the exit code to end with.

    The setup wizard runs only on a folder that never had data (or where the clerk has just
    chosen, in the recovery dialog, to start a new office): lost data is never a new office.
    """
    from doan_desktop.ui import data_safety

    # Holding the lock, nothing else writes here: half-written files are left from a crash.
    data_dir.remove_partials()
    data_dir.make_private()
    if not data_safety.check_at_start(data_dir, ask=not args.self_test):
        return 1
    try:
        database = open_database(data_dir.database, data_dir.backups)
    except DatabaseError as error:
        QMessageBox.critical(None, translate("App", "Cannot open the data"), str(error))
        return 1

    from doan_desktop.ui.context import AppContext

    context = AppContext(data_dir, database, preferences)
    with database.session() as session:
        unit = get_unit(session)
        needs_sample = args.demo and (unit is None or _demo().is_empty(session))
    if needs_sample:
        from doan_desktop.ui.sample_fill import fill_sample_commune

        if not fill_sample_commune(database):
            return 1
        with database.session() as session:
            unit = get_unit(session)
    if unit is None:
        from doan_desktop.ui.wizard import SetupWizard

        if args.self_test:
            print("self-test: no unit in the data folder (run 'demo' first)", file=sys.stderr)
            return 1
        wizard = SetupWizard(context)
        if not wizard.exec():
            return 0
    return context


def _finish_when_shown(app: QApplication, target: str) -> None:
    """DOAN_STARTUP_PROBE=FILE, for bench/startup.py: on the event loop's first turn after the
    main window is shown (its first paint done), write the clock time to FILE and quit."""

    def finish() -> None:
        Path(target).write_text(f"{time.time():.6f}\n", encoding="utf-8")
        app.quit()

    QTimer.singleShot(0, finish)


def self_test(app: QApplication, window, timeout_ms: int = 120_000) -> int:
    """Show every page once (each is built then), waiting for a page that computes in the
    background (the overview) to finish; exit 0, or 1 naming the pages that failed."""
    failed = []
    for key in window.page_keys():
        try:
            page = window.show_page(key)
            app.processEvents()
            _wait_until_settled(page, timeout_ms)
            if getattr(page, "failure", None) is not None:
                raise page.failure
        except Exception:  # noqa: BLE001 - the point is to report any failure by name
            failed.append(key)
            traceback.print_exc()
    if failed:
        print("self-test failed: " + ", ".join(failed), file=sys.stderr)
        return 1
    print("self-test passed: " + ", ".join(window.page_keys()))
    return 0


def _wait_until_settled(page, timeout_ms: int) -> None:
    """Run the event loop while ``page.is_busy()`` (pages computing off the GUI thread emit
    ``settled`` when done)."""
    if not (hasattr(page, "is_busy") and page.is_busy()):
        return
    loop = QEventLoop()
    page.settled.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    if page.is_busy():
        loop.exec()
    page.settled.disconnect(loop.quit)
    if page.is_busy():
        raise TimeoutError(f"page {page.objectName()} still computing after {timeout_ms} ms")
