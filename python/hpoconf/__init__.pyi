"""Type stubs of the hpoconf package (docs/python.md has the whole API)."""

import os
from collections.abc import Iterable, Mapping
from typing import Any, Literal, Optional, Union, final

__version__: str

_PathLike = Union[str, os.PathLike[str]]
_Severity = Literal["error", "warning", "info"]
_Text = Union[str, bytes]

# MIGRATE: def migrate(v1_text: str) -> str: ...   (once the library has `hpoconf migrate`)

class Error(Exception):
    """The base of every exception hpoconf raises for a check it could not do."""

class PathError(Error):
    """A path could not be checked (``hpoconf check`` would exit with status 2)."""

    path: str
    message: str
    failures: list[tuple[str, str]]
    report: Report
    def __init__(self, failures: list[tuple[str, str]], report: Report) -> None: ...

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
    def to_dict(self) -> dict[str, Any]: ...
    def __eq__(self, other: object) -> bool: ...
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

def schema(kind: str, draft: Literal["07", "2020-12"] = "07") -> dict[str, Any]:
    """The JSON Schema of a kind."""

def rules() -> list[Rule]:
    """Every rule, in code order."""

def explain(code: str) -> str:
    """The documentation of a rule (by code or name), as ``hpoconf explain`` prints it."""
