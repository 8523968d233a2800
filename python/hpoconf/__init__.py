"""Check the configuration files of HPO experiments on PAI AutoML and NNI.

hpoconf reads ``exp.yml``, ``search_space.json``, ``trial.ini``, ``HpoExperimentConfiguration``
bodies and saved ``GetHpoExperiment`` responses, and reports every problem at its line and column,
with a fix. The checks run in Rust (the same library as the ``hpoconf`` command), with the GIL
released.

>>> import hpoconf
>>> report = hpoconf.check_text('{"${lr}": {"_type": "loguniform", "_value": [0, 0.1]}}',
...                             name="search_space.json")
>>> [d.code for d in report.diagnostics]
['HPO211']

The whole API is described in docs/python.md.
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Iterable, Mapping
from typing import Any, Optional, Sequence, Union

from . import _hpoconf
from ._hpoconf import (
    Diagnostic,
    FileReport,
    Report,
    Rule,
    __version__,
    explain,
    rules,
    schema,
)


__all__ = [
    "Diagnostic",
    "Error",
    "FileReport",
    "MigrateError",
    "PathError",
    "Report",
    "Rule",
    "__version__",
    "apply",
    "check",
    "check_experiment",
    "migrate",
    "check_hpo_config",
    "check_text",
    "explain",
    "fix_text",
    "rules",
    "schema",
]

_PathLike = Union[str, "os.PathLike[str]"]


class Error(Exception):
    """The base of every exception hpoconf raises for a check it could not do.

    Findings in the files are never exceptions: they are the diagnostics of the report. Invalid
    arguments (an unknown kind, rule or level) raise ``ValueError``.
    """


class PathError(Error):
    """A path could not be checked: it does not exist, cannot be read, is too large, is a file
    of no known kind named explicitly, or a configuration file (``hpoconf.toml``) cannot be used.
    ``hpoconf check`` exits with status 2 in the same cases.

    Attributes:
        path: the first path concerned, as displayed (for a configuration file that cannot be
            used: ``file:line:column``).
        message: what went wrong with it.
        failures: every ``(path, message)`` pair, in path order.
        report: the files that could be checked (a configuration error checks none).
    """

    path: str
    message: str
    failures: list[tuple[str, str]]
    report: Report

    def __init__(self, failures: list[tuple[str, str]], report: Report) -> None:
        self.failures = list(failures)
        self.path, self.message = self.failures[0]
        self.report = report
        text = f"{self.path}: {self.message}"
        if len(self.failures) > 1:
            text += f" (and {len(self.failures) - 1} more)"
        super().__init__(text)


def check(
    paths: Union[_PathLike, Iterable[_PathLike]] = ".",
    *,
    kind: Optional[str] = None,
    severity: Optional[Mapping[str, str]] = None,
    exclude: Optional[Iterable[str]] = None,
    config: Optional[_PathLike] = None,
    no_config: bool = False,
    jobs: int = 0,
    max_file_size: int = 64 * 1024 * 1024,
) -> Report:
    """Check files and folders as ``hpoconf check`` does.

    Folders are walked recursively (``.gitignore`` honoured), each ``exp.yml`` is checked with
    the search space and ``trial.ini`` it names, and the nearest ``hpoconf.toml`` of each file
    applies. Files are checked on ``jobs`` threads (0: one per core), with the GIL released.

    Args:
        paths: a file or folder, or several.
        kind: force the kind (``"exp-yml"``, ``"search-space"``, ``"trial-ini"``,
            ``"hpo-config"``, ``"get-hpo-experiment"``) of the files named in ``paths``.
        severity: rule levels, by code or name: ``{"unknown-key": "warning", "HPO301": "off"}``
            (``--severity``; over the configuration file's).
        exclude: globs of paths to skip (``--exclude``, ``.gitignore`` syntax).
        config: use this configuration file instead of the nearest ``hpoconf.toml``.
        no_config: use no configuration file.
        jobs: threads that read and check files (0: one per core).
        max_file_size: files larger than this (in bytes) are not read.

    Returns:
        The report: ``files``, ``summary``, ``to_json()`` (the CLI's JSON report).

    Raises:
        PathError: a path could not be checked (it names it).
        ValueError: an unknown kind, rule or level.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    report, failures, notes = _hpoconf._check_paths(
        [os.fspath(p) for p in paths],
        kind=kind,
        severity=_levels(severity),
        exclude=None if exclude is None else list(exclude),
        config=None if config is None else os.fspath(config),
        no_config=no_config,
        jobs=jobs,
        max_file_size=max_file_size,
    )
    for path, message in notes:
        warnings.warn(f"{path}: {message}", RuntimeWarning, stacklevel=2)
    if failures:
        raise PathError(failures, report)
    return report


def check_text(
    text: Union[str, bytes],
    name: str = "exp.yml",
    kind: Optional[str] = None,
    *,
    severity: Optional[Mapping[str, str]] = None,
) -> FileReport:
    """Check one document given as text.

    Args:
        text: the document; ``bytes`` are decoded as UTF-8 (invalid bytes are a located
            finding, the rest is still checked).
        name: its file name, as reported; the kind is detected from it and the text.
        kind: force the kind (``"exp-yml"``, ``"search-space"``, ``"trial-ini"``,
            ``"hpo-config"``, ``"get-hpo-experiment"``).
        severity: rule levels, by code or name (``{"unknown-key": "off"}``).

    Returns:
        Its report. A document of no known kind gets ``kind=None`` and no diagnostics. Inline
        ``# hpoconf: disable=...`` comments apply; no cross-file rule runs (see
        ``check_experiment``).

    Raises:
        ValueError: an unknown kind, rule or level.
    """
    return _hpoconf._check_text(text, name, kind, severity=_levels(severity))


def check_experiment(
    files: Mapping[str, Union[str, bytes]],
    *,
    severity: Optional[Mapping[str, str]] = None,
) -> Report:
    """Check the documents of one experiment held in memory, with every cross-file rule.

    ``files`` maps paths to texts: ``{"exp.yml": ..., "search_space.json": ...,
    "trial.ini": ...}``. A document that another names (``searchSpaceFile``, ``--config=``) is
    found by its path relative to the naming document's folder; one that ``files`` does not hold
    is not checked against (nothing is read from disk). Files of no known kind are left out of
    the report.

    Raises:
        ValueError: an unknown rule or level.
    """
    return _hpoconf._check_experiment(
        {os.fspath(path): text for path, text in files.items()},
        severity=_levels(severity),
    )


def _levels(severity: Optional[Mapping[str, str]]) -> Optional[dict[str, str]]:
    return None if severity is None else dict(severity)


def check_hpo_config(
    config: Any,
    *,
    name: str = "hpo_config.json",
    severity: Optional[Mapping[str, str]] = None,
) -> FileReport:
    """Check an ``HpoExperimentConfiguration`` given as the dict the PAI SDK builds.

    ``config`` is a mapping (``platform_config``, ``metric_config``, ``search_space``,
    ``yml_config``, ...) or an SDK model object with ``to_map()``. It is serialized with
    ``json.dumps(config, indent=2, ensure_ascii=False)`` and checked as kind ``hpo-config``: each
    diagnostic's ``pointer`` is the JSON Pointer into ``config`` (``/metric_config/metric_type``),
    its line and column are those of that serialization.

    Raises:
        TypeError: ``config`` holds a value JSON cannot represent.
    """
    if not isinstance(config, Mapping) and callable(getattr(config, "to_map", None)):
        config = config.to_map()
    text = json.dumps(config, indent=2, ensure_ascii=False)
    return check_text(text, name, "hpo-config", severity=severity)


def apply(text: str, diagnostics: Sequence[Diagnostic], unsafe_fixes: bool = False) -> str:
    """Apply the fixes of ``diagnostics`` (from checking ``text``) to ``text``, once.

    The safe fixes, and with ``unsafe_fixes`` the unsafe ones too; of fixes that touch the
    same place, the first is applied (check again and apply again for the rest, or use
    ``fix_text``). Everything else of the text stays byte for byte.
    """
    return _hpoconf._apply(text, list(diagnostics), unsafe_fixes)


def fix_text(
    text: str,
    name: str = "exp.yml",
    kind: Optional[str] = None,
    *,
    unsafe_fixes: bool = False,
) -> tuple[str, FileReport]:
    """Check ``text`` and apply its fixes until nothing changes, as ``hpoconf check --fix``
    does to a file. Returns the fixed text and the report of what is left."""
    return _hpoconf._fix_text(text, name, kind, unsafe_fixes)


class MigrateError(Error):
    """An NNI v1 exp.yml that cannot be converted; ``report`` (a FileReport) says why."""

    def __init__(self, report: FileReport) -> None:
        self.report = report
        errors = [d for d in report.diagnostics if d.severity == "error"]
        super().__init__(f"{report.path} cannot be converted: {len(errors)} error(s)")


def migrate(v1_text: str, name: str = "exp.yml") -> str:
    """Convert an NNI v1 exp.yml to v2, as ``hpoconf migrate`` does (a v2 text is returned
    unchanged). Raises MigrateError when NNI 3.0's conversion would refuse it."""
    v2, report = _hpoconf._migrate(v1_text, name)
    if v2 is None:
        raise MigrateError(report)
    return v2
