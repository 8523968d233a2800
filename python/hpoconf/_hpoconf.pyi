"""Type stubs of the extension module (the classes are re-exported by ``hpoconf``)."""

import os
from collections.abc import Mapping
from typing import Any, Literal, Optional, Union, final

__version__: str

__all__ = [
    "Diagnostic",
    "FileReport",
    "Report",
    "Rule",
    "__version__",
    "_apply",
    "_check_experiment",
    "_check_paths",
    "_check_text",
    "_fix_text",
    "_migrate",
    "_run_cli",
    "explain",
    "rules",
    "schema",
]

_Severity = Literal["error", "warning", "info"]
_Text = Union[str, bytes]
_Failure = tuple[str, str]

@final
class Diagnostic:
    """One finding, at an exact position. ``str()`` is ``path:line:column: severity[CODE] message``."""

    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def severity(self) -> _Severity: ...
    @property
    def message(self) -> str: ...
    @property
    def pointer(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...
    @property
    def end_line(self) -> int: ...
    @property
    def end_column(self) -> int: ...
    @property
    def help(self) -> Optional[str]: ...
    @property
    def path(self) -> str: ...
    @property
    def fix(self) -> Optional[dict[str, Any]]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class FileReport:
    """The diagnostics of one file."""

    @property
    def path(self) -> str: ...
    @property
    def kind(self) -> Optional[str]: ...
    @property
    def diagnostics(self) -> list[Diagnostic]: ...
    def to_dict(self) -> dict[str, Any]: ...
    def __len__(self) -> int: ...

@final
class Report:
    """The result of a check: one FileReport per checked file, in path order."""

    @property
    def files(self) -> list[FileReport]: ...
    @property
    def summary(self) -> dict[str, int]: ...
    @property
    def diagnostics(self) -> list[Diagnostic]: ...
    def to_json(self) -> str: ...
    def to_dict(self) -> dict[str, Any]: ...

@final
class Rule:
    """A rule descriptor."""

    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def severity(self) -> _Severity: ...
    @property
    def summary(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def kinds(self) -> list[str]: ...
    @property
    def help_uri(self) -> str: ...

def _check_paths(
    paths: list[str],
    *,
    kind: Optional[str] = None,
    severity: Optional[dict[str, str]] = None,
    exclude: Optional[list[str]] = None,
    config: Optional[Union[str, os.PathLike[str]]] = None,
    no_config: bool = False,
    jobs: int = 0,
    max_file_size: int = ...,
) -> tuple[Report, list[_Failure], list[_Failure]]: ...
def _check_text(
    text: _Text,
    name: str,
    kind: Optional[str] = None,
    *,
    severity: Optional[dict[str, str]] = None,
) -> FileReport: ...
def _check_experiment(
    files: dict[str, _Text], *, severity: Optional[dict[str, str]] = None
) -> Report: ...
def schema(kind: str, draft: Literal["07", "2020-12"] = "07") -> dict[str, Any]:
    """The JSON Schema of a kind."""

def rules() -> list[Rule]:
    """Every rule, in code order."""

def explain(code: str) -> str:
    """The documentation of a rule (by code or name), as ``hpoconf explain`` prints it."""

def _run_cli(argv: list[str]) -> int: ...
def _apply(text: str, diagnostics: list[Diagnostic], unsafe_fixes: bool = False) -> str: ...
def _fix_text(
    text: str, name: str, kind: Optional[str] = None, unsafe_fixes: bool = False
) -> tuple[str, FileReport]: ...

def _migrate(v1_text: str, name: str) -> tuple[Optional[str], Optional[FileReport]]: ...
