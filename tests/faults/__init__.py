"""Fault-test harness: kill real `kempen` processes, run on tiny filesystems, drive the GUI.

Modules: `killing` (SIGKILL a real process at random moments), `small_fs` (a real tmpfs of a
few MB, skipped with a stated reason where mounting is not allowed), `gui` (start the GUI
offscreen on a database and act on it).
"""
