"""One named exception per failure the user can meet, and the exit codes, in one place."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILURE = 1
    USAGE = 2
    NO_INPUT = 3
    DATABASE = 4
    CONFIG = 5
    NOT_FOUND = 6
    MODEL = 7


class WatchfloorError(Exception):
    """Base class: ``str(err)`` says what went wrong and what to do."""

    exit_code: ExitCode = ExitCode.FAILURE


class InputNotFoundError(WatchfloorError):
    exit_code = ExitCode.NO_INPUT


class UnreadableInputError(WatchfloorError):
    """A single input could not be read; callers report it and skip the input."""

    exit_code = ExitCode.NO_INPUT


class DatabaseError(WatchfloorError):
    exit_code = ExitCode.DATABASE


class ConfigError(WatchfloorError):
    exit_code = ExitCode.CONFIG


class RecordNotFoundError(WatchfloorError):
    exit_code = ExitCode.NOT_FOUND


class ModelNotInstalledError(WatchfloorError):
    exit_code = ExitCode.MODEL
