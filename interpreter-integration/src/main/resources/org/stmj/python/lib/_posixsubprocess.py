"""subprocess's fork/exec primitive. The JVM cannot fork: fork_exec fails with ENOSYS, so subprocess imports but
cannot start processes."""


def fork_exec(*args):
    raise OSError(38, "Function not implemented: stmj cannot fork")
