"""Type stubs of the hpoconf package (docs/python.md has the whole API)."""

import os
from collections.abc import Iterable, Mapping
from typing import Any, Optional, Sequence, Union

from . import _hpoconf as _hpoconf
from ._hpoconf import Diagnostic as Diagnostic
from ._hpoconf import FileReport as FileReport
from ._hpoconf import Report as Report
from ._hpoconf import Rule as Rule
from ._hpoconf import __version__ as __version__
from ._hpoconf import explain as explain
from ._hpoconf import rules as rules
from ._hpoconf import schema as schema

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
    "check_hpo_config",
    "check_text",
    "explain",
    "fix_text",
    "migrate",
    "rules",
    "schema",
]

_PathLike = Union[str, os.PathLike[str]]
_Text = Union[str, bytes]

class MigrateError(Error):
    report: FileReport
    def __init__(self, report: FileReport) -> None: ...
def migrate(v1_text: str, name: str = "exp.yml") -> str: ...
def apply(text: str, diagnostics: Sequence[Diagnostic], unsafe_fixes: bool = False) -> str: ...
def fix_text(
    text: str,
    name: str = "exp.yml",
    kind: Optional[str] = None,
    *,
    unsafe_fixes: bool = False,
) -> tuple[str, FileReport]: ...

class Error(Exception):
    """The base of every exception hpoconf raises for a check it could not do."""

class PathError(Error):
    """A path could not be checked (``hpoconf check`` would exit with status 2)."""

    path: str
    message: str
    failures: list[tuple[str, str]]
    report: Report
    def __init__(self, failures: list[tuple[str, str]], report: Report) -> None: ...

def check(
    paths: Union[_PathLike, Iterable[_PathLike]] = ".",
    *,
    kind: Optional[str] = None,
    severity: Optional[Mapping[str, str]] = None,
    exclude: Optional[Iterable[str]] = None,
    config: Optional[_PathLike] = None,
    no_config: bool = False,
    jobs: int = 0,
    max_file_size: int = ...,
) -> Report:
    """Check files and folders as ``hpoconf check`` does."""

def check_text(
    text: _Text,
    name: str = "exp.yml",
    kind: Optional[str] = None,
    *,
    severity: Optional[Mapping[str, str]] = None,
) -> FileReport:
    """Check one document given as text (or bytes)."""

def check_experiment(
    files: Mapping[str, _Text],
    *,
    severity: Optional[Mapping[str, str]] = None,
) -> Report:
    """Check the documents of one experiment, by path, with every cross-file rule."""

def check_hpo_config(
    config: Any,
    *,
    name: str = "hpo_config.json",
    severity: Optional[Mapping[str, str]] = None,
) -> FileReport:
    """Check an HpoExperimentConfiguration given as the dict the PAI SDK builds."""
